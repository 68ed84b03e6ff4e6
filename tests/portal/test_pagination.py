"""Page links keep the other GET parameters and show the first, last and nearby pages, with gaps marked."""

from portal.pagination import Pagination


def numbers(pagination):
    return [(link.number, link.after_gap) for link in pagination.links]


def test_links_keep_the_filters_and_mark_the_current_page():
    pagination = Pagination(2, 3, {"q": "nuoret", "alue": "tampere", "tyyppi": ""})
    assert [link.url for link in pagination.links] == [
        "?q=nuoret&alue=tampere&page=1",
        "?q=nuoret&alue=tampere&page=2",
        "?q=nuoret&alue=tampere&page=3",
    ]
    assert [link.current for link in pagination.links] == [False, True, False]
    assert pagination.previous_url == "?q=nuoret&alue=tampere&page=1"
    assert pagination.next_url == "?q=nuoret&alue=tampere&page=3"


def test_long_lists_show_the_ends_and_the_pages_near_the_current_one():
    assert numbers(Pagination(10, 40)) == [
        (1, False),
        (8, True),
        (9, False),
        (10, False),
        (11, False),
        (12, False),
        (40, True),
    ]
    assert numbers(Pagination(1, 40)) == [(1, False), (2, False), (3, False), (40, True)]


def test_the_first_page_has_no_previous_link_and_the_last_no_next():
    assert Pagination(1, 5).previous_url == ""
    assert Pagination(5, 5).next_url == ""
    assert Pagination(1, 1).links[0].current
