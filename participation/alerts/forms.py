"""The choices of an alert subscription: kinds, target groups, areas and how often; and the email to subscribe."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.models import Locale

from forms_engine.forms import MAX_LENGTH_MESSAGE, OneEmailField
from participation.models import AlertFrequency, Area, TargetGroup

# The words in the subscribe page's address (?tyyppi=haut&tyyppi=tapahtumat) and the subscription's fields.
KINDS = {"haut": "open_calls", "tapahtumat": "events"}
# More values than any list of terms has: a longer list is refused before it is looked up value by value.
MAX_VALUES = 100


def terms(model):
    """The terms in the page's language, or in Finnish when the language has none."""
    locale = Locale.get_active()
    found = model.objects.filter(locale=locale)
    if not found.exists():
        found = model.objects.filter(locale=Locale.get_default())
    return found.order_by("name")


def same_terms(model, chosen):
    """The terms of `model` in the page's language that translate `chosen` (terms of any language)."""
    keys = {term.translation_key for term in chosen}
    return [term for term in terms(model) if term.translation_key in keys]


class TermsField(forms.ModelMultipleChoiceField):
    """Checkboxes of terms, chosen by slug (the same in every language)."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, model, **kwargs):
        # The terms of the active language are set by the form for each request (no query when the module loads).
        super().__init__(queryset=model.objects.none(), to_field_name="slug", required=False, **kwargs)

    def clean(self, value):
        if value and len(value) > MAX_VALUES:
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return super().clean(value)


class AlertChoicesForm(forms.Form):
    kinds = forms.MultipleChoiceField(
        label=_("Tell me about"),
        choices=[("haut", _("New open calls")), ("tapahtumat", _("New events"))],
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose open calls, events or both.")},
    )
    target_groups = TermsField(
        TargetGroup,
        label=_("Target groups"),
        help_text=_("Choose none to hear of everything."),
        error_messages={"invalid_choice": _("Choose target groups from the list.")},
    )
    areas = TermsField(
        Area,
        label=_("Areas"),
        help_text=_("Choose none to hear of every area."),
        error_messages={"invalid_choice": _("Choose areas from the list.")},
    )
    frequency = forms.ChoiceField(
        label=_("How often"),
        choices=AlertFrequency.choices,
        initial=AlertFrequency.IMMEDIATE,
        widget=forms.RadioSelect,
        error_messages={
            "required": _("Choose how often you want emails."),
            "invalid_choice": _("Choose how often you want emails."),
        },
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # Lists of terms are read for each form, in the active language; a list without terms is not shown.
        for name, model in (("target_groups", TargetGroup), ("areas", Area)):
            self.fields[name].queryset = terms(model)
            if not self.fields[name].queryset.exists():
                del self.fields[name]

    def clean_kinds(self):
        kinds = self.cleaned_data["kinds"]
        if len(kinds) > MAX_VALUES:
            raise forms.ValidationError(_("Choose open calls, events or both."))
        return kinds

    @classmethod
    def initial_from_query(cls, query):
        """The choices a listing's "Subscribe to alerts" link fills in: its filters (?kohderyhma=…&alue=…) and kind
        (?tyyppi=haut). Unknown values are left out, as the listings ignore them."""

        def values(param):
            return [value[:100] for value in query.getlist(param)[:MAX_VALUES]]

        known = {
            "kinds": [kind for kind in values("tyyppi") if kind in KINDS],
            "target_groups": [term for term in terms(TargetGroup) if term.slug in values("kohderyhma")],
            "areas": [term for term in terms(Area) if term.slug in values("alue")],
        }
        return {name: value for name, value in known.items() if value}

    @classmethod
    def initial_from_subscription(cls, subscription):
        return {
            "kinds": [word for word, field in KINDS.items() if getattr(subscription, field)],
            "target_groups": same_terms(TargetGroup, subscription.target_groups.all()),
            "areas": same_terms(Area, subscription.areas.all()),
            "frequency": subscription.frequency,
        }

    def save_to(self, subscription):
        """Set the subscription's choices from the form (the subscription is saved)."""
        data = self.cleaned_data
        for word, field in KINDS.items():
            setattr(subscription, field, word in data["kinds"])
        subscription.frequency = data["frequency"]
        subscription.save()
        subscription.target_groups.set(data.get("target_groups", []))
        subscription.areas.set(data.get("areas", []))
        return subscription


class AlertSubscribeForm(AlertChoicesForm):
    email = OneEmailField(
        label=_("Your email address"),
        error_messages={"required": _("Enter your email address."), "max_length": MAX_LENGTH_MESSAGE},
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
