"""The register of experts by experience (issue 16, part 1): added from an application in the inbox, seen and
changed only by users with the register permission, logged, found, exported and erased by email, erased after its
retention period, and never in search, the API or the site."""

import datetime
import json
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.utils import timezone
from django.utils.formats import date_format
from wagtail.models import ModelLogEntry
from wagtail.search.index import get_indexed_models

from forms_engine.models import Submission
from forms_engine.retention import erase_expired
from participation.models import ChannelKind, RegisterProfile
from participation.register.forms import RegisterProfileForm
from tests.forms_engine.factories import GroupFactory, UserFactory, answers, make_form_page
from tests.participation.factories import (
    AreaFactory,
    ChannelIndexPageFactory,
    ChannelPageFactory,
    OpenCallIndexPageFactory,
    OpenCallPageFactory,
)

pytestmark = pytest.mark.django_db

REGISTER = "/admin/snippets/participation/registerprofile/"
FIELDS = [
    {"clean_name": "nimi", "label": "Nimi", "field_type": "singleline", "required": True},
    {"clean_name": "sahkoposti", "label": "Sähköposti", "field_type": "email", "required": False},
    {"clean_name": "puhelin", "label": "Puhelin", "field_type": "singleline", "required": False},
    {
        "clean_name": "kielet",
        "label": "Millä kielillä toimit?",
        "field_type": "checkboxes",
        "required": False,
        "choices": "Suomi\nRuotsi\nViittomakieli",
    },
    {"clean_name": "alue", "label": "Alue", "field_type": "dropdown", "required": False, "choices": "Tampere\nNokia"},
    {"clean_name": "viesti", "label": "Miksi haet?", "field_type": "multiline", "required": True},
]


@dataclass
class Register:
    call: object
    tampere: object
    registrar: object  # a coordinator of the call's group with the register permission
    colleague: object  # a coordinator of the same group without it: sees the application, not the register
    other: object  # another group's coordinator without it


@pytest.fixture
def register(localized_site):
    home = localized_site.home
    applications = GroupFactory(name="Kokemusasiantuntijatoiminnan koordinaattorit")
    registrars = GroupFactory(name="Rekisterin käyttäjät")
    registrars.permissions.add(Permission.objects.get(content_type__app_label="participation", codename="use_register"))
    channel = ChannelPageFactory(parent=ChannelIndexPageFactory(parent=home), kind=ChannelKind.EXPERTS_BY_EXPERIENCE)
    call = make_form_page(
        OpenCallPageFactory(
            parent=OpenCallIndexPageFactory(parent=home), title="Kokemusasiantuntijaksi", channel=channel
        ),
        groups=[applications],
        fields=FIELDS,
        handling_days=14,
        retention_days=365,
    )
    return Register(
        call=call,
        tampere=AreaFactory(name="Tampere", slug="tampere"),
        registrar=UserFactory(groups=[applications, registrars]),
        colleague=UserFactory(groups=[applications]),
        other=UserFactory(groups=[GroupFactory(name="Vammaisneuvoston koordinaattorit")]),
    )


@pytest.fixture
def application(client, register):
    client.post(
        register.call.url,
        answers(
            register.call,
            nimi="Ilmari Kokemusasiantuntija",
            sahkoposti="Ilmari@example.fi",
            puhelin="040 123 4567",
            kielet=["Suomi", "Viittomakieli"],
            alue="Tampere",
        ),
    )
    client.logout()
    return Submission.objects.get()


def profile_data(**overrides):
    data = {
        "name": "Ilmari Kokemusasiantuntija",
        "email": "ilmari@example.fi",
        "phone": "040 123 4567",
        "roles": ["expert_by_experience"],
        "languages": ["fin", "sgn"],
        "training": "Kokemusasiantuntijakoulutus 2025",
        "availability": "Arki-illat",
        "consent_text": "Suostun tietojeni tallentamiseen rekisteriin.",
        "consent_at": "2026-01-05 10:00",
        "end_date": "2028-12-31",
    }
    data.update(overrides)
    return data


def make_profile(**fields):
    values = {
        "name": "Ilmari Kokemusasiantuntija",
        "email": "ilmari@example.fi",
        "consent_text": "Suostun.",
        "consent_at": timezone.now(),
        "end_date": timezone.localdate() + datetime.timedelta(days=365),
    }
    values.update(fields)
    return RegisterProfile.objects.create(**values)


def log_actions(profile):
    return list(
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(RegisterProfile), object_id=str(profile.pk)
        )
        .order_by("pk")
        .values_list("action", flat=True)
    )


def test_an_applicant_is_added_to_the_register_from_the_inbox(client, register, application):
    client.force_login(register.registrar)

    detail = client.get(f"/admin/inbox/{application.pk}/").content.decode()
    add_url = f"{REGISTER}add/?submission={application.pk}"
    form = client.get(add_url).content.decode()
    consent_at = date_format(timezone.localtime(application.consent_at), "Y-m-d H:i")
    response = client.post(
        add_url,
        profile_data(
            areas=[register.tampere.pk],
            consent_text=application.consent_text,
            consent_at=consent_at,
            end_date="2028-12-31",
        ),
    )

    assert add_url.replace("&", "&amp;") in detail
    assert 'value="Ilmari Kokemusasiantuntija"' in form
    assert 'value="040 123 4567"' in form
    assert 'value="sgn" id="id_languages_4" checked' in form
    assert response.status_code == 302
    profile = RegisterProfile.objects.get()
    assert profile.submission == application
    assert profile.consent_text == application.consent_text
    assert profile.consent_at == application.consent_at
    assert profile.email == "ilmari@example.fi"
    assert list(profile.areas.all()) == [register.tampere]
    assert profile.retain_until == datetime.date(2028, 12, 31) + datetime.timedelta(days=365)
    assert log_actions(profile)[-1] == "wagtail.create"
    # Once added, the inbox opens the profile instead of adding the person twice.
    assert f"{REGISTER}edit/{profile.pk}/" in client.get(f"/admin/inbox/{application.pk}/").content.decode()
    assert client.get(add_url)["Location"] == f"{REGISTER}edit/{profile.pk}/"


def test_two_coordinators_adding_one_applicant_at_once_make_one_profile(client, register, application, monkeypatch):
    """The other coordinator's save lands after this form's check that the applicant is not yet in the register and
    before its own save: the applicant is not added twice, and this coordinator is taken to the profile with a note
    instead of an error page."""
    client.force_login(register.registrar)
    add_url = f"{REGISTER}add/?submission={application.pk}"
    clean = RegisterProfileForm.clean

    def other_coordinator_saves_meanwhile(form):
        make_profile(name="Toisen koordinaattorin lisäämä", submission=application)
        return clean(form)

    monkeypatch.setattr(RegisterProfileForm, "clean", other_coordinator_saves_meanwhile)
    response = client.post(add_url, profile_data(), follow=True)

    profile = RegisterProfile.objects.get()
    assert profile.name == "Toisen koordinaattorin lisäämä"
    assert response.redirect_chain[-1][0] == f"{REGISTER}edit/{profile.pk}/"
    assert "Tämä hakija on jo rekisterissä." in response.content.decode()


def test_the_profile_is_prefilled_from_the_application(register, application):
    from participation.register.prefill import initial_from_submission

    initial = initial_from_submission(application)

    assert initial["name"] == "Ilmari Kokemusasiantuntija"
    assert initial["email"] == "Ilmari@example.fi"
    assert initial["phone"] == "040 123 4567"
    assert initial["languages"] == ["fin", "sgn"]
    assert initial["roles"] == ["expert_by_experience"]
    assert initial["areas"] == [register.tampere.pk]
    assert initial["consent_text"] == application.consent_text
    assert initial["consent_at"] == application.consent_at


def test_a_profile_needs_a_name_consent_and_end_date(client, register):
    client.force_login(register.registrar)

    response = client.post(f"{REGISTER}add/", profile_data(name="", consent_text="", end_date=""))

    assert response.status_code == 200
    assert not RegisterProfile.objects.exists()


@pytest.mark.parametrize("who", ["colleague", "other"])
def test_a_coordinator_without_the_register_permission_sees_nothing_of_it(client, register, application, who):
    profile = make_profile(submission=application)
    client.force_login(getattr(register, who))

    responses = [
        client.get(REGISTER),
        client.get(f"{REGISTER}results/"),
        client.get(f"{REGISTER}inspect/{profile.pk}/"),
        client.get(f"{REGISTER}edit/{profile.pk}/"),
        client.get(f"{REGISTER}history/{profile.pk}/"),
        client.get(f"{REGISTER}usage/{profile.pk}/"),
        client.get(f"{REGISTER}delete/{profile.pk}/"),
        client.get(f"{REGISTER}add/?submission={application.pk}"),
        client.post(f"{REGISTER}add/?submission={application.pk}", profile_data(name="Toinen")),
        client.post(f"{REGISTER}edit/{profile.pk}/", profile_data(name="Muutettu")),
        client.post(f"{REGISTER}delete/{profile.pk}/"),
        client.get("/admin/snippets/choose/participation/registerprofile/"),
        client.get("/admin/snippets/choose/participation/registerprofile/results/"),
        client.get(f"/admin/snippets/choose/participation/registerprofile/chosen/{profile.pk}/"),
    ]

    for response in responses:
        assert response.status_code in (302, 403, 404), response.request["PATH_INFO"]
        assert "Ilmari" not in response.content.decode()
    profile.refresh_from_db()
    assert profile.name == "Ilmari Kokemusasiantuntija"
    assert RegisterProfile.objects.count() == 1
    # The menu does not offer it, and the application in the inbox offers no way to it.
    dashboard = client.get("/admin/").content.decode()
    assert REGISTER not in dashboard
    if who == "colleague":
        detail = client.get(f"/admin/inbox/{application.pk}/").content.decode()
        assert "Ilmari Kokemusasiantuntija" in detail  # the application itself is theirs to handle
        assert REGISTER not in detail
    # Nor does the site history report show the profile's log.
    assert "Ilmari" not in client.get("/admin/reports/site-history/").content.decode()


def test_a_registrar_may_not_add_an_application_routed_elsewhere(client, register, application):
    outsider = UserFactory(
        groups=list(register.registrar.groups.exclude(name="Kokemusasiantuntijatoiminnan koordinaattorit"))
    )
    client.force_login(outsider)
    add_url = f"{REGISTER}add/?submission={application.pk}"

    # A 404 under /admin/ is sent on to the language-prefixed address, which is a 404 too.
    assert client.get(add_url, follow=True).status_code == 404
    for bad in ("nonsense", "²", "99999999999999999999", ""):
        assert client.get(f"{REGISTER}add/", {"submission": bad}, follow=True).status_code == 404
    assert client.post(add_url, profile_data(), follow=True).status_code == 404
    assert not RegisterProfile.objects.exists()


def test_each_view_and_change_is_in_the_access_log(client, register):
    profile = make_profile()
    not_shown = make_profile(name="Aino Kehittäjäasiakas", email="aino@example.fi")
    client.force_login(register.registrar)

    listing = client.get(REGISTER, {"q": "Ilmari"}).content.decode()
    inspected = client.get(f"{REGISTER}inspect/{profile.pk}/").content.decode()
    client.get(f"{REGISTER}edit/{profile.pk}/")
    client.post(f"{REGISTER}edit/{profile.pk}/", profile_data(availability="Viikonloput"))

    assert "Ilmari Kokemusasiantuntija" in listing
    assert "Ilmari Kokemusasiantuntija" in inspected and "ilmari@example.fi" in inspected
    assert date_format(timezone.localtime(profile.consent_at), "DATETIME_FORMAT") in inspected  # Finnish time
    assert log_actions(profile) == [
        "participation.register.list",  # shown in the list
        "participation.register.view",
        "participation.register.view",
        "wagtail.edit",
    ]
    assert log_actions(not_shown) == []  # the search left it out of the list
    entries = ModelLogEntry.objects.filter(object_id=str(profile.pk))
    assert {entry.user_id for entry in entries} == {register.registrar.pk}
    history = client.get(f"{REGISTER}history/{profile.pk}/").content.decode()
    assert history.count("Avattu") == 2  # "Viewed", in the admin's Finnish
    assert "Näytetty rekisterin luettelossa" in history


def test_the_register_is_filtered_by_role_language_area_and_end_date(client, register):
    signing = make_profile(
        name="Viittova Kokemusasiantuntija", roles=["expert_by_experience"], languages=["fin", "sgn"]
    )
    signing.areas.add(register.tampere)
    make_profile(name="Ruotsinkielinen Kehittäjä", roles=["developer_client"], languages=["swe"])
    make_profile(
        name="Päättynyt Jäsen", roles=["panel_member"], end_date=timezone.localdate() - datetime.timedelta(days=1)
    )
    client.force_login(register.registrar)

    def names(**filters):
        response = client.get(REGISTER, filters)
        assert response.status_code == 200
        return sorted(str(profile) for profile in response.context["object_list"])

    assert names(languages="sgn") == ["Viittova Kokemusasiantuntija"]
    assert names(roles="developer_client") == ["Ruotsinkielinen Kehittäjä"]
    assert names(areas=register.tampere.pk) == ["Viittova Kokemusasiantuntija"]
    assert names(current="true") == ["Ruotsinkielinen Kehittäjä", "Viittova Kokemusasiantuntija"]
    assert names(current="false") == ["Päättynyt Jäsen"]
    # A stale or hand-made filter value is shown as an error, not a 500.
    assert client.get(REGISTER, {"languages": "klingon", "areas": "x"}).status_code == 200


def test_the_personal_data_tool_finds_exports_and_erases_the_register(admin_client, register, application):
    profile = make_profile(submission=application, email="Ilmari@example.fi")
    profile.areas.add(register.tampere)
    kept = make_profile(name="Toinen Henkilö", email="toinen@example.fi")
    admin_client.get(f"{REGISTER}inspect/{profile.pk}/")
    url = "/admin/inbox/personal-data/"

    found = admin_client.get(url, {"email": "ilmari@example.fi"}).content.decode()
    exported = json.loads(admin_client.get(url, {"email": "ilmari@example.fi", "format": "json"}).content)
    admin_client.post(url, {"email": "ilmari@example.fi", "action": "erase"})

    assert "Kokemusasiantuntijarekisteri – Ilmari Kokemusasiantuntija" in found

    in_register = [item for item in exported["subscriptions"] if item["page"] == "register"]
    assert [item["name"] for item in in_register] == ["Ilmari Kokemusasiantuntija"]
    assert in_register[0]["areas"] == ["Tampere"]
    assert in_register[0]["application"] == application.reference
    assert list(RegisterProfile.objects.all()) == [kept]
    assert not Submission.objects.exists()
    assert log_actions(profile) == []


def test_a_profile_deleted_in_the_admin_takes_its_log_with_it(client, register):
    profile = make_profile()
    client.force_login(register.registrar)
    client.get(f"{REGISTER}inspect/{profile.pk}/")

    client.post(f"{REGISTER}delete/{profile.pk}/")

    assert not RegisterProfile.objects.exists()
    assert log_actions(profile) == []


def test_a_profile_outlives_its_application(register, application):
    profile = make_profile(submission=application)
    Submission.objects.update(retain_until=timezone.localdate() - datetime.timedelta(days=1))

    erase_expired()

    profile.refresh_from_db()
    assert profile.submission is None
    assert profile.consent_text == "Suostun."


def test_a_profile_is_erased_by_the_nightly_run_after_its_retention_period(settings, register):
    settings.REGISTER_RETENTION_DAYS = 30
    today = timezone.localdate()
    ended = make_profile(end_date=today - datetime.timedelta(days=31))
    retained = make_profile(name="Päättynyt äskettäin", end_date=today - datetime.timedelta(days=30))
    active = make_profile(name="Mukana", end_date=today + datetime.timedelta(days=100))

    erase_expired(today)

    assert set(RegisterProfile.objects.all()) == {retained, active}
    assert not RegisterProfile.objects.filter(pk=ended.pk).exists()


def test_changing_the_end_date_moves_the_retention_date(settings, register):
    settings.REGISTER_RETENTION_DAYS = 30
    profile = make_profile(end_date=datetime.date(2027, 1, 1))

    profile.end_date = datetime.date(2027, 6, 1)
    profile.save(update_fields=["end_date"])

    profile.refresh_from_db()
    assert profile.retain_until == datetime.date(2027, 7, 1)


def test_the_register_is_never_in_search_the_api_or_the_site(client, register):
    make_profile(name="Ilmari Kokemusasiantuntija")

    search = client.get("/fi/haku/", {"q": "Ilmari"})
    api = client.get("/api/v2/pages/", {"search": "Ilmari"})

    assert RegisterProfile not in get_indexed_models()
    # The query itself is shown back on the search page; the person's full name is not.
    assert search.status_code == 200 and "Ilmari Kokemusasiantuntija" not in search.content.decode()
    assert api.status_code == 200 and "Ilmari" not in api.content.decode()
    assert "Ilmari" not in client.get("/sitemap.xml").content.decode()
    assert client.get(REGISTER).status_code == 302  # to the admin login


def test_a_registrar_adds_a_person_by_hand(client, register):
    client.force_login(register.registrar)

    response = client.post(f"{REGISTER}add/", profile_data(name="Kaino Kehittäjäasiakas", roles=["developer_client"]))

    assert response.status_code == 302
    profile = RegisterProfile.objects.get()
    assert profile.submission is None
    assert profile.roles == ["developer_client"]
    assert profile.get_roles_display() == "Developer client" or profile.get_roles_display() == "Kehittäjäasiakas"
