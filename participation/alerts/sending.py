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
Finnish "ikääntyneet". A page with no target group (or no area) is for everyone and matches every choice. A term
marked "covers all" (`covers_all`: "Kaikki asukkaat", "Koko Pirkanmaa") stands for every term of its taxonomy: a
page tagged with it is for everyone and matches every choice. A subscriber who chose such a term hears of the pages
tagged with it (and those without terms), as the listing filtered by it shows them (`participation.listing`).

Never lost. The announcement (`AnnouncedPage`) is recorded in the publishing transaction by the `page_published`
handler; with the database task backend the task `announce_page` is enqueued in that same transaction, so the
page, the record and the task commit together or not at all (with the immediate backend of the tests, after the
commit). The task queues the emails in batches of `ANNOUNCE_BATCH` subscriptions, each batch with its progress in
one short transaction, and marks the record done at the end. A record not done an hour after it was written (a
task that failed or a worker that died) is finished by the daily run (`finish_announcements`), from where it
stopped. One email per address even when an address has several matching subscriptions.

Links. Every email links to the host the resident subscribed through (`AlertSubscription.root_url`, taken from the
subscribe request, whose host Django accepts only from ALLOWED_HOSTS), not to the Wagtail Site's hostname, which
in a fresh install still says `localhost`; subscriptions from before that was stored use the default Site's.

The weekly summary is `send_digests`, run daily by the worker (`daily_alerts`, which schedules its next run like
the daily erasure does) or by `manage.py send_alert_digests` from cron: each subscriber gets at most one summary in
seven days, listing the pages announced since their last one (or since they confirmed), and nothing when nothing
new matches. Changing from immediate alerts to the summary starts the summary's week then, so nothing already
emailed is listed again. The same daily run erases subscriptions never confirmed within `UNCONFIRMED_DAYS`.

Every alert carries the one-click unsubscribe headers of RFC 8058 and the link to change the choices or stop.
"""

import datetime

from django.conf import settings
from django.db import transaction
from django.db.models import Exists, OuterRef, Q
from django.urls import reverse
from django.utils import timezone, translation
from django_tasks import task, task_backends
from wagtail.models import Page

from forms_engine.nightly import schedule_nightly
from forms_engine.notifications import queue_email
from participation.models import AlertFrequency, AlertKind, AlertSubscription, AnnouncedPage, EventPage, OpenCallPage
from portal.queries import visible

# A confirmation link works this long; then the unconfirmed subscription is erased.
UNCONFIRMED_DAYS = 7
DIGEST_INTERVAL = datetime.timedelta(days=7)
# When the daily run (summaries and the erasure of unconfirmed subscriptions) happens, in Finnish time.
DAILY_HOUR = 8

# The immediate alerts of one announcement are queued this many subscriptions at a time (one short transaction each).
ANNOUNCE_BATCH = 50
# An announcement not finished this long after it was recorded is finished by the daily run.
ANNOUNCE_GRACE = datetime.timedelta(hours=1)

KIND_OF_MODEL = {OpenCallPage: AlertKind.OPEN_CALL, EventPage: AlertKind.EVENT}
SUBSCRIPTION_FIELD = {AlertKind.OPEN_CALL: "open_calls", AlertKind.EVENT: "events"}


def kind_of(page):
    return KIND_OF_MODEL.get(type(page))


def is_first_publication(page):
    return page.first_published_at is not None and page.first_published_at == page.last_published_at


def announce_on_publish(sender, instance, **kwargs):
    """`page_published` of open calls and events: on the first publication, record the announcement and queue its
    task, both in the publishing transaction (see "Never lost" above)."""
    if not is_first_publication(instance):
        return
    now = timezone.now()
    record = record_announcement(instance, now)
    if record is None:
        return
    if not AlertSubscription.objects.filter(confirmed_at__isnull=False).exists():
        # Nobody to tell (a new site, the demo's load): the announcement is done, no task waits for the worker.
        AnnouncedPage.objects.filter(pk=record.pk).update(alerts_done_at=now)
        return
    enqueue_announcement(record.page_id)


def enqueue_announcement(page_id):
    if task_backends[announce_page.backend].supports_defer:
        # A persistent backend: the task row commits or rolls back with the announcement and the page.
        announce_page.enqueue(page_id)
    else:
        # The immediate backend runs the task at once: only after the commit, when the page is there to read. A
        # failure is logged (the editor's publish stands) and the daily run finishes the announcement.
        transaction.on_commit(lambda: announce_page.enqueue(page_id), robust=True)


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


def record_announcement(page, now):
    """The page's new `AnnouncedPage`, or None when it is not announced (not announceable, or told of before)."""
    if not announceable(page, now):
        return None
    record, created = AnnouncedPage.objects.get_or_create(
        translation_key=page.translation_key, defaults={"page": page, "kind": kind_of(page), "announced_at": now}
    )
    return record if created else None


def announce(page_id, now=None):
    """Queue the immediate alerts of a recorded announcement (recording it first if a task of an older version
    asks for an unrecorded page). Returns the number of emails queued."""
    now = now or timezone.now()
    record = AnnouncedPage.objects.filter(page_id=page_id).first()
    if record is None:
        page = Page.objects.filter(pk=page_id).specific().first()
        record = record_announcement(page, now) if page is not None else None
        if record is None:
            return 0
    return tell_subscribers(record, now)


def tell_subscribers(record, now):
    """Queue the immediate alerts of one announcement in batches of `ANNOUNCE_BATCH` subscriptions, each batch in
    its own short transaction with its progress (`told_up_to`): on SQLite the write lock is never held for long,
    and a run cut short is finished where it stopped. One email per address even with several subscriptions."""
    page = Page.objects.filter(pk=record.page_id).specific().first()
    if page is None or not announceable(page, now):  # unpublished or made private before the task ran
        AnnouncedPage.objects.filter(pk=record.pk, alerts_done_at__isnull=True).update(alerts_done_at=now)
        return 0
    kind = kind_of(page)
    terms = page_terms(page)
    told = set()
    items = {}  # by (language, root URL)
    while True:
        with transaction.atomic():
            current = AnnouncedPage.objects.select_for_update().filter(pk=record.pk, alerts_done_at__isnull=True)
            current = current.first()
            if current is None:  # finished by another run
                return len(told)
            batch = list(
                matching(kind, *terms)
                .filter(frequency=AlertFrequency.IMMEDIATE, pk__gt=current.told_up_to)
                .order_by("pk")[:ANNOUNCE_BATCH]
            )
            if not batch:
                current.alerts_done_at = now
                current.save(update_fields=["alerts_done_at"])
                return len(told)
            for subscription in batch:
                address = subscription.email.casefold()
                if address in told:
                    continue
                told.add(address)
                key = (subscription.language, root_url_of(subscription))
                if key not in items:
                    items[key] = alert_item(page, *key)
                send_alert(subscription, "participation/email/alert", {"item": items[key]})
            current.told_up_to = batch[-1].pk
            current.save(update_fields=["told_up_to"])


def finish_announcements(now=None):
    """Finish the announcements whose task never ran or stopped (a worker that died, a database error): those
    recorded more than `ANNOUNCE_GRACE` ago and not done. Returns how many emails were queued."""
    now = now or timezone.now()
    pending = AnnouncedPage.objects.filter(alerts_done_at__isnull=True, announced_at__lt=now - ANNOUNCE_GRACE)
    return sum(tell_subscribers(record, now) for record in pending.order_by("pk"))


def _keys(rows):
    """Translation keys of (key, covers_all) rows; none when one term covers all (the page is for everyone)."""
    rows = list(rows)
    if any(covers_all for _key, covers_all in rows):
        return set()
    return {key for key, _covers_all in rows}


def page_terms(page):
    """The translation keys of the page's target groups and areas; an empty set (for everyone) for a taxonomy in
    which the page has a term that covers all."""
    return (
        _keys(page.target_groups.values_list("translation_key", "covers_all")),
        _keys(page.areas.values_list("translation_key", "covers_all")),
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


def alert_item(page, language, root_url=""):
    """What an email says of one page, in the subscriber's language where the page has a translation, linked on
    the subscriber's host (`root_url`) when the page is on the default site."""
    shown = page_in(page, language)
    return {
        "page": shown,
        "kind": kind_of(shown),
        "url": page_url_on(shown, root_url),
        "other_language": shown.locale.language_code != language,
    }


def page_url_on(page, root_url):
    """The page's address on `root_url` when the page is on the default site (the one the alerts' addresses are
    served from); a page of another Wagtail site keeps its site's own address."""
    parts = page.get_url_parts()
    if parts is None:
        return page.get_full_url()
    _site_id, site_root, path = parts
    if root_url and site_root == site_root_url():
        return root_url + path
    return site_root + path


def site_root_url():
    """The default site's address (`https://…` when its port is 443): the emails' links when no better is known."""
    from wagtail.models import Site

    site = Site.objects.filter(is_default_site=True).first() or Site.objects.first()
    return site.root_url if site else ""


def request_root_url(request):
    """The scheme and host a request came to (`request.get_host()` accepts only the hosts of ALLOWED_HOSTS)."""
    return request.build_absolute_uri("/").rstrip("/")


def root_url_of(subscription):
    """Where the subscriber's emails link: the host they subscribed through, else the default site's."""
    return subscription.root_url or site_root_url()


def links(subscription, root_url=None):
    """The subscription's manage and one-click unsubscribe addresses, absolute, in its language."""
    root_url = root_url or root_url_of(subscription)
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
    items_in = {}  # (page id, language, root URL): what the emails say of the page
    sent = 0
    for subscription in due:
        wanted = subscription_terms(subscription)
        items = []
        for record in announced:
            page = pages.get(record.page_id)
            if page is None or record.announced_at <= subscription.digest_since:
                continue
            if matches(wanted, record.kind, *terms_of_page[page.pk]):
                key = (page.pk, subscription.language, root_url_of(subscription))
                if key not in items_in:
                    items_in[key] = alert_item(page, *key[1:])
                items.append(items_in[key])
        if items and _send_digest(subscription, items, now):
            sent += 1
    return sent


def _send_digest(subscription, items, now):
    """Claim the subscription's week and queue its summary together: two runs at once send it only once."""
    with transaction.atomic():
        claimed = AlertSubscription.objects.filter(pk=subscription.pk, digest_sent_at=subscription.digest_sent_at)
        if subscription.digest_sent_at is None:
            claimed = AlertSubscription.objects.filter(pk=subscription.pk, digest_sent_at__isnull=True)
        if not claimed.update(digest_sent_at=now):
            return False
        context = {"items": items, "first": subscription.digest_sent_at is None}
        send_alert(subscription, "participation/email/alert_digest", context)
    return True


def erase_unconfirmed(now=None):
    """Erase the subscriptions whose confirmation link was not followed in time. Returns how many."""
    cutoff = (now or timezone.now()) - datetime.timedelta(days=UNCONFIRMED_DAYS)
    count, _by_model = AlertSubscription.objects.filter(confirmed_at__isnull=True, created_at__lt=cutoff).delete()
    return count


def run_daily(now=None):
    erased = erase_unconfirmed(now)
    finished = finish_announcements(now)
    sent = send_digests(now)
    return {"digests": sent, "unconfirmed_erased": erased, "late_alerts": finished}


@task(priority=10)
def daily_alerts():
    try:
        return run_daily()
    finally:  # tomorrow's run is queued even if today's failed
        schedule_daily_alerts(force=True)


def schedule_daily_alerts(force=False):
    """Queue the next daily run, unless one is already waiting."""
    return schedule_nightly(daily_alerts, hour=DAILY_HOUR, force=force)
