"""Assignments from orders (issue 16, part 2): an order in the inbox becomes an assignment, the register proposes
people by language, area and theme, the chosen person accepts or declines through a private link, the orderer is
told who is coming, and the assignment is marked done. Only the register's users see any of it."""

import datetime
import json
import re
import threading
from dataclasses import dataclass
from decimal import Decimal

import pytest
from django.contrib.auth.models import Permission
from django.contrib.contenttypes.models import ContentType
from django.core import mail
from django.db import connection
from django.test import Client
from django.utils import timezone
from wagtail.models import ModelLogEntry

from forms_engine.models import Submission
from participation.models import (
    Assignment,
    AssignmentOffer,
    AssignmentStatus,
    ChannelKind,
    OfferStatus,
    RegisterProfile,
)
from participation.register import assignments
from tests.forms_engine.factories import GroupFactory, UserFactory, answers, make_form_page
from tests.participation.factories import AreaFactory, ChannelIndexPageFactory, ChannelPageFactory, TargetGroupFactory

pytestmark = pytest.mark.django_db

ASSIGNMENTS = "/admin/snippets/participation/assignment/"
ORDER_FIELDS = [
    {"clean_name": "organisaatio", "label": "Organisaatio", "field_type": "singleline", "required": False},
    {"clean_name": "nimi", "label": "Nimi", "field_type": "singleline", "required": True},
    {"clean_name": "sahkoposti", "label": "Sähköposti", "field_type": "email", "required": True},
    {"clean_name": "tarkoitus", "label": "Tarkoitus", "field_type": "multiline", "required": True},
    {"clean_name": "paivamaara", "label": "Päivämäärä", "field_type": "date", "required": False},
    {"clean_name": "yleiso", "label": "Kohdeyleisö", "field_type": "singleline", "required": False},
    {"clean_name": "teema", "label": "Teema", "field_type": "singleline", "required": False},
    {"clean_name": "palkkio", "label": "Palkkiobudjetti", "field_type": "singleline", "required": False},
]
CONTACT_FIELDS = [
    {"clean_name": "nimi", "label": "Nimi", "field_type": "singleline", "required": True},
    {"clean_name": "sahkoposti", "label": "Sähköposti", "field_type": "email", "required": True},
    {"clean_name": "viesti", "label": "Viesti", "field_type": "multiline", "required": True},
]
IN_A_MONTH = timezone.localdate() + datetime.timedelta(days=30)


@dataclass
class Bank:
    bank: object  # the experts' bank channel page, with its order form
    panel: object  # a developer-client channel page with a plain contact form
    tampere: object
    nokia: object
    youth: object
    registrar: object  # a coordinator of the bank with the register permission
    colleague: object  # a coordinator of the bank without it
    other: object  # another group's coordinator without it


@pytest.fixture
def bank(localized_site):
    home = localized_site.home
    coordinators = GroupFactory(name="Kokemusasiantuntijatoiminnan koordinaattorit")
    registrars = GroupFactory(name="Rekisterin käyttäjät")
    registrars.permissions.add(Permission.objects.get(content_type__app_label="participation", codename="use_register"))
    channels = ChannelIndexPageFactory(parent=home)
    channel = make_form_page(
        ChannelPageFactory(
            parent=channels, title="Kokemusasiantuntijapankki", kind=ChannelKind.EXPERTS_BY_EXPERIENCE, slug="pankki"
        ),
        groups=[coordinators],
        fields=ORDER_FIELDS,
        handling_days=5,
        retention_days=730,
    )
    panel = make_form_page(
        ChannelPageFactory(
            parent=channels, title="Kehittäjäasiakkaat", kind=ChannelKind.DEVELOPER_CLIENTS, slug="kehittajat"
        ),
        groups=[coordinators],
        fields=CONTACT_FIELDS,
        handling_days=14,
        retention_days=365,
    )
    return Bank(
        bank=channel,
        panel=panel,
        tampere=AreaFactory(name="Tampere", slug="tampere"),
        nokia=AreaFactory(name="Nokia", slug="nokia"),
        youth=TargetGroupFactory(name="Nuoret", slug="nuoret"),
        registrar=UserFactory(groups=[coordinators, registrars]),
        colleague=UserFactory(groups=[coordinators]),
        other=UserFactory(groups=[GroupFactory(name="Vammaisneuvoston koordinaattorit")]),
    )


@pytest.fixture
def order(client, bank):
    client.post(
        bank.bank.url,
        answers(
            bank.bank,
            organisaatio="Tampereen nuorisopalvelut",
            nimi="Oona Tilaaja",
            sahkoposti="oona.tilaaja@example.fi",
            tarkoitus="Puheenvuoro nuorten mielenterveydestä henkilöstön koulutuspäivässä, 30 min.",
            paivamaara=IN_A_MONTH.isoformat(),
            yleiso="Nuoret",
            teema="Mielenterveys",
            palkkio="150 €",
            alue=None,
            viesti=None,
        ),
    )
    client.logout()
    mail.outbox.clear()
    return Submission.objects.get()


def make_profile(name="Ilmari Kokemusasiantuntija", email="ilmari@example.fi", areas=(), **fields):
    values = {
        "name": name,
        "email": email,
        "languages": ["fin"],
        "roles": ["expert_by_experience"],
        "availability": "Arki-illat",
        "consent_text": "Suostun.",
        "consent_at": timezone.now(),
        "end_date": timezone.localdate() + datetime.timedelta(days=365),
    }
    values.update(fields)
    profile = RegisterProfile.objects.create(**values)
    profile.areas.set(areas)
    return profile


def make_assignment(**fields):
    values = {
        "task": "Puheenvuoro henkilöstön koulutuspäivässä",
        "date": IN_A_MONTH,
        "start_time": datetime.time(13, 0),
        "place": "Tampere-talo, Yliopistonkatu 55",
        "orderer_name": "Oona Tilaaja",
        "orderer_email": "oona.tilaaja@example.fi",
    }
    values.update(fields)
    return Assignment.objects.create(**values)


def assignment_data(**overrides):
    data = {
        "task": "Puheenvuoro henkilöstön koulutuspäivässä",
        "date": IN_A_MONTH.isoformat(),
        "start_time": "13:00",
        "place": "Tampere-talo",
        "language": "fin",
        "fee_class": "expenses",
        "fee_amount": "150",
        "organisation": "Tampereen nuorisopalvelut",
        "orderer_name": "Oona Tilaaja",
        "orderer_email": "oona.tilaaja@example.fi",
    }
    data.update(overrides)
    return {name: value for name, value in data.items() if value is not None}


def link_in(message):
    return re.search(r"https?://\S+/tehtava/[A-Za-z0-9_-]{43}/", message.body).group(0)


def path_of(url):
    return url.split("://", 1)[1].split("/", 1)[1].join(["/", ""])


def log_actions(assignment):
    return list(
        ModelLogEntry.objects.filter(
            content_type=ContentType.objects.get_for_model(Assignment), object_id=str(assignment.pk)
        )
        .order_by("pk")
        .values_list("action", flat=True)
    )


def test_an_order_becomes_an_assignment_from_the_inbox(client, bank, order):
    client.force_login(bank.registrar)

    detail = client.get(f"/admin/inbox/{order.pk}/").content.decode()
    add_url = f"{ASSIGNMENTS}add/?order={order.pk}"
    form = client.get(add_url)
    response = client.post(add_url, assignment_data(target_group=bank.youth.pk))

    assert add_url.replace("&", "&amp;") in detail
    assert "Make an assignment" in detail or "Tee tehtävä" in detail
    initial = form.context["form"].initial
    assert initial["task"].startswith("Puheenvuoro nuorten mielenterveydestä")
    assert "Mielenterveys" in initial["task"]  # a theme that is no target group is kept in the task
    assert initial["date"] == IN_A_MONTH
    assert initial["target_group"] == bank.youth.pk
    assert initial["organisation"] == "Tampereen nuorisopalvelut"
    assert initial["orderer_name"] == "Oona Tilaaja"
    assert initial["orderer_email"] == "oona.tilaaja@example.fi"
    assert initial["fee_amount"] == Decimal("150")
    assignment = Assignment.objects.get()
    assert assignment.order == order
    assert response["Location"] == f"{ASSIGNMENTS}people/{assignment.pk}/"
    # Once made, the inbox opens the assignment instead of making a second one.
    assert f"{ASSIGNMENTS}inspect/{assignment.pk}/" in client.get(f"/admin/inbox/{order.pk}/").content.decode()
    assert client.get(add_url)["Location"] == f"{ASSIGNMENTS}inspect/{assignment.pk}/"


def test_only_an_order_is_offered_as_an_assignment(client, bank):
    client.post(bank.panel.url, answers(bank.panel, nimi="Kysyjä", sahkoposti="k@example.fi", viesti="Miten mukaan?"))
    question = Submission.objects.get()
    client.force_login(bank.registrar)

    assert not assignments.is_order(question)
    assert f"{ASSIGNMENTS}add/" not in client.get(f"/admin/inbox/{question.pk}/").content.decode()
    assert client.get(f"{ASSIGNMENTS}add/", {"order": question.pk}, follow=True).status_code == 404
    for bad in ("nonsense", "99999999999999999999", ""):
        assert client.get(f"{ASSIGNMENTS}add/", {"order": bad}, follow=True).status_code == 404


def test_a_coordinator_makes_an_assignment_by_hand(client, bank):
    client.force_login(bank.registrar)

    response = client.post(f"{ASSIGNMENTS}add/", assignment_data(area=bank.tampere.pk))

    assert response.status_code == 302
    assignment = Assignment.objects.get()
    assert assignment.order is None
    assert assignment.area == bank.tampere
    assert assignment.status == AssignmentStatus.OPEN


def test_the_order_prefill_reads_dates_and_amounts():
    assert assignments.parse_date("2026-12-31") == datetime.date(2026, 12, 31)
    assert assignments.parse_date("31.12.2026") == datetime.date(2026, 12, 31)
    assert assignments.parse_date("joulukuussa") is None
    assert assignments.parse_euros("150,50 euroa") == Decimal("150.50")
    assert assignments.parse_euros("1 200 €") == Decimal("1200")
    assert assignments.parse_euros("100-200 €") is None
    assert assignments.parse_euros("") is None


def test_people_are_proposed_by_language_area_and_availability(client, bank):
    assignment = make_assignment(language="swe", area=bank.tampere, target_group=bank.youth)
    fits = make_profile("Svea Svensk", "svea@example.fi", areas=[bank.tampere], languages=["fin", "swe"])
    fits.target_groups.add(bank.youth)
    make_profile("Väärä Kieli", "kieli@example.fi", areas=[bank.tampere]).target_groups.add(bank.youth)
    make_profile("Väärä Alue", "alue@example.fi", areas=[bank.nokia], languages=["swe"]).target_groups.add(bank.youth)
    make_profile(
        "Päättynyt Jäsen",
        "paattynyt@example.fi",
        areas=[bank.tampere],
        languages=["swe"],
        end_date=timezone.localdate() - datetime.timedelta(days=1),
    ).target_groups.add(bank.youth)
    client.force_login(bank.registrar)

    def names(**filters):
        response = client.get(f"{ASSIGNMENTS}people/{assignment.pk}/", filters)
        assert response.status_code == 200
        return [person.name for person, offer in response.context["people"]]

    page = client.get(f"{ASSIGNMENTS}people/{assignment.pk}/").content.decode()
    assert names() == ["Svea Svensk"]
    assert "Arki-illat" in page  # the availability as the person gave it
    assert '<th scope="col">Tarjous</th>' in page  # the admin's Finnish
    # The coordinator widens the filter: any language, any area; still nobody whose end date has passed.
    assert names(language="", area="", target_group="") == ["Svea Svensk", "Väärä Alue", "Väärä Kieli"]
    assert names(language="swe", area="", target_group="") == ["Svea Svensk", "Väärä Alue"]
    assert names(language="fin", area=bank.tampere.pk, target_group="") == ["Svea Svensk", "Väärä Kieli"]
    # A stale or hand-made filter value is an empty list, not a 500.
    assert client.get(f"{ASSIGNMENTS}people/{assignment.pk}/", {"area": "x", "language": "klingon"}).status_code == 200
    assert "participation.register.view" in log_actions(assignment)


def offer_by_admin(client, assignment, person):
    return client.post(f"{ASSIGNMENTS}people/{assignment.pk}/", {"person": person.pk})


def test_the_chosen_person_gets_an_email_with_a_working_link(client, bank):
    assignment = make_assignment(language="swe")
    person = make_profile("Svea Svensk", "svea@example.fi", languages=["fin", "swe"])
    client.force_login(bank.registrar)

    response = offer_by_admin(client, assignment, person)
    again = offer_by_admin(client, assignment, person)

    assert response["Location"] == f"{ASSIGNMENTS}inspect/{assignment.pk}/"
    assert again.status_code == 302
    offer = AssignmentOffer.objects.get()
    assert offer.person == person and offer.status == OfferStatus.OFFERED
    [message] = mail.outbox
    assert message.to == ["svea@example.fi"]
    # In Swedish: the assignment's language, which the person speaks.
    assert message.subject.startswith("Ett uppdrag för dig")
    assert "Tampere-talo" in message.body and "13.00" in message.body
    url = link_in(message)
    assert f"/sv/tehtava/{offer.token}/" in url
    client.logout()
    page = client.get(path_of(url))
    assert page.status_code == 200
    assert "Tampere-talo" in page.content.decode()
    assert "noindex" in page.content.decode()
    # Never kept by the page cache nor by any shared cache.
    assert "no-store" in page["Cache-Control"] and "private" in page["Cache-Control"]
    assert log_actions(assignment)[-1] == "participation.assignment.offer"


def test_the_email_language_follows_the_person(bank):
    finnish_task = make_assignment(language="fin")
    assert assignments.email_language(make_profile("A", "a@example.fi", languages=["swe"]), finnish_task) == "sv"
    assert assignments.email_language(make_profile("B", "b@example.fi", languages=["sgn"]), finnish_task) == "fi"
    assert assignments.email_language(make_profile("C", "c@example.fi", languages=["eng", "fin"])) == "fi"
    assert assignments.email_language(make_profile("D", "d@example.fi", languages=["eng"])) == "en"


def test_the_person_accepts_by_the_link_and_the_orderer_is_told_once(client, bank, order):
    assignment = make_assignment(order=order)
    offer = assignments.offer_to(assignment, make_profile(), bank.registrar, "http://localhost")
    mail.outbox.clear()
    url = f"/fi/tehtava/{offer.token}/"

    page = client.get(url).content.decode()
    response = client.post(url, {"answer": "accept"})
    after = client.get(response["Location"]).content.decode()
    replay = client.post(url, {"answer": "decline"})
    later = client.get(url).content.decode()

    assert "Accept the assignment" in page or "Otan tehtävän vastaan" in page
    assert response.status_code == 302
    offer.refresh_from_db()
    assignment.refresh_from_db()
    assert offer.status == OfferStatus.ACCEPTED and offer.answered_at
    assert assignment.status == AssignmentStatus.CONFIRMED
    assert assignment.orderer_told_at
    [told] = [message for message in mail.outbox if message.to == ["oona.tilaaja@example.fi"]]
    # The coordinator who made the offer is told too, with a link to the assignment.
    [coordinator] = [message for message in mail.outbox if message.to == [bank.registrar.email]]
    assert "Ilmari Kokemusasiantuntija" in coordinator.subject
    assert f"{ASSIGNMENTS}inspect/{assignment.pk}/" in coordinator.body
    assert "Ilmari Kokemusasiantuntija" in told.body and "Tampere-talo" in told.body and order.reference in told.body
    assert "Kiitos" in after or "Thank you" in after
    # A second click or a replayed POST changes nothing and shows the answer given.
    assert replay.status_code == 302
    offer.refresh_from_db()
    assert offer.status == OfferStatus.ACCEPTED
    assert len(mail.outbox) == 2
    assert '<form method="post"' not in later
    assert log_actions(assignment)[-1] == "participation.assignment.accept"
    # The coordinators see it on the assignment's page.
    client.force_login(bank.registrar)
    inspected = client.get(f"{ASSIGNMENTS}inspect/{assignment.pk}/").content.decode()
    assert "Ilmari Kokemusasiantuntija" in inspected
    # A confirmed assignment is offered to nobody more.
    latecomer = make_profile("Myöhäinen Henkilö", "myohainen@example.fi")
    offer_by_admin(client, assignment, latecomer)
    assert not AssignmentOffer.objects.filter(person=latecomer).exists()


def test_the_person_declines_and_the_coordinator_offers_to_the_next(client, bank):
    assignment = make_assignment()
    first = make_profile()
    second = make_profile("Toinen Henkilö", "toinen@example.fi")
    offer = assignments.offer_to(assignment, first, bank.registrar, "http://localhost")

    mail.outbox.clear()
    client.post(f"/fi/tehtava/{offer.token}/", {"answer": "decline"})

    [declined] = mail.outbox
    assert declined.to == [bank.registrar.email]
    assert "kieltäytyi" in declined.subject and "Tarjoa sitä seuraavalle" in declined.body
    offer.refresh_from_db()
    assignment.refresh_from_db()
    assert offer.status == OfferStatus.DECLINED
    assert assignment.status == AssignmentStatus.OPEN
    assert assignment.orderer_told_at is None
    client.force_login(bank.registrar)
    people = client.get(f"{ASSIGNMENTS}people/{assignment.pk}/", {"language": ""})
    assert {person.name: offer and offer.status for person, offer in people.context["people"]} == {
        "Ilmari Kokemusasiantuntija": OfferStatus.DECLINED,
        "Toinen Henkilö": None,
    }
    offer_by_admin(client, assignment, second)
    assert AssignmentOffer.objects.get(person=second).status == OfferStatus.OFFERED


def test_a_second_person_accepting_is_told_someone_else_took_it(client, bank, order):
    assignment = make_assignment(order=order)
    first = assignments.offer_to(assignment, make_profile(), bank.registrar, "http://localhost")
    second = assignments.offer_to(
        assignment, make_profile("Toinen Henkilö", "toinen@example.fi"), bank.registrar, "http://localhost"
    )
    mail.outbox.clear()

    client.post(f"/fi/tehtava/{first.token}/", {"answer": "accept"})
    response = client.post(f"/fi/tehtava/{second.token}/", {"answer": "accept"}, follow=True)

    second.refresh_from_db()
    assert second.status == OfferStatus.OFFERED
    assert AssignmentOffer.objects.filter(status=OfferStatus.ACCEPTED).get() == first
    text = response.content.decode()
    assert "Joku muu on jo ottanut tämän tehtävän" in text or "Someone else has already taken" in text
    assert [message.to for message in mail.outbox].count(["oona.tilaaja@example.fi"]) == 1  # told once


def test_the_database_allows_one_accepted_offer_per_assignment(bank):
    from django.db import IntegrityError, transaction

    assignment = make_assignment()
    first = AssignmentOffer.objects.create(assignment=assignment, person=make_profile(), status="accepted")
    second = AssignmentOffer.objects.create(assignment=assignment, person=make_profile("B", "b@example.fi"))
    # As if both answers had passed the check at the same moment: the second save is refused and reported.
    second.status = OfferStatus.ACCEPTED
    with pytest.raises(IntegrityError), transaction.atomic():
        second.save()
    assert first.status == "accepted"


@pytest.mark.django_db(transaction=True)
def test_people_accepting_at_the_same_moment_get_one_acceptance_and_one_email_to_the_orderer(bank):
    if connection.vendor != "postgresql":
        pytest.skip("Crossing answers are tested on PostgreSQL (SQLite serialises all writes).")
    assignment = make_assignment()
    offers = [
        assignments.offer_to(assignment, make_profile(f"Henkilö {n}", f"h{n}@example.fi"), None, "http://x")
        for n in range(6)
    ]
    mail.outbox.clear()
    barrier = threading.Barrier(len(offers))
    statuses = []

    def worker(offer):
        try:
            barrier.wait()
            statuses.append(Client().post(f"/fi/tehtava/{offer.token}/", {"answer": "accept"}).status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=worker, args=(offer,)) for offer in offers]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert statuses == [302] * len(offers)
    assert AssignmentOffer.objects.filter(status=OfferStatus.ACCEPTED).count() == 1
    assert [message.to for message in mail.outbox] == [["oona.tilaaja@example.fi"]]


def test_a_withdrawn_offer_and_a_cancelled_assignment_say_so(client, bank):
    assignment = make_assignment()
    withdrawn = assignments.offer_to(assignment, make_profile(), bank.registrar, "http://localhost")
    waiting = assignments.offer_to(
        assignment, make_profile("Toinen Henkilö", "toinen@example.fi"), bank.registrar, "http://localhost"
    )
    client.force_login(bank.registrar)

    # The assignment's page links to a confirmation, which asks and changes nothing; its button withdraws.
    inspected = client.get(f"{ASSIGNMENTS}inspect/{assignment.pk}/").content.decode()
    asked = client.get(f"{ASSIGNMENTS}withdraw/{assignment.pk}/{withdrawn.pk}/").content.decode()
    withdrawn.refresh_from_db()
    assert f'href="{ASSIGNMENTS}withdraw/{assignment.pk}/{withdrawn.pk}/"' in inspected
    assert "Perutaanko tarjous henkilöltä Ilmari Kokemusasiantuntija?" in asked
    assert withdrawn.status == OfferStatus.OFFERED
    client.post(f"{ASSIGNMENTS}withdraw/{assignment.pk}/{withdrawn.pk}/")
    client.logout()
    withdrawn_page = client.get(f"/fi/tehtava/{withdrawn.token}/").content.decode()
    client.force_login(bank.registrar)
    client.post(f"{ASSIGNMENTS}cancel/{assignment.pk}/")
    client.logout()
    cancelled = client.post(f"/fi/tehtava/{waiting.token}/", {"answer": "accept"}, follow=True).content.decode()

    withdrawn.refresh_from_db()
    waiting.refresh_from_db()
    assignment.refresh_from_db()
    assert withdrawn.status == waiting.status == OfferStatus.WITHDRAWN
    assert assignment.status == AssignmentStatus.CANCELLED
    assert "Tämä tarjous on peruttu" in withdrawn_page
    assert "Tämä tehtävä on peruttu" in cancelled or "This assignment has been cancelled" in cancelled
    # Each is told by email: the withdrawn person, the one still waiting when it was cancelled, and the orderer.
    subjects = {message.to[0]: message.subject for message in mail.outbox}
    assert subjects["ilmari@example.fi"] == f"Tarjous tehtävästä {IN_A_MONTH:%-d.%-m.%Y} on peruttu"
    assert subjects["toinen@example.fi"] == f"Tehtävä {IN_A_MONTH:%-d.%-m.%Y} on peruttu"
    assert subjects["oona.tilaaja@example.fi"] == f"Tilauksesi {IN_A_MONTH:%-d.%-m.%Y} on peruttu"


def test_when_the_accepted_person_is_withdrawn_the_orderer_is_told_who_comes_instead(client, bank, order):
    assignment = make_assignment(order=order)
    first = assignments.offer_to(assignment, make_profile(), bank.registrar, "http://localhost")
    assignments.answer(first, accept=True)
    assignments.withdraw(first, bank.registrar)
    assignment.refresh_from_db()
    assert assignment.status == AssignmentStatus.OPEN and assignment.orderer_told_at is None
    mail.outbox.clear()

    second = assignments.offer_to(
        assignment, make_profile("Toinen Henkilö", "toinen@example.fi"), bank.registrar, "http://localhost"
    )
    assignments.answer(second, accept=True)

    [told] = [message for message in mail.outbox if message.to == ["oona.tilaaja@example.fi"]]
    assert "Toinen Henkilö" in told.body


@pytest.mark.parametrize("language", ["fi", "sv", "en"])
def test_a_bad_or_unknown_link_is_a_404(client, bank, language):
    assignments.offer_to(make_assignment(), make_profile(), bank.registrar, "http://localhost")

    for token in ("x" * 43, "short", "x" * 44, "%00" * 10, "ä" * 43):
        assert client.get(f"/{language}/tehtava/{token}/").status_code == 404
        assert client.post(f"/{language}/tehtava/{token}/", {"answer": "accept"}).status_code == 404
    assert not AssignmentOffer.objects.filter(status=OfferStatus.ACCEPTED).exists()


def test_an_unknown_answer_changes_nothing(client, bank):
    offer = assignments.offer_to(make_assignment(), make_profile(), bank.registrar, "http://localhost")

    response = client.post(f"/fi/tehtava/{offer.token}/", {"answer": "maybe"})

    assert response.status_code == 302
    offer.refresh_from_db()
    assert offer.status == OfferStatus.OFFERED


@pytest.mark.parametrize("who", ["colleague", "other"])
def test_a_coordinator_without_the_register_permission_sees_nothing_of_assignments(client, bank, order, who):
    assignment = make_assignment(order=order)
    offer = assignments.offer_to(assignment, make_profile(), bank.registrar, "http://localhost")
    client.force_login(getattr(bank, who))

    responses = [
        client.get(ASSIGNMENTS),
        client.get(f"{ASSIGNMENTS}results/"),
        client.get(f"{ASSIGNMENTS}inspect/{assignment.pk}/"),
        client.get(f"{ASSIGNMENTS}edit/{assignment.pk}/"),
        client.get(f"{ASSIGNMENTS}history/{assignment.pk}/"),
        client.get(f"{ASSIGNMENTS}delete/{assignment.pk}/"),
        client.get(f"{ASSIGNMENTS}people/{assignment.pk}/"),
        client.get(f"{ASSIGNMENTS}done/{assignment.pk}/"),
        client.get(f"{ASSIGNMENTS}cancel/{assignment.pk}/"),
        client.get(f"{ASSIGNMENTS}withdraw/{assignment.pk}/{offer.pk}/"),
        client.get(f"{ASSIGNMENTS}add/?order={order.pk}"),
        client.post(f"{ASSIGNMENTS}add/", assignment_data(task="Toinen")),
        client.post(f"{ASSIGNMENTS}edit/{assignment.pk}/", assignment_data(task="Muutettu")),
        client.post(f"{ASSIGNMENTS}people/{assignment.pk}/", {"person": offer.person.pk}),
        client.post(f"{ASSIGNMENTS}withdraw/{assignment.pk}/{offer.pk}/"),
        client.post(f"{ASSIGNMENTS}done/{assignment.pk}/", {"hours": "2"}),
        client.post(f"{ASSIGNMENTS}cancel/{assignment.pk}/"),
        client.post(f"{ASSIGNMENTS}delete/{assignment.pk}/"),
        client.get("/admin/snippets/choose/participation/assignment/"),
    ]

    for response in responses:
        assert response.status_code in (302, 403, 404), response.request["PATH_INFO"]
        assert "Ilmari" not in response.content.decode()
        assert "Puheenvuoro" not in response.content.decode()
    assignment.refresh_from_db()
    offer.refresh_from_db()
    assert assignment.task == "Puheenvuoro henkilöstön koulutuspäivässä"
    assert assignment.status == AssignmentStatus.OPEN
    assert offer.status == OfferStatus.OFFERED
    assert Assignment.objects.count() == 1
    assert ASSIGNMENTS not in client.get("/admin/").content.decode()
    if who == "colleague":
        detail = client.get(f"/admin/inbox/{order.pk}/").content.decode()
        assert "Oona Tilaaja" in detail  # the order itself is theirs to handle
        assert ASSIGNMENTS not in detail


def test_the_assignment_is_marked_done_with_hours_and_attendance(client, bank):
    assignment = make_assignment()
    offer = assignments.offer_to(assignment, make_profile(), bank.registrar, "http://localhost")
    client.force_login(bank.registrar)
    done_url = f"{ASSIGNMENTS}done/{assignment.pk}/"

    too_early = client.post(done_url, {"hours": "2"})
    assignment.refresh_from_db()
    assert assignment.status == AssignmentStatus.OPEN and too_early.status_code == 302
    assignments.answer(offer, accept=True)
    invalid = client.post(done_url, {"hours": "", "attendance": "-1"})
    response = client.post(done_url, {"hours": "2.5", "attendance": "40"})

    assert invalid.status_code == 400
    assert response["Location"] == f"{ASSIGNMENTS}inspect/{assignment.pk}/"
    assignment.refresh_from_db()
    assert assignment.status == AssignmentStatus.DONE
    assert assignment.hours == Decimal("2.5") and assignment.attendance == 40
    assert assignment.done_at
    assert log_actions(assignment)[-1] == "participation.assignment.done"
    # The person who did it gets their link to claim the fee and travel costs.
    invite = mail.outbox[-1]
    assert invite.to == [offer.person.email]
    assert f"/fi/tehtava/{offer.token}/korvaukset/" in invite.body
    assert "sai linkin" in client.get(response["Location"]).content.decode()


def test_assignments_are_listed_by_status_and_date_and_each_view_is_logged(client, bank):
    soon = make_assignment(task="Pian", date=timezone.localdate() + datetime.timedelta(days=3))
    later = make_assignment(task="Myöhemmin", status=AssignmentStatus.CONFIRMED)
    client.force_login(bank.registrar)

    def tasks(**filters):
        response = client.get(ASSIGNMENTS, filters)
        assert response.status_code == 200
        return sorted(assignment.task for assignment in response.context["object_list"])

    assert tasks() == ["Myöhemmin", "Pian"]
    assert tasks(status="confirmed") == ["Myöhemmin"]
    assert tasks(date_to=(timezone.localdate() + datetime.timedelta(days=10)).isoformat()) == ["Pian"]
    inspected = client.get(f"{ASSIGNMENTS}inspect/{soon.pk}/").content.decode()
    client.get(f"{ASSIGNMENTS}edit/{later.pk}/")
    assert ">None<" not in re.sub(r"\s+", "", inspected)  # an empty amount or time reads as a dash
    assert log_actions(soon) == ["participation.register.view"]
    assert log_actions(later) == ["participation.register.view"]


def test_the_personal_data_tool_exports_offers_and_erasing_the_person_leaves_the_assignment(admin_client, bank):
    assignment = make_assignment()
    person = make_profile(email="Ilmari@example.fi")
    assignments.answer(assignments.offer_to(assignment, person, bank.registrar, "http://localhost"), accept=True)
    url = "/admin/inbox/personal-data/"

    exported = json.loads(admin_client.get(url, {"email": "ilmari@example.fi", "format": "json"}).content)
    admin_client.post(url, {"email": "ilmari@example.fi", "action": "erase"})

    [in_register] = [item for item in exported["subscriptions"] if item["page"] == "register"]
    [offered] = in_register["assignments"]
    assert offered["task"] == "Puheenvuoro henkilöstön koulutuspäivässä"
    assert offered["date"] == IN_A_MONTH.isoformat()
    assert offered["answer"] == "accepted"
    assert not RegisterProfile.objects.exists()
    assert not AssignmentOffer.objects.exists()
    assert Assignment.objects.get() == assignment
