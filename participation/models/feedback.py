"""The page where anyone can give feedback, ideas and development needs."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel
from wagtail.fields import StreamField
from wagtail.search import index

from forms_engine.models import StatisticsKind
from forms_engine.pages import FormPageMixin
from portal.blocks import BodyBlock
from portal.models import BasePage


class FeedbackFormPage(FormPageMixin, BasePage):
    """Anna palautetta tai ehdota kehittämistä: who reads feedback, how fast it is answered, and the form."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body"), *FormPageMixin.form_panels]
    search_fields = BasePage.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    # Under a channel: that channel's own feedback, such as the family centre's for children ("Kerro meille").
    parent_page_types = ["portal.HomePage", "participation.ChannelPage"]
    subpage_types = []
    statistics_kind = StatisticsKind.FEEDBACK

    resident_label = pgettext_lazy("page type", "Feedback")

    class Meta:
        verbose_name = _("feedback page")
        verbose_name_plural = _("feedback pages")
