"""Result snippets: the part of a page's text with the most query words, the matching words in <mark>.

A word matches when one of its analysed terms is one of the query's terms, so "lasten" is marked for the query
"lapsi" and "kokemusasiantuntijapankki" for "asiantuntija". Only words that share their first letters with a query
term are analysed, which keeps the cost low on long pages.
"""

import re

from django.utils.html import escape
from django.utils.safestring import mark_safe

from search.analysis import document_terms, language_of
from search.indexing import ANALYSED_TEXT, ANALYSED_TITLE, searchable_texts

TOKEN_RE = re.compile(r"([^\W_]+)")
SNIPPET_WORDS = 32
MAX_WORDS_SCANNED = 4000
MAX_CHARACTERS_SCANNED = 30_000


def _matcher(groups, language):
    terms = {term for alternatives in groups for term in alternatives}
    prefixes = {term[:2] for term in terms}

    def matches(word):
        lower = word.lower()
        if not any(prefix in lower for prefix in prefixes):
            return False
        return bool(terms.intersection(document_terms(lower, language))) or lower in terms

    return matches


def _best_window(tokens, flags, size):
    """Start and end (token indexes) of the `size`-word window with the most matched words."""
    word_positions = list(range(1, len(tokens), 2))
    if not word_positions:
        return 0, len(tokens), 0
    matched = [1 if flags.get(index) else 0 for index in word_positions]
    score = best_score = sum(matched[:size])
    best_start = 0
    for first in range(1, max(1, len(word_positions) - size + 1)):
        score += matched[first + size - 1] - matched[first - 1]
        if score > best_score:
            best_start, best_score = first, score
    window = word_positions[best_start : best_start + size]
    return window[0], window[-1] + 1, best_score


def highlight(text, groups, language_code, size=SNIPPET_WORDS):
    """(html, number of matched words) for the best window of `text`."""
    language = language_of(language_code)
    matches = _matcher(groups, language)
    tokens = TOKEN_RE.split(text[:MAX_CHARACTERS_SCANNED])
    flags = {}
    for index in range(1, min(len(tokens), MAX_WORDS_SCANNED * 2), 2):
        if matches(tokens[index]):
            flags[index] = True
    start, end, score = _best_window(tokens, flags, size)
    parts = ["… "] if start > 1 else []
    unmarked_from = start
    for index in range(start, end):
        if flags.get(index):
            parts.append(escape("".join(tokens[unmarked_from:index])))
            parts.append(f"<mark>{escape(tokens[index])}</mark>")
            unmarked_from = index + 1
    parts.append(escape("".join(tokens[unmarked_from:end])))
    if end < len(tokens) - 1:
        parts.append(" …")
    return mark_safe("".join(parts).strip()), score


def _candidate_texts(page):
    """The page's short texts first, then (only if needed) the text of its other search fields."""
    yield from (page.search_description, getattr(page, "summary", ""), getattr(page, "plain_summary", ""))
    skip = ("title", "summary", "plain_summary", ANALYSED_TITLE, ANALYSED_TEXT)
    yield from searchable_texts(page, page.get_search_fields(), skip=skip, related=False)


def snippet(page, groups, language_code):
    """The best snippet of the page's summary and text; the summary as it is when no words match."""
    best_html, best_score, first_text = "", 0, ""
    for text in _candidate_texts(page):
        if not text or not text.strip():
            continue
        text = " ".join(text.split())
        first_text = first_text or text
        html, score = highlight(text, groups, language_code)
        if score > best_score:
            best_html, best_score = html, score
        if best_score >= len(groups):
            break
    if best_html:
        return best_html
    return escape(" ".join(first_text.split()[:SNIPPET_WORDS]))
