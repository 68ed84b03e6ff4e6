"""The analyser turns Finnish inflections, stem changes and compounds into the same terms, and stems Swedish."""

import pytest

from search.analysis import analyse_document, analyse_query, language_of, voikko_available


def document_terms(text, language="fi"):
    return set(analyse_document(text, language).split())


def query_terms(text, language="fi"):
    return [set(alternatives) for alternatives in analyse_query(text, language)]


def test_pyvoikko_and_its_bundled_dictionary_are_installed():
    assert voikko_available()


@pytest.mark.parametrize(
    ("word", "base_form"),
    [
        ("lasten", "lapsi"),
        ("lapsia", "lapsi"),
        ("kyselyyn", "kysely"),
        ("kyselyjä", "kysely"),
        ("nuorten", "nuori"),
        ("nuoret", "nuori"),
        ("verkostoon", "verkosto"),
        ("työpajaan", "työpaja"),
        ("osallistuvaan", "osallistuva"),
        ("budjetointiin", "budjetointi"),
        ("kokemusasiantuntijan", "kokemusasiantuntija"),
        ("asiakasraatiin", "asiakasraati"),
        ("hyvinvointialueen", "hyvinvointialue"),
        ("perhekeskuksessa", "perhekeskus"),
        ("vammaisneuvostolle", "vammaisneuvosto"),
        ("Tampereella", "tampere"),
    ],
)
def test_finnish_inflections_and_stem_changes_give_the_base_form(word, base_form):
    assert base_form in document_terms(word)
    assert {base_form} <= set().union(*query_terms(word))


@pytest.mark.parametrize(
    ("compound", "parts"),
    [
        ("kokemusasiantuntijapankki", {"kokemus", "asiantuntija", "kokemusasiantuntija", "pankki", "tuntija"}),
        ("kokemusasiantuntijoiden", {"kokemus", "asiantuntija", "kokemusasiantuntija"}),
        ("kehittäjäasiakasryhmä", {"kehittäjä", "asiakas", "ryhmä", "asiakasryhmä", "kehittäjäasiakas"}),
        ("vaikuttajaverkostoon", {"vaikuttaja", "verkosto"}),
        ("asiakasraati", {"asiakas", "raati"}),
        ("perhekeskuksen", {"perhe", "keskus"}),
    ],
)
def test_finnish_compounds_are_split_into_their_parts(compound, parts):
    assert parts <= document_terms(compound)


def test_a_query_keeps_whole_base_forms_so_a_compound_does_not_match_every_part():
    assert query_terms("kokemusasiantuntijan") == [{"kokemusasiantuntija"}]
    assert query_terms("osallistuvaan budjetointiin") == [{"osallistuva"}, {"budjetointi"}]


def test_unknown_finnish_words_fall_back_to_the_snowball_stem():
    # Not in Voikko's dictionary: both forms reduce to the same snowball stem.
    assert document_terms("sotekeskukset") & document_terms("sotekeskuksissa")
    assert query_terms("zyxwvuttelu")


def test_finnish_stop_words_are_dropped_from_queries_with_other_words():
    assert query_terms("lapset ja nuoret") == [{"lapsi"}, {"nuori"}]
    assert query_terms("ja") == [{"ja"}]


@pytest.mark.parametrize(
    ("text", "query"),
    [
        ("Klientrådet träffas sex gånger om året", "klientråd"),
        ("Barnens och ungdomarnas delaktighet", "ungdomar"),
        ("Erfarenhetsexperterna", "erfarenhetsexpert"),
        ("Utvecklarklienterna", "utvecklarklient"),
    ],
)
def test_swedish_text_and_queries_meet_at_the_snowball_stem(text, query):
    (alternatives,) = analyse_query(query, "sv")
    assert set(alternatives) <= document_terms(text, "sv")


def test_english_is_stemmed():
    assert {"particip", "budget"} <= document_terms("participation and budgeting", "en")


def test_languages_without_a_stemmer_are_only_lower_cased():
    assert analyse_document("Sámegiella Ja OSALLISUUS", "se") == "sámegiella ja osallisuus"
    assert language_of("fi-FI") == "fi"


def test_hostile_and_odd_text_is_handled():
    assert analyse_query("", "fi") == []
    groups = analyse_query("\"' OR 1=1 -- ; DROP TABLE *:() {} ^~ NEAR(a b)", "fi")
    assert all(term.isalnum() for alternatives in groups for term in alternatives)
    assert analyse_query("x" * 5000, "fi") == []  # an over-long "word" is not a word
    assert len(analyse_query(" ".join(f"sana{n}" for n in range(100)), "fi")) == 12
    assert analyse_document("<script>alert(1)</script>", "fi")


def test_warm_up_loads_voikko_and_the_stemmers(monkeypatch):
    from search import analysis

    analysis._voikko.cache_clear()
    monkeypatch.setattr(analysis._local, "stemmers", {}, raising=False)
    assert not analysis.voikko_loaded()

    result = analysis.warm_up()

    assert result == {"languages": ["en", "fi", "sv"], "voikko": True}
    assert analysis.voikko_loaded()
    assert {"fi", "sv", "en"} <= set(analysis._local.stemmers)
    assert all(analysis._local.stemmers[language] is not None for language in ("fi", "sv", "en"))
    # The first analysis after warming up finds its words already analysed.
    hits = analysis.finnish_document_terms.cache_info().hits
    analysis.analyse_document("Kokemusasiantuntijat osallistuvat", "fi")
    assert analysis.finnish_document_terms.cache_info().hits == hits + 2
