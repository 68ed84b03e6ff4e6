"""Each form shown is sent at most once: POST → 303 → the receipt (a GET), and a single-use token per form."""

import re
import threading
import time
from urllib.parse import parse_qs, urlsplit

import pytest
from django.core import mail
from django.db import connection
from django.test import Client, override_settings

from forms_engine import form_tokens
from forms_engine.models import Place, Submission
from tests.forms_engine.factories import answers, form_token, make_form_page
from tests.participation.factories import OpenCallPageFactory

pytestmark = pytest.mark.django_db


def receipt_of(response):
    assert response.status_code == 303
    return response["Location"]


def test_send_redirects_to_a_receipt_that_a_reload_does_not_send_again(client, desk):
    location = receipt_of(client.post(desk.call.url, answers(desk.call)))
    submission = Submission.objects.get()
    emails = len(mail.outbox)

    first = client.get(location)
    reload = client.get(location)

    assert urlsplit(location).path == desk.call.url
    for response in (first, reload):
        assert response.status_code == 200
        html = response.content.decode()
        assert submission.reference in html
        assert "Käsittelemme hakemukset kahden viikon kuluessa." in html  # what happens next
        assert "oli jo lähetetty" not in html
    assert Submission.objects.count() == 1
    assert len(mail.outbox) == emails


def test_the_token_nonce_is_stored_on_the_submission(client, desk):
    data = answers(desk.call)
    client.post(desk.call.url, data)

    nonce = form_tokens.read(data["ov_token"], desk.call).nonce
    assert Submission.objects.get().form_token == nonce


def test_the_same_form_sent_twice_makes_one_submission_and_shows_the_first_receipt(client, desk):
    data = answers(desk.call)
    first = receipt_of(client.post(desk.call.url, data))
    emails = len(mail.outbox)

    again = client.post(desk.call.url, {**data, "viesti": "Muutettu viesti takaisin-napin jälkeen."})

    submission = Submission.objects.get()
    assert submission.form_data["viesti"] == "Haluan kehittää palveluja."
    assert len(mail.outbox) == emails
    html = client.get(receipt_of(again)).content.decode()
    assert submission.reference in html
    assert "Tämä lomake oli jo lähetetty, joten sitä ei lähetetty uudelleen." in html
    assert submission.reference in client.get(first).content.decode()


def test_a_replay_from_another_browser_also_makes_nothing(client, desk):
    data = answers(desk.call)
    client.post(desk.call.url, data)

    replay = Client().post(desk.call.url, data)

    assert replay.status_code == 303
    assert Submission.objects.count() == 1


def test_a_replay_is_not_counted_against_the_rate_limit(client, desk):
    data = answers(desk.call)
    with override_settings(FORMS_RATE_LIMIT=(1, 600)):
        client.post(desk.call.url, data)
        for _attempt in range(3):
            assert client.post(desk.call.url, data).status_code == 303

    assert Submission.objects.count() == 1


def test_each_form_shown_has_its_own_token(client, desk):
    first = client.get(desk.call.url)
    second = client.get(desk.call.url)  # from the page cache, with a token of its own filled in

    tokens = [re.search(r'name="ov_token" value="([^"]+)"', r.content.decode()).group(1) for r in (first, second)]
    assert tokens[0] == first.context["form"]["ov_token"].value()
    assert tokens[0] != tokens[1]
    assert all(form_tokens.read(token, desk.call) for token in tokens)


def test_a_token_from_another_page_is_refused_with_the_answers_kept(client, desk):
    other = make_form_page(OpenCallPageFactory(parent=desk.call.get_parent(), title="Toinen haku"), groups=[desk.group])

    response = client.post(other.url, answers(other, ov_token=form_token(desk.call)))

    assert response.status_code == 200
    assert Submission.objects.count() == 0
    html = response.content.decode()
    assert "Lomaketta ei voitu lähettää. Vastauksesi ovat tallella alla" in html
    assert "Haluan kehittää palveluja." in html
    fresh = response.context["form"]["ov_token"].value()
    assert form_tokens.read(fresh, other)  # a new token of this page, so sending again works


def test_a_token_of_page_a_sent_on_page_b_does_not_show_a_receipt_of_page_a(client, desk):
    other = make_form_page(OpenCallPageFactory(parent=desk.call.get_parent(), title="Toinen haku"), groups=[desk.group])
    data = answers(desk.call)
    client.post(desk.call.url, data)

    response = client.post(other.url, {**data, "ov_token": data["ov_token"]})

    assert response.status_code == 200
    assert Submission.objects.count() == 1
    assert "Lomaketta ei voitu lähettää" in response.content.decode()


@override_settings(FORMS_TOKEN_MAX_AGE=60 * 60)
def test_an_expired_token_gives_the_form_back_with_its_answers_and_a_fresh_token(client, desk):
    old = form_token(desk.call, seconds_ago=60 * 60 + 5)

    response = client.post(desk.call.url, answers(desk.call, ov_token=old))

    assert response.status_code == 200
    assert Submission.objects.count() == 0
    html = response.content.decode()
    assert "Lomake oli auki pitkään, joten sitä ei lähetetty." in html
    assert "Haluan kehittää palveluja." in html
    fresh = response.context["form"]["ov_token"].value()
    assert fresh != old
    assert time.time() - form_tokens.read(fresh, desk.call).shown_at < 5  # its time starts now
    with override_settings(FORMS_MIN_FILL_SECONDS=0):
        again = client.post(desk.call.url, answers(desk.call, ov_token=fresh))
    assert again.status_code == 303
    assert Submission.objects.count() == 1
    assert Submission.objects.count() == 1


def test_a_too_fast_send_keeps_the_same_token_so_sending_again_soon_works(client, desk):
    data = answers(desk.call, ov_token=form_token(desk.call, seconds_ago=0))

    response = client.post(desk.call.url, data)

    assert "Lomake lähetettiin hyvin nopeasti" in response.content.decode()
    assert response.context["form"]["ov_token"].value() == data["ov_token"]
    assert Submission.objects.count() == 0


def test_a_forged_receipt_address_shows_no_receipt(client, desk):
    location = receipt_of(client.post(desk.call.url, answers(desk.call)))
    value = parse_qs(urlsplit(location).query)["kuitti"][0]
    submission = Submission.objects.get()

    forged = client.get(f"{desk.call.url}?kuitti={value[:-3]}abc")

    assert forged.status_code == 200
    html = forged.content.decode()
    assert submission.reference not in html
    assert "Tätä kuittausta ei enää näytetä täällä." in html
    assert 'name="viesti"' in html  # the form, to send a new message


def test_a_receipt_address_of_one_page_shows_nothing_on_another(client, desk):
    other = make_form_page(OpenCallPageFactory(parent=desk.call.get_parent(), title="Toinen haku"), groups=[desk.group])
    location = receipt_of(client.post(desk.call.url, answers(desk.call)))

    response = client.get(other.url + "?" + urlsplit(location).query)

    assert Submission.objects.get().reference not in response.content.decode()


def test_an_old_receipt_address_shows_no_receipt(client, desk):
    location = receipt_of(client.post(desk.call.url, answers(desk.call)))
    time.sleep(1.1)

    with override_settings(FORMS_TOKEN_MAX_AGE=0):
        response = client.get(location)

    assert Submission.objects.get().reference not in response.content.decode()
    assert "Tätä kuittausta ei enää näytetä täällä." in response.content.decode()


def test_landing_preview_for_editors_still_works(desk):
    response = desk.call.make_preview_request(preview_mode="landing")

    assert response.status_code == 200
    assert "Kiitos" in response.content.decode()
    assert "Käsittelemme hakemukset kahden viikon kuluessa." in response.content.decode()


def test_the_same_registration_replayed_gets_one_place(client, event_page):
    data = answers(event_page, nimi="Osallistuja", sahkoposti="osallistuja@example.fi")

    for _attempt in range(3):
        client.post(event_page.url, data)

    registration = Submission.objects.get()
    assert registration.place == Place.CONFIRMED
    assert event_page.places_taken() == 1


def test_submit_names_the_first_submission_when_the_unique_token_is_taken(rf, desk):
    """Two sends of one form that both got past the check for an earlier one: the database keeps one."""
    from forms_engine.submitting import AlreadySent, submit

    data = answers(desk.call)
    forms = [desk.call.get_form(data) for _send in range(2)]
    assert all(form.is_valid() for form in forms)
    request = rf.post(desk.call.url)

    first = submit(desk.call, forms[0], request)
    with pytest.raises(AlreadySent) as already:
        submit(desk.call, forms[1], request)

    assert already.value.submission == first
    assert Submission.objects.count() == 1


@pytest.mark.django_db(transaction=True)
def test_a_double_click_sent_at_the_same_moment_makes_one_submission(desk):
    """Two browsers' requests at once, each in its own database connection."""
    data = answers(desk.call)
    start = threading.Barrier(2)
    statuses = []

    def send():
        try:
            start.wait()
            statuses.append(Client().post(desk.call.url, data).status_code)
        finally:
            connection.close()

    threads = [threading.Thread(target=send) for _click in range(2)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert statuses == [303, 303]
    assert Submission.objects.count() == 1
