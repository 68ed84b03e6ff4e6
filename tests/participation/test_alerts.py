"""Alerts: residents subscribe by email to new open calls and events, narrowed by target group and area, immediately
or weekly; double opt-in, one-click unsubscribe (RFC 8058), the personal-data tool, and hostile input."""

import datetime
import json
import re

import pytest
from django.core import mail
from django.core.management import call_command
from django.db import DatabaseError, transaction
from django.test import Client
from django.utils import timezone
from django_tasks_db.models import DBTaskResult
from wagtail.models import PageViewRestriction

from forms_engine.models import Notification
from participation.alerts import sending
from participation.alerts.sending import UNCONFIRMED_DAYS, erase_unconfirmed, send_digests
from participation.models import AlertFrequency, AlertSubscription, AnnouncedPage, OpenCallPage
from tests.participation.factories import AreaFactory, EventPageFactory, OpenCallPageFactory, TargetGroupFactory

pytestmark = pytest.mark.django_db

SUBSCRIBE = "/fi/ilmoitukset/tilaa/"


@pytest.fixture
def terms(localized_site):
    return {
        "older": TargetGroupFactory(name="Ikääntyneet", slug="ikaantyneet"),
        "families": TargetGroupFactory(name="Lapsiperheet", slug="lapsiperheet"),
        "tampere": AreaFactory(name="Tampere", slug="tampere"),
        "nokia": AreaFactory(name="Nokia", slug="nokia"),
    }


@pytest.fixture
def publish(django_capture_on_commit_callbacks):
    """Create a page as a draft and publish it as an editor does; the commit's callbacks run (immediate alerts)."""

    def publish(factory, parent, target_groups=(), areas=(), **fields):
        page = factory(parent=parent, live=False, **fields)
        page.target_groups = list(target_groups)
        page.areas = list(areas)
        with django_capture_on_commit_callbacks(execute=True):
            page.save_revision().publish()
        page.refresh_from_db()
        return page

    return publish


def republish(page, django_capture_on_commit_callbacks):
    with django_capture_on_commit_callbacks(execute=True):
        page.save_revision().publish()


def subscribe(client, email="aino@example.fi", follow=False, **choices):
    data = {"kinds": ["haut"], "frequency": AlertFrequency.IMMEDIATE, "email": email, **choices}
    return client.post(SUBSCRIBE, data, follow=follow)


def link(message, fragment=""):
    return next(url for url in re.findall(r"https?://\S+", message.body) if fragment in url)


def confirm(client, message):
    url = link(message, "/ilmoitukset/")
    client.post(url, {"action": "confirm"})
    return url


def subscribe_and_confirm(client, email="aino@example.fi", **choices):
    subscribe(client, email, **choices)
    confirm(client, mail.outbox[-1])
    mail.outbox.clear()
    return AlertSubscription.objects.get(email=email)


def test_older_people_in_tampere_hear_of_exactly_their_call(client, sections, terms, publish):
    subscribe_and_confirm(client, target_groups=["ikaantyneet"], areas=["tampere"])

    call = publish(
        OpenCallPageFactory,
        sections.open_calls,
        target_groups=[terms["older"]],
        areas=[terms["tampere"]],
        title="Haku ikäihmisten asiakasraatiin",
    )
    publish(OpenCallPageFactory, sections.open_calls, target_groups=[terms["families"]], areas=[terms["tampere"]])
    publish(OpenCallPageFactory, sections.open_calls, target_groups=[terms["older"]], areas=[terms["nokia"]])
    publish(EventPageFactory, sections.events, target_groups=[terms["older"]], areas=[terms["tampere"]])

    assert [message.to for message in mail.outbox] == [["aino@example.fi"]]
    message = mail.outbox[0]
    assert "Haku ikäihmisten asiakasraatiin" in message.subject
    assert "http://testserver" + call.url in message.body
    assert AnnouncedPage.objects.count() == 4  # every new page is recorded for the weekly summaries


def test_a_republish_and_a_translation_tell_nobody_again(
    client, localized_site, sections, terms, publish, django_capture_on_commit_callbacks
):
    subscribe_and_confirm(client)
    call = publish(OpenCallPageFactory, sections.open_calls, target_groups=[terms["older"]])
    assert len(mail.outbox) == 1

    call.title = "Haku asiakasraatiin (päivitetty)"
    republish(call, django_capture_on_commit_callbacks)
    with django_capture_on_commit_callbacks(execute=True):
        localized_site.translate(sections.open_calls, "sv", title="Öppna ansökningar", slug="oppna")
        localized_site.translate(call, "sv", title="Ansökan till klientrådet", slug="ansokan")

    assert len(mail.outbox) == 1
    assert AnnouncedPage.objects.count() == 1


def test_a_page_for_everyone_matches_every_choice_and_no_choice_matches_everything(client, sections, terms, publish):
    subscribe_and_confirm(client, "valikoiva@example.fi", target_groups=["ikaantyneet"], areas=["tampere"])
    subscribe_and_confirm(client, "kaikki@example.fi", kinds=["haut", "tapahtumat"])

    publish(OpenCallPageFactory, sections.open_calls)  # no target group, no area: for everyone
    publish(EventPageFactory, sections.events, target_groups=[terms["families"]], areas=[terms["nokia"]])

    assert sorted(message.to[0] for message in mail.outbox) == [
        "kaikki@example.fi",
        "kaikki@example.fi",
        "valikoiva@example.fi",
    ]


def test_nothing_is_sent_before_confirmation_and_a_link_scanner_confirms_nothing(client, sections, publish):
    response = subscribe(client, follow=True)
    confirm_url = link(mail.outbox[-1], "/ilmoitukset/")

    client.get(confirm_url)  # a mail scanner opens the link
    publish(OpenCallPageFactory, sections.open_calls)

    assert response.status_code == 200
    assert "aino@example.fi" not in response.content.decode()  # the address is never shown back
    assert AlertSubscription.objects.get().confirmed_at is None
    assert len(mail.outbox) == 1  # only the confirmation
    assert "Vahvista" in mail.outbox[0].subject


def test_private_closed_and_past_pages_are_not_announced(client, sections, publish):
    subscribe_and_confirm(client, kinds=["haut", "tapahtumat"])
    now = timezone.now()
    publish(
        OpenCallPageFactory,
        sections.open_calls,
        opens_at=now - datetime.timedelta(days=9),
        closes_at=now - datetime.timedelta(days=1),
    )
    publish(
        EventPageFactory,
        sections.events,
        starts_at=now - datetime.timedelta(days=2),
        ends_at=now - datetime.timedelta(days=2, hours=-2),
    )
    PageViewRestriction.objects.create(page=sections.open_calls, restriction_type="password", password="salainen")
    publish(OpenCallPageFactory, sections.open_calls)

    assert mail.outbox == []
    assert not AnnouncedPage.objects.exists()


def test_an_upcoming_call_is_announced_with_its_opening_time(client, sections, publish):
    subscribe_and_confirm(client)
    opens = timezone.now() + datetime.timedelta(days=3)
    publish(OpenCallPageFactory, sections.open_calls, opens_at=opens, closes_at=opens + datetime.timedelta(days=14))

    assert len(mail.outbox) == 1
    assert "Hakuaika" in mail.outbox[0].body


def test_alert_has_one_click_unsubscribe_headers_with_https_and_the_manage_link(localized_site, sections, publish):
    # The Wagtail Site still says http://localhost, as a fresh install's does: the emails link where the resident
    # subscribed, over https.
    resident = Client(HTTP_HOST="osallistu.example.fi")
    data = {"kinds": ["haut"], "frequency": AlertFrequency.IMMEDIATE, "email": "aino@example.fi"}
    resident.post(SUBSCRIBE, data, secure=True)
    confirm_url = link(mail.outbox[-1], "/ilmoitukset/")
    assert confirm_url.startswith("https://osallistu.example.fi/fi/ilmoitukset/")
    resident.post(confirm_url, {"action": "confirm"}, secure=True)
    mail.outbox.clear()
    subscription = AlertSubscription.objects.get()

    call = publish(OpenCallPageFactory, sections.open_calls)

    message = mail.outbox[0]
    unsubscribe_url = f"https://osallistu.example.fi/fi/ilmoitukset/{subscription.token}/lopeta/"
    assert message.extra_headers["List-Unsubscribe"] == f"<{unsubscribe_url}>"
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    assert f"https://osallistu.example.fi/fi/ilmoitukset/{subscription.token}/" in message.body
    assert "https://osallistu.example.fi" + call.url in message.body
    assert "localhost" not in message.body
    assert "List-Unsubscribe" in message.message().as_string()
    assert Notification.objects.get(subject=message.subject).headers["List-Unsubscribe-Post"]


def test_one_click_unsubscribe_post_needs_no_csrf_token_and_a_get_only_asks(client, sections, publish):
    subscription = subscribe_and_confirm(client)
    url = f"/fi/ilmoitukset/{subscription.token}/lopeta/"
    mail_program = Client(enforce_csrf_checks=True)

    asked = mail_program.get(url)
    assert asked.status_code == 200
    assert 'method="post"' in asked.content.decode()
    assert AlertSubscription.objects.exists()

    response = mail_program.post(url, "List-Unsubscribe=One-Click", content_type="application/x-www-form-urlencoded")

    assert response.status_code == 200
    assert not AlertSubscription.objects.exists()
    publish(OpenCallPageFactory, sections.open_calls)
    assert mail.outbox == []
    again = mail_program.post(url)  # a second click: a friendly page, not a bare 404
    assert again.status_code == 200
    assert "Tilaus on jo päättynyt" in again.content.decode()


def test_manage_page_changes_the_choices_and_stops(client, sections, terms, publish):
    subscription = subscribe_and_confirm(client, target_groups=["lapsiperheet"])
    url = f"/fi/ilmoitukset/{subscription.token}/"

    page = client.get(url).content.decode()
    assert re.search(r'value="lapsiperheet"[^>]*checked', page)
    assert "aino@example.fi" not in page
    saved = client.post(
        url, {"action": "save", "kinds": ["tapahtumat"], "areas": ["nokia"], "frequency": AlertFrequency.WEEKLY}
    )
    subscription.refresh_from_db()

    assert saved.status_code == 200
    assert (subscription.open_calls, subscription.events, subscription.frequency) == (False, True, "weekly")
    assert list(subscription.target_groups.all()) == []
    assert list(subscription.areas.all()) == [terms["nokia"]]
    assert client.post(url, {"action": "save", "kinds": []}).status_code == 400
    client.post(url, {"action": "unsubscribe"})
    assert not AlertSubscription.objects.exists()


def test_weekly_digest_lists_what_is_new_once_a_week_and_nothing_when_nothing_is_new(client, sections, terms, publish):
    subscription = subscribe_and_confirm(
        client, kinds=["haut", "tapahtumat"], target_groups=["ikaantyneet"], frequency=AlertFrequency.WEEKLY
    )
    call = publish(OpenCallPageFactory, sections.open_calls, target_groups=[terms["older"]], title="Ikäraati")
    event = publish(EventPageFactory, sections.events, title="Kehittäjäkahvila ikäihmisille")
    publish(OpenCallPageFactory, sections.open_calls, target_groups=[terms["families"]], title="Perheraati")
    assert mail.outbox == []  # weekly: nothing right away

    now = timezone.now()
    assert send_digests(now + datetime.timedelta(days=3)) == 0  # not a week yet
    assert send_digests(now + datetime.timedelta(days=7, hours=1)) == 1
    assert send_digests(now + datetime.timedelta(days=8)) == 0  # at most one a week

    message = mail.outbox[0]
    assert message.to == ["aino@example.fi"]
    assert "Avoin haku: Ikäraati" in message.body and f"Tapahtuma: {event.title}" in message.body
    assert "Perheraati" not in message.body
    assert "http://testserver" + call.url in message.body
    assert message.extra_headers["List-Unsubscribe-Post"] == "List-Unsubscribe=One-Click"
    subscription.refresh_from_db()
    assert subscription.digest_sent_at is not None
    assert send_digests(now + datetime.timedelta(days=15)) == 0  # nothing new since: nothing sent
    assert len(mail.outbox) == 1


def test_digest_command_runs_the_daily_work(client, sections, publish, capsys):
    subscribe_and_confirm(client, frequency=AlertFrequency.WEEKLY)
    AlertSubscription.objects.update(confirmed_at=timezone.now() - datetime.timedelta(days=8))
    publish(OpenCallPageFactory, sections.open_calls)
    AnnouncedPage.objects.update(announced_at=timezone.now() - datetime.timedelta(days=1))

    call_command("send_alert_digests")

    assert len(mail.outbox) == 1
    assert "Sent 1 weekly summaries" in capsys.readouterr().out


def test_unconfirmed_subscriptions_are_erased_after_some_days(client, localized_site):
    subscribe(client, "vanha@example.fi")
    subscribe(client, "uusi@example.fi")
    AlertSubscription.objects.filter(email="vanha@example.fi").update(
        created_at=timezone.now() - datetime.timedelta(days=UNCONFIRMED_DAYS + 1)
    )

    assert erase_unconfirmed() == 1
    assert list(AlertSubscription.objects.values_list("email", flat=True)) == ["uusi@example.fi"]


def test_a_swedish_subscriber_gets_the_swedish_page_or_the_finnish_one_with_a_note(
    client, localized_site, sections, publish
):
    client.post("/sv/ilmoitukset/tilaa/", {"kinds": ["haut"], "frequency": "immediate", "email": "svea@example.fi"})
    confirm(client, mail.outbox[-1])
    mail.outbox.clear()

    publish(OpenCallPageFactory, sections.open_calls, title="Vain suomeksi")

    message = mail.outbox[0]
    assert "Ny öppen ansökan" in message.subject
    assert "/fi/" in link(message, "avoimet-haut")
    assert "inte ännu på ditt språk" in message.body
    assert "/sv/ilmoitukset/" in message.body


def test_personal_data_tool_finds_exports_and_erases_alert_subscriptions(admin_client, client, localized_site, terms):
    subscribe_and_confirm(client, "Aino@example.fi", target_groups=["ikaantyneet"])
    subscribe(client, "toinen@example.fi")
    url = "/admin/inbox/personal-data/"

    exported = json.loads(admin_client.get(url, {"email": "aino@example.fi", "format": "json"}).content)
    admin_client.post(url, {"email": "aino@example.fi", "action": "erase"})

    assert [item["target_groups"] for item in exported["subscriptions"]] == [["Ikääntyneet"]]
    assert list(AlertSubscription.objects.values_list("email", flat=True)) == ["toinen@example.fi"]
    assert not Notification.objects.filter(recipients__icontains="aino@example.fi").exists()


def test_listing_link_carries_the_filters_and_the_form_preselects_them(client, sections, terms, publish):
    publish(OpenCallPageFactory, sections.open_calls, target_groups=[terms["older"]], areas=[terms["tampere"]])

    listing = client.get(sections.open_calls.url, {"kohderyhma": "ikaantyneet", "alue": "tampere"}).content.decode()
    href = re.search(r'href="(/fi/ilmoitukset/tilaa/[^"]*)"', listing).group(1).replace("&amp;", "&")
    form = client.get(href).content.decode()
    events = client.get(sections.events.url).content.decode()

    assert href == "/fi/ilmoitukset/tilaa/?tyyppi=haut&kohderyhma=ikaantyneet&alue=tampere"
    for value in ("haut", "ikaantyneet", "tampere"):
        assert re.search(rf'value="{value}"[^>]*checked', form), value
    assert not re.search(r'value="lapsiperheet"[^>]*checked', form)
    assert 'href="/fi/ilmoitukset/tilaa/?tyyppi=tapahtumat"' in events


def test_subscribe_page_explains_what_is_stored_and_is_never_cached(client, localized_site):
    response = client.get(SUBSCRIBE)
    html = response.content.decode()

    assert response.status_code == 200
    assert "Mitä tallennamme" in html
    assert "no-cache" in response["Cache-Control"]
    assert client.get("/sv/ilmoitukset/tilaa/").status_code == 200


def test_subscribe_form_is_rate_limited(client, localized_site, settings):
    settings.FORMS_RATE_LIMIT = (2, 600)
    statuses = [subscribe(client, f"n{number}@example.fi").status_code for number in range(3)]

    assert statuses == [302, 302, 429]


@pytest.mark.parametrize(
    "query",
    [
        "?kohderyhma=%3Cscript%3E",
        "?tyyppi=x&tyyppi=haut&alue=" + "a" * 5000,
        "?kohderyhma=ikaantyneet" + "&kohderyhma=x" * 500,
        "?alue[]=1&tyyppi=%00",
        "?page=-1",
    ],
)
def test_hostile_query_strings_on_the_subscribe_page(client, terms, query):
    assert client.get(SUBSCRIBE + query).status_code == 200


@pytest.mark.parametrize(
    "data",
    [
        {},
        {"kinds": ["kaikki"], "email": "a@example.fi", "frequency": "immediate"},
        {"kinds": ["haut"], "email": "ei-osoite", "frequency": "immediate"},
        {"kinds": ["haut"], "email": "a@example.fi", "frequency": "hourly"},
        {"kinds": ["haut"], "email": "a@example.fi", "frequency": "immediate", "target_groups": ["ei-ole"]},
        {"kinds": ["haut"], "email": "a@example.fi", "frequency": "immediate", "areas": ["x"] * 500},
        {"kinds": ["haut"] * 500, "email": "a@example.fi", "frequency": "immediate", "areas": ["\x00"]},
        {"kinds": ["haut"], "email": "a@example.fi, b@example.fi", "frequency": "immediate"},
        {"kinds": ["haut"], "email": "a" * 400 + "@example.fi", "frequency": "immediate"},
    ],
)
def test_bad_subscriptions_get_a_clear_error_and_store_nothing(client, terms, data):
    response = client.post(SUBSCRIBE, data)

    assert response.status_code == 400
    assert "govuk-error-summary" in response.content.decode()
    assert not AlertSubscription.objects.exists()
    assert mail.outbox == []


def test_bad_tokens_and_methods_are_not_found_or_not_allowed(client, localized_site):
    subscription = AlertSubscription.objects.create(email="a@example.fi", language="fi")
    malformed = ("/fi/ilmoitukset/tuntematon/", "/fi/ilmoitukset/tuntematon/lopeta/", "/fi/ilmoitukset/%00/")
    for url in (*malformed, "/fi/ilmoitukset/" + "a" * 42 + "!/", "/fi/ilmoitukset/" + "a" * 44 + "/"):
        assert client.get(url).status_code == 404
        assert client.post(url).status_code == 404
    assert client.get("/fi/ilmoitukset/" + "a" * 200 + "/").status_code == 404
    assert client.put(SUBSCRIBE).status_code == 405
    token_url = f"/fi/ilmoitukset/{subscription.token}/"
    assert client.post(token_url, {"action": "save", "kinds": ["haut"]}).status_code == 200  # not confirmed: no change
    assert client.post(token_url, {"action": "hack"}).status_code == 200
    assert client.delete(token_url).status_code == 405
    subscription.refresh_from_db()
    assert subscription.confirmed_at is None


def test_english_alert_and_a_confirmed_subscribers_bad_choices(client, localized_site, sections, terms, publish):
    client.post("/en/ilmoitukset/tilaa/", {"kinds": ["tapahtumat"], "frequency": "immediate", "email": "e@example.fi"})
    assert mail.outbox[-1].subject == "Confirm your alert subscription"
    confirm(client, mail.outbox[-1])
    mail.outbox.clear()
    subscription = AlertSubscription.objects.get()

    publish(EventPageFactory, sections.events, title="Kehittäjäkahvila")
    bad = client.post(
        f"/en/ilmoitukset/{subscription.token}/", {"action": "save", "kinds": ["tapahtumat"], "areas": ["x"]}
    )

    assert mail.outbox[0].subject == "New event: Kehittäjäkahvila"
    assert "This is not yet available in your language." in mail.outbox[0].body
    assert bad.status_code == 400
    assert "govuk-error-summary" in bad.content.decode()
    subscription.refresh_from_db()
    assert subscription.events and not subscription.areas.exists()


def test_the_daily_task_sends_the_due_summaries(client, sections, publish):
    from participation.alerts.sending import daily_alerts

    subscribe_and_confirm(client, frequency=AlertFrequency.WEEKLY)
    AlertSubscription.objects.update(confirmed_at=timezone.now() - datetime.timedelta(days=8))
    publish(OpenCallPageFactory, sections.open_calls)

    result = daily_alerts.enqueue()

    assert result.return_value == {"digests": 1, "unconfirmed_erased": 0, "late_alerts": 0}
    assert len(mail.outbox) == 1


@pytest.mark.django_db(transaction=True)
def test_the_daily_run_is_scheduled_on_the_database_backend(settings):
    from participation.alerts.sending import DAILY_HOUR, schedule_daily_alerts

    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    schedule_daily_alerts()
    schedule_daily_alerts()

    waiting = DBTaskResult.objects.filter(task_path="participation.alerts.sending.daily_alerts")
    assert waiting.count() == 1
    assert timezone.localtime(waiting.get().run_after).hour == DAILY_HOUR


# The review's defects (issue 14): links, whole-region terms, weekly after immediate, one subscription per address,
# announcements never lost, re-sends and the honeypot, old links, and the minor ones.


def test_the_confirmation_link_is_on_the_host_the_resident_came_through(localized_site):
    resident = Client(HTTP_HOST="127.0.0.1:8310")
    subscribe(resident)

    assert link(mail.outbox[-1], "/ilmoitukset/").startswith("http://127.0.0.1:8310/fi/ilmoitukset/")
    assert AlertSubscription.objects.get().root_url == "http://127.0.0.1:8310"


def test_an_old_subscription_without_a_stored_host_links_to_the_site(client, localized_site, sections, publish):
    subscription = subscribe_and_confirm(client)
    AlertSubscription.objects.update(root_url="")

    publish(OpenCallPageFactory, sections.open_calls)

    assert f"http://localhost/fi/ilmoitukset/{subscription.token}/" in mail.outbox[0].body


def test_a_term_that_covers_all_matches_every_choice(client, localized_site, sections, terms, publish):
    whole_region = AreaFactory(name="Koko Pirkanmaa", slug="koko-pirkanmaa", covers_all=True)
    everyone = TargetGroupFactory(name="Kaikki asukkaat", slug="kaikki", covers_all=True)
    subscribe_and_confirm(client, "valikoiva@example.fi", target_groups=["ikaantyneet"], areas=["tampere"])
    subscribe_and_confirm(client, "koko@example.fi", kinds=["haut"], areas=["koko-pirkanmaa"], frequency="weekly")

    publish(OpenCallPageFactory, sections.open_calls, target_groups=[everyone], areas=[whole_region], title="Kaikille")
    publish(OpenCallPageFactory, sections.open_calls, target_groups=[terms["older"]], areas=[whole_region], title="K")
    publish(OpenCallPageFactory, sections.open_calls, target_groups=[everyone], areas=[terms["nokia"]], title="Nokia")

    assert [message.to for message in mail.outbox] == [["valikoiva@example.fi"]] * 2
    # A subscriber who chose the whole region hears of the whole region's pages, as its listing shows them.
    assert send_digests(timezone.now() + datetime.timedelta(days=7, hours=1)) == 1
    assert "Kaikille" in mail.outbox[-1].body and "Nokia" not in mail.outbox[-1].body


def test_covers_all_is_the_same_in_every_language(localized_site):
    finnish = AreaFactory(name="Koko Pirkanmaa", slug="koko-pirkanmaa")
    swedish = finnish.copy_for_translation(localized_site.locales["sv"])
    swedish.name = "Hela Birkaland"
    swedish.save()

    swedish.covers_all = True
    swedish.save()
    finnish.refresh_from_db()

    assert finnish.covers_all


def test_changing_to_weekly_lists_nothing_already_emailed(client, sections, publish):
    subscription = subscribe_and_confirm(client)
    publish(OpenCallPageFactory, sections.open_calls, title="Jo kerrottu")
    assert len(mail.outbox) == 1

    client.post(f"/fi/ilmoitukset/{subscription.token}/", {"action": "save", "kinds": ["haut"], "frequency": "weekly"})

    assert send_digests(timezone.now() + datetime.timedelta(days=8)) == 0
    assert len(mail.outbox) == 1


def test_first_summary_says_since_you_subscribed(client, sections, publish):
    subscribe_and_confirm(client, frequency=AlertFrequency.WEEKLY)
    publish(OpenCallPageFactory, sections.open_calls)

    send_digests(timezone.now() + datetime.timedelta(days=7, hours=1))

    assert "tilauksesi jälkeen" in mail.outbox[0].body
    assert "edellisen koosteen" not in mail.outbox[0].body


def test_a_second_subscription_replaces_the_first_and_its_manage_link_shows_all(client, sections, terms, publish):
    first = subscribe_and_confirm(client, frequency=AlertFrequency.WEEKLY)
    subscribe(client, "AINO@example.fi", kinds=["haut", "tapahtumat"], frequency=AlertFrequency.WEEKLY)
    page = client.post(link(mail.outbox[-1], "/ilmoitukset/"), {"action": "confirm"}).content.decode()
    mail.outbox.clear()

    assert "korvaavat" in page
    assert AlertSubscription.objects.count() == 1
    assert client.get(f"/fi/ilmoitukset/{first.token}/").status_code == 200  # the old link: "already ended"
    publish(OpenCallPageFactory, sections.open_calls)
    assert send_digests(timezone.now() + datetime.timedelta(days=7, hours=1)) == 1
    assert len(mail.outbox) == 1


def test_a_new_request_for_an_address_is_not_sent_again_within_an_hour(client, localized_site):
    subscribe(client)
    subscribe(client, kinds=["tapahtumat"])
    assert len(mail.outbox) == 1
    waiting = AlertSubscription.objects.get()
    assert (waiting.open_calls, waiting.events) == (False, True)  # the link already sent confirms the newest choices

    AlertSubscription.objects.update(created_at=timezone.now() - datetime.timedelta(hours=2))
    subscribe(client)

    assert len(mail.outbox) == 2
    assert AlertSubscription.objects.count() == 1


def test_the_honeypot_sends_nothing_and_tells_nothing(client, localized_site):
    form = client.get(SUBSCRIBE).content.decode()
    response = client.post(
        SUBSCRIBE, {"kinds": ["haut"], "frequency": "immediate", "email": "a@example.fi", "ov_website": "x"}
    )

    assert 'name="ov_website"' in form
    assert response.status_code == 302
    assert mail.outbox == []
    assert not AlertSubscription.objects.exists()


def test_a_successful_subscribe_redirects_so_a_refresh_sends_nothing(client, localized_site):
    response = subscribe(client)

    assert response.status_code == 302
    shown = client.get(response["Location"])
    assert shown.status_code == 200
    assert "Melkein valmista" in shown.content.decode()
    assert len(mail.outbox) == 1


def test_an_old_link_says_the_subscription_has_ended(client, localized_site):
    token = "A" * 43
    for url in (f"/fi/ilmoitukset/{token}/", f"/fi/ilmoitukset/{token}/lopeta/"):
        response = client.get(url)
        assert response.status_code == 200
        assert "Tilaus on jo päättynyt" in response.content.decode()
        assert client.post(url).status_code == 200


def test_head_is_answered_where_get_is(client, localized_site):
    subscription = AlertSubscription.objects.create(email="a@example.fi", language="fi")
    for url in (SUBSCRIBE, f"/fi/ilmoitukset/{subscription.token}/", f"/fi/ilmoitukset/{subscription.token}/lopeta/"):
        assert client.head(url).status_code == 200


def test_subscribe_page_reads_the_terms_once(client, terms, django_assert_max_num_queries):
    client.get(SUBSCRIBE)  # the site and the locales are read and cached once
    with django_assert_max_num_queries(8):
        response = client.get(SUBSCRIBE + "?kohderyhma=ikaantyneet&alue=tampere")
    assert response.status_code == 200


@pytest.mark.django_db(transaction=True)
def test_on_the_task_database_the_announcement_and_its_task_commit_with_the_publish_or_not_at_all(
    client, sections, settings
):
    subscribe_and_confirm(client)
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    draft = OpenCallPageFactory(parent=sections.open_calls, live=False)
    announce_tasks = DBTaskResult.objects.filter(task_path="participation.alerts.sending.announce_page")

    with pytest.raises(RuntimeError), transaction.atomic():
        OpenCallPage.objects.get(pk=draft.pk).save_revision().publish()
        raise RuntimeError("the editor's request fails after the publish")
    assert not AnnouncedPage.objects.exists()
    assert not announce_tasks.exists()

    with transaction.atomic():
        OpenCallPage.objects.get(pk=draft.pk).save_revision().publish()
    record = AnnouncedPage.objects.get()
    assert record.alerts_done_at is None and announce_tasks.count() == 1
    assert mail.outbox == []

    call_command("db_worker", batch=True, queue_name="*", startup_delay=False, reload=False, verbosity=0)

    record.refresh_from_db()
    assert record.alerts_done_at is not None
    assert [message.to for message in mail.outbox] == [["aino@example.fi"]]


def test_with_no_subscriber_a_publish_leaves_the_worker_nothing_to_do(sections, settings):
    """A new site (and the demo's load) publishes many calls and events with nobody subscribed: no task each."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    draft = OpenCallPageFactory(parent=sections.open_calls, live=False)

    OpenCallPage.objects.get(pk=draft.pk).save_revision().publish()

    assert AnnouncedPage.objects.get().alerts_done_at is not None
    assert not DBTaskResult.objects.filter(task_path="participation.alerts.sending.announce_page").exists()


def test_an_announcement_whose_task_failed_is_finished_by_the_daily_run(client, sections, publish, monkeypatch):
    subscribe_and_confirm(client)

    def database_went_away(record, now):
        raise DatabaseError("the database went away")

    monkeypatch.setattr(sending, "tell_subscribers", database_went_away)
    publish(OpenCallPageFactory, sections.open_calls)  # the publish stands; the task failed
    monkeypatch.undo()
    assert mail.outbox == []
    assert AnnouncedPage.objects.get().alerts_done_at is None

    now = timezone.now()
    assert sending.run_daily(now + datetime.timedelta(minutes=30))["late_alerts"] == 0  # its task may still run
    assert sending.run_daily(now + datetime.timedelta(hours=2))["late_alerts"] == 1
    assert sending.run_daily(now + datetime.timedelta(hours=3))["late_alerts"] == 0
    assert [message.to for message in mail.outbox] == [["aino@example.fi"]]


def test_an_announcement_is_queued_in_batches_that_record_their_progress(client, sections, publish, monkeypatch):
    monkeypatch.setattr(sending, "ANNOUNCE_BATCH", 2)
    for number in range(5):
        subscribe_and_confirm(client, f"n{number}@example.fi")

    publish(OpenCallPageFactory, sections.open_calls)

    record = AnnouncedPage.objects.get()
    assert sorted(message.to[0] for message in mail.outbox) == [f"n{number}@example.fi" for number in range(5)]
    assert record.told_up_to == AlertSubscription.objects.order_by("pk").last().pk
    assert record.alerts_done_at is not None


def test_the_migration_keeps_one_confirmed_subscription_per_address_and_marks_old_announcements_done(sections):
    import importlib

    from django.apps import apps

    migration = importlib.import_module("participation.migrations.0010_alert_root_url_and_delivery")
    now = timezone.now()
    older = AlertSubscription.objects.create(email="aino@example.fi", language="fi", confirmed_at=now)
    newer = AlertSubscription.objects.create(
        email="AINO@example.fi", language="fi", confirmed_at=now + datetime.timedelta(days=1)
    )
    other = AlertSubscription.objects.create(email="toinen@example.fi", language="fi", confirmed_at=now)
    waiting = AlertSubscription.objects.create(email="aino@example.fi", language="fi")
    call = OpenCallPageFactory(parent=sections.open_calls)
    AnnouncedPage.objects.create(translation_key=call.translation_key, page=call, kind="open_call", announced_at=now)

    migration.one_subscription_per_address(apps, None)
    migration.earlier_announcements_are_done(apps, None)

    assert set(AlertSubscription.objects.values_list("pk", flat=True)) == {newer.pk, other.pk, waiting.pk}
    assert not AlertSubscription.objects.filter(pk=older.pk).exists()
    assert AnnouncedPage.objects.get().alerts_done_at == now


def test_the_listing_filter_shows_pages_of_a_term_that_covers_all_under_every_term(client, sections, terms, publish):
    whole_region = AreaFactory(name="Koko Pirkanmaa", slug="koko-pirkanmaa", covers_all=True)
    publish(OpenCallPageFactory, sections.open_calls, areas=[whole_region], title="Koko alueen raati")
    publish(OpenCallPageFactory, sections.open_calls, areas=[terms["nokia"]], title="Nokian raati")

    tampere = client.get(sections.open_calls.url, {"alue": "tampere"}).content.decode()
    whole = client.get(sections.open_calls.url, {"alue": "koko-pirkanmaa"}).content.decode()

    assert "Koko alueen raati" in tampere and "Nokian raati" not in tampere
    assert "Koko alueen raati" in whole and "Nokian raati" not in whole
