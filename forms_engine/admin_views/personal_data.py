"""Data-subject requests: an administrator finds, exports and erases everything stored about one email address, or
one submission by its reference when the person gave no email (by phone, on paper, a child's anonymous answer)."""

import json
import re

from django import forms
from django.contrib import messages
from django.core.exceptions import PermissionDenied
from django.core.serializers.json import DjangoJSONEncoder
from django.http import HttpResponse
from django.shortcuts import redirect
from django.template.response import TemplateResponse
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from forms_engine.retention import erase_email, erase_reference, personal_data, personal_data_by_reference

# A submission's public reference, as `ReferenceCounter.next_reference` makes it: OV-2026-000123.
REFERENCE = re.compile(r"OV-\d{4}-\d{6,}")


class PersonalDataForm(forms.Form):
    """An email address or a submission's reference: one of them."""

    email = forms.EmailField(label=gettext_lazy("Email address"), required=False)
    reference = forms.CharField(
        label=gettext_lazy("Reference"),
        required=False,
        max_length=20,
        help_text=gettext_lazy("For someone who gave no email, for example OV-2026-000123."),
    )

    def clean_reference(self):
        reference = self.cleaned_data["reference"].strip().upper()
        if reference and not REFERENCE.fullmatch(reference):
            raise forms.ValidationError(_("Enter a reference in the form OV-2026-000123."))
        return reference

    def clean(self):
        cleaned_data = super().clean()
        if self.errors:
            return cleaned_data
        email, reference = cleaned_data.get("email"), cleaned_data.get("reference")
        if not email and not reference:
            raise forms.ValidationError(_("Enter an email address or a reference."))
        if email and reference:
            raise forms.ValidationError(_("Enter either an email address or a reference, not both."))
        return cleaned_data

    def found(self):
        """What is stored about the address or the reference."""
        if self.cleaned_data["email"]:
            return personal_data(self.cleaned_data["email"])
        return personal_data_by_reference(self.cleaned_data["reference"])

    def erase(self):
        if self.cleaned_data["email"]:
            return erase_email(self.cleaned_data["email"])
        return erase_reference(self.cleaned_data["reference"])


def personal_data_view(request):
    if not request.user.is_superuser:
        raise PermissionDenied
    if request.method == "POST":
        form = PersonalDataForm(request.POST)
        if form.is_valid() and request.POST.get("action") == "erase":
            counts = form.erase()
            messages.success(
                request, _("Erased %(submissions)d submissions and %(subscriptions)d subscriptions.") % counts
            )
            return redirect("forms_engine_inbox:personal_data")
    form = PersonalDataForm(request.GET if ("email" in request.GET or "reference" in request.GET) else None)
    data = form.found() if form.is_valid() else None
    if data is not None and request.GET.get("format") == "json":
        response = HttpResponse(
            json.dumps(data, cls=DjangoJSONEncoder, indent=2, ensure_ascii=False), content_type="application/json"
        )
        response["Content-Disposition"] = 'attachment; filename="personal-data.json"'
        return response
    title = _("Personal data")
    context = {
        "page_title": title,
        "header_title": title,  # the <title>
        "header_icon": "user",
        "breadcrumbs_items": [
            {"url": reverse("wagtailadmin_home"), "label": _("Home")},
            {"url": reverse("forms_engine_inbox:index"), "label": _("Inbox")},
            {"url": "", "label": title},
        ],
        "form": form,
        "data": data,
    }
    return TemplateResponse(request, "forms_engine/admin/personal_data.html", context)
