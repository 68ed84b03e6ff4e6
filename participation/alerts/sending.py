"""Who hears of a new open call or event, and when: right after it is first published, or in a weekly summary.

When is a page announced. On its first publication only (Wagtail's `page_published` with the page's
`first_published_at` equal to its `last_published_at`), once for the page and all its translations
(`AnnouncedPage`, unique by translation key): a re-publish, a translation published later, or a page unpublished
and published again tells nobody anything. A page is not announced when, at that moment,
- it is in a private section (a view restriction on it or an ancestor), or not under any site;
- it is an open call whose application period has already ended, or an event that has already ended.
An open call that opens later ("opening soon") is announced when published: residents want time to get ready, and
the email says when applications open. A page that was private at its first publication is never announced.

Who. Confirmed subscriptions that chose the page's kind, whose target groups meet the page's (none chosen = all)
and likewise for areas. Terms are compared by their translation key, so a Swedish subscriber's "äldre" is the
Finnish "ikääntyneet". A page with no target group (or no area) is for everyone and matches every choice.

Immediate alerts are queued after the publishing transaction commits (`transaction.on_commit` enqueues the task
`announce_page`), one email per address even when an address has several matching subscriptions.

The weekly summary is `send_digests`, run daily by the worker (`daily_alerts`, which schedules its next run like
the daily erasure does) or by `manage.py send_alert_digests` from cron: each subscriber gets at most one summary in
seven days, listing the pages announced since their last one (or since they confirmed), and nothing when nothing
new matches. The same daily run erases subscriptions never confirmed within `UNCONFIRMED_DAYS`.

Every alert carries the one-click unsubscribe headers of RFC 8058 and the link to change the choices or stop.
"""

import datetime
import logging

from django.conf import settings
from django.db import DatabaseError, transaction
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task, task_backends
from wagtail.models import Page

from forms_engine.notifications import queue_email
from forms_engine.retention import next_night
from participation.models import AlertFrequency, AlertKind, AlertSubscription, AnnouncedPage, EventPage, OpenCallPage
from portal.queries import visible

logger = logging.getLogger(__name__)

# A confirmation link works this long; then the unconfirmed subscription is erased.
UNCONFIRMED_DAYS = 7
DIGEST_INTERVAL = datetime.timedelta(days=7)
# When the daily run (summaries and the erasure of unconfirmed subscriptions) happens, in Finnish time.
DAILY_HOUR = 8

KIND_OF_MODEL = {OpenCallPage: AlertKind.OPEN_CALL, EventPage: AlertKind.EVENT}
SUBSCRIPTION_FIELD = {AlertKind.OPEN_CALL: "open_calls", AlertKind.EVENT: "events"}


def kind_of(page):
    return KIND_OF_MODEL.get(type(page))


def is_first_publication(page):
    return page.first_published_at is not None and page.first_published_at == page.last_published_at


def announce_on_publish(sender, instance, **kwargs):
    """`page_published` of open calls and events: on the first publication, announce after the commit.

    The announcement is a background task, so that the editor's publish neither waits for the emails of many
    subscribers nor fails with them.
    """
    if not is_first_publication(instance):
        return
    page_id = instance.pk
    transaction.on_commit(lambda: enqueue_announcement(page_id))


def enqueue_announcement(page_id):
    try:
        announce_page.enqueue(page_id)
    except DatabaseError:
        logger.exception("Could not queue the alerts of page %s.", page_id)


# Ahead of Wagtail's own background work, as the emails are (forms_engine.notifications).
@task(priority=40)
def announce_page(page_id):
    return announce(page_id)


def is_current(page, now):
    """Whether the page still offers something: a call not closed, an event not over."""
    if isinstance(page, OpenCallPage):
        return page.closes_at > now
    if isinstance(page, EventPage):
        return page.ends_at >= now
    return False


def announceable(page, now):
    if not page.live or kind_of(page) is None or not is_current(page, now):
        return False
    if page.get_view_restrictions().exists():
        return False
    return page.get_url_parts() is not None


def announce(page_id, now=None):
    """Record the page as announced and queue the immediate alerts. Returns the number of emails queued."""
    now = now or timezone.now()
    page = Page.objects.filter(pk=page_id).specific().first()
    if page is None or not announceable(page, now):
        return 0
    kind = kind_of(page)
    with transaction.atomic():
        _record, created = AnnouncedPage.objects.get_or_create(
            translation_key=page.translation_key, defaults={"page": page, "kind": kind, "announced_at": now}
        )
        if not created:
            return 0
        terms = page_terms(page)
        subscriptions = matching(kind, *terms).filter(frequency=AlertFrequency.IMMEDIATE).order_by("pk")
        told = set()
        root_url = site_root_url()
        items = {}  # by language
        for subscription in subscriptions:
            address = subscription.email.casefold()
            if address in told:
                continue
            told.add(address)
            language = subscription.language
            if language not in items:
                items[language] = alert_item(page, language)
            send_alert(subscription, "participation/email/alert", {"item": items[language]}, root_url)
    return len(told)


def page_terms(page):
    """The translation keys of the page's target groups and areas."""
    return (
        set(page.target_groups.values_list("translation_key", flat=True)),
        set(page.areas.values_list("translation_key", flat=True)),
    )


def _narrowed(through, term, keys):
    chosen = through.objects.filter(alertsubscription_id=OuterRef("pk"))
    if not keys:
        return Q()  # a page for everyone matches every choice
    return ~Exists(chosen) | Exists(chosen.filter(**{f"{term}__translation_key__in": keys}))


def matching(kind, target_group_keys, area_keys):
    """Confirmed subscriptions to `kind` whose choices meet a page with these terms."""
    return AlertSubscription.objects.filter(confirmed_at__isnull=False, **{SUBSCRIPTION_FIELD[kind]: True}).filter(
        _narrowed(AlertSubscription.target_groups.through, "targetgroup", target_group_keys),
        _narrowed(AlertSubscription.areas.through, "area", area_keys),
    )


def matches(subscription_terms, kind, target_group_keys, area_keys):
    """The same test as `matching`, in Python, for a subscription's (kinds, target group keys, area keys)."""
    kinds, chosen_groups, chosen_areas = subscription_terms
    return (
        kind in kinds
        and (not chosen_groups or not target_group_keys or bool(chosen_groups & target_group_keys))
        and (not chosen_areas or not area_keys or bool(chosen_areas & area_keys))
    )


def subscription_terms(subscription):
    kinds = {kind for kind, field in SUBSCRIPTION_FIELD.items() if getattr(subscription, field)}
    return (
        kinds,
        {term.translation_key for term in subscription.target_groups.all()},
        {term.translation_key for term in subscription.areas.all()},
    )


def page_in(page, language):
    """The page in `language` if it is published there, else in Finnish (the site's language), else as it is."""
    versions = {
        version.locale.language_code: version
        for version in visible(type(page).objects.filter(translation_key=page.translation_key)).select_related("locale")
    }
    return versions.get(language) or versions.get(settings.LANGUAGE_CODE) or page


def alert_item(page, language):
    """What an email says of one page, in the subscriber's language where the page has a translation."""
    shown = page_in(page, language)
    return {
        "page": shown,
        "kind": kind_of(shown),
        "url": shown.get_full_url(),
        "other_language": shown.locale.language_code != language,
    }


def site_root_url():
    """The default site's address (`https://…` when its port is 443), which the emails' own links start with."""
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    return site.root_url if site else ""


def links(subscription, root_url=None):
    """The subscription's manage and one-click unsubscribe addresses, absolute, in its language."""
    root_url = site_root_url() if root_url is None else root_url
    with translation.override(subscription.language):
        manage = reverse("alerts:manage", args=[subscription.token])
        unsubscribe = reverse("alerts:unsubscribe", args=[subscription.token])
    return root_url + manage, root_url + unsubscribe


def send_alert(subscription, template, context, root_url=None):
    """Queue one alert email with the RFC 8058 one-click unsubscribe headers and the manage link."""
    manage_url, unsubscribe_url = links(subscription, root_url)
    headers = {"List-Unsubscribe": f"<{unsubscribe_url}>", "List-Unsubscribe-Post": "List-Unsubscribe=One-Click"}
    context = {**context, "manage_url": manage_url, "unsubscribe_url": unsubscribe_url}
    return queue_email([subscription.email], template, context, subscription.language, headers=headers)


def send_digests(now=None):
    """Send the weekly summaries that are due. Returns how many were sent.

    The pages announced since the earliest due subscriber's last summary are read once; each due subscriber gets
    those after their own last summary that match their choices and are still live, public and current.
    """
    now = now or timezone.now()
    last_due = timezone.localdate(now) - DIGEST_INTERVAL
    subscriptions = AlertSubscription.objects.filter(confirmed_at__isnull=False, frequency=AlertFrequency.WEEKLY)
    due = [
        subscription
        for subscription in subscriptions.prefetch_related("target_groups", "areas").order_by("pk")
        if timezone.localdate(subscription.digest_since) <= last_due
    ]
    if not due:
        return 0
    earliest = min(subscription.digest_since for subscription in due)
    announced = list(
        AnnouncedPage.objects.filter(announced_at__gt=earliest, announced_at__lte=now).order_by("announced_at", "pk")
    )
    pages = {
        page.pk: page
        for page in visible(Page.objects.filter(pk__in=[a.page_id for a in announced])).specific()
        if kind_of(page) and is_current(page, now)
    }
    terms_of_page = {page_id: page_terms(page) for page_id, page in pages.items()}
    items_in = {}  # (page id, language): what the emails say of the page
    root_url = site_root_url()
    sent = 0
    for subscription in due:
        wanted = subscription_terms(subscription)
        items = []
        for record in announced:
            page = pages.get(record.page_id)
            if page is None or record.announced_at <= subscription.digest_since:
                continue
            if matches(wanted, record.kind, *terms_of_page[page.pk]):
                key = (page.pk, subscription.language)
                if key not in items_in:
                    items_in[key] = alert_item(page, subscription.language)
                items.append(items_in[key])
        if items and _send_digest(subscription, items, now, root_url):
            sent += 1
    return sent


def _send_digest(subscription, items, now, root_url):
    """Claim the subscription's week and queue its summary together: two runs at once send it only once."""
    with transaction.atomic():
        claimed = AlertSubscription.objects.filter(pk=subscription.pk, digest_sent_at=subscription.digest_sent_at)
        if subscription.digest_sent_at is None:
            claimed = AlertSubscription.objects.filter(pk=subscription.pk, digest_sent_at__isnull=True)
        if not claimed.update(digest_sent_at=now):
            return False
        send_alert(subscription, "participation/email/alert_digest", {"items": items}, root_url)
    return True


def erase_unconfirmed(now=None):
    """Erase the subscriptions whose confirmation link was not followed in time. Returns how many."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=UNCONFIRMED_DAYS)
    count, _by_model = AlertSubscription.objects.filter(confirmed_at__isnull=True, created_at__lt=cutoff).delete()
    return count


def run_daily(now=None):
    erased = erase_unconfirmed(now)
    sent = send_digests(now)
    return {"digests": sent, "unconfirmed_erased": erased}


@task(priority=10)
def daily_alerts():
    try:
        return run_daily()
    finally:  # tomorrow's run is queued even if today's failed
        schedule_daily_alerts(force=True)


def schedule_daily_alerts(force=False):
    """Queue the next daily run, unless one is already waiting. Only on the database task backend."""
    from django_tasks_db import DatabaseBackend
    from django_tasks_db.models import DBTaskResult

    if not isinstance(task_backends[daily_alerts.backend], DatabaseBackend):
        return None
    waiting = DBTaskResult.objects.filter(status="READY", task_path=daily_alerts.module_path)
    try:
        if not force and waiting.exists():
            return None
    except DatabaseError:  # the task table is not migrated yet
        return None
    return daily_alerts.using(run_after=next_night(hour=DAILY_HOUR)).enqueue()
