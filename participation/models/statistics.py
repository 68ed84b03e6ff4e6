"""Osallisuus lukuina: the participation figures of the last twelve months, for everyone."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from portal.blocks import BodyBlock
from portal.models import BasePage


class StatisticsPage(BasePage):
    """Headline figures for the last 12 months: what happened to matters raised, events, how fast answers come.

    Only aggregates are shown, and groups of fewer than five are not shown separately. The template reads them
    with `{% public_figures as figures %}` (participation_tags), so the model does not depend on the statistics
    that count it. The page's model also carries the permission to open the admin report "Participation in
    figures".
    """

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(
        BodyBlock(), blank=True, verbose_name=_("body"), help_text=_("Shown after the figures: how they are counted.")
    )

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = []
    max_count_per_parent = 1

    resident_label = pgettext_lazy("page type", "Statistics")

    class Meta:
        verbose_name = _("statistics page")
        verbose_name_plural = _("statistics pages")
        permissions = [("view_participation_statistics", _("Can view the participation statistics report"))]
