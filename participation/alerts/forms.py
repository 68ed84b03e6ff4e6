"""The choices of an alert subscription: kinds, target groups, areas and how often; and the email to subscribe."""

from django import forms
from django.conf import settings
from django.utils import timezone, translation
from django.utils.translation import gettext_lazy as _

from forms_engine.forms import MAX_LENGTH_MESSAGE, OneEmailField
from participation.models import AlertFrequency, Area, TargetGroup

# The words in the subscribe page's address (?tyyppi=haut&tyyppi=tapahtumat) and the subscription's fields.
KINDS = {"haut": "open_calls", "tapahtumat": "events"}
# More values than any list of terms has: a longer list is refused before it is looked up value by value.
MAX_VALUES = 100


def terms(model):
    """The terms in the page's language, or in Finnish when the language has none: one query for both."""
    languages = {translation.get_language(), settings.LANGUAGE_CODE}
    found = list(model.objects.filter(locale__language_code__in=languages).select_related("locale").order_by("name"))
    active = [term for term in found if term.locale.language_code == translation.get_language()]
    return active or [term for term in found if term.locale.language_code == settings.LANGUAGE_CODE]


class TermsField(forms.MultipleChoiceField):
    """Checkboxes of terms, chosen by slug (the same in every language); cleaned into the terms themselves.

    The terms are read once for each form (`set_terms`), and neither drawing nor checking the choices reads them
    again."""

    widget = forms.CheckboxSelectMultiple

    def __init__(self, **kwargs):
        super().__init__(required=False, **kwargs)
        self.terms = {}

    def set_terms(self, terms):
        self.terms = {term.slug: term for term in terms}
        self.choices = [(term.slug, term.name) for term in terms]

    def clean(self, value):
        if value and len(value) > MAX_VALUES:
            raise forms.ValidationError(self.error_messages["invalid_choice"], code="invalid_choice")
        return [self.terms[slug] for slug in super().clean(value)]


class AlertChoicesForm(forms.Form):
    kinds = forms.MultipleChoiceField(
        label=_("Tell me about"),
        choices=[("haut", _("New open calls")), ("tapahtumat", _("New events"))],
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose open calls, events or both.")},
    )
    target_groups = TermsField(
        label=_("Target groups"),
        help_text=_("Choose none to hear of everything."),
        error_messages={"invalid_choice": _("Choose target groups from the list.")},
    )
    areas = TermsField(
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

    TAXONOMIES = (("target_groups", TargetGroup), ("areas", Area))

    def __init__(self, *args, query=None, subscription=None, **kwargs):
        super().__init__(*args, **kwargs)
        # Lists of terms are read once for each form, in the active language; a list without terms is not shown.
        self.terms = {name: terms(model) for name, model in self.TAXONOMIES}
        for name, found in self.terms.items():
            if found:
                self.fields[name].set_terms(found)
            else:
                del self.fields[name]
        if query is not None:
            self.initial.update(self.initial_from_query(query))
        if subscription is not None:
            self.initial.update(self.initial_from_subscription(subscription))

    def clean_kinds(self):
        kinds = self.cleaned_data["kinds"]
        if len(kinds) > MAX_VALUES:
            raise forms.ValidationError(_("Choose open calls, events or both."))
        return kinds

    def initial_from_query(self, query):
        """The choices a listing's "Subscribe to alerts" link fills in: its filters (?kohderyhma=…&alue=…) and kind
        (?tyyppi=haut). Unknown values are left out, as the listings ignore them."""

        def values(param):
            return [value[:100] for value in query.getlist(param)[:MAX_VALUES]]

        known = {
            "kinds": [kind for kind in values("tyyppi") if kind in KINDS],
            "target_groups": [t.slug for t in self.terms["target_groups"] if t.slug in values("kohderyhma")],
            "areas": [t.slug for t in self.terms["areas"] if t.slug in values("alue")],
        }
        return {name: value for name, value in known.items() if value}

    def initial_from_subscription(self, subscription):
        """The subscription's choices, its terms shown in the page's language (by translation key)."""

        def same(name, chosen):
            keys = {term.translation_key for term in chosen}
            return [term.slug for term in self.terms[name] if term.translation_key in keys]

        return {
            "kinds": [word for word, field in KINDS.items() if getattr(subscription, field)],
            "target_groups": same("target_groups", subscription.target_groups.all()),
            "areas": same("areas", subscription.areas.all()),
            "frequency": subscription.frequency,
        }

    def save_to(self, subscription):
        """Set the subscription's choices from the form (the subscription is saved)."""
        data = self.cleaned_data
        for word, field in KINDS.items():
            setattr(subscription, field, word in data["kinds"])
        if subscription.pk and subscription.frequency != data["frequency"] == AlertFrequency.WEEKLY:
            # The summary's week starts now: what came before was already emailed one by one.
            subscription.digest_sent_at = timezone.now()
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
