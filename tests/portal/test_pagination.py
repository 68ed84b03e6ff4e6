"""Page links keep the other GET parameters and show the first, last and nearby pages, with gaps marked."""

import pytest
from django.core.paginator import Paginator
from django.test import RequestFactory

from portal.pagination import Pagination, requested_page_number


def pagination(number, num_pages, params=None):
    return Pagination(Paginator(range(num_pages * 10), 10).page(number), params or {})


def numbers(pagination):
    return [(link.number, link.after_gap) for link in pagination.links]


def test_links_keep_the_filters_and_mark_the_current_page():
    links = pagination(2, 3, {"q": "nuoret", "alue": "tampere", "tyyppi": ""})
    assert [link.url for link in links.links] == [
        "?q=nuoret&alue=tampere&page=1",
        "?q=nuoret&alue=tampere&page=2",
        "?q=nuoret&alue=tampere&page=3",
    ]
    assert [link.current for link in links.links] == [False, True, False]
    assert links.previous_url == "?q=nuoret&alue=tampere&page=1"
    assert links.next_url == "?q=nuoret&alue=tampere&page=3"


def test_long_lists_show_the_ends_and_the_pages_near_the_current_one():
    assert numbers(pagination(10, 40)) == [
        (1, False),
        (8, True),
        (9, False),
        (10, False),
        (11, False),
        (12, False),
        (40, True),
    ]
    assert numbers(pagination(1, 40)) == [(1, False), (2, False), (3, False), (40, True)]


def test_the_first_page_has_no_previous_link_and_the_last_no_next():
    assert pagination(1, 5).previous_url == ""
    assert pagination(5, 5).next_url == ""
    assert pagination(1, 1).links[0].current


@pytest.mark.parametrize(
    "raw, number",
    [("3", 3), ("", 1), ("0", 1), ("-2", 1), ("abc", 1), ("²", 1), ("1e9", 1), ("9" * 50, 1), ("٣", 3)],
)
def test_the_requested_page_number_is_a_plain_positive_number_or_the_first_page(raw, number):
    assert requested_page_number(RequestFactory().get("/", {"page": raw})) == number
