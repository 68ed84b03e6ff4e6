"""A new profile from an application: the form's known fields (name, email, phone, languages, areas, themes) are
read by their field names in Finnish, Swedish or English, the roles from the channel the open call recruits for,
and the consent as the applicant gave it. Whatever is not recognised is left for the coordinator to fill in."""

import re

from wagtail.models import Locale

from participation.models import Area, ChannelKind, OpenCallPage, RegisterLanguage, RegisterRole, TargetGroup

NAME_FIELDS = ("nimi", "koko_nimi", "namn", "name", "full_name")
FIRST_NAME_FIELDS = ("etunimi", "fornamn", "first_name")
LAST_NAME_FIELDS = ("sukunimi", "efternamn", "last_name")
PHONE_FIELDS = ("puhelin", "puhelinnumero", "matkapuhelin", "telefon", "telefonnummer", "phone", "phone_number")
LANGUAGE_FIELDS = ("kieli", "kielet", "asiointikieli", "sprak", "sprak_som_du_anvander", "language", "languages")
AREA_FIELDS = ("alue", "alueet", "kunta", "kotikunta", "omrade", "hemkommun", "area", "areas", "municipality")
THEME_FIELDS = ("kohderyhma", "kohderyhmat", "teema", "teemat", "malgrupp", "tema", "target_group", "theme", "themes")

# Words that name each language in an answer, in Finnish, Swedish and English.
LANGUAGE_WORDS = {
    RegisterLanguage.FINNISH: ("suomi", "suomeksi", "finska", "finnish"),
    RegisterLanguage.SWEDISH: ("ruotsi", "ruotsiksi", "svenska", "swedish"),
    RegisterLanguage.ENGLISH: ("englanti", "englanniksi", "engelska", "english"),
    RegisterLanguage.SAMI: ("saame", "samiska", "sámi", "sami"),
    RegisterLanguage.SIGN: ("viittoma", "teckenspråk", "sign"),
}

ROLE_OF_CHANNEL = {
    ChannelKind.EXPERTS_BY_EXPERIENCE: RegisterRole.EXPERT_BY_EXPERIENCE,
    ChannelKind.DEVELOPER_CLIENTS: RegisterRole.DEVELOPER_CLIENT,
    ChannelKind.PEER_SUPPORT: RegisterRole.PEER_SUPPORTER,
    ChannelKind.CLIENT_PANEL: RegisterRole.PANEL_MEMBER,
}


def is_application(submission):
    """Whether the submission is an application to an open call, which can be added to the register."""
    return issubclass(submission.page.specific_class or type(None), OpenCallPage)


def answers(data, names):
    """The answers of the first of `names` that the form has, as a list of strings (a checkbox field's list, or a
    text split at commas, semicolons and line breaks)."""
    for name in names:
        value = data.get(name)
        if not value:
            continue
        values = value if isinstance(value, list) else re.split(r"[,;\n]", str(value))
        return [str(item).strip() for item in values if str(item).strip()]
    return []


def first_answer(data, names):
    for name in names:
        if isinstance(data.get(name), str) and data[name].strip():
            return data[name].strip()
    return ""


def languages_in(values):
    text = " ".join(values).casefold()
    return [code for code, words in LANGUAGE_WORDS.items() if any(word in text for word in words)]


def terms_named(model, values):
    """The site's main-language terms named by `values` in any language."""
    if not values:
        return []
    keys = set()
    for value in values:
        keys.update(model.objects.filter(name__iexact=value).values_list("translation_key", flat=True))
    return list(
        model.objects.filter(translation_key__in=keys, locale=Locale.get_default()).values_list("pk", flat=True)
    )


def roles_of(submission):
    page = submission.page.specific
    channel = getattr(page, "channel", None)
    role = ROLE_OF_CHANNEL.get(channel.kind) if channel else None
    return [role] if role else []


def initial_from_submission(submission):
    """The new profile's initial values from `submission`."""
    data = submission.form_data or {}
    name = first_answer(data, NAME_FIELDS) or " ".join(
        part for part in (first_answer(data, FIRST_NAME_FIELDS), first_answer(data, LAST_NAME_FIELDS)) if part
    )
    return {
        "name": name,
        "email": submission.email,
        "phone": first_answer(data, PHONE_FIELDS),
        "languages": languages_in(answers(data, LANGUAGE_FIELDS)),
        "roles": roles_of(submission),
        "areas": terms_named(Area, answers(data, AREA_FIELDS)),
        "target_groups": terms_named(TargetGroup, answers(data, THEME_FIELDS)),
        "consent_text": submission.consent_text,
        "consent_at": submission.consent_at,
    }
