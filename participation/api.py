"""How the participation pages' fields read in the open data API (portal.api, Wagtail's API v2 `api_fields`).

Taxonomies come as names and slugs (the slug is the one the listings' filters use), choices as their stored value
beside a `…_label` in the page's language. Rich text and links to other pages are left out: a link could name a
page in a private section.
"""

from django.utils import translation
from rest_framework import serializers
from wagtail.api import APIField


class TermsField(serializers.Field):
    """Target groups or areas as [{"name": …, "slug": …}], read from the prefetched relation (portal.api)."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def to_representation(self, manager):
        return [{"name": term.name, "slug": term.slug} for term in manager.all()]


class LabelField(serializers.CharField):
    """A label in the page's own language, whatever language the client asks for (its Accept-Language): a Swedish
    page's `kind_label` is Swedish for every client. A language without translations (Sámi) falls back to Finnish,
    as the site's interface does."""

    def __init__(self, **kwargs):
        super().__init__(read_only=True, **kwargs)

    def get_attribute(self, instance):
        with translation.override(instance.locale.language_code):
            label = super().get_attribute(instance)
            return None if label is None else str(label)


def choice_fields(name):
    """A choice field's stored value and its label ("client_panel", "Asiakasraati")."""
    return [APIField(name), APIField(f"{name}_label", serializer=LabelField(source=f"get_{name}_display"))]


TAXONOMY_API_FIELDS = [
    APIField("summary"),
    APIField("target_groups", serializer=TermsField()),
    APIField("areas", serializer=TermsField()),
]
