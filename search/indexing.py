"""The analysed search fields every page indexes besides its own text.

`AnalysedSearchMixin` gives a page two methods that Wagtail indexes as search fields:

- `search_analysed_title`: the title's base forms, compound parts and stems, boosted like a title;
- `search_analysed_text`: the same for all the other text the page indexes (summary, body, rich text, the names
  of its target groups and areas).

`ANALYSED_SEARCH_FIELDS` is added to a page model's `search_fields`. Because the analysis happens here, in Python,
every backend (SQLite, PostgreSQL, Elasticsearch) indexes the same words and returns the same pages.
"""

from django.db.models import Manager
from wagtail.search import index

from search.analysis import analyse_document

ANALYSED_TITLE = "search_analysed_title"
ANALYSED_TEXT = "search_analysed_text"
TITLE_BOOST = 4

ANALYSED_SEARCH_FIELDS = [
    index.SearchField(ANALYSED_TITLE, boost=TITLE_BOOST),
    index.SearchField(ANALYSED_TEXT),
]


def _flatten(value):
    if value is None:
        return []
    if isinstance(value, str):
        return [value]
    if isinstance(value, (list, tuple)):
        return [text for item in value for text in _flatten(item)]
    if isinstance(value, dict):
        return [text for item in value.values() for text in _flatten(item)]
    return [str(value)]


def searchable_texts(obj, fields, skip=("title", ANALYSED_TITLE, ANALYSED_TEXT), related=True):
    """The text values of an object's search fields (following related fields), as Wagtail would index them."""
    texts = []
    for field in fields:
        if isinstance(field, index.SearchField) and field.field_name not in skip:
            texts.extend(_flatten(field.get_value(obj)))
        elif related and isinstance(field, index.RelatedFields):
            value = field.get_value(obj)
            if value is None:
                continue
            related_objects = value.all() if isinstance(value, Manager) or hasattr(value, "all") else [value]
            for related_object in related_objects:
                texts.extend(searchable_texts(related_object, field.fields, skip=()))
    return texts


class AnalysedSearchMixin:
    """Adds the analysed title and text of a page to the search index (see the module docstring)."""

    @property
    def search_language(self):
        return self.locale.language_code if self.locale_id else ""

    def search_analysed_title(self):
        return analyse_document(self.title, self.search_language)

    def search_analysed_text(self):
        texts = searchable_texts(self, type(self).get_search_fields())
        return analyse_document("\n".join(texts), self.search_language)
