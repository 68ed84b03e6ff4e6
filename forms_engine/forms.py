"""The resident-facing form: editor-built fields plus consent, a honeypot and the single-use form token. Its base,
`AnswersForm` (the fields and the consent), is shared with the form a coordinator fills in to record a submission
given by phone, on paper or face to face (`forms_engine.admin_views.intake.AssistedIntakeForm`).

Every editor-built answer has a maximum length, kept by the server, put on the input as `maxlength` and said in
the field's hint; an email answer is exactly one address, so a receipt can never go to two.

Fields are drawn as GOV.UK and suomi.fi draw them: an `autocomplete` token and input type for what the field asks
for (name, email, phone, postal code, municipality…), a date as a date input with an example that also accepts
15.3.2027, "(optional)" after an optional field's label, and short error messages by field type ("Enter your
name", "Select an option") instead of the label repeated.
"""

from django import forms
from django.core.exceptions import ValidationError
from django.core.files.uploadedfile import UploadedFile
from django.core.validators import validate_email
from django.utils.formats import number_format
from django.utils.html import format_html
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from forms_engine import attachments, easy_fields, form_tokens, spam

HONEYPOT = "ov_website"
TOKEN = "ov_token"
CONSENT = "ov_consent"
INTAKE_CHANNEL = "ov_intake_channel"
SERVICE_FIELDS = (HONEYPOT, TOKEN, CONSENT, INTAKE_CHANNEL)

# The longest answers accepted, in characters. A single line is a name or a short answer; a multi-line answer
# is a message of a few pages; an email address is at most 254 characters by RFC 5321.
SINGLE_LINE_MAX_LENGTH = 255
MULTI_LINE_MAX_LENGTH = 5000
EMAIL_MAX_LENGTH = 254
URL_MAX_LENGTH = 2048
NUMBER_MAX_DIGITS = 20

MAX_LENGTH_MESSAGE = _(
    "The answer can be at most %(limit_value)s characters long. Now it is %(show_value)s characters."
)
ONE_ADDRESS_MESSAGE = _(
    "Enter one email address, such as name@example.fi. An address cannot contain commas, semicolons, quotation "
    "marks or spaces."
)
# Characters that appear only in a list of addresses, a display name or a quoted local part.
NOT_IN_ONE_ADDRESS = set(',;:"<>()[]\\')


def validate_one_address(value):
    """Exactly one plain address: no quoted local part, list, display name or domain literal."""
    if value.count("@") != 1 or any(char in NOT_IN_ONE_ADDRESS or char.isspace() for char in value):
        raise ValidationError(ONE_ADDRESS_MESSAGE, code="invalid")
    validate_email(value)


class OneEmailField(forms.EmailField):
    """An email address that the receipt can be sent to: one address and nothing else."""

    default_validators = [validate_one_address]
    default_error_messages = {"invalid": ONE_ADDRESS_MESSAGE}

    def __init__(self, **kwargs):
        kwargs.setdefault("max_length", EMAIL_MAX_LENGTH)
        kwargs.setdefault("error_messages", {"max_length": MAX_LENGTH_MESSAGE})
        super().__init__(**kwargs)


# What a field asks for, guessed from its name (the editor's label made into a name, or the name itself) when
# the editor has not chosen (FormField.autocomplete). Finnish, Swedish and English names.
PURPOSE_BY_NAME = {
    "name": {"nimi", "nimesi", "koko_nimi", "etunimi_ja_sukunimi", "name", "full_name", "your_name", "namn"},
    "tel": {"puhelin", "puhelinnumero", "puh", "matkapuhelin", "phone", "telephone", "tel", "telefon", "telefonnummer"},
    "postal-code": {"postinumero", "postal_code", "postcode", "zip", "postnummer"},
    "address-level2": {"kunta", "kotikunta", "paikkakunta", "municipality", "town", "city", "kommun", "hemkommun"},
    "street-address": {"osoite", "katuosoite", "lahiosoite", "address", "street_address", "adress", "gatuadress"},
    "organization": {"organisaatio", "jarjesto", "yhdistys", "yritys", "organisation", "organization"},
    "bday": {"syntymaaika", "date_of_birth", "birthday", "fodelsedatum"},
}
DATE_EXAMPLE = "15.3.2027"
DATE_INPUT_FORMATS = ["%Y-%m-%d", "%d.%m.%Y", "%d.%m.%y"]


def autocomplete_purpose(field):
    """The `autocomplete` token of an editor-built field (a FormField), or "" for none."""
    if field.autocomplete:
        return "" if field.autocomplete == "off" else field.autocomplete
    if field.field_type == "email":
        return "email"
    if field.field_type not in ("singleline", "dropdown", "date", "number"):
        return ""
    names = {field.clean_name or "", field.get_field_clean_name()}
    for purpose, known in PURPOSE_BY_NAME.items():
        if names & known and (purpose == "bday") == (field.field_type == "date"):
            return purpose
    return ""


def required_message(field_type, purpose):
    """A short message for an unanswered required field, by what it asks for."""
    by_purpose = {
        "name": _("Enter your name."),
        "email": _("Enter your email address."),
        "tel": _("Enter your phone number."),
        "postal-code": _("Enter your postal code."),
        "address-level2": _("Enter your municipality."),
        "street-address": _("Enter your address."),
        "organization": _("Enter the name of your organisation."),
    }
    if purpose in by_purpose:
        return by_purpose[purpose]
    if field_type in ("dropdown", "radio", *easy_fields.CHOICE_FIELD_TYPES):
        return _("Select an option.")
    if field_type in ("checkboxes", "multiselect"):
        return _("Select at least one option.")
    if field_type == "checkbox":
        return _("Tick the box.")
    if field_type == attachments.FILE_FIELD_TYPE:
        return _("Choose a file.")
    if field_type in ("date", "datetime"):
        return date_message()
    return _("Enter an answer.")


# What a field asks for when it is a way to reply to the person: optional when a coordinator records a submission
# given by phone or on paper, since they are needed only if the person wants a reply.
CONTACT_PURPOSES = {"name", "email", "tel", "street-address", "postal-code"}


def intake_required_message(purpose):
    """`required_message` worded for a coordinator typing someone else's answers ("Enter the name." rather than
    "Enter your name."), or None where the general message is already neutral."""
    return {
        "name": _("Enter the name."),
        "email": _("Enter the email address."),
        "tel": _("Enter the phone number."),
        "postal-code": _("Enter the postal code."),
        "address-level2": _("Enter the municipality."),
        "street-address": _("Enter the address."),
        "organization": _("Enter the name of the organisation."),
    }.get(purpose)


def date_message():
    return _("Enter a date in the format %(example)s.") % {"example": DATE_EXAMPLE}


def length_hint(limit):
    """'At most 5 000 characters.' in the active language, with its own digit grouping."""
    return ngettext("At most %(count)s character.", "At most %(count)s characters.", limit) % {
        "count": number_format(limit, force_grouping=True)
    }


def file_answer(value):
    """What a file field's answer reads as in the submission, the inbox and exports: the file's name, or ""."""
    return value.name if isinstance(value, UploadedFile) else ""


class AnswersForm(BaseForm):
    """The editor-built fields and the consent: what the web form and a form recorded by a coordinator share."""

    CONSENT_LABEL = _("I have read the privacy notice and agree that my answers are processed to handle this matter.")
    CONSENT_REQUIRED = _("Tick the box to agree, or the form cannot be sent.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields[CONSENT] = forms.BooleanField(
            label=self.CONSENT_LABEL, required=True, error_messages={"required": self.CONSENT_REQUIRED}
        )

    CHOOSE_AGAIN = _("Choose the file again: a file is not kept while other answers have errors.")

    @property
    def answers(self):
        """The cleaned answers to the editor-built fields, without the service fields. A file field's answer is
        the name of the file sent (the file itself is in `attachments`)."""
        return {
            name: file_answer(value) if isinstance(self.fields[name], attachments.AttachmentField) else value
            for name, value in self.cleaned_data.items()
            if name not in SERVICE_FIELDS
        }

    @property
    def attachments(self):
        """The files sent in file fields, checked by their content: {field name: uploaded file}."""
        return {name: value for name, value in self.cleaned_data.items() if isinstance(value, UploadedFile)}

    def _post_clean(self):
        super()._post_clean()
        # A file is not kept when the form comes back with errors: say so on each file that was fine.
        if self._errors:
            for name in list(self.attachments):
                if name not in self._errors:
                    self.add_error(name, forms.ValidationError(self.CHOOSE_AGAIN, code="choose_again"))

    def visible_editor_fields(self):
        return [field for field in self.visible_fields() if field.name not in SERVICE_FIELDS]


class PortalForm(AnswersForm):
    """The resident's web form: the answers, a honeypot, the single-use form token and the minimum fill time."""

    TOKEN_EXPIRED = _(
        "The form was open for a long time, so it was not sent. Your answers are kept below: please check them and "
        "send the form again."
    )
    TOKEN_INVALID = _("The form could not be sent. Your answers are kept below: please send the form again.")
    TOO_FAST = _("The form was sent very quickly. Please check your answers and send it again.")

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.form_token = None
        self.fields[HONEYPOT] = forms.CharField(label=_("Leave this field empty"), required=False)
        self.fields[TOKEN] = forms.CharField(widget=forms.HiddenInput, required=False)
        if self.page is not None:
            self.initial[TOKEN] = form_tokens.issue(self.page)

    def renew_token(self):
        """Put a fresh token in the form shown again, so that sending it again works."""
        self.data = self.data.copy()
        self.data[TOKEN] = form_tokens.issue(self.page)

    def clean(self):
        cleaned_data = super().clean()
        if cleaned_data.get(HONEYPOT):
            raise forms.ValidationError(_("The form could not be sent. Please try again."), code="spam")
        try:
            self.form_token = form_tokens.read(cleaned_data.get(TOKEN), self.page)
        except form_tokens.ExpiredToken:
            self.renew_token()
            raise forms.ValidationError(self.TOKEN_EXPIRED, code="token_expired") from None
        except form_tokens.InvalidToken:
            self.renew_token()
            raise forms.ValidationError(self.TOKEN_INVALID, code="token_invalid") from None
        if spam.filled_too_fast(self.form_token):
            # The same token: its time goes on, so sending again in a moment works.
            raise forms.ValidationError(self.TOO_FAST, code="too_fast")
        return cleaned_data


class PortalFormBuilder(FormBuilder):
    """Wagtail's form builder with a maximum length on every free-text answer and a one-address email field,
    each field with its `autocomplete` token, input type, "(optional)" marker and short error messages."""

    @property
    def formfields(self):
        formfields = super().formfields
        for field in self.fields:
            self.finish(field, formfields[field.clean_name or field.get_field_clean_name()])
        return formfields

    def finish(self, field, formfield):
        purpose = autocomplete_purpose(field)
        widget = formfield.widget
        if purpose and not widget.is_hidden:
            widget.attrs["autocomplete"] = purpose
        if purpose == "tel":
            widget.input_type = "tel"
        if purpose == "postal-code":
            widget.attrs["inputmode"] = "numeric"
        if purpose in ("tel", "postal-code"):
            widget.attrs["class"] = "govuk-input--width-10"
        formfield.error_messages["required"] = required_message(field.field_type, purpose)
        if field.field_type in ("dropdown", "radio", "checkboxes", "multiselect", *easy_fields.CHOICE_FIELD_TYPES):
            formfield.error_messages["invalid_choice"] = required_message(field.field_type, "")
        if not field.required and field.field_type not in ("checkbox", "hidden"):
            formfield.label = _("%(label)s (optional)") % {"label": field.label}

    def create_date_field(self, field, options):
        example = _("For example %(example)s.") % {"example": DATE_EXAMPLE}
        options["help_text"] = (
            format_html("{} {}", options["help_text"], example) if options.get("help_text") else example
        )
        widget = forms.DateInput(format="%Y-%m-%d", attrs={"type": "date", "class": "govuk-input--width-10"})
        return forms.DateField(
            widget=widget, input_formats=DATE_INPUT_FORMATS, error_messages={"invalid": date_message()}, **options
        )

    def create_number_field(self, field, options):
        options["max_digits"] = NUMBER_MAX_DIGITS
        options["error_messages"] = {"invalid": _("Enter a number.")}
        return forms.DecimalField(**options)

    def create_url_field(self, field, options):
        options["max_length"] = URL_MAX_LENGTH
        options["error_messages"] = {
            "max_length": MAX_LENGTH_MESSAGE,
            "invalid": _("Enter a web address, such as https://www.example.fi."),
        }
        return super().create_url_field(field, options)

    def limited(self, options, limit):
        options["max_length"] = limit
        options["error_messages"] = {"max_length": MAX_LENGTH_MESSAGE}
        hint = length_hint(limit)
        options["help_text"] = format_html("{} {}", options["help_text"], hint) if options.get("help_text") else hint
        return options

    def create_singleline_field(self, field, options):
        return forms.CharField(**self.limited(options, SINGLE_LINE_MAX_LENGTH))

    def create_multiline_field(self, field, options):
        return forms.CharField(widget=forms.Textarea, **self.limited(options, MULTI_LINE_MAX_LENGTH))

    def create_email_field(self, field, options):
        return OneEmailField(**options)

    def create_file_field(self, field, options):
        return attachments.create_file_field(field, options)

    def create_picture_scale_field(self, field, options):
        return easy_fields.create_picture_scale_field(
            easy_fields.scale_labels(field, lambda f: [label for label, _text in self.get_formatted_field_choices(f)]),
            options,
        )

    def create_big_buttons_field(self, field, options):
        return easy_fields.create_big_buttons_field(self.get_formatted_field_choices(field), options)

    def create_hidden_field(self, field, options):
        options["max_length"] = SINGLE_LINE_MAX_LENGTH
        return super().create_hidden_field(field, options)

    def get_form_class(self, base=PortalForm):
        """The web form, or with another `base` (`forms_engine.admin_views.intake.AssistedIntakeForm`) the same
        fields for a coordinator to record."""
        return type(base.__name__, (base,), self.formfields)
