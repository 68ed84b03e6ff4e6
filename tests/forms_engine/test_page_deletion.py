"""Deleting a page never deletes residents' submissions: the admin refuses with a message, the ORM refuses too."""

import pytest
from django.db.models import ProtectedError
from django.urls import reverse
from wagtail.models import Page
from wagtail.users.models import UserProfile

from forms_engine.models import Submission
from forms_engine.retention import erase_email
from tests.forms_engine.factories import answers

pytestmark = pytest.mark.django_db
REFUSED = "ei voi poistaa"  # the admin speaks Finnish unless the editor chose another language


@pytest.fixture
def submission(client, desk):
    client.post(desk.call.url, answers(desk.call))
    return Submission.objects.get()


def delete_in_admin(admin_client, page):
    return admin_client.post(reverse("wagtailadmin_pages:delete", args=[page.pk]), follow=True)


def bulk_delete_in_admin(admin_client, *pages):
    url = reverse("wagtail_bulk_action", args=["wagtailcore", "page", "delete"])
    return admin_client.post(url + "?" + "&".join(f"id={page.pk}" for page in pages), follow=True)


def test_a_form_page_with_submissions_is_not_deleted(admin_client, desk, submission):
    response = delete_in_admin(admin_client, desk.call)

    assert response.status_code == 200
    assert REFUSED in response.content.decode()
    assert Page.objects.filter(pk=desk.call.pk).exists()
    assert Submission.objects.filter(pk=submission.pk, events__isnull=False).exists()


def test_a_section_with_submissions_below_it_is_not_deleted(admin_client, desk, submission):
    section = desk.call.get_parent()

    assert REFUSED in delete_in_admin(admin_client, section).content.decode()
    assert Page.objects.filter(pk__in=[section.pk, desk.call.pk]).count() == 2
    assert Submission.objects.filter(pk=submission.pk).exists()


def test_the_message_is_in_the_editors_language(admin_client, desk, submission, admin_user):
    profile = UserProfile.get_for_user(admin_user)
    profile.preferred_language = "sv"
    profile.save()

    assert "kan inte raderas" in delete_in_admin(admin_client, desk.call).content.decode()


def test_bulk_delete_refuses_too(admin_client, desk, submission):
    response = bulk_delete_in_admin(admin_client, desk.call.get_parent(), desk.events)

    assert REFUSED in response.content.decode()
    assert Page.objects.filter(pk__in=[desk.call.pk, desk.events.pk]).count() == 2
    assert Submission.objects.filter(pk=submission.pk).exists()


def test_pages_without_submissions_are_deleted_as_usual(admin_client, desk):
    delete_in_admin(admin_client, desk.call)
    bulk_delete_in_admin(admin_client, desk.events)

    assert not Page.objects.filter(pk__in=[desk.call.pk, desk.events.pk]).exists()


def test_the_page_can_be_deleted_once_its_submissions_are_erased(admin_client, desk, submission):
    erase_email(submission.email)
    delete_in_admin(admin_client, desk.call)

    assert not Page.objects.filter(pk=desk.call.pk).exists()


def test_the_database_refuses_to_delete_a_page_with_submissions(desk, submission):
    with pytest.raises(ProtectedError):
        Page.objects.get(pk=desk.call.pk).delete()

    assert Submission.objects.filter(pk=submission.pk).exists()
