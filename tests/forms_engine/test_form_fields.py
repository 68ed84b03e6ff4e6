"""Form fields as GOV.UK and suomi.fi draw them: autocomplete tokens and input types, a date input with an
example, "(optional)" after optional labels and short error messages by field type, in Finnish and Swedish."""

import re

import pytest
from django.utils import translation

from forms_engine.forms import autocomplete_purpose
from forms_engine.models import FormField
from tests.forms_engine.factories import answers, make_form_page
from tests.participation.factories import OpenCallPageFactory

pytestmark = pytest.mark.django_db

FIELDS = [
    {"clean_name": "nimi", "label": "Nimi", "field_type": "singleline", "required": True},
    {"clean_name": "sahkoposti", "label": "Sähköposti", "field_type": "email", "required": True},
    {"clean_name": "puhelin", "label": "Puhelin", "field_type": "singleline", "required": False},
    {"clean_name": "postinumero", "label": "Postinumero", "field_type": "singleline", "required": False},
    {
        "clean_name": "yhteiso",
        "label": "Yhteisö",
        "field_type": "singleline",
        "required": False,
        "autocomplete": "organization",
    },
    {"clean_name": "paiva", "label": "Toivottu päivä", "field_type": "date", "required": True},
    {"clean_name": "kokemus", "label": "Millainen kokemus?", "field_type": "multiline", "required": True},
    {"clean_name": "alue", "label": "Alue", "field_type": "radio", "required": True, "choices": "Tampere\nNokia"},
    {"clean_name": "aiheet", "label": "Aiheet", "field_type": "checkboxes", "required": True, "choices": "A\nB"},
    {
        "clean_name": "kunta",
        "label": "Kunta",
        "field_type": "dropdown",
        "required": True,
        "choices": "Orivesi\nRuovesi",
    },
]


@pytest.fixture
def page(desk):
    return make_form_page(OpenCallPageFactory(parent=desk.call.get_parent(), title="Kenttäkoe"), fields=FIELDS)


def tag(html, name):
    return re.search(rf'<(?:input|textarea|select)[^>]*name="{name}"[^>]*>', html).group(0)


def group(html, name):
    """The form group (div_id_<name>) of a field, up to the next group."""
    start = html.index(f'id="div_id_{name}"')
    end = html.find('class="govuk-form-group', start + 20)
    return html[start : end if end > 0 else None]


def test_fields_have_autocomplete_tokens_and_input_types(client, page):
    html = client.get(page.url).content.decode()

    assert 'autocomplete="name"' in tag(html, "nimi") and 'type="text"' in tag(html, "nimi")
    assert 'type="email"' in tag(html, "sahkoposti") and 'autocomplete="email"' in tag(html, "sahkoposti")
    assert 'type="tel"' in tag(html, "puhelin") and 'autocomplete="tel"' in tag(html, "puhelin")
    assert 'autocomplete="postal-code"' in tag(html, "postinumero") and 'inputmode="numeric"' in tag(
        html, "postinumero"
    )
    assert 'autocomplete="organization"' in tag(html, "yhteiso")  # chosen by the editor
    assert "autocomplete" not in tag(html, "kokemus")
    assert 'autocomplete="address-level2"' in tag(html, "kunta")  # a select too
    assert 'maxlength="255"' in tag(html, "nimi")  # the length limits stay


def test_date_field_is_a_date_input_with_an_example(client, page):
    html = client.get(page.url).content.decode()

    date = tag(html, "paiva")
    assert 'type="date"' in date and "govuk-input govuk-input--width-10" in date
    assert 'aria-describedby="id_paiva_hint"' in date
    assert "Esimerkiksi 15.3.2027." in group(html, "paiva")


@pytest.mark.parametrize("value", ["2027-03-15", "15.3.2027", "15.03.2027"])
def test_date_field_accepts_iso_and_finnish_dates(client, page, value):
    from forms_engine.models import Submission

    data = answers(page, nimi="Aino", sahkoposti="aino@example.fi", paiva=value, kokemus="Hyvä", alue="Nokia")
    data.update(aiheet=["A"], kunta="Orivesi")
    response = client.post(page.url, data)

    assert response.status_code == 303
    assert Submission.objects.get().form_data["paiva"] == "2027-03-15"


def test_optional_fields_are_marked_in_finnish_and_swedish(page):
    with translation.override("fi"):
        form = page.get_form()
        assert form.fields["puhelin"].label == "Puhelin (valinnainen)"
        assert form.fields["nimi"].label == "Nimi"
    with translation.override("sv"):
        assert page.get_form().fields["puhelin"].label == "Puhelin (valfritt)"


def test_errors_are_short_and_by_field_type_and_every_input_shows_its_error_state(client, page):
    data = answers(page, nimi="", sahkoposti="", paiva="32.13.2027", kokemus="", alue="", ov_consent="on")
    html = client.post(page.url, data).content.decode()

    summary = html[html.index("govuk-error-summary") : html.index("</ul>", html.index("govuk-error-summary"))]
    expected = {
        "#id_nimi": "Kirjoita nimesi.",
        "#id_sahkoposti": "Kirjoita sähköpostiosoitteesi.",
        "#id_paiva": "Kirjoita päivämäärä muodossa 15.3.2027.",
        "#id_kokemus": "Kirjoita vastaus.",
        "#id_alue_1": "Valitse vaihtoehto.",
        "#id_aiheet_1": "Valitse vähintään yksi vaihtoehto.",
    }
    for href, message in expected.items():
        assert f'<a href="{href}">{message}</a>' in summary
    assert "Millainen kokemus?" not in summary and "pakollinen" not in html
    for name in ("nimi", "sahkoposti", "paiva", "kokemus", "alue", "aiheet"):
        assert (
            "govuk-form-group--error"
            in html[html.index(f'id="div_id_{name}"') - 10 : html.index(f'id="div_id_{name}"') + 120]
        )
    assert (
        "govuk-form-group--error"
        not in html[html.index('id="div_id_puhelin"') - 10 : html.index('id="div_id_puhelin"') + 120]
    )


def test_errors_in_swedish(page):
    with translation.override("sv"):
        form = page.get_form(data={"paiva": "x"})
        assert not form.is_valid()
        errors = {
            name: str(form.errors[name][0]) for name in ("nimi", "sahkoposti", "paiva", "kokemus", "alue", "aiheet")
        }

    assert errors == {
        "nimi": "Skriv ditt namn.",
        "sahkoposti": "Skriv din e-postadress.",
        "paiva": "Skriv ett datum i formen 15.3.2027.",
        "kokemus": "Skriv ett svar.",
        "alue": "Välj ett alternativ.",
        "aiheet": "Välj minst ett alternativ.",
    }


def test_email_keeps_the_one_address_rule(client, page):
    html = client.post(page.url, answers(page, sahkoposti="a@example.fi, b@example.fi")).content.decode()

    assert "Kirjoita yksi sähköpostiosoite" in html


@pytest.mark.parametrize(
    ("clean_name", "field_type", "chosen", "expected"),
    [
        ("namn", "singleline", "", "name"),
        ("telefon", "singleline", "", "tel"),
        ("hemkommun", "singleline", "", "address-level2"),
        ("syntymaaika", "date", "", "bday"),
        ("nimi", "multiline", "", ""),
        ("viesti", "singleline", "", ""),
        ("sahkoposti", "email", "off", ""),
        ("kuvaus", "singleline", "name", "name"),
    ],
)
def test_the_purpose_is_guessed_from_the_name_unless_chosen(clean_name, field_type, chosen, expected):
    field = FormField(clean_name=clean_name, label=clean_name, field_type=field_type, autocomplete=chosen)

    assert autocomplete_purpose(field) == expected


def test_editors_choose_the_purpose_in_the_page_editor(client, page, django_user_model):
    editor = django_user_model.objects.create_superuser("toimittaja", "toimittaja@example.fi", "salasana-123")
    client.force_login(editor)

    html = client.get(f"/admin/pages/{page.pk}/edit/").content.decode()

    assert re.search(r'<select name="form_fields-\d+-autocomplete"', html)
    assert '<option value="address-level2">' in html
