"""Searches that found nothing, counted per normalised query and day, for "Participation in figures" (issue 6).

Wagtail's search log (`Query`, `QueryDailyHits`) counts every search but not whether it found anything. This
table counts, for each query (normalised as Wagtail normalises it) and Finnish day, the new searches (first
results page, no facets chosen) that found no page and no promoted result. Only the query text is kept, as in
Wagtail's log; the hits are written in the same batches (`search.query_log`).
"""

from django.db import models
from django.utils.translation import gettext_lazy as _


class NoResultQuery(models.Model):
    query_string = models.CharField(_("search query"), max_length=255)
    date = models.DateField(_("date"))
    hits = models.PositiveIntegerField(_("searches with no results"), default=0)

    class Meta:
        verbose_name = _("search with no results")
        verbose_name_plural = _("searches with no results")
        constraints = [
            models.UniqueConstraint(fields=["query_string", "date"], name="search_noresultquery_query_date_uniq"),
        ]
        indexes = [models.Index(fields=["date"], name="search_noresultquery_date_idx")]

    def __str__(self):
        return f"{self.query_string} ({self.date}): {self.hits}"
