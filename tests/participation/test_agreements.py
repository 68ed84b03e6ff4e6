"""Agreements with the people of the register (issue 16, part 3): a versioned, translated template; sent by a
coordinator with the register permission; accepted by the person through a private link (typed name, time and
address kept with the exact text); printed or downloaded as a PDF; reminded of before it ends; seen only by the
register's users; exported and erased with the person."""

import datetime
import io
import json
import re
import threading
from dataclasses import dataclass

import pytest
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils import timezone
from pypdf import PdfReader
from wagtail.models import Locale, ModelLogEntry

from participation.demo_agreements import load_agreement_templates
from participation.models import Agreement, AgreementTemplate, RegisterProfile, RegisterRole
from participation.register.agreements import (
    SEND_ACTION,
    VIEW_AGREEMENT_ACTION,
    agreement_reminders,
    send_reminders,
)
from portal.demo import DemoLoader
from tests.forms_engine.factories import GroupFactory, UserFactory

pytestmark = pytest.mark.django_db

AGREEMENTS = "/admin/snippets/participation/agreement/"
REGISTER = "/admin/snippets/participation/registerprofile/"
LINK = re.compile(r"https?://[^\s]+/(fi|sv|en)/sopimus/([A-Za-z0-9_-]{43})/")


@dataclass
class Setup:
    template: object  # the Finnish template, translated into Swedish
    registrar: object  # a coordinator with the register permission
    other: object  # another group's coordinator without it
    person: object


def body(*sections):
    return [("section", {"heading": heading, "text": text}) for heading, text in sections]


def make_template(locale, title="Kehittäjäasiakkaan sopimus", text="Kehität palveluja."):
    template = AgreementTemplate.objects.create(
        locale=locale,
        title=title,
        role=RegisterRole.DEVELOPER_CLIENT,
        body=body(("1. Tehtävä", text), ("5. Korvaukset", "Palkkio ja matkakulut.\n\nHaetaan linkin kautta.")),
        signatory="Osallisuuskoordinaattori",
    )
    template.save_revision()
    return template


@pytest.fixture
def setup(localized_site):
    locales = localized_site.locales
    template = make_template(locales["fi"])
    swedish = template.copy_for_translation(locales["sv"])
    swedish.title = "Avtal för utvecklarklient"
    swedish.body = body(("1. Uppdraget", "Du utvecklar tjänster."))
    swedish.save()
    swedish.save_revision()
    registrars = GroupFactory(name="Rekisterin käyttäjät")
    registrars.permissions.add(Permission.objects.get(content_type__app_label="participation", codename="use_register"))
    person = RegisterProfile.objects.create(
        name="Åsa Äijälä-Öhman",
        email="asa@example.fi",
        consent_text="Suostun.",
        consent_at=timezone.now(),
        end_date=timezone.localdate() + datetime.timedelta(days=365),
    )
    return Setup(
        template=template,
        registrar=UserFactory(groups=[registrars], email="koordinaattori@example.fi"),
        other=UserFactory(groups=[GroupFactory(name="Vammaisneuvoston koordinaattorit")]),
        person=person,
    )


def send(client, setup, language="fi", ends_on=None, **overrides):
    data = {
        "person": setup.person.pk,
        "template": setup.template.pk,
        "language": language,
        "ends_on": (ends_on or timezone.localdate() + datetime.timedelta(days=200)).isoformat(),
    }
    data.update(overrides)
    return client.post(f"{AGREEMENTS}add/", data)


def make_agreement(setup, **fields):
    agreement = Agreement(person=setup.person, template=setup.template, language="fi")
    agreement.ends_on = fields.pop("ends_on", timezone.localdate() + datetime.timedelta(days=200))
    agreement.copy_terms()
    for name, value in fields.items():
        setattr(agreement, name, value)
    agreement.save()
    return agreement


def page(agreement, suffix="", language="fi"):
    return f"/{language}/sopimus/{agreement.token}/{suffix}"


def accept(client, agreement, name="Åsa Äijälä-Öhman", **extra):
    return client.post(page(agreement), {"name": name, "accept": "on"}, **extra)


def profile_log(person):
    return list(
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(RegisterProfile), object_id=str(person.pk)
        )
        .order_by("pk")
        .values_list("action", flat=True)
    )


# The template


def test_a_template_keeps_every_version_and_a_sent_agreement_keeps_its_own(setup):
    first = make_agreement(setup)
    setup.template.body = body(("1. Tehtävä", "Uusi teksti."))
    setup.template.save()
    setup.template.save_revision()
    second = make_agreement(setup)

    assert setup.template.revisions.count() == 2
    assert first.template_version == 1 and second.template_version == 2
    assert first.sections[0]["text"] == "Kehität palveluja."
    assert second.sections == [{"heading": "1. Tehtävä", "text": "Uusi teksti."}]
    first.refresh_from_db()
    assert first.template_revision.as_object().sections()[0]["text"] == "Kehität palveluja."


def test_templates_are_edited_in_the_admin_as_versioned_snippets(admin_client, setup):
    templates = "/admin/snippets/participation/agreementtemplate/"
    assert admin_client.get(f"{templates}edit/{setup.template.pk}/").status_code == 200
    assert admin_client.get(f"{templates}history/{setup.template.pk}/").status_code == 200


def test_a_template_is_translated_with_wagtail_localize(admin_client, setup, localized_site):
    url = f"/admin/localize/submit/snippet/participation/agreementtemplate/{setup.template.pk}/"
    assert admin_client.get(url).status_code == 200

    admin_client.post(url, {"locales": [localized_site.locales["en"].pk]})

    english = setup.template.get_translation(localized_site.locales["en"])
    assert english.role == setup.template.role
    assert english.revisions.exists()


def test_the_demo_templates_are_loaded_in_three_languages_once(localized_site):
    loader = DemoLoader()
    load_agreement_templates(loader)
    load_agreement_templates(loader)

    assert AgreementTemplate.objects.count() == 6
    finnish = AgreementTemplate.objects.get(locale__language_code="fi", role=RegisterRole.DEVELOPER_CLIENT)
    assert finnish.revisions.count() == 1
    headings = [section["heading"] for section in finnish.sections()]
    assert len(headings) == 6
    swedish = finnish.get_translation(Locale.objects.get(language_code="sv"))
    assert swedish.title == "Avtal för utvecklarklient"
    expert = AgreementTemplate.objects.get(locale__language_code="en", role=RegisterRole.EXPERT_BY_EXPERIENCE)
    assert "expense compensation" in expert.sections()[4]["text"]


# Sending


def test_a_coordinator_sends_an_agreement_and_the_person_gets_its_link(client, setup):
    client.force_login(setup.registrar)
    response = send(client, setup)

    assert response.status_code == 302
    agreement = Agreement.objects.get()
    assert agreement.sent_by == setup.registrar
    assert agreement.title == "Kehittäjäasiakkaan sopimus"
    assert agreement.template_revision == setup.template.latest_revision
    assert [message.to for message in mail.outbox] == [["asa@example.fi"]]
    language, token = LINK.search(mail.outbox[0].body).groups()
    assert (language, token) == ("fi", agreement.token)
    assert SEND_ACTION in profile_log(setup.person)


def test_an_agreement_in_swedish_is_made_from_the_translation(client, setup):
    client.force_login(setup.registrar)
    send(client, setup, language="sv")

    agreement = Agreement.objects.get()
    assert agreement.title == "Avtal för utvecklarklient"
    assert agreement.template.locale.language_code == "sv"
    assert LINK.search(mail.outbox[0].body).group(1) == "sv"
    assert "Avtal för utvecklarklient" in mail.outbox[0].subject


def test_sending_refuses_a_missing_translation_a_past_end_date_and_a_person_without_email(client, setup):
    client.force_login(setup.registrar)
    assert send(client, setup, language="en").status_code == 200
    yesterday = timezone.localdate() - datetime.timedelta(days=1)
    assert send(client, setup, ends_on=yesterday).status_code == 200
    RegisterProfile.objects.update(email="")
    assert send(client, setup).status_code == 200
    assert send(client, setup, person="nonsense", template="x").status_code == 200

    assert not Agreement.objects.exists()
    assert not mail.outbox


def test_the_register_listing_offers_agreements_for_each_person(client, setup):
    client.force_login(setup.registrar)
    content = client.get(REGISTER).content.decode()
    assert f"{AGREEMENTS}add/?person={setup.person.pk}" in content
    assert f"{AGREEMENTS}?person={setup.person.pk}" in content
    form = client.get(f"{AGREEMENTS}add/", {"person": setup.person.pk}).content.decode()
    assert "Åsa Äijälä-Öhman" in form
    assert client.get(f"{AGREEMENTS}add/", {"person": "²"}).status_code == 200


# The person's page


def test_the_person_reads_and_accepts_the_agreement(client, setup):
    agreement = make_agreement(setup)

    response = client.get(page(agreement))
    content = response.content.decode()
    assert response.status_code == 200
    assert '<meta name="robots" content="noindex">' in content
    assert "no-cache" in response["Cache-Control"] or "no-store" in response["Cache-Control"]
    assert "Kehität palveluja." in content and "Haetaan linkin kautta." in content
    assert 'lang="fi"' in content

    response = accept(client, agreement, name="  åsa   äijälä-öhman ", REMOTE_ADDR="192.0.2.7")
    assert response.status_code == 302
    agreement.refresh_from_db()
    assert agreement.accepted_name == "åsa   äijälä-öhman"
    assert agreement.accepted_address == "192.0.2.7"
    assert timezone.now() - agreement.accepted_at < datetime.timedelta(minutes=1)

    content = client.get(response["Location"]).content.decode()
    assert "Kiitos. Olet hyväksynyt sopimuksen." in content
    assert page(agreement, "pdf/") in content and page(agreement, "tulostettava/") in content
    assert 'name="accept"' not in content


def test_a_wrong_or_empty_name_or_no_tick_is_an_error_in_the_users_language(client, setup):
    agreement = make_agreement(setup)

    wrong = accept(client, agreement, name="Joku Muu")
    assert wrong.status_code == 400
    assert "Kirjoita nimesi" in wrong.content.decode()
    empty = client.post(page(agreement), {"name": "", "accept": "on"})
    assert empty.status_code == 400
    unticked = client.post(page(agreement), {"name": "Åsa Äijälä-Öhman"})
    assert unticked.status_code == 400
    assert "laittamalla rasti ruutuun" in unticked.content.decode()
    swedish = client.post(page(agreement, language="sv"), {"name": "X"})
    assert "Skriv ditt namn" in swedish.content.decode()

    agreement.refresh_from_db()
    assert agreement.accepted_at is None


def test_accepting_again_changes_nothing(client, setup):
    agreement = make_agreement(setup)
    accept(client, agreement, REMOTE_ADDR="192.0.2.7")
    agreement.refresh_from_db()
    first = agreement.accepted_at

    again = accept(client, agreement, name="Toinen Nimi", REMOTE_ADDR="192.0.2.99")

    assert again.status_code == 302
    agreement.refresh_from_db()
    assert (agreement.accepted_at, agreement.accepted_name, agreement.accepted_address) == (
        first,
        "Åsa Äijälä-Öhman",
        "192.0.2.7",
    )


@pytest.mark.django_db(transaction=True)
def test_acceptances_at_the_same_time_record_one(setup):
    if connection.vendor != "postgresql":
        pytest.skip("Concurrent writes are tested on PostgreSQL (SQLite serialises all writes).")
    agreement = make_agreement(setup)
    names = ["Åsa Äijälä-Öhman", "åsa äijälä-öhman", "ÅSA ÄIJÄLÄ-ÖHMAN", "Åsa  Äijälä-Öhman"]
    barrier = threading.Barrier(len(names))
    statuses = []

    def worker(number):
        try:
            barrier.wait()
            response = accept(Client(), agreement, name=names[number], REMOTE_ADDR=f"192.0.2.{number + 1}")
            statuses.append(response.status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(number,)) for number in range(len(names))]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert statuses == [302] * len(names)
    agreement.refresh_from_db()
    # The name and the address are those of one and the same request.
    number = names.index(agreement.accepted_name)
    assert agreement.accepted_address == f"192.0.2.{number + 1}"


def test_bad_links_are_not_found(client, setup):
    agreement = make_agreement(setup)
    unknown = "A" * 43
    for path in (
        f"/fi/sopimus/{unknown}/",
        f"/fi/sopimus/{unknown}/pdf/",
        f"/fi/sopimus/{unknown}/tulostettava/",
        "/fi/sopimus/short/",
        f"/fi/sopimus/{agreement.token}x/",
    ):
        assert client.get(path).status_code == 404, path
    assert client.post(f"/fi/sopimus/{unknown}/", {"name": "x", "accept": "on"}).status_code == 404
    # Before it is accepted, the printable page and the PDF lead to the agreement itself.
    assert client.get(page(agreement, "pdf/"))["Location"] == page(agreement)
    assert client.get(page(agreement, "tulostettava/"))["Location"] == page(agreement)


def test_an_agreement_past_its_end_date_cannot_be_accepted(client, setup):
    agreement = make_agreement(setup, ends_on=timezone.localdate() - datetime.timedelta(days=1))

    content = client.get(page(agreement)).content.decode()
    assert "voi enää hyväksyä" in content
    assert 'name="accept"' not in content
    assert accept(client, agreement).status_code == 302
    agreement.refresh_from_db()
    assert agreement.accepted_at is None


def test_the_printable_page_and_the_pdf_have_the_text_name_date_and_time(client, setup):
    agreement = make_agreement(setup)
    accept(client, agreement)
    agreement.refresh_from_db()
    accepted_at = timezone.localtime(agreement.accepted_at)

    printable = client.get(page(agreement, "tulostettava/"))
    content = printable.content.decode()
    assert printable.status_code == 200
    assert "no-cache" in printable["Cache-Control"] or "no-store" in printable["Cache-Control"]
    assert "<h1" in content and "Kehittäjäasiakkaan sopimus" in content
    assert f"{accepted_at:%H:%M}" in content

    response = client.get(page(agreement, "pdf/"))
    assert response.status_code == 200
    assert response["Content-Type"] == "application/pdf"
    assert "attachment" in response["Content-Disposition"]
    text = " ".join(p.extract_text() for p in PdfReader(io.BytesIO(response.content)).pages)
    text = " ".join(text.split())
    for expected in (
        "Kehittäjäasiakkaan sopimus",
        "Kehität palveluja.",
        "Åsa Äijälä-Öhman",
        f"{accepted_at.day}.{accepted_at.month}.{accepted_at.year}",
        f"{accepted_at:%H:%M}",
        "Osallisuuskoordinaattori",
    ):
        assert expected in text, expected


# Reminders


def test_the_person_and_the_coordinators_are_reminded_once_before_the_end(settings, setup):
    settings.AGREEMENT_REMINDER_DAYS = 30
    today = timezone.localdate()
    soon = make_agreement(setup, ends_on=today + datetime.timedelta(days=20), accepted_at=timezone.now())
    make_agreement(setup, ends_on=today + datetime.timedelta(days=40), accepted_at=timezone.now())
    make_agreement(setup, ends_on=today + datetime.timedelta(days=20))  # never accepted
    make_agreement(setup, ends_on=today - datetime.timedelta(days=1), accepted_at=timezone.now())  # ended

    assert send_reminders() == 1
    assert sorted(message.to[0] for message in mail.outbox) == ["asa@example.fi", "koordinaattori@example.fi"]
    person_mail = next(message for message in mail.outbox if message.to == ["asa@example.fi"])
    assert LINK.search(person_mail.body).group(2) == soon.token
    soon.refresh_from_db()
    assert soon.reminded_at is not None
    assert setup.other.email not in [message.to[0] for message in mail.outbox]

    assert send_reminders() == 0
    assert agreement_reminders.call() == 0  # the nightly task
    assert len(mail.outbox) == 2


def test_the_reminder_days_follow_the_setting(settings, setup):
    settings.AGREEMENT_REMINDER_DAYS = 10
    make_agreement(setup, ends_on=timezone.localdate() + datetime.timedelta(days=20), accepted_at=timezone.now())
    assert send_reminders() == 0
    assert send_reminders(today=timezone.localdate() + datetime.timedelta(days=10)) == 1


# The coordinators' view


def test_coordinators_see_each_persons_agreements_and_their_views_are_logged(client, setup):
    agreement = make_agreement(setup)
    accept(client, agreement)
    client.force_login(setup.registrar)

    listing = client.get(AGREEMENTS, {"person": setup.person.pk}).content.decode()
    assert "Åsa Äijälä-Öhman" in listing and "Hyväksytty" in listing
    inspect = client.get(f"{AGREEMENTS}inspect/{agreement.pk}/")
    assert inspect.status_code == 200
    assert "Kehität palveluja." in inspect.content.decode()
    pdf = client.get(f"{AGREEMENTS}pdf/{agreement.pk}/")
    assert pdf.status_code == 200 and pdf.content.startswith(b"%PDF")
    assert profile_log(setup.person).count(VIEW_AGREEMENT_ACTION) == 2
    # A sent agreement is never edited.
    assert client.get(f"{AGREEMENTS}edit/{agreement.pk}/").status_code in (302, 403)
    assert client.get(f"{AGREEMENTS}pdf/nonsense/", follow=True).status_code == 404
    assert client.get(f"{AGREEMENTS}pdf/99999999/", follow=True).status_code == 404
    # A hand-edited filter is shown as an error, not a 500.
    assert client.get(AGREEMENTS, {"person": "abc", "accepted": "x"}).status_code == 200
    # One sent by mistake is deleted, with its own history.
    assert client.post(f"{AGREEMENTS}delete/{agreement.pk}/").status_code == 302
    assert not Agreement.objects.exists()
    assert not ModelLogEntry.objects.filter(content_type=ContentType.objects.get_for_model(Agreement)).exists()


def test_another_groups_coordinator_sees_nothing_of_the_agreements(client, setup):
    agreement = make_agreement(setup)
    accept(client, agreement)
    client.force_login(setup.other)

    for url in (
        AGREEMENTS,
        f"{AGREEMENTS}?person={setup.person.pk}",
        f"{AGREEMENTS}inspect/{agreement.pk}/",
        f"{AGREEMENTS}add/",
        f"{AGREEMENTS}pdf/{agreement.pk}/",
        f"{AGREEMENTS}delete/{agreement.pk}/",
    ):
        response = client.get(url)
        assert response.status_code in (302, 403, 404), url
        assert b"%PDF" not in response.content[:8]
        assert "Äijälä" not in response.content.decode(errors="replace"), url
    assert send(client, setup).status_code in (302, 403)
    assert Agreement.objects.count() == 1
    assert "Agreements" not in client.get("/admin/").content.decode()


# Personal data


def test_the_personal_data_tool_exports_agreements_and_erasing_the_person_erases_them(admin_client, setup):
    agreement = make_agreement(setup)
    accept(admin_client, agreement, REMOTE_ADDR="192.0.2.7")
    admin_client.get(f"{AGREEMENTS}inspect/{agreement.pk}/")
    url = "/admin/inbox/personal-data/"

    exported = json.loads(admin_client.get(url, {"email": "asa@example.fi", "format": "json"}).content)
    found = [item for item in exported["subscriptions"] if item["page"] == "agreement"]
    assert found[0]["title"] == "Kehittäjäasiakkaan sopimus"
    assert found[0]["name_typed"] == "Åsa Äijälä-Öhman"
    assert found[0]["ip_address"] == "192.0.2.7"

    admin_client.post(url, {"email": "asa@example.fi", "action": "erase"})

    assert not Agreement.objects.exists()
    assert not RegisterProfile.objects.exists()
    assert not ModelLogEntry.objects.filter(content_type=ContentType.objects.get_for_model(Agreement)).exists()
    assert profile_log(setup.person) == []
    assert AgreementTemplate.objects.exists()


def test_the_agreements_list_takes_as_many_queries_for_many_people_as_for_one(client, setup):
    client.force_login(setup.registrar)
    make_agreement(setup)
    client.get(AGREEMENTS)  # the first request's one-off lookups
    with CaptureQueriesContext(connection) as one:
        assert client.get(AGREEMENTS).status_code == 200
    for number in range(5):
        person = RegisterProfile.objects.create(
            name=f"Henkilö {number}",
            email=f"henkilo{number}@example.fi",
            consent_text="Suostun.",
            consent_at=timezone.now(),
            end_date=timezone.localdate() + datetime.timedelta(days=365),
        )
        make_agreement(setup, person=person)
    with CaptureQueriesContext(connection) as six:
        listing = client.get(AGREEMENTS).content.decode()

    assert "Henkilö 4" in listing
    assert len(six) == len(one)
