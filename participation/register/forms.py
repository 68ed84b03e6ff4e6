"""The profile form: languages and roles as checkboxes, areas and themes from the site's main-language terms."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.admin.forms import WagtailAdminModelForm
from wagtail.models import Locale

from participation.models import Area, RegisterLanguage, RegisterRole, TargetGroup


class RegisterProfileForm(WagtailAdminModelForm):
    languages = forms.MultipleChoiceField(
        label=_("Languages"), choices=RegisterLanguage.choices, widget=forms.CheckboxSelectMultiple, required=False
    )
    roles = forms.MultipleChoiceField(
        label=_("Roles"), choices=RegisterRole.choices, widget=forms.CheckboxSelectMultiple, required=False
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Each term once, in the site's main language (every language's term is a translation of it).
        locale = Locale.get_default()
        for name, model in (("areas", Area), ("target_groups", TargetGroup)):
            if name in self.fields:
                self.fields[name].queryset = model.objects.filter(locale=locale).order_by("name")
