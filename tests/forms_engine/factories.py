import time

import factory
from django.contrib.auth.models import Group, Permission
from wagtail.models import Page

from forms_engine import form_tokens
from forms_engine.models import FormField, RoutingRule


class GroupFactory(factory.django.DjangoModelFactory):
    name = factory.Sequence(lambda n: f"Koordinaattorit {n}")

    class Meta:
        model = Group
        django_get_or_create = ["name"]
        skip_postgeneration_save = True

    @factory.post_generation
    def admin_access(group, create, extracted, **kwargs):
        if create:
            group.permissions.add(Permission.objects.get(codename="access_admin"))


class UserFactory(factory.django.DjangoModelFactory):
    username = factory.Sequence(lambda n: f"koordinaattori{n}")
    email = factory.LazyAttribute(lambda user: f"{user.username}@example.fi")
    first_name = "Kaisa"
    last_name = factory.Sequence(lambda n: f"Koordinaattori{n}")

    class Meta:
        model = "auth.User"
        skip_postgeneration_save = True

    @factory.post_generation
    def groups(user, create, extracted, **kwargs):
        if create and extracted:
            user.groups.set(extracted)


class FormFieldFactory(factory.django.DjangoModelFactory):
    label = factory.Sequence(lambda n: f"Kenttä {n}")
    field_type = "singleline"
    required = True
    sort_order = factory.Sequence(lambda n: n)

    class Meta:
        model = FormField


STANDARD_FIELDS = [
    {"clean_name": "nimi", "label": "Nimi", "field_type": "singleline", "required": True},
    {"clean_name": "sahkoposti", "label": "Sähköposti", "field_type": "email", "required": False},
    {"clean_name": "alue", "label": "Alue", "field_type": "dropdown", "required": False, "choices": "Tampere\nNokia"},
    {"clean_name": "viesti", "label": "Miksi haet?", "field_type": "multiline", "required": True},
]


def make_form_page(page, groups=(), fields=STANDARD_FIELDS, **attributes):
    """Give `page` a form, coordinator groups and handling rules, and publish it."""
    for position, spec in enumerate(fields):
        FormField.objects.create(page=Page.objects.get(pk=page.pk), sort_order=position, **spec)
    for name, value in attributes.items():
        setattr(page, name, value)
    page.coordinator_groups.set(groups)
    page.save_revision().publish()
    page.refresh_from_db()
    return page


def add_routing_rule(page, field_name, value, group):
    return RoutingRule.objects.create(
        page=Page.objects.get(pk=page.pk), field_name=field_name, value=value, group=group
    )


def form_token(page, seconds_ago=10):
    """The token of a form shown on `page` that many seconds ago (longer than the minimum fill time)."""
    return form_tokens.issue(page, shown_at=time.time() - seconds_ago)


def answers(page, **overrides):
    """A filled-in form of `page`, with a fresh token: every call is a new form shown, so each one sends."""
    data = {
        "nimi": "Aino Asukas",
        "sahkoposti": "aino@example.fi",
        "alue": "Tampere",
        "viesti": "Haluan kehittää palveluja.",
        "ov_consent": "on",
        "ov_website": "",
        "ov_token": form_token(page),
    }
    data.update(overrides)
    return {name: value for name, value in data.items() if value is not None}
