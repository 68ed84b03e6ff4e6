"""The site shell: home page, standard pages, the accessibility statement and site-wide settings."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy
from wagtail.admin.panels import FieldPanel, MultiFieldPanel
from wagtail.contrib.settings.models import BaseSiteSetting, register_setting
from wagtail.fields import RichTextField, StreamField
from wagtail.models import Page, PageViewRestriction
from wagtail.search import index
from wagtailmedia.edit_handlers import MediaChooserPanel

from portal import versioned
from portal.absolute import page_absolute_url
from portal.blocks import RICH_TEXT_FEATURES, BodyBlock
from portal.slugs import clean_page_slug
from search.indexing import ANALYSED_SEARCH_FIELDS, AnalysedSearchMixin


def original_locale(page):
    """(locale id, language code) of the page `page` is an alias of, memoised per site version; None for a page
    that is no alias. An alias in a language synchronised from Finnish shows the Finnish page's content."""
    alias_of_id = getattr(page, "alias_of_id", None)
    if not alias_of_id:
        return None
    return versioned.memo(
        ("alias-original-locale", alias_of_id),
        lambda: Page.objects.filter(pk=alias_of_id).values_list("locale_id", "locale__language_code").first(),
    )


class BasePage(AnalysedSearchMixin, Page):
    """Fields every resident-facing page shares: a one-sentence summary, a plain-language summary and the page's
    sign-language and listening versions.

    The plain-language (selkokieli) summary is shown first on the page when it is filled in. A sign-language video
    or a recording of the page read aloud puts a "Viittomakielellä" or "Kuuntele" link beside the title, which
    leads to the player under the summaries (templates/includes/page_intro.html).
    """

    summary = models.TextField(
        _("summary"),
        blank=True,
        help_text=_("One or two sentences shown in listings and search results."),
    )
    plain_summary = models.TextField(
        _("plain-language summary"),
        blank=True,
        help_text=_("Short sentences and common words (selkokieli). Shown first on the page when filled in."),
    )

    sign_language_video = models.ForeignKey(
        "wagtailmedia.Media",
        verbose_name=_("sign-language version"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to={"type": "video"},
        help_text=_("A video of the page's content in sign language. Shows an 'In sign language' link by the title."),
    )
    listen_audio = models.ForeignKey(
        "wagtailmedia.Media",
        verbose_name=_("listening version"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        limit_choices_to={"type": "audio"},
        help_text=_("A recording of the page's content read aloud. Shows a 'Listen' link by the title."),
    )

    summary_panels = [FieldPanel("summary"), FieldPanel("plain_summary")]

    @classmethod
    def get_indexed_objects(cls):
        # An alias (an untranslated page in a Sámi language) shows another page's content: search finds that page
        # (search.engine covers Finnish pages in a Sámi search) and links to the alias; indexing it analysed the same
        # text once more for every such language.
        return super().get_indexed_objects().filter(alias_of__isnull=True)

    @property
    def content_locale_id(self):
        """The locale of the pages and terms this page's content names: its own, or for an alias the original's. An
        alias in a language synchronised from Finnish shows the Finnish page, whose channel, target groups and areas
        are Finnish, so its listing filters and related lists look among those (and list the aliases in its own
        language)."""
        original = original_locale(self)
        return original[0] if original else self.locale_id

    version_panels = [
        MultiFieldPanel(
            [
                MediaChooserPanel("sign_language_video", media_type="video"),
                MediaChooserPanel("listen_audio", media_type="audio"),
            ],
            heading=_("Sign-language and listening versions"),
            classname="collapsed",
        )
    ]
    content_panels = Page.content_panels + summary_panels + version_panels

    # What residents call this kind of page ("Open call", not "open call index page"): the type shown on search
    # results and in search's type filter. None: the model's verbose name.
    resident_label = None
    # False for pages that only lead to other pages (the home page, section fronts): search leaves them out.
    search_result = True

    search_fields = Page.search_fields + [
        index.SearchField("summary"),
        index.SearchField("plain_summary"),
        *ANALYSED_SEARCH_FIELDS,  # Finnish base forms and compound parts, Swedish and English stems (search app)
    ]

    class Meta:
        abstract = True

    def full_clean(self, *args, **kwargs):
        clean_page_slug(self)
        super().full_clean(*args, **kwargs)

    def minimal_clean(self):
        clean_page_slug(self)
        super().minimal_clean()

    def get_sitemap_urls(self, request=None):
        """The sitemap lists the page on the host that was asked, as robots.txt names the sitemap (portal.absolute)."""
        urls = super().get_sitemap_urls(request)
        if request is not None:
            for url in urls:
                url["location"] = page_absolute_url(self, request)
        return urls

    def get_view_restrictions(self):
        # Most sites have no private pages at all; then no page needs the two queries Wagtail spends on this.
        from portal.queries import view_restrictions_exist

        if not view_restrictions_exist():
            return PageViewRestriction.objects.none()
        return super().get_view_restrictions()


class HomePage(BasePage):
    """The front page of one language version of the portal."""

    intro = models.TextField(_("introduction"), blank=True)
    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("intro"), FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("intro"), index.SearchField("body")]

    parent_page_types = ["wagtailcore.Page"]
    search_result = False

    class Meta:
        verbose_name = _("home page")
        verbose_name_plural = _("home pages")


class StandardPage(BasePage):
    """An information page: about participation, concepts, the privacy notice and the like."""

    body = StreamField(BodyBlock(), blank=True, verbose_name=_("body"))

    content_panels = BasePage.content_panels + [FieldPanel("body")]
    search_fields = BasePage.search_fields + [index.SearchField("body")]

    parent_page_types = ["portal.HomePage", "portal.StandardPage"]
    subpage_types = ["portal.StandardPage"]
    resident_label = pgettext_lazy("page type", "Information")

    class Meta:
        verbose_name = _("standard page")
        verbose_name_plural = _("standard pages")


class AccessibilityStatementPage(BasePage):
    """The accessibility statement required by the Act on the Provision of Digital Services (306/2019)."""

    class Compliance(models.TextChoices):
        FULL = "full", _("The service meets the critical requirements of the accessibility standard.")
        PARTIAL = "partial", _("The service partially meets the critical requirements of the accessibility standard.")
        NONE = "none", _("The service does not meet the critical requirements of the accessibility standard.")

    compliance_status = models.CharField(
        _("compliance status"), max_length=16, choices=Compliance.choices, default=Compliance.PARTIAL
    )
    non_accessible_content = RichTextField(
        _("non-accessible content"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("What is not accessible, why, and how to get the content in another way."),
    )
    assessment_date = models.DateField(_("date of assessment"))
    assessment_method = models.TextField(
        _("how accessibility was assessed"), blank=True, help_text=_("For example self-assessment and automated tests.")
    )
    statement_updated = models.DateField(_("statement last updated"), null=True, blank=True)
    feedback_instructions = RichTextField(
        _("feedback instructions"),
        features=RICH_TEXT_FEATURES,
        blank=True,
        help_text=_("How to report an accessibility problem and ask for content in an accessible form."),
    )
    feedback_email = models.EmailField(
        _("feedback email"), blank=True, help_text=_("Defaults to the accessibility feedback address of the site.")
    )
    supervisory_authority = RichTextField(
        _("supervisory authority"),
        features=RICH_TEXT_FEATURES,
        help_text=_(
            "How to report to the authority that supervises accessibility, with its contact details: the Finnish "
            "Transport and Communications Agency Traficom since 1 January 2025 (Act on the Provision of Digital "
            "Services, 306/2019)."
        ),
    )

    content_panels = BasePage.content_panels + [
        FieldPanel("compliance_status"),
        FieldPanel("non_accessible_content"),
        MultiFieldPanel(
            [FieldPanel("assessment_date"), FieldPanel("assessment_method"), FieldPanel("statement_updated")],
            heading=_("Assessment"),
        ),
        MultiFieldPanel([FieldPanel("feedback_instructions"), FieldPanel("feedback_email")], heading=_("Feedback")),
        FieldPanel("supervisory_authority"),
    ]
    search_fields = BasePage.search_fields + [index.SearchField("non_accessible_content")]

    parent_page_types = ["portal.HomePage"]
    subpage_types = []

    class Meta:
        verbose_name = _("accessibility statement")
        verbose_name_plural = _("accessibility statements")


@register_setting(icon="site")
class SiteSettings(BaseSiteSetting):
    """The organisation's details, shown in the footer and used by forms and the accessibility statement."""

    organisation_name = models.CharField(_("organisation name"), max_length=255, blank=True)
    organisation_name_sv = models.CharField(
        _("organisation name in Swedish"), max_length=255, blank=True, help_text=_("Empty: the Finnish name is used.")
    )
    organisation_name_en = models.CharField(
        _("organisation name in English"), max_length=255, blank=True, help_text=_("Empty: the Finnish name is used.")
    )
    logo = models.ForeignKey(
        "wagtailimages.Image",
        verbose_name=_("logo"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Shown in the header of every page, with the organisation name as its text alternative."),
    )
    contact_email = models.EmailField(_("contact email"), blank=True)
    contact_phone = models.CharField(_("contact phone"), max_length=64, blank=True)
    postal_address = models.TextField(_("postal address"), blank=True)
    postal_address_sv = models.TextField(
        _("postal address in Swedish"), blank=True, help_text=_("Empty: the Finnish address is used.")
    )
    postal_address_en = models.TextField(
        _("postal address in English"), blank=True, help_text=_("Empty: the Finnish address is used.")
    )
    privacy_notice_page = models.ForeignKey(
        "wagtailcore.Page",
        verbose_name=_("privacy notice page"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
        help_text=_("Linked from the footer and from every form. Its translation is used on other languages."),
    )
    accessibility_feedback_email = models.EmailField(_("accessibility feedback address"), blank=True)

    panels = [
        MultiFieldPanel(
            [
                FieldPanel("organisation_name"),
                FieldPanel("organisation_name_sv"),
                FieldPanel("organisation_name_en"),
                FieldPanel("contact_email"),
                FieldPanel("contact_phone"),
                FieldPanel("postal_address"),
                FieldPanel("postal_address_sv"),
                FieldPanel("postal_address_en"),
            ],
            heading=_("Contact details"),
        ),
        FieldPanel("logo"),
        FieldPanel("privacy_notice_page"),
        FieldPanel("accessibility_feedback_email"),
    ]

    def in_language(self, name, language_code):
        """A field's text in a language (`postal_address_sv`), or the Finnish one when that is empty."""
        return getattr(self, f"{name}_{language_code}", "") or getattr(self, name)

    class Meta:
        verbose_name = _("site settings")
