"""Form pages in the admin and in translation."""

import pytest
from wagtail_localize.models import TranslationSource

from forms_engine.models import Submission
from tests.forms_engine.factories import answers

pytestmark = pytest.mark.django_db


def test_editors_build_the_form_in_the_page_editor(admin_client, desk):
    response = admin_client.get(f"/admin/pages/{desk.call.pk}/edit/")

    html = response.content.decode()
    assert response.status_code == 200
    assert "form_fields-TOTAL_FORMS" in html
    assert "form_routing_rules-TOTAL_FORMS" in html
    assert 'name="coordinator_groups"' in html


def test_form_labels_are_translatable_and_field_names_are_kept(desk):
    source, _created = TranslationSource.get_or_create_from_instance(desk.call)

    contexts = set(source.stringsegment_set.values_list("context__path", flat=True))

    assert any(path.startswith("form_fields.") and path.endswith(".label") for path in contexts)
    assert not any(path.endswith(".clean_name") for path in contexts)


def test_swedish_form_speaks_swedish_and_routes_like_the_finnish_one(client, desk, localized_site):
    localized_site.translate(desk.call.get_parent().specific, "sv", title="Öppna ansökningar")
    swedish = localized_site.translate(desk.call, "sv", title="Ansökan till klientrådet")

    invalid = client.post(swedish.url, answers(swedish, nimi=""))
    client.post(swedish.url, answers(swedish))

    assert [field.clean_name for field in swedish.form_fields.all()] == ["nimi", "sahkoposti", "alue", "viesti"]
    assert "Skriv ditt namn." in invalid.content.decode()
    submission = Submission.objects.get()
    assert submission.language == "sv"
    assert list(submission.groups.all()) == [desk.group]


def test_error_summary_links_to_the_first_radio_button(client, desk):
    from forms_engine.models import FormField

    FormField.objects.create(
        page_id=desk.call.pk, clean_name="rooli", label="Rooli", field_type="radio", choices="A\nB", sort_order=9
    )

    html = client.post(desk.call.url, answers(desk.call)).content.decode()

    assert 'href="#id_rooli_1"' in html
    assert 'id="id_rooli_1"' in html
