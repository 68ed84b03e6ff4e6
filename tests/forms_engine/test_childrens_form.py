"""A children's and easy form (issue 13, item 3): a picture scale, big buttons, and one question per screen sent
step by step without JavaScript."""

import re

import pytest
from django.test import override_settings
from django.utils import translation

from forms_engine.admin_views.export import rows
from forms_engine.easy_fields import face_index
from forms_engine.forms import PortalFormBuilder
from forms_engine.models import FormField, Submission
from tests.forms_engine.factories import GroupFactory, UserFactory, form_token, make_form_page
from tests.participation.factories import FeedbackFormPageFactory

pytestmark = pytest.mark.django_db

FIELDS = [
    {"clean_name": "tunne", "label": "Miltä tuntui?", "field_type": "picture_scale", "required": True},
    {
        "clean_name": "paras",
        "label": "Mikä oli parasta?",
        "field_type": "big_buttons",
        "required": True,
        "choices": "Leikit\nAikuiset\nJokin muu",
    },
    {"clean_name": "kerro", "label": "Kerro lisää", "field_type": "singleline", "required": False},
]


@pytest.fixture
def group(db):
    return GroupFactory(name="Perhekeskuksen koordinaattorit")


@pytest.fixture
def kids_page(localized_site, group):
    page = FeedbackFormPageFactory(parent=localized_site.home, title="Kerro meille", slug="kerro-meille")
    return make_form_page(
        page,
        groups=[group],
        fields=FIELDS,
        one_question_per_screen=True,
        submit_label="Lähetä",
        form_heading="Vastaa kysymyksiin",
    )


def html_of(response):
    return response.content.decode()


def step_post(page, data, step, nav="next", token=None):
    """What the browser sends from a step: the answers so far, the step, the button and the form token."""
    return {**data, "ov_step": str(step), "ov_nav": nav, "ov_website": "", "ov_token": token or form_token(page)}


def hidden_inputs(html):
    return dict(re.findall(r'<input type="hidden" name="(?!csrf)([^"]+)" value="([^"]*)"', html))


def test_picture_scale_is_a_fieldset_of_radios_with_faces_and_labels(client, kids_page):
    page = FeedbackFormPageFactory(parent=kids_page.get_parent(), title="Koko lomake", slug="koko")
    page = make_form_page(page, fields=FIELDS)  # shown whole: every question on one page

    html = html_of(client.get(page.url))

    scale = re.search(r'<fieldset class="govuk-fieldset picture-scale">(.*?)</fieldset>', html, re.S).group(1)
    assert '<legend class="govuk-fieldset__legend govuk-fieldset__legend--m">Miltä tuntui?</legend>' in scale
    radios = re.findall(
        r'<input type="radio" name="tunne" value="([^"]+)" class="picture-scale__input" id="(\w+)"', scale
    )
    assert [value for value, _id in radios] == ["Tosi huono", "Huono", "Ihan ok", "Hyvä", "Tosi hyvä"]
    assert [radio_id for _value, radio_id in radios] == [f"id_tunne_{number}" for number in range(1, 6)]
    for _value, radio_id in radios:
        assert re.search(rf'<label class="picture-scale__label" for="{radio_id}"><svg [^>]*aria-hidden="true"', scale)
    assert scale.count("<svg") == 5
    assert '<span class="picture-scale__text">Tosi hyvä</span>' in scale
    buttons = re.search(r'<fieldset class="govuk-fieldset big-buttons">(.*?)</fieldset>', html, re.S).group(1)
    assert "<legend" in buttons and buttons.count('type="radio"') == 3 and "<svg" not in buttons


def test_picture_scale_labels_come_from_the_choices_or_the_page_language(kids_page, localized_site):
    field = FormField(field_type="picture_scale", label="Fråga", clean_name="q", choices="", required=True)
    field.locale = localized_site.locales["sv"]
    with translation.override("fi"):
        formfield = PortalFormBuilder([field]).formfields["q"]
    assert [label for label, _text in formfield.choices] == ["Mycket dåligt", "Dåligt", "Okej", "Bra", "Mycket bra"]

    field.choices = "Surullinen\nIloinen\nTosi iloinen"
    formfield = PortalFormBuilder([field]).formfields["q"]
    assert [label for label, _text in formfield.choices] == ["Surullinen", "Iloinen", "Tosi iloinen"]
    assert [face_index(position, 3) for position in range(3)] == [0, 2, 4]


def test_get_shows_question_one_of_three_with_the_form_token_and_no_consent(client, kids_page):
    html = html_of(client.get(kids_page.url))

    assert "Kysymys 1/3" in html
    assert "picture-scale" in html and 'name="paras"' not in html and 'name="kerro"' not in html
    assert 'name="ov_consent"' not in html
    assert 'name="ov_token" value="' in html and 'name="csrfmiddlewaretoken"' in html
    assert 'value="back"' not in html  # no Back on the first question
    assert 'action="/fi/kerro-meille/#lomake"' in html
    assert '<a class="button-link" href="#lomake">Vastaa kysymyksiin</a>' in html  # the top link starts, not sends


def test_a_step_checks_its_own_answer_in_the_users_language_and_never_caches(client, kids_page):
    response = client.post(kids_page.url, step_post(kids_page, {}, 1))

    html = html_of(response)
    assert response.status_code == 200
    assert "Kysymys 1/3" in html
    assert "Valitse vaihtoehto." in html
    assert 'href="#id_tunne_1"' in html  # the error summary leads to the first face
    assert "no-store" in response["Cache-Control"] and "no-cache" in response["Cache-Control"]
    assert Submission.objects.count() == 0


def test_steps_carry_answers_forward_and_back_and_the_last_step_sends_one_submission(client, kids_page):
    token = form_token(kids_page)
    step_two = client.post(kids_page.url, step_post(kids_page, {"tunne": "Tosi hyvä"}, 1, token=token))
    html = html_of(step_two)
    assert "Kysymys 2/3" in html and "no-store" in step_two["Cache-Control"]
    assert hidden_inputs(html)["tunne"] == "Tosi hyvä"
    assert hidden_inputs(html)["ov_token"] == token
    assert 'value="back"' in html

    # A wrong answer on step 2 is an error there; the first answer still goes along.
    wrong = html_of(client.post(kids_page.url, step_post(kids_page, {"tunne": "Tosi hyvä", "paras": "Kakku"}, 2)))
    assert "Kysymys 2/3" in wrong and "Valitse vaihtoehto." in wrong and hidden_inputs(wrong)["tunne"] == "Tosi hyvä"

    data = {"tunne": "Tosi hyvä", "paras": "Leikit"}
    step_three = html_of(client.post(kids_page.url, step_post(kids_page, data, 2, token=token)))
    assert "Kysymys 3/3" in step_three and 'name="ov_consent"' in step_three
    assert hidden_inputs(step_three) | {"ov_token": token} == {**hidden_inputs(step_three), **data}

    # Back from step 3 shows step 2 with its answer chosen, the text typed on step 3 kept.
    back = html_of(client.post(kids_page.url, step_post(kids_page, {**data, "kerro": "Kiva"}, 3, nav="back")))
    assert "Kysymys 2/3" in back
    assert re.search(r'value="Leikit" class="big-buttons__input" id="id_paras_1" checked', back)
    assert hidden_inputs(back)["kerro"] == "Kiva" and hidden_inputs(back)["tunne"] == "Tosi hyvä"

    # The last step without the consent: its error, on the last step.
    no_consent = html_of(client.post(kids_page.url, step_post(kids_page, {**data, "kerro": "Kiva"}, 3, "send", token)))
    assert "Kysymys 3/3" in no_consent and "Hyväksy rastittamalla ruutu." in no_consent
    assert Submission.objects.count() == 0

    final = step_post(kids_page, {**data, "kerro": "Kiva", "ov_consent": "on"}, 3, "send", token)
    sent = client.post(kids_page.url, final)
    assert sent.status_code == 303 and "kuitti=" in sent["Location"]
    submission = Submission.objects.get()
    assert submission.form_data == {"tunne": "Tosi hyvä", "paras": "Leikit", "kerro": "Kiva"}

    replayed = client.post(kids_page.url, final)
    assert replayed.status_code == 303
    assert Submission.objects.count() == 1


def test_an_answer_altered_on_the_way_brings_back_its_own_step(client, kids_page):
    data = {"tunne": "Ei tällaista", "paras": "Leikit", "ov_consent": "on"}

    html = html_of(client.post(kids_page.url, step_post(kids_page, data, 3, "send")))

    assert "Kysymys 1/3" in html and "Valitse vaihtoehto." in html
    assert hidden_inputs(html)["paras"] == "Leikit"
    assert Submission.objects.count() == 0


def test_a_step_post_with_a_used_token_leads_to_the_first_receipt(client, kids_page):
    token = form_token(kids_page)
    data = {"tunne": "Hyvä", "paras": "Leikit", "ov_consent": "on"}
    client.post(kids_page.url, step_post(kids_page, data, 3, "send", token))

    again = client.post(kids_page.url, step_post(kids_page, data, 1, "next", token))

    assert again.status_code == 303 and "kuitti=" in again["Location"]


@override_settings(PAGE_CACHE_SECONDS=300)
def test_question_one_is_cached_with_each_visitors_token_and_steps_never(client, kids_page):
    first = html_of(client.get(kids_page.url))
    second = html_of(client.get(kids_page.url))

    tokens = [re.search(r'name="ov_token" value="([^"]+)"', html).group(1) for html in (first, second)]
    assert tokens[0] != tokens[1]
    response = client.post(kids_page.url, step_post(kids_page, {"tunne": "Hyvä"}, 1))
    assert "no-store" in response["Cache-Control"]
    assert "Kysymys 1/3" in html_of(client.get(kids_page.url))


def test_the_answer_reads_as_its_text_label_in_the_inbox_and_the_export(client, kids_page, group):
    client.post(
        kids_page.url, step_post(kids_page, {"tunne": "Ihan ok", "paras": "Aikuiset", "ov_consent": "on"}, 3, "send")
    )
    submission = Submission.objects.get()
    coordinator = UserFactory(groups=[group])
    client.force_login(coordinator)

    detail = html_of(client.get(f"/admin/inbox/{submission.pk}/"))

    assert "Miltä tuntui?" in detail and "Ihan ok" in detail
    header, *data_rows = rows(Submission.objects.filter(pk=submission.pk))
    row = dict(zip(header, data_rows[0], strict=True))
    assert row["tunne"] == "Ihan ok"
    assert row["paras"] == "Aikuiset"


def test_a_form_with_a_file_field_is_shown_whole(client, kids_page):
    FormField.objects.create(
        page_id=kids_page.pk,
        clean_name="liite",
        label="Liite",
        field_type="file",
        file_kinds="image",
        required=False,
        sort_order=9,
    )

    html = html_of(client.get(kids_page.url))

    assert "Kysymys" not in html and 'name="ov_consent"' in html and 'name="liite"' in html


def test_a_step_error_is_in_the_pages_language(client, kids_page, localized_site):
    swedish = kids_page.copy_for_translation(localized_site.locales["sv"], copy_parents=False)
    swedish.save_revision().publish()

    html = html_of(client.post(swedish.url, step_post(swedish, {}, 1)))

    assert "Fråga 1/3" in html and "Välj ett alternativ." in html
    assert '<span class="picture-scale__text">Mycket bra</span>' in html  # the default labels in Swedish


def test_a_coordinator_records_a_picture_scale_answer_on_a_childs_behalf(client, kids_page, group):
    client.force_login(UserFactory(groups=[group]))
    url = f"/admin/inbox/record/{kids_page.pk}/"
    form = html_of(client.get(url))
    assert form.count('name="tunne"') == 5 and "Tosi huono" in form

    client.post(url, {"ov_intake_channel": "event", "tunne": "Hyvä", "paras": "Leikit", "ov_consent": "on"})

    assert Submission.objects.get().form_data["tunne"] == "Hyvä"


def test_the_editor_offers_the_field_types_and_the_page_option(admin_client, kids_page):
    html = html_of(admin_client.get(f"/admin/pages/{kids_page.pk}/edit/"))

    assert 'value="picture_scale"' in html and 'value="big_buttons"' in html
    assert 'name="one_question_per_screen"' in html
