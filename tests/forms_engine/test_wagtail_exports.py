"""Wagtail's own spreadsheet exports (Forms → submissions, Reports → Search terms) keep formula-like text as
text, as the inbox export does (portal.spreadsheets.protect_wagtail_exports)."""

import datetime
import io

import pytest
from django.utils import timezone
from openpyxl import load_workbook
from wagtail.contrib.search_promotions.models import Query

from forms_engine.models import Submission
from tests.forms_engine.factories import UserFactory

pytestmark = pytest.mark.django_db

FORMULA = '=HYPERLINK("http://example.com","Avaa")'


def exported(client, url):
    csv_response = client.get(url, {"export": "csv"})
    csv_text = b"".join(csv_response.streaming_content).decode("utf-8-sig")
    xlsx = client.get(url, {"export": "xlsx"})
    return csv_text, load_workbook(io.BytesIO(b"".join(xlsx.streaming_content))).active


def formula_cells(sheet):
    return [
        cell for row in sheet.iter_rows(min_row=2) for cell in row if str(cell.value).upper().startswith("=HYPERLINK")
    ]


def test_form_submissions_export_keeps_formula_like_answers_as_text(client, desk):
    Submission.objects.create(
        page=desk.call,
        form_data={"nimi": "+358 40 123", "viesti": FORMULA},
        reference="OV-2026-000001",
        language="fi",
        due_date=datetime.date(2026, 2, 1),
        retain_until=datetime.date(2030, 1, 1),
        consent_text="Suostun.",
        consent_at=timezone.now(),
    )
    client.force_login(UserFactory(is_superuser=True))

    csv_text, sheet = exported(client, f"/admin/forms/submissions/{desk.call.pk}/")

    assert "'=HYPERLINK" in csv_text
    assert "'+358 40 123" in csv_text
    assert "\n=HYPERLINK" not in csv_text.replace("\r\n", "\n") and ",=HYPERLINK" not in csv_text
    cells = formula_cells(sheet)
    assert cells and all(cell.data_type == "s" for cell in cells)


def test_search_terms_export_keeps_formula_like_queries_as_text(client, localized_site):
    Query.get(FORMULA).add_hit()
    Query.get("kirjasto").add_hit()
    client.force_login(UserFactory(is_superuser=True))

    csv_text, sheet = exported(client, "/admin/searchpicks/reports/search-terms/")

    lines = csv_text.upper().splitlines()  # search terms are kept in lower case
    assert "KIRJASTO,1" in lines
    assert any(line.startswith("\"'=HYPERLINK") for line in lines)
    assert not any(line.startswith('"=HYPERLINK') or line.startswith("=HYPERLINK") for line in lines)
    cells = formula_cells(sheet)
    assert cells and all(cell.data_type == "s" for cell in cells)
