"""The shared form include: an error summary linking to each field, and hints and errors tied to inputs."""

import re

import pytest
from django import forms
from django.template.loader import render_to_string
from django.test import RequestFactory
from django.utils import translation


class ContactForm(forms.Form):
    name = forms.CharField(label="Nimi", help_text="Etu- ja sukunimi.")
    email = forms.EmailField(label="Sähköposti")
    message = forms.CharField(label="Viesti", widget=forms.Textarea)


def render(form):
    with translation.override("fi"):
        return render_to_string("includes/form.html", {"form": form}, request=RequestFactory().get("/fi/"))


def input_tag(html, name):
    return re.search(rf'<(?:input|textarea)[^>]*name="{name}"[^>]*>', html).group(0)


def test_valid_form_has_no_error_summary_and_hints_are_described():
    html = render(ContactForm())

    assert "govuk-error-summary" not in html
    assert '<label for="id_name" class="govuk-label">' in html
    assert 'aria-describedby="id_name_hint"' in input_tag(html, "name")
    assert '<div id="id_name_hint" class="govuk-hint">Etu- ja sukunimi.</div>' in html


@pytest.mark.parametrize(
    "data", [{"name": "", "email": "ei-osoite", "message": ""}, {"email": "x"}], ids=["blank", "missing"]
)
def test_invalid_form_links_each_error_from_the_summary_to_its_field(data):
    form = ContactForm(data=data)
    assert not form.is_valid()

    html = render(form)

    summary = html[html.index("govuk-error-summary") : html.index("</ul>")]
    assert "Korjaa seuraavat kohdat" in summary
    for field in ("name", "email", "message"):
        assert f'href="#id_{field}"' in summary
    # The message alone, as GOV.UK writes it: the link leads to the field and its label.
    assert ">Tämä kenttä on pakollinen.</a>" in summary
    assert ">Syötä kelvollinen sähköpostiosoite.</a>" in summary
    assert "Nimi:" not in summary
    assert 'aria-describedby="id_name_hint id_name_1_error"' in input_tag(html, "name")
    assert 'aria-describedby="id_email_1_error"' in input_tag(html, "email")
    assert 'id="id_email_1_error"' in html
    assert "Virhe:" in html
    assert html.index("govuk-error-summary") < html.index("<form")
