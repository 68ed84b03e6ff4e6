"""The demo site's forms, added to the participation pages once they have been loaded.

Creates the coordinator groups, one coordinator per group (an email address but no password, so they receive
notifications but cannot sign in), and gives every form page a form in each language.
"""

import uuid

from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group, Permission

from forms_engine.models import FormField, RoutingRule
from participation.demo_data import forms as demo_data
from participation.models import ChannelPage, EventPage, FeedbackFormPage, MethodPage, OpenCallPage


def load_groups():
    access_admin = Permission.objects.get(content_type__app_label="wagtailadmin", codename="access_admin")
    groups = {}
    for key, spec in demo_data.GROUPS.items():
        group, _created = Group.objects.get_or_create(name=spec["name"])
        group.permissions.add(access_admin)
        first_name, last_name, email = spec["coordinator"]
        user, created = get_user_model().objects.get_or_create(
            username=email.split("@")[0], defaults={"first_name": first_name, "last_name": last_name, "email": email}
        )
        if created:
            user.set_unusable_password()
            user.save()
        user.groups.add(group)
        groups[key] = group
    return groups


def child_key(page, name):
    """The same translation key for a form's field (or rule) in every language, so wagtail-localize links them."""
    return uuid.uuid5(page.translation_key, name)


def form_fields(spec, code, page):
    return [
        FormField(
            translation_key=child_key(page, field["name"]),
            clean_name=field["name"],
            label=field["label"][code],
            field_type=field["type"],
            required=field.get("required", True),
            choices=field["choices"][code] if "choices" in field else "",
            help_text=field["help"][code] if "help" in field else "",
            file_kinds=field.get("file_kinds", ""),
            file_max_mb=field.get("file_max_mb", FormField.file_max_mb.field.default),
            sort_order=position,
        )
        for position, field in enumerate(spec["fields"])
    ]


def apply_form(page, spec, groups):
    """Give `page` and each of its translations the form in their own language."""
    for translation in page.get_translations(inclusive=True).specific():
        code = translation.locale.language_code
        if code not in spec["heading"]:
            continue
        translation.form_heading = spec["heading"][code]
        translation.form_intro = spec["intro"][code]
        translation.submit_label = spec["submit"][code]
        translation.one_question_per_screen = spec.get("one_question_per_screen", False)
        translation.receipt_text = spec["receipt"][code]
        translation.handling_days = spec["handling_days"]
        translation.retention_days = spec["retention_days"]
        translation.form_fields = form_fields(spec, code, page)
        translation.form_routing_rules = [
            RoutingRule(
                translation_key=child_key(page, f"rule-{position}"),
                field_name=rule["field"],
                value=rule["value"][code],
                group=groups[rule["group"]],
            )
            for position, rule in enumerate(spec.get("routing", []))
        ]
        translation.coordinator_groups = [groups[key] for key in spec["groups"]]
        translation.save_revision().publish()


def load_forms_content(loader):
    groups = load_groups()
    source = loader.locales[loader.source]

    def pages(model, **filters):
        return model.objects.filter(locale=source, **filters).order_by("path")

    for page in pages(OpenCallPage):
        apply_form(page, demo_data.FORMS[demo_data.OPEN_CALL_FORMS.get(page.slug, "open_call")], groups)
    for page in pages(EventPage):
        apply_form(page, demo_data.FORMS["event"], groups)
    for page in pages(MethodPage):
        apply_form(page, demo_data.FORMS["method"], groups)
    for page in pages(FeedbackFormPage):
        apply_form(page, demo_data.FORMS[demo_data.FEEDBACK_FORMS.get(page.slug, "feedback")], groups)
    for kind, form in demo_data.CHANNEL_FORMS.items():
        for page in pages(ChannelPage, kind=kind):
            apply_form(page, demo_data.FORMS[demo_data.CHANNEL_SLUG_FORMS.get(page.slug, form)], groups)
    loader.log("Forms added to the demo pages.")
