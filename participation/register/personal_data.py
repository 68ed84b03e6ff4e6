"""The register in a data-subject request and in the nightly erasure: the personal-data tool of forms_engine finds,
exports and erases profiles by email through `forms_engine.retention.PERSONAL_DATA_FIND_HOOK` and
`PERSONAL_DATA_ERASE_HOOK`, and the nightly run erases profiles past their retention date through
`RETENTION_ERASE_HOOK` (registered in `participation/wagtail_hooks.py`).

A profile's access log (Wagtail's audit log entries, which name the person) goes with the profile however it is
deleted, as a submission's history goes with the submission."""

from django.contrib.contenttypes.models import ContentType
from django.db.models import Prefetch
from django.utils.translation import gettext
from wagtail.models import ModelLogEntry

from participation.models import AssignmentOffer, RegisterProfile


def find(email):
    """The address's profiles as plain data for the export."""
    return [
        {
            "page": "register",
            "kind": gettext("Register of experts by experience"),
            "summary": profile.name,
            "name": profile.name,
            "email": profile.email,
            "phone": profile.phone,
            "languages": profile.languages,
            "roles": profile.roles,
            "areas": [term.name for term in profile.areas.all()],
            "target_groups": [term.name for term in profile.target_groups.all()],
            "training": profile.training,
            "availability": profile.availability,
            "consent": profile.consent_text,
            "consent_at": profile.consent_at,
            "end_date": profile.end_date,
            "kept_until": profile.retain_until,
            "application": profile.submission.reference if profile.submission else "",
            "created_at": profile.created_at,
            # The assignments offered to the person: what, when and their answer (an assignment names nobody;
            # the offer is what ties the person to it, and goes with the profile).
            "assignments": [
                {
                    "task": offer.assignment.task,
                    "date": offer.assignment.date,
                    "place": offer.assignment.place,
                    "answer": offer.status,
                    "offered_at": offer.offered_at,
                    "answered_at": offer.answered_at,
                }
                for offer in profile.assignment_offers.all()
            ],
        }
        for profile in RegisterProfile.objects.with_email(email)
        .select_related("submission")
        .prefetch_related(
            "areas",
            "target_groups",
            Prefetch(
                "assignment_offers",
                queryset=AssignmentOffer.objects.select_related("assignment").order_by("offered_at", "pk"),
            ),
        )
        .order_by("pk")
    ]


def delete(profiles):
    """Delete `profiles`; their access log goes with each (`forget_deleted_profile`). Returns how many."""
    return profiles.delete()[1].get(RegisterProfile._meta.label, 0)


def erase(email):
    """Erase the address's profiles. Returns how many."""
    return delete(RegisterProfile.objects.with_email(email))


def erase_expired(today):
    """Erase the profiles whose retention date (end date + `REGISTER_RETENTION_DAYS`) has passed."""
    return delete(RegisterProfile.objects.expired(today))


def forget_deleted_profile(sender, instance, **kwargs):
    """`post_delete` of a profile, however it is deleted (in the admin, by email, by retention): its access log
    entries name the person, so they go with it."""
    content_type = ContentType.objects.get_for_model(RegisterProfile)
    ModelLogEntry.objects.filter(content_type=content_type, object_id=str(instance.pk)).delete()
