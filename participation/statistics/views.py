"""The admin report "Osallisuus lukuina" (Participation in figures), with CSV and XLSX export.

Open to superusers and to users with `participation.view_participation_statistics` (a permission on
`StatisticsPage`, granted to the managers' group under Settings → Groups).
"""

from django.template.response import TemplateResponse
from django.utils.functional import cached_property
from django.utils.translation import gettext_lazy as _
from django.views.generic import TemplateView
from wagtail.admin.views.generic.base import WagtailAdminTemplateMixin
from wagtail.admin.views.mixins import SpreadsheetExportMixin

from participation.statistics.periods import PeriodForm
from participation.statistics.report import build_report
from portal.spreadsheets import csv_text

PERMISSION = "participation.view_participation_statistics"


def user_can_view_statistics(user):
    return user.is_active and (user.is_superuser or user.has_perm(PERMISSION))


class StatisticsReportView(SpreadsheetExportMixin, WagtailAdminTemplateMixin, TemplateView):
    template_name = "participation/admin/statistics_report.html"
    page_title = _("Participation in figures")
    header_icon = "table"
    list_export = ["period_start", "period_end", "breakdown", "group", "section", "figure", "value", "unit"]
    export_headings = {
        "period_start": _("Period starts"),
        "period_end": _("Period ends"),
        "breakdown": _("Breakdown"),
        "group": _("Channel or area"),
        "section": _("Section"),
        "figure": _("Figure"),
        "value": _("Value"),
        "unit": _("Unit"),
    }
    custom_field_preprocess = {"figure": {SpreadsheetExportMixin.FORMAT_CSV: csv_text}}
    show_export_buttons = False  # the page shows its own download links, not hidden in the header's menu

    def dispatch(self, request, *args, **kwargs):
        if not user_can_view_statistics(request.user):
            # A 403 page that says why, rather than Wagtail's redirect to the dashboard: a manager sent a link
            # to the report sees which permission they lack.
            return TemplateResponse(
                request,
                "participation/admin/statistics_forbidden.html",
                {"page_title": self.page_title, "header_icon": self.header_icon},
                status=403,
            )
        return super().dispatch(request, *args, **kwargs)

    def get_breadcrumbs_items(self):
        return self.breadcrumbs_items + [{"url": "", "label": self.get_page_title()}]

    @cached_property
    def form(self):
        data = self.request.GET if self.request.GET.get("kind") else None
        return PeriodForm(data)

    @cached_property
    def report(self):
        """The figures for the chosen period; none while the form has errors, so no figures seem to answer them."""
        if self.form.is_bound and not self.form.is_valid():
            return None
        return build_report(self.form.period())

    def get_filename(self):
        return f"osallisuus-lukuina-{self.report.period.slug}"

    def stream_csv(self, queryset):
        # Written out now, while the user's language is active: a streaming response's generator would run
        # after the request, in the site's default language. The report has a few hundred rows at most.
        return list(super().stream_csv(queryset))

    def get(self, request, *args, **kwargs):
        if self.is_export and self.report is not None:
            return self.as_spreadsheet(self.report.export_rows(), request.GET.get("export"))
        return super().get(request, *args, **kwargs)

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        context["form"] = self.form
        context["report"] = self.report
        context["csv_url"] = self.csv_export_url
        context["xlsx_url"] = self.xlsx_export_url
        return context
