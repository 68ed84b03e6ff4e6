"""Long words in headings carry soft hyphens where their language lets them break, never mid-syllable on a phone."""

import pytest

from portal.hyphenation import SOFT_HYPHEN, hyphenate
from tests.participation.factories import ChannelIndexPageFactory, ChannelPageFactory


def shown(text):
    return text.replace(SOFT_HYPHEN, "-")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Compound boundaries, and the consonant rule inside long parts, two letters kept at each part's ends.
        ("Kokemusasiantuntijapankki", "Kokemus-asian-tuntija-pankki"),
        ("Saavutettavuusseloste", "Saa-vu-tet-ta-vuus-seloste"),
        ("Hyvinvointialueen vammaisneuvosto", "Hy-vin-voin-ti-alueen vammais-neu-vosto"),
        # A simple word breaks only before a consonant that a vowel follows.
        ("Osallistuva budjetointi", "Osal-lis-tuva bud-je-tointi"),
        # A word's last syllable never goes alone to the next line.
        ("Ylöjärvellä", "Ylö-jär-vellä"),
    ],
)
def test_finnish_words_break_at_compound_boundaries_and_syllables(text, expected):
    assert shown(hyphenate(text, "fi")) == expected


def test_swedish_and_english_use_their_own_dictionaries():
    assert shown(hyphenate("Erfarenhetsexpertbanken", "sv")) == "Er-fa-ren-hets-ex-pert-ban-ken"
    assert shown(hyphenate("Accessibility statement", "en")) == "Ac-ces-si-bil-ity statement"


def test_short_words_numbers_and_unknown_languages_are_left_alone():
    assert hyphenate("Asiakasraati 2027: tule mukaan", "fi") == "Asiakas\u00adraati 2027: tule mukaan"
    assert hyphenate("Osallistu ja vaikuta", "fi") == "Osallistu ja vaikuta"
    assert hyphenate("Kokemusasiantuntijapankki", "se") == "Kokemusasiantuntijapankki"
    assert hyphenate("", "fi") == ""


def test_the_text_is_unchanged_but_for_soft_hyphens():
    title = "Lapsivaikutusten arviointi – «Sote-uudistus» & <b>"
    assert hyphenate(title, "fi").replace(SOFT_HYPHEN, "") == title


def test_headings_and_cards_carry_soft_hyphens_but_the_title_element_does_not(client, localized_site):
    index = ChannelIndexPageFactory(parent=localized_site.home, title="Kokemusasiantuntijapankki")
    ChannelPageFactory(parent=index, title="Saavutettavuusseloste")

    html = client.get(index.url).content.decode()

    assert "<h1>Kokemus\u00adasian\u00adtuntija\u00adpankki</h1>" in html
    assert ">Saa\u00advu\u00adtet\u00adta\u00advuus\u00adseloste</a></h3>" in html
    assert "<title>Kokemusasiantuntijapankki" in html
