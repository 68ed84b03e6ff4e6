"""Facet counts: each facet is counted with the other facets' choices applied, never its own."""

from search.engine import PageTags, count_facets

CHANNEL, METHOD = 1, 2
MATCHES = [(10, CHANNEL), (11, METHOD), (12, METHOD), (13, CHANNEL)]  # (page id, content type), best first
TAGS = PageTags(
    groups={10: ("nuoret",), 11: ("nuoret", "lapset"), 12: ("lapset",)},
    areas={10: ("tampere",), 11: ("tampere", "nokia"), 12: ("nokia",)},
)


def test_nothing_chosen_counts_every_match_and_keeps_the_order():
    types, groups, areas, chosen = count_facets(MATCHES, TAGS, None, "", "")
    assert types == {CHANNEL: 2, METHOD: 2}
    assert groups == {"nuoret": 2, "lapset": 2}
    assert areas == {"tampere": 2, "nokia": 2}
    assert chosen == [10, 11, 12, 13]


def test_a_chosen_facet_narrows_the_others_but_not_itself():
    types, groups, areas, chosen = count_facets(MATCHES, TAGS, METHOD, "nuoret", "")
    assert types == {CHANNEL: 1, METHOD: 1}  # by target group only
    assert groups == {"nuoret": 1, "lapset": 2}  # by type only
    assert areas == {"tampere": 1, "nokia": 1}  # by type and target group
    assert chosen == [11]


def test_choices_that_exclude_everything_give_no_results():
    types, groups, areas, chosen = count_facets(MATCHES, TAGS, CHANNEL, "lapset", "nokia")
    assert chosen == []
    assert types == {METHOD: 2}
    assert groups == {}
    assert areas == {}
