"""Links to the pages of a list of results, for listings and search alike, as plain GET links."""

from dataclasses import dataclass, field
from urllib.parse import urlencode

NEARBY_PAGES = 2


@dataclass(frozen=True)
class PageLink:
    number: int
    url: str
    current: bool
    after_gap: bool  # pages were skipped before this one


@dataclass
class Pagination:
    number: int
    num_pages: int
    params: dict = field(default_factory=dict)  # the other GET parameters every link keeps, such as filters

    def url_for(self, number):
        params = {key: value for key, value in self.params.items() if value not in ("", None)}
        return "?" + urlencode({**params, "page": number})

    @property
    def links(self):
        """The first and last page and those near the current one; long lists are not shown whole."""
        nearby = range(self.number - NEARBY_PAGES, self.number + NEARBY_PAGES + 1)
        numbers = sorted(n for n in {1, self.num_pages, *nearby} if 1 <= n <= self.num_pages)
        return [
            PageLink(
                number, self.url_for(number), number == self.number, position > 0 and number > numbers[position - 1] + 1
            )
            for position, number in enumerate(numbers)
        ]

    @property
    def previous_url(self):
        return self.url_for(self.number - 1) if self.number > 1 else ""

    @property
    def next_url(self):
        return self.url_for(self.number + 1) if self.number < self.num_pages else ""
