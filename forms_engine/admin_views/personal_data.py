"""Data-subject requests: an administrator finds, exports and erases everything stored about one email address."""

import json

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

from forms_engine.retention import erase_email, personal_data


class EmailForm(forms.Form):
    email = forms.EmailField(label=gettext_lazy("Email address"))


def personal_data_view(request):
    if not request.user.is_superuser:
        raise PermissionDenied
    if request.method == "POST":
        form = EmailForm(request.POST)
        if form.is_valid() and request.POST.get("action") == "erase":
            counts = erase_email(form.cleaned_data["email"])
            messages.success(
                request, _("Erased %(submissions)d submissions and %(subscriptions)d subscriptions.") % counts
            )
            return redirect("forms_engine_inbox:personal_data")
    form = EmailForm(request.GET or None)
    data = personal_data(form.cleaned_data["email"]) if form.is_valid() else None
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
