"""Form pages draw their fields with `{% gds_field %}` (portal/templatetags/form_fields.py): the same markup as
crispy-forms-gds's `as_crispy_field`, label, hint, errors and aria-describedby included, for every field type."""

import re

import pytest
from django.template import Context, Template
from django.utils import translation

from tests.forms_engine.factories import answers, make_form_page
from tests.forms_engine.test_form_fields import FIELDS
from tests.participation.factories import OpenCallPageFactory

pytestmark = pytest.mark.django_db

CRISPY = Template("{% load crispy_forms_filters %}{% for field in fields %}{{ field|as_crispy_field }}{% endfor %}")
FAST = Template("{% load form_fields %}{% for field in fields %}{% gds_field field %}{% endfor %}")


def normalised(html):
    """The markup without the whitespace between tags that crispy's templates leave."""
    html = re.sub(r">\s+", ">", html)
    html = re.sub(r"\s+<", "<", html)
    return re.sub(r"\s+", " ", html).strip()


def drawn(template, page, data):
    form = page.get_form(data, page=page, user=None) if data is not None else page.get_form(page=page, user=None)
    if data is not None:
        assert not form.is_valid()
    fields = [*form.visible_editor_fields(), form["ov_consent"]]
    return normalised(template.render(Context({"fields": fields})))


@pytest.fixture
def page(desk):
    return make_form_page(OpenCallPageFactory(parent=desk.call.get_parent(), title="Kenttäkoe"), fields=FIELDS)


@pytest.mark.parametrize("language", ["fi", "sv"])
@pytest.mark.parametrize(
    "data",
    [None, {}, {"nimi": "Aino", "sahkoposti": "ei-osoite", "paiva": "32.13.2027", "ov_consent": "on"}],
    ids=["empty", "all-missing", "some-invalid"],
)
def test_fields_are_drawn_as_crispy_forms_gds_draws_them(page, language, data):
    with translation.override(language):
        fast = drawn(FAST, page, data)
        crispy = drawn(CRISPY, page, data)

    assert fast == crispy
    assert 'class="govuk-form-group' in fast
    if data is not None:
        assert re.search(r'aria-describedby="[^"]*id_paiva_1_error"', fast)  # the input names its error
        assert '<span id="id_paiva_1_error" class="govuk-error-message">' in fast


def test_an_empty_forms_kept_fields_never_hide_what_a_resident_wrote_or_an_editors_change(client, desk, settings):
    settings.PAGE_CACHE_SECONDS = 0  # the fields' own fragment, without the page cache in front
    call = desk.call
    assert 'name="nimi"' in client.get(call.url).content.decode()  # the empty form's fields are now kept

    sent = client.post(call.url, {**answers(call), "nimi": "Aino Asukas", "sahkoposti": "ei-osoite"})

    html = sent.content.decode()
    assert sent.status_code == 200
    assert 'value="Aino Asukas"' in html
    assert '<span id="id_sahkoposti_1_error" class="govuk-error-message">' in html

    field = call.form_fields.get(clean_name="nimi")
    field.label = "Etu- ja sukunimi"
    field.save()
    call.save_revision().publish()
    assert "Etu- ja sukunimi" in client.get(call.url).content.decode()
