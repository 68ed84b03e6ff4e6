"""Counting search queries for the editors' "what people search for" report (wagtail.contrib.search_promotions).

Writing the log costs a transaction of one or two statements per distinct query (50–60 queries for a batch), which
no visitor should wait for. Hits are therefore counted in memory and, when `SEARCH_QUERY_LOG_BATCH` searches
(default 20) have been made or a minute has passed, and when the process exits, handed to the task worker as one
task (`write_search_log`) with the batch's counts as its arguments: the visitor's request at most enqueues it (one
row in the task table), and the worker writes the counts in one transaction. The report in the admin
(Reports → Search terms) reads Wagtail's own `Query` and `QueryDailyHits` tables. Searches that found nothing
are also counted per query and day in `search.models.NoResultQuery` (for "Participation in figures"), in the
same batches. A query can name a person, so both logs are erased after `SEARCH_QUERY_RETENTION_DAYS` (default 400:
a year's report and a little more), once a day, with the first batch written that day.
"""

import atexit
import contextlib
import datetime
import logging
import threading
import time
from collections import Counter

from django.conf import settings
from django.db import transaction
from django.db.models import F
from django.utils import timezone
from django_tasks import task, task_backends
from wagtail.contrib.search_promotions.models import Query, QueryDailyHits
from wagtail.search.utils import normalise_query_string

from search.models import NoResultQuery

logger = logging.getLogger(__name__)
MAX_AGE_SECONDS = 60

_lock = threading.Lock()
_pending = Counter()
_no_results = Counter()
_state = {"last_flush": time.monotonic()}


def record(query_string, no_results=False):
    """Count one search for `query_string`; `no_results` when it found no page and no promoted result."""
    query_string = normalise_query_string(query_string)
    if not query_string:
        return
    batch = getattr(settings, "SEARCH_QUERY_LOG_BATCH", 20)
    with _lock:
        _pending[query_string] += 1
        if no_results:
            _no_results[query_string] += 1
        due = sum(_pending.values()) >= batch or time.monotonic() - _state["last_flush"] >= MAX_AGE_SECONDS
    if due:
        flush()


def flush(quiet=False):
    """Hand the counted hits to the task worker; an error is logged, never raised to the person searching."""
    with _lock:
        pending = dict(_pending)
        no_results = dict(_no_results)
        _pending.clear()
        _no_results.clear()
        _state["last_flush"] = time.monotonic()
    if not pending:
        return
    try:
        write_search_log.enqueue(timezone.localdate().isoformat(), pending, no_results)
    except Exception:  # noqa: BLE001 - the log is worth less than the visitor's answer
        (logger.debug if quiet else logger.warning)("Could not log %d search queries", len(pending), exc_info=True)


@task(priority=-10)
def write_search_log(day, hits, no_results):
    """Add one batch of searches to the log: `hits` and `no_results` are {query: searches} made on `day`."""
    write(datetime.date.fromisoformat(day), hits, no_results)


def write(day, hits, no_results):
    with transaction.atomic():
        for query_string, count in hits.items():
            query = Query.get(query_string)
            daily_hits, _created = QueryDailyHits.objects.get_or_create(query=query, date=day)
            daily_hits.hits = F("hits") + count
            daily_hits.save(update_fields=["hits"])
        for query_string, count in no_results.items():
            counted, _created = NoResultQuery.objects.get_or_create(query_string=query_string, date=day)
            counted.hits = F("hits") + count
            counted.save(update_fields=["hits"])
        today = timezone.localdate()
        if _state.get("erased_on") != today:
            erase_old_queries(today)
            _state["erased_on"] = today


def erase_old_queries(today):
    """Erase the query counts, and the queries themselves, older than the retention period."""
    retention_days = getattr(settings, "SEARCH_QUERY_RETENTION_DAYS", 400)
    NoResultQuery.objects.filter(date__lt=today - datetime.timedelta(days=retention_days)).delete()
    QueryDailyHits.garbage_collect(days=retention_days)
    Query.garbage_collect()  # queries left with no counts and no promoted results


def discard_pending():
    with _lock:
        _pending.clear()
        _no_results.clear()


def _flush_at_exit():
    # Only a task backend that keeps tasks (the database backend) takes the last batch: one that runs them at once
    # (the tests') would write in a process whose database may already be gone.
    if not task_backends[write_search_log.backend].supports_defer:
        return
    with contextlib.suppress(Exception):  # the database may already be gone at exit
        flush(quiet=True)


atexit.register(_flush_at_exit)
