"""Shared vocabularies: target groups, areas, channel kinds and the participation level scale (DESIGN §9)."""

from django.db import models
from django.utils.translation import gettext_lazy as _
from wagtail.admin.panels import FieldPanel
from wagtail.models import TranslatableMixin
from wagtail.search import index

from participation.listing import taxonomy_filter


class ParticipationLevel(models.TextChoices):
    """One scale across channels and methods, from giving information to sharing decision power."""

    INFORMATION = "information", _("Information")
    CONSULTATION = "consultation", _("Consultation")
    DIALOGUE = "dialogue", _("Dialogue")
    CO_DEVELOPMENT = "co_development", _("Co-development")
    CO_DECISION = "co_decision", _("Co-decision")


class ChannelKind(models.TextChoices):
    INFLUENCER_NETWORK = "influencer_network", _("Influencer network")
    EXPERTS_BY_EXPERIENCE = "experts_by_experience", _("Experts-by-experience bank")
    CLIENT_PANEL = "client_panel", _("Client panel")
    DEVELOPER_CLIENTS = "developer_clients", _("Developer-client group")
    PEER_SUPPORT = "peer_support", _("Peer support")
    STATUTORY_COUNCIL = "statutory_council", _("Statutory council")
    ARENA = "arena", _("Partnership table or developer café")


class Taxonomy(TranslatableMixin, index.Indexed, models.Model):
    """A translatable term. The slug is shared by every translation and used in filter links."""

    name = models.CharField(_("name"), max_length=255)
    slug = models.SlugField(
        _("slug"),
        max_length=100,
        allow_unicode=False,
        help_text=_("Used in filter addresses; the same in every language."),
    )
    covers_all = models.BooleanField(
        _("covers all"),
        default=False,
        help_text=_(
            "Tick for a term that means everyone or the whole region, such as all residents or the whole county: a "
            "page with it is shown to everyone who chose any other term. The same in every language."
        ),
    )

    panels = [FieldPanel("name"), FieldPanel("slug"), FieldPanel("covers_all")]
    search_fields = [index.SearchField("name"), index.AutocompleteField("name")]

    class Meta(TranslatableMixin.Meta):
        abstract = True
        ordering = ["name"]

    def __str__(self):
        return self.name

    def save(self, *args, **kwargs):
        super().save(*args, **kwargs)
        # Whichever translation an editor ticks, every language's term covers all alike (wagtail-localize would copy
        # the field only when the translations are next synchronised).
        if self.translation_key:
            translations = type(self).objects.filter(translation_key=self.translation_key).exclude(pk=self.pk)
            translations.exclude(covers_all=self.covers_all).update(covers_all=self.covers_all)


class TargetGroup(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("target group")
        verbose_name_plural = _("target groups")
        constraints = [
            models.UniqueConstraint(fields=["locale", "slug"], name="unique_target_group_slug_per_locale"),
        ]


class Area(Taxonomy):
    class Meta(Taxonomy.Meta):
        verbose_name = _("area")
        verbose_name_plural = _("areas")
        constraints = [models.UniqueConstraint(fields=["locale", "slug"], name="unique_area_slug_per_locale")]


def target_group_filter(locale_id):
    """The listing filter by target group, with the terms of the page's language."""
    return taxonomy_filter("kohderyhma", _("Target group"), TargetGroup, "target_groups", locale_id)


def area_filter(locale_id):
    """The listing filter by area, with the terms of the page's language."""
    return taxonomy_filter("alue", _("Area"), Area, "areas", locale_id)
