"""An accepted agreement as a PDF (fpdf2): the text as it was accepted, the typed name, the date and time of the
acceptance, and who signs for the organisation, in the agreement's language.

The text is set in DejaVu Sans (`AGREEMENT_PDF_FONT`, Debian's fonts-dejavu-core), which has every letter of the
Finnish, Swedish and Sámi alphabets. Where that font is missing, the PDF falls back to the PDF core font Helvetica,
which has ä, ö and å but not every Sámi letter (those are replaced by the nearest plain letter).
"""

import os
import unicodedata

from django.conf import settings
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.text import slugify
from django.utils.translation import gettext as _
from fpdf import FPDF

FONT_FAMILY = "AgreementSans"


def font_files():
    regular = getattr(settings, "AGREEMENT_PDF_FONT", "")
    bold = getattr(settings, "AGREEMENT_PDF_BOLD_FONT", "")
    if regular and bold and os.path.exists(regular) and os.path.exists(bold):
        return regular, bold
    return None


def latin1(text):
    """`text` in the core font's Latin-1: letters outside it lose their accents, anything else becomes "?"."""
    out = []
    for char in text:
        try:
            char.encode("latin-1")
            out.append(char)
        except UnicodeEncodeError:
            plain = unicodedata.normalize("NFKD", char).encode("latin-1", "ignore").decode("latin-1")
            out.append(plain or "?")
    return "".join(out)


class AgreementDocument(FPDF):
    def __init__(self, agreement):
        super().__init__(format="A4")
        self.agreement = agreement
        fonts = font_files()
        if fonts:
            self.add_font(FONT_FAMILY, "", fonts[0])
            self.add_font(FONT_FAMILY, "B", fonts[1])
            self.family = FONT_FAMILY
            self.clean = str
        else:
            self.family = "Helvetica"
            self.clean = latin1
        self.set_margins(20, 20, 20)
        self.set_auto_page_break(True, margin=20)
        self.set_title(self.clean(agreement.title))
        self.set_lang(agreement.language)
        self.set_creator("Osallistu ja vaikuta")

    def footer(self):
        self.set_y(-14)
        self.set_font(self.family, "", 8)
        self.cell(0, 6, f"{self.clean(self.agreement.title)} · {self.page_no()}/{{nb}}", align="C")

    def heading(self, text, size):
        self.set_font(self.family, "B", size)
        self.multi_cell(0, size * 0.5, self.clean(text), align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(1.5)

    def paragraph(self, text, size=10.5):
        self.set_font(self.family, "", size)
        self.multi_cell(0, 5.2, self.clean(text), align="L", new_x="LMARGIN", new_y="NEXT")
        self.ln(2.5)

    def fact(self, label, value):
        self.set_font(self.family, "B", 10.5)
        self.cell(55, 6.5, self.clean(label))
        self.set_font(self.family, "", 10.5)
        self.multi_cell(0, 6.5, self.clean(value), align="L", new_x="LMARGIN", new_y="NEXT")


def agreement_pdf(agreement):
    """The PDF's bytes."""
    with translation.override(agreement.language):
        document = AgreementDocument(agreement)
        document.alias_nb_pages()
        document.add_page()
        document.heading(agreement.title, 16)
        document.fact(
            _("Between"), " – ".join(part for part in (agreement.organisation, agreement.person.name) if part)
        )
        document.fact(_("In force until"), date_format(agreement.ends_on, "j.n.Y"))
        document.ln(3)
        for section in agreement.paragraphs():
            document.heading(section["heading"], 12)
            for text in section["paragraphs"]:
                document.paragraph(text)
        document.ln(3)
        document.heading(_("Signatures"), 12)
        accepted_at = timezone.localtime(agreement.accepted_at)
        document.fact(_("For the organisation"), agreement.signatory)
        document.fact(_("Accepted by"), agreement.accepted_name)
        document.fact(_("Date"), date_format(accepted_at, "j.n.Y"))
        document.fact(_("Time"), date_format(accepted_at, "H:i"))
        document.ln(2)
        document.paragraph(
            _(
                "The person accepted this agreement through the private link sent to them by email, by typing "
                "their name and ticking “I accept”."
            ),
            size=9,
        )
        document.paragraph(_("Template version %(version)s") % {"version": agreement.template_version}, size=9)
        return bytes(document.output())


def pdf_filename(agreement):
    slug = slugify(agreement.title) or "agreement"
    return f"{slug}-{timezone.localtime(agreement.accepted_at):%Y-%m-%d}.pdf"
