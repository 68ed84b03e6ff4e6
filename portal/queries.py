"""Query helpers shared by every page that lists, searches or counts other pages."""

from wagtail.models import PageViewRestriction

from portal import versioned


def _restricted_paths():
    return sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True)))


def restricted_paths():
    """Tree paths of the pages that start a private section, kept per site version (portal/versioned.py).

    A restriction saved or deleted, or a page moved, bumps the version (portal.invalidation), so the next request of
    every process reads them again. Most sites have none; then listings add no condition at all.
    """
    return versioned.memo("restricted-paths", _restricted_paths)


def view_restrictions_exist():
    return bool(restricted_paths())


def visible(queryset):
    """Live pages outside any private section.

    Not Wagtail's `PageQuerySet.public()`, which reads the restrictions with a query of its own every time, nor a
    correlated subquery, which SQLite may run once per row over thousands of rows. Private sections are few, so
    their paths come from the cache and are excluded by prefix. The search backends accept this filter too.
    """
    queryset = queryset.live()
    for path in restricted_paths():
        queryset = queryset.exclude(path__startswith=path)
    return queryset
