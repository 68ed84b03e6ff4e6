"""Exported cells that spreadsheet programs show as text and never run as formulas.

Residents' answers and search queries are typed by anyone; "=HYPERLINK(…)" in one must not become a live formula
on a coordinator's computer.
"""

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def csv_text(value):
    """Text for a CSV cell: a leading apostrophe keeps a formula-like value as text."""
    text = str(value)
    return f"'{text}" if text.startswith(FORMULA_STARTS) else text


def keep_as_text(cells):
    """openpyxl cells whose value it took for a formula, written as text instead (as Wagtail's own export does)."""
    for cell in cells:
        if cell.data_type == "f":
            cell.data_type = "s"
