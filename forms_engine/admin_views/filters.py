"""The inbox's filters: form, status, channel of intake, waiting, overdue, assigned to me. Shared by the listing,
the export and the dashboard panel's links (which use the `waiting` and `overdue` parameters)."""

import django_filters
from django import forms
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _
from wagtail.admin.active_filters import ActiveFilter, BaseFilterAdapter, register_filter_adapter_class
from wagtail.admin.filters import WagtailFilterSet
from wagtail.models import Page

from forms_engine.models import IntakeChannel, Submission, SubmissionStatus


class CheckboxFilter(django_filters.BooleanFilter):
    """A checkbox (`?overdue=on`); unticked, it filters nothing and does not count as a change."""

    field_class = forms.BooleanField

    def __init__(self, *args, **kwargs):
        kwargs.setdefault("widget", forms.CheckboxInput)
        super().__init__(*args, **kwargs)


class CheckboxFilterAdapter(BaseFilterAdapter):
    """The active filter's pill above the results says "Overdue only: Yes", not "True"."""

    def get_active_filters(self):
        yield ActiveFilter(
            self.bound_field.auto_id, self.filter.label, gettext("Yes"), self.get_url_without_filter_param(self.name)
        )


register_filter_adapter_class(CheckboxFilter, CheckboxFilterAdapter)


def visible_form_pages(request):
    """The form pages of the submissions the user may see, by title."""
    return Page.objects.filter(pk__in=Submission.objects.for_user(request.user).values("page_id")).order_by("title")


class InboxFilterSet(WagtailFilterSet):
    page = django_filters.ModelChoiceFilter(label=_("Form"), queryset=visible_form_pages, empty_label=_("All forms"))
    status = django_filters.ChoiceFilter(
        label=_("Status"), choices=SubmissionStatus.choices, empty_label=_("All"), widget=forms.RadioSelect
    )
    intake_channel = django_filters.ChoiceFilter(
        label=_("Channel of intake"), choices=IntakeChannel.choices, empty_label=_("All")
    )
    waiting = CheckboxFilter(label=_("Waiting for an answer"), method="filter_waiting")
    overdue = CheckboxFilter(label=_("Overdue only"), method="filter_overdue")
    mine = CheckboxFilter(label=_("Assigned to me"), method="filter_mine")

    class Meta:
        model = Submission
        fields = []

    def filter_waiting(self, queryset, name, value):
        return queryset.waiting() if value else queryset

    def filter_overdue(self, queryset, name, value):
        return queryset.overdue() if value else queryset

    def filter_mine(self, queryset, name, value):
        return queryset.filter(assigned_to=self.request.user) if value else queryset
