"""Input limits: every free-text answer has a maximum length said in its hint; an email answer is one address."""

import pytest
from django.core import mail
from django.test import override_settings

from forms_engine.forms import EMAIL_MAX_LENGTH, MULTI_LINE_MAX_LENGTH, SINGLE_LINE_MAX_LENGTH
from forms_engine.models import Notification, Submission, Subscription
from tests.forms_engine.factories import answers, make_form_page
from tests.participation.factories import FollowUpPageFactory, OpenCallPageFactory

pytestmark = pytest.mark.django_db

NBSP = "\xa0"


def test_limits_are_on_the_inputs_and_said_in_the_hints_in_finnish(client, desk):
    response = client.get(desk.call.url)

    form = response.context["form"]
    assert form.fields["nimi"].max_length == SINGLE_LINE_MAX_LENGTH == 255
    assert form.fields["viesti"].max_length == MULTI_LINE_MAX_LENGTH == 5000
    assert form.fields["sahkoposti"].max_length == EMAIL_MAX_LENGTH
    html = response.content.decode()
    assert f'maxlength="{MULTI_LINE_MAX_LENGTH}"' in html
    assert f'maxlength="{SINGLE_LINE_MAX_LENGTH}"' in html
    assert f"Enintään 5{NBSP}000 merkkiä." in html
    assert "Enintään 255 merkkiä." in html


def test_the_hint_is_in_the_residents_language(client, desk, localized_site):
    localized_site.translate(desk.call.get_parent().specific, "sv", title="Öppna ansökningar")
    swedish = localized_site.translate(desk.call, "sv", title="Ansökan till klientrådet")

    html = client.get(swedish.url).content.decode()

    assert f"Högst 5{NBSP}000 tecken." in html


def test_an_editors_hint_is_kept_before_the_limit(client, desk):
    fields = [
        {
            "clean_name": "viesti",
            "label": "Viesti",
            "field_type": "multiline",
            "required": True,
            "help_text": "Kerro omin sanoin.",
        }
    ]
    page = make_form_page(OpenCallPageFactory(parent=desk.call.get_parent(), title="Toinen"), fields=fields)

    html = client.get(page.url).content.decode()

    assert f"Kerro omin sanoin. Enintään 5{NBSP}000 merkkiä." in html


@pytest.mark.parametrize(
    ("field", "limit"), [("viesti", MULTI_LINE_MAX_LENGTH), ("nimi", SINGLE_LINE_MAX_LENGTH)], ids=["multi", "single"]
)
def test_the_longest_answer_is_accepted_and_one_more_character_refused(client, desk, field, limit):
    assert client.post(desk.call.url, answers(desk.call, **{field: "a" * limit})).status_code == 303

    response = client.post(desk.call.url, answers(desk.call, **{field: "b" * (limit + 1)}))

    assert response.status_code == 200
    assert f"Vastaus voi olla enintään {limit} merkkiä pitkä. Nyt siinä on {limit + 1} merkkiä." in (
        response.content.decode()
    )
    assert [len(submission.form_data[field]) for submission in Submission.objects.all()] == [limit]


def test_a_megabyte_answer_is_refused_with_a_field_error_and_not_stored(client, desk):
    response = client.post(desk.call.url, answers(desk.call, viesti="x" * 1_000_000))

    assert response.status_code == 200
    assert response.context["form"].errors["viesti"] == [
        f"Vastaus voi olla enintään {MULTI_LINE_MAX_LENGTH} merkkiä pitkä. Nyt siinä on 1000000 merkkiä."
    ]
    assert Submission.objects.count() == 0
    assert Notification.objects.count() == 0


@pytest.mark.parametrize(
    "address",
    [
        '"a@evil.test,x"@example.test',
        '"aino"@example.fi',
        "aino@example.fi,toinen@example.test",
        "aino@example.fi, toinen@example.test",
        "aino@example.fi;toinen@example.test",
        "Aino <aino@example.fi>",
        "aino@example.fi toinen@example.test",
        "aino@[127.0.0.1]",
        "aino@@example.fi",
        "ei-osoite",
    ],
)
def test_an_email_answer_must_be_exactly_one_address(client, desk, address):
    response = client.post(desk.call.url, answers(desk.call, sahkoposti=address))

    assert response.status_code == 200
    assert response.context["form"].errors["sahkoposti"] == [
        "Kirjoita yksi sähköpostiosoite, esimerkiksi nimi@example.fi. Osoitteessa ei voi olla pilkkuja, "
        "puolipisteitä, lainausmerkkejä eikä välilyöntejä."
    ]
    assert Submission.objects.count() == 0
    assert mail.outbox == []


def test_a_plain_address_with_an_apostrophe_is_one_address(client, desk):
    assert client.post(desk.call.url, answers(desk.call, sahkoposti="o'brien@example.fi")).status_code == 303

    assert Submission.objects.get().email == "o'brien@example.fi"


@override_settings(FORMS_RATE_LIMIT=(100, 600))
def test_a_subscription_is_for_exactly_one_address(client, desk):
    follow_up = FollowUpPageFactory(parent=desk.follow_ups)

    response = client.post(f"/fi/tilaukset/uusi/{follow_up.pk}/", {"email": '"a@evil.test,x"@example.test'})

    assert response.status_code == 400
    assert "Kirjoita yksi sähköpostiosoite" in response.content.decode()
    assert Subscription.objects.count() == 0
    assert mail.outbox == []
