"""Query helpers shared by every page that lists, searches or counts other pages."""

from django.core.cache import cache
from django.db.models.signals import post_delete, post_save
from django.dispatch import receiver
from wagtail.models import PageViewRestriction
from wagtail.signals import post_page_move

RESTRICTED_PATHS_KEY = "portal:restricted-paths"


def restricted_paths():
    """Tree paths of the pages that start a private section, kept in the cache until restrictions or moves change.

    Most sites have none; then listings add no condition at all.
    """
    paths = cache.get(RESTRICTED_PATHS_KEY)
    if paths is None:
        paths = sorted(set(PageViewRestriction.objects.values_list("page__path", flat=True)))
        cache.set(RESTRICTED_PATHS_KEY, paths, timeout=None)
    return paths


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


@receiver(post_save, sender=PageViewRestriction, dispatch_uid="portal-restriction-saved")
@receiver(post_delete, sender=PageViewRestriction, dispatch_uid="portal-restriction-deleted")
@receiver(post_page_move, dispatch_uid="portal-restricted-paths-moved")
def forget_restricted_paths(sender, **kwargs):
    cache.delete(RESTRICTED_PATHS_KEY)
