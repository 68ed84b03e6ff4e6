"""Soft hyphens in long words, so a heading on a phone breaks "Kokemus-asiantuntija-pankki", never mid-syllable.

CSS `hyphens: auto` needs a hyphenation dictionary in the browser, and many browsers have none for Finnish or
Swedish (headless Chromium on Linux has none at all): they broke "Kokemusasiantuntij|apankki" without a hyphen.
A soft hyphen (U+00AD) is invisible unless the line breaks there, and then it shows as "-" in every browser.

Finnish follows the Finnish rules: first at compound boundaries (from Voikko's analysis), then inside each part
before a consonant that is followed by a vowel (the consonant rule: "tun-ti-ja"). Swedish and English use pyphen's
dictionaries. Other languages (the Sámi languages, for now) are left to the browser.
"""

import re
from functools import cache, lru_cache

import pyphen

from search.analysis import finnish_compound_parts, language_of

SOFT_HYPHEN = "\u00ad"
# Shorter words fit on a phone's line even in a large heading.
MIN_WORD_LENGTH = 10
# Letters kept together at each end of a word (and of each part of a compound): "a-" alone on a line reads badly,
# and so does a word's last syllable alone ("Ylöjärvel-lä").
MIN_EDGE = 2
MIN_WORD_END = 3
# A compound's parts shorter than this break only at their boundaries.
MIN_SPLIT_PART_LENGTH = 8
VOWELS = frozenset("aeiouyäöå")
PYPHEN_LANGUAGES = {"sv": "sv", "en": "en_US"}
LONG_WORD_RE = re.compile(rf"[^\W\d_]{{{MIN_WORD_LENGTH},}}")


def hyphenate(text, language_code):
    """The text with soft hyphens where its long words may break, in the hyphenation of the given language."""
    language = language_of(language_code)
    if not text or (language != "fi" and language not in PYPHEN_LANGUAGES):
        return text
    return LONG_WORD_RE.sub(lambda match: hyphenate_word(match.group(), language), text)


@lru_cache(maxsize=20_000)
def hyphenate_word(word, language):
    breaks = _finnish_breaks(word.lower()) if language == "fi" else _pyphen(language).positions(word)
    breaks = [index for index in breaks if MIN_EDGE <= index <= len(word) - MIN_WORD_END]
    pieces, start = [], 0
    for index in sorted(set(breaks)):
        pieces.append(word[start:index])
        start = index
    pieces.append(word[start:])
    return SOFT_HYPHEN.join(pieces)


def _finnish_breaks(word):
    """Where a lower-case Finnish word may break: its compound boundaries and its parts' consonant-rule breaks.

    A compound breaks between its parts, and inside a part only when the part is long: "kokemus-asian-tuntija-pankki"
    reads better than "kokemusasiantunti-japankki". Each part keeps two letters together at its ends too.
    """
    parts = finnish_compound_parts(word)
    breaks, offset = [], 0
    for part in parts:
        if offset:
            breaks.append(offset)
        if len(parts) == 1 or len(part) >= MIN_SPLIT_PART_LENGTH:
            breaks.extend(
                offset + index for index in _consonant_rule_breaks(part) if MIN_EDGE <= index <= len(part) - MIN_EDGE
            )
        offset += len(part)
    return breaks


def _consonant_rule_breaks(part):
    """Before each consonant that a vowel follows, once the syllable before has a vowel: "pank-ki", "stra-te-gia"."""
    return [
        index
        for index in range(1, len(part) - 1)
        if part[index] not in VOWELS and part[index + 1] in VOWELS and VOWELS.intersection(part[:index])
    ]


@cache
def _pyphen(language):
    return pyphen.Pyphen(lang=PYPHEN_LANGUAGES[language])
