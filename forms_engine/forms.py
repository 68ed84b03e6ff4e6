"""The resident-facing form: editor-built fields plus consent, a honeypot and a fill-time check."""

from django import forms
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from forms_engine import spam

HONEYPOT = "ov_website"
STARTED = "ov_started"
CONSENT = "ov_consent"
SERVICE_FIELDS = (HONEYPOT, STARTED, CONSENT)


class PortalForm(BaseForm):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[CONSENT] = forms.BooleanField(
            label=_("I have read the privacy notice and agree that my answers are processed to handle this matter."),
            required=True,
            error_messages={"required": _("Tick the box to agree, or the form cannot be sent.")},
        )
        self.fields[HONEYPOT] = forms.CharField(label=_("Leave this field empty"), required=False)
        self.fields[STARTED] = forms.CharField(widget=forms.HiddenInput, required=False)
        self.initial[STARTED] = spam.started_value()

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get(HONEYPOT):
            raise forms.ValidationError(_("The form could not be sent. Please try again."), code="spam")
        if spam.filled_too_fast(cleaned_data.get(STARTED)):
            # A fresh timestamp, so that sending again works.
            self.data = self.data.copy()
            self.data[STARTED] = spam.started_value()
            raise forms.ValidationError(
                _("The form was sent very quickly. Please check your answers and send it again."), code="too_fast"
            )
        return cleaned_data

    @property
    def answers(self):
        """The cleaned answers to the editor-built fields, without the service fields."""
        return {name: value for name, value in self.cleaned_data.items() if name not in SERVICE_FIELDS}

    def visible_editor_fields(self):
        return [field for field in self.visible_fields() if field.name not in SERVICE_FIELDS]


class PortalFormBuilder(FormBuilder):
    def get_form_class(self):
        return type("PortalForm", (PortalForm,), self.formfields)
