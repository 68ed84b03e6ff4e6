"""Query helpers shared by every page that lists other pages."""

from django.db.models import Exists, F, OuterRef
from django.db.models.lookups import StartsWith
from wagtail.models import PageViewRestriction


def visible(queryset):
    """Live pages outside any private section, in the same query.

    Wagtail's `PageQuerySet.public()` reads every view restriction with a query of its own; this correlated
    subquery keeps listings at a fixed number of queries.
    """
    restricted = PageViewRestriction.objects.filter(StartsWith(OuterRef("path"), F("page__path")))
    return queryset.live().filter(~Exists(restricted))
