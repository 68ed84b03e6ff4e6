"""Links to the pages of a list of results, for listings and search alike, as plain GET links."""

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlencode

from django.core.paginator import Paginator

NEARBY_PAGES = 2
MAX_PAGE_DIGITS = 6


def requested_page_number(request):
    """The `page` GET parameter as a positive whole number; 1 when it is missing, odd or absurd."""
    raw = request.GET.get("page", "")
    # isdecimal, not isdigit: "²" is a digit that int() refuses.
    if isinstance(raw, str) and raw.isdecimal() and len(raw) <= MAX_PAGE_DIGITS:
        return max(1, int(raw))
    return 1


@dataclass(frozen=True)
class PageLink:
    number: int
    url: str
    current: bool
    after_gap: bool  # pages were skipped before this one


@dataclass
class Pagination:
    page: Any  # a django.core.paginator.Page
    params: dict = field(default_factory=dict)  # the other GET parameters every link keeps, such as filters

    @property
    def num_pages(self):
        return self.page.paginator.num_pages

    def url_for(self, number):
        params = {key: value for key, value in self.params.items() if value not in ("", None)}
        return "?" + urlencode({**params, "page": number})

    @property
    def links(self):
        """The first and last page and those near the current one; long lists are not shown whole."""
        numbers = self.page.paginator.get_elided_page_range(self.page.number, on_each_side=NEARBY_PAGES, on_ends=1)
        links, after_gap = [], False
        for number in numbers:
            if number == Paginator.ELLIPSIS:
                after_gap = True
                continue
            links.append(PageLink(number, self.url_for(number), number == self.page.number, after_gap))
            after_gap = False
        return links

    @property
    def previous_url(self):
        return self.url_for(self.page.previous_page_number()) if self.page.has_previous() else ""

    @property
    def next_url(self):
        return self.url_for(self.page.next_page_number()) if self.page.has_next() else ""
