"""Exported cells that spreadsheet programs show as text and never run as formulas.

Residents' answers and search queries are typed by anyone; "=HYPERLINK(…)" in one must not become a live formula
on a coordinator's computer.
"""

import csv
import io

from django.http import HttpResponse
from django.utils import timezone

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
XLSX_CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"


def csv_text(value):
    """Text for a CSV cell: a leading apostrophe keeps a formula-like value as text."""
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def keep_as_text(cells):
    """openpyxl cells whose value it took for a formula, written as text instead (as Wagtail's own export does)."""
    for cell in cells:
        if cell.data_type == "f":
            cell.data_type = "s"


def spreadsheet_response(rows, stem, file_format):
    """`rows` (lists of cells) as a download named `<stem>-<today>.xlsx` or `.csv`: an XLSX workbook, or a CSV in
    UTF-8 with a byte order mark (so that Excel reads its letters right); formula-like text stays text in both."""
    from openpyxl import Workbook

    filename = f"{stem}-{timezone.localdate().isoformat()}.{'xlsx' if file_format == 'xlsx' else 'csv'}"
    if file_format == "xlsx":
        workbook = Workbook()
        sheet = workbook.active
        for row in rows:
            sheet.append(row)
            keep_as_text(sheet[sheet.max_row])
        buffer = io.BytesIO()
        workbook.save(buffer)
        response = HttpResponse(buffer.getvalue(), content_type=XLSX_CONTENT_TYPE)
    else:
        response = HttpResponse(content_type="text/csv; charset=utf-8")
        response.write("\ufeff")
        writer = csv.writer(response)
        for row in rows:
            writer.writerow([csv_text(value) for value in row])
    response["Content-Disposition"] = f'attachment; filename="{filename}"'
    return response


def protect_wagtail_exports():
    """Make every CSV export of Wagtail's admin (form submissions, the search terms report, listings) keep
    formula-like text as text, as the inbox export does.

    Wagtail's XLSX exports already write such cells as text (`generate_xlsx_row`); its CSV exports write them as
    they are. Every value of both goes through `SpreadsheetExportMixin.preprocess_field_value`, so that is the one
    place to change. Called once from `PortalConfig.ready`.
    """
    from wagtail.admin.views.mixins import SpreadsheetExportMixin

    original = SpreadsheetExportMixin.preprocess_field_value
    if getattr(original, "keeps_formulas_as_text", False):
        return

    def preprocess_field_value(self, field, value, export_format):
        value = original(self, field, value, export_format)
        if export_format == self.FORMAT_CSV and isinstance(value, str):
            return csv_text(value)
        return value

    preprocess_field_value.keeps_formulas_as_text = True
    SpreadsheetExportMixin.preprocess_field_value = preprocess_field_value
