"""Text analysis for site search: Finnish base forms and compound parts, Swedish and English stems.

Finnish is analysed with pyvoikko, a pure-Python implementation of Voikko's Finnish morphology that ships its own
compiled dictionary (``voikko.kfst``): "lasten" → "lapsi", "kyselyyn" → "kysely", "kokemusasiantuntijan" →
"kokemusasiantuntija" and its parts "kokemus", "asiantuntija", "tuntija", "kokemusasia". Words Voikko does not
know (names, new words, typos) fall back to their snowball stem. Swedish and English words become snowball stems.
Languages without a stemmer (the Sámi languages, for example) are only lower-cased.

Documents and queries go through the same functions, so "osallistuvaan budjetointiin" finds a page titled
"Osallistuva budjetointi" on every search backend: the database backends and Elasticsearch only ever see the
analysed words. Documents also index every contiguous part of a compound; queries use the whole base form only, so
"asiantuntija" finds "kokemusasiantuntijapankki" but "kokemusasiantuntija" does not find every page about an "asia".
"""

import re
import threading
from functools import lru_cache

import snowballstemmer

WORD_RE = re.compile(r"[^\W_]+")
MAX_WORD_LENGTH = 64
MIN_PART_LENGTH = 3
MAX_QUERY_WORDS = 12

SNOWBALL_LANGUAGES = {
    "fi": "finnish",
    "sv": "swedish",
    "en": "english",
    "da": "danish",
    "nb": "norwegian",
    "no": "norwegian",
    "nn": "norwegian",
    "de": "german",
    "et": "estonian",
    "fr": "french",
    "ru": "russian",
}


def _word_set(text):
    return frozenset(text.split())


# Words that carry no meaning for search. They stay searchable through the unanalysed text, but are left out of
# the analysed words and out of queries that have other words.
STOPWORDS = {
    "fi": _word_set(
        "ja tai sekä on ovat oli olla ei en et emme ette eivät se ne sen niiden että kun jos kuin mutta myös "
        "vain jo nyt tämä tämän nämä tuo joka jotka mikä mitkä kuka ketkä mitä miten missä mihin mistä"
        " olet olen ole voi voit"
    ),
    "sv": _word_set(
        "och eller att det den de som är var en ett i på av för med till från om men inte så också har kan"
        " vi ni du jag han hon"
    ),
    "en": _word_set(
        "a an and or the of to in on at for with by from is are was were be been it this that these those as"
        " not but also can you we"
    ),
}

_local = threading.local()


def language_of(language_code):
    """The base language of a language code: "fi" for "fi", "fi-FI" or "fi_fi"."""
    return (language_code or "").replace("_", "-").split("-")[0].lower()


def _stemmer(language):
    stemmers = getattr(_local, "stemmers", None)
    if stemmers is None:
        stemmers = _local.stemmers = {}
    if language not in stemmers:
        algorithm = SNOWBALL_LANGUAGES.get(language)
        stemmers[language] = snowballstemmer.stemmer(algorithm) if algorithm else None
    return stemmers[language]


@lru_cache(maxsize=100_000)
def stem(word, language):
    """The snowball stem of a lower-case word, or the word itself when the language has no stemmer."""
    stemmer = _stemmer(language)
    return stemmer.stemWord(word) if stemmer else word


@lru_cache(maxsize=1)
def _voikko():
    """pyvoikko, or None when it cannot be imported (Finnish then falls back to snowball stems)."""
    try:
        import pyvoikko
    except ImportError:  # pragma: no cover - pyvoikko is a dependency
        return None
    return pyvoikko


def voikko_available():
    return _voikko() is not None


def _clean(text):
    # Voikko marks compound boundaries in some base forms ("Pirkan=maa", "sote--keskus").
    return text.replace("=", "").replace("-", "").lower()


def _analyses(word):
    voikko = _voikko()
    if voikko is None:
        return []
    try:
        return voikko.analyse(word)
    except Exception:  # noqa: BLE001 - a word the transducer cannot handle is simply unknown
        return []


@lru_cache(maxsize=200_000)
def finnish_base_forms(word):
    """The base forms of a lower-case Finnish word (one for each reading), or its stem when Voikko does not know it."""
    forms = [_clean(analysis.BASEFORM) for analysis in _analyses(word)]
    forms = [form for form in dict.fromkeys(forms) if form]
    return tuple(forms) if forms else (stem(word, "fi"),)


@lru_cache(maxsize=200_000)
def finnish_document_terms(word):
    """Base forms of a Finnish word plus every contiguous part of its compounds.

    "kokemusasiantuntijapankki" → kokemusasiantuntijapankki, kokemus, kokemusasia, kokemusasiantuntija, asia,
    asiantuntija, asiantuntijapankki, tuntija, tuntijapankki, pankki.
    """
    analyses = _analyses(word)
    if not analyses:
        return (stem(word, "fi"),)
    terms = []
    for analysis in analyses:
        terms.append(_clean(analysis.BASEFORM))
        parts = analysis.COMPOUND_PARTS or []
        for start in range(len(parts)):
            for end in range(start, len(parts)):
                if start == 0 and end == len(parts) - 1:
                    continue  # the whole word, added above
                # Parts before the last keep their surface form ("asian"), the last one its base form.
                term = "".join(_clean(part.FORM) for part in parts[start:end]) + _clean(parts[end].BASEFORM)
                if len(term) >= MIN_PART_LENGTH:
                    terms.append(term)
    return tuple(term for term in dict.fromkeys(terms) if term)


@lru_cache(maxsize=20_000)
def finnish_compound_parts(word):
    """The surface parts of a lower-case Finnish compound where every reading agrees on them, else the word alone.

    "kokemusasiantuntijapankki" → ("kokemus", "asian", "tuntija", "pankki"); a word Voikko does not know → (word,).
    """
    readings = set()
    for analysis in _analyses(word):
        parts = tuple(_clean(part.FORM) for part in analysis.COMPOUND_PARTS or [])
        readings.add(parts if "".join(parts) == word else (word,))
    return readings.pop() if len(readings) == 1 else (word,)


def words(text):
    """Lower-case words of a text; over-long "words" (hashes, garbage) are left out."""
    return [word for word in WORD_RE.findall((text or "").lower()) if len(word) <= MAX_WORD_LENGTH]


def document_terms(word, language):
    if language == "fi":
        return finnish_document_terms(word)
    return (stem(word, language),)


def query_terms(word, language):
    if language == "fi":
        return finnish_base_forms(word)
    return (stem(word, language),)


def analyse_document(text, language_code):
    """The analysed words of a text, in order, as one string for the search index."""
    language = language_of(language_code)
    stopwords = STOPWORDS.get(language, ())
    terms = []
    for word in words(text):
        if word in stopwords:
            continue
        terms.extend(document_terms(word, language))
    return " ".join(terms)


def analyse_query(text, language_code, max_words=MAX_QUERY_WORDS):
    """The query as a list of alternatives per word: [("lapsi",), ("kysely",)].

    A result must match every word; it may match any one of a word's alternatives (the readings of an ambiguous
    word). Stop words are dropped unless the query has nothing else.
    """
    return analyse_query_in(text, [language_code], max_words)


def analyse_query_in(text, language_codes, max_words=MAX_QUERY_WORDS):
    """`analyse_query` for a search over pages in several languages (a Sámi language and the Finnish pages not yet
    translated into it): a word's alternatives are its readings in each language, and a stop word is one in all."""
    languages = list(dict.fromkeys(language_of(code) for code in language_codes))
    query_words = list(dict.fromkeys(words(text)))
    meaningful = [
        word for word in query_words if not all(word in STOPWORDS.get(language, ()) for language in languages)
    ]
    query_words = (meaningful or query_words)[:max_words]
    groups = []
    for word in query_words:
        alternatives = tuple(dict.fromkeys(term for language in languages for term in query_terms(word, language)))
        if alternatives and alternatives not in groups:
            groups.append(alternatives)
    return groups


# Short texts that go through every analyser a server needs: Voikko's transducer for Finnish, snowball for the rest.
WARM_UP_TEXTS = {
    "fi": "Kokemusasiantuntijat osallistuvat lasten ja nuorten palvelujen kehittämiseen.",
    "sv": "Erfarenhetsexperterna deltar i utvecklingen av tjänsterna för barn och unga.",
    "en": "Experts by experience take part in developing services for children and young people.",
}


def warm_up():
    """Load Voikko and the stemmers now, so that a resident's first search does not pay for them.

    Importing pyvoikko reads its compiled dictionary (about a second, several under load); the snowball stemmers
    and the analysis caches fill on first use. A server calls this once as it starts: gunicorn's config does with
    ``preload_app`` so that forked workers share the loaded dictionary. Returns the languages warmed up and whether
    Voikko is loaded, for the caller's log.
    """
    for language_code, text in WARM_UP_TEXTS.items():
        _stemmer(language_code)  # Finnish words Voikko does not know fall back to the snowball stem
        analyse_document(text, language_code)
        analyse_query(text, language_code)
    return {"languages": sorted(WARM_UP_TEXTS), "voikko": voikko_loaded()}


def voikko_loaded():
    """Whether Voikko's dictionary is already in memory (without loading it)."""
    return _voikko.cache_info().currsize > 0 and _voikko() is not None
