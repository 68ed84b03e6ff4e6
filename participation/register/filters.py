"""The register's filters: who has a role, speaks a language, works in an area or on a theme, and who is still in
the register (end date not passed)."""

import django_filters
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.admin.filters import WagtailFilterSet
from wagtail.models import Locale

from participation.models import Area, RegisterLanguage, RegisterProfile, RegisterRole, TargetGroup


def main_language_terms(model):
    def queryset(request):
        return model.objects.filter(locale=Locale.get_default()).order_by("name")

    return queryset


def in_list(queryset, name, value):
    """The profiles whose list field `name` holds `value`. A list is stored as JSON text, `["fin", "sgn"]`: the
    quoted value matches only a whole item, and the same lookup works on SQLite and PostgreSQL."""
    return queryset.filter(**{f"{name}__icontains": f'"{value}"'}) if value else queryset


class RegisterFilterSet(WagtailFilterSet):
    roles = django_filters.ChoiceFilter(label=_("Role"), choices=RegisterRole.choices, method=in_list)
    languages = django_filters.ChoiceFilter(label=_("Language"), choices=RegisterLanguage.choices, method=in_list)
    areas = django_filters.ModelChoiceFilter(label=_("Area"), queryset=main_language_terms(Area))
    target_groups = django_filters.ModelChoiceFilter(
        label=_("Theme or target group"), queryset=main_language_terms(TargetGroup)
    )
    current = django_filters.BooleanFilter(label=_("In the register now"), method="filter_current")

    class Meta:
        model = RegisterProfile
        fields = []

    def filter_current(self, queryset, name, value):
        if value is None:
            return queryset
        today = timezone.localdate()
        return queryset.filter(end_date__gte=today) if value else queryset.filter(end_date__lt=today)
