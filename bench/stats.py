"""Benchmark of "Participation in figures": 100,000 submissions and 5,000 follow-ups, then time the pages.

    .venv/bin/python bench/stats.py                       # SQLite at var/bench/stats.sqlite3
    createdb -h 127.0.0.1 -U postgres stats_bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/stats_bench .venv/bin/python bench/stats.py

It uses its own database (never the site's): the SQLite file under var/bench/, or the one `DATABASE_URL` names.
The first run builds the demo site (site shell, participation pages, the statistics page) and generates the bulk
data with `bulk_create`; later runs reuse it (`--rebuild` starts again). Then it requests the admin report (as a
superuser) and the public page several times and prints the median and worst time and the number of queries.
The target is under 300 ms for both.
"""

import argparse
import datetime
import os
import random
import statistics
import sys
import time
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TARGET_MS = 300


def parse_args():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--submissions", type=int, default=100_000)
    parser.add_argument("--follow-ups", type=int, default=5_000)
    parser.add_argument("--events", type=int, default=1_000, help="past events with attendance counts")
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--rebuild", action="store_true", help="delete the benchmark database and build it again")
    return parser.parse_args()


def configure(args):
    sys.path.insert(0, str(ROOT))
    sqlite_file = ROOT / "var" / "bench" / "stats.sqlite3"
    if not os.environ.get("DATABASE_URL"):
        sqlite_file.parent.mkdir(parents=True, exist_ok=True)
        if args.rebuild and sqlite_file.exists():
            sqlite_file.unlink()
        os.environ["DATABASE_URL"] = f"sqlite:///{sqlite_file}"
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    import django

    django.setup()


def base36(number, width=4):
    alphabet = "0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ"
    digits = ""
    while number:
        number, remainder = divmod(number, 36)
        digits = alphabet[remainder] + digits
    return digits.rjust(width, "0")


def bulk_pages(model, parent, specs):
    """Insert live pages of `model` under `parent` without saving them one by one.

    Django's bulk_create does not handle multi-table inheritance, so the `wagtailcore_page` rows are bulk-created
    first and the page type's own row is inserted with one `executemany`, using each field's own default and
    database conversion so that fields other apps add to the page types are filled too.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection
    from django.utils import timezone
    from wagtail.models import Page

    content_type = ContentType.objects.get_for_model(model)
    last_child = parent.get_last_child()
    start = int(last_child.path[-4:], 36) + 1 if last_child else 1
    now = timezone.now()
    base_rows = []
    for offset, spec in enumerate(specs):
        slug = spec.pop("slug")
        base_rows.append(
            Page(
                title=spec.pop("title"),
                draft_title=spec.get("draft_title", ""),
                slug=slug,
                content_type=content_type,
                locale_id=parent.locale_id,
                path=parent.path + base36(start + offset),
                depth=parent.depth + 1,
                numchild=0,
                url_path=f"{parent.url_path}{slug}/",
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
                translation_key=uuid.uuid4(),
            )
        )
    base_rows = Page.objects.bulk_create(base_rows, batch_size=2000)
    fields = list(model._meta.local_concrete_fields)
    columns = ", ".join(connection.ops.quote_name(field.column) for field in fields)
    placeholders = ", ".join(["%s"] * len(fields))
    sql = f"INSERT INTO {connection.ops.quote_name(model._meta.db_table)} ({columns}) VALUES ({placeholders})"
    rows = []
    for page, spec in zip(base_rows, specs, strict=True):
        instance = model(page_ptr_id=page.pk, **spec)
        rows.append(
            [field.get_db_prep_save(getattr(instance, field.attname), connection=connection) for field in fields]
        )
    with connection.cursor() as cursor:
        for index in range(0, len(rows), 2000):
            cursor.executemany(sql, rows[index : index + 2000])
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(base_rows))
    return [page.pk for page in base_rows]


def build(args):
    from django.core.management import call_command
    from django.db import transaction

    call_command("migrate", verbosity=0)
    from portal.models import HomePage

    if HomePage.objects.exists():
        print("Benchmark database already built; --rebuild to start again.")
        analyze()
        return
    from participation.demo_content import load_participation_content
    from participation.demo_statistics import load_statistics_page
    from portal.demo import DemoLoader
    from portal.demo_content import load_site_shell

    started = time.perf_counter()
    with transaction.atomic():
        loader = DemoLoader()
        load_site_shell(loader)
        load_participation_content(loader)
        load_statistics_page(loader)
    print(f"Demo site built in {time.perf_counter() - started:.1f} s")
    with transaction.atomic():
        generate(args)
    analyze()


def analyze():
    """Fresh statistics for the query planner, as autovacuum (PostgreSQL) or a maintenance job would give."""
    from django.db import connection

    with connection.cursor() as cursor:
        cursor.execute("ANALYZE")


def generate(args):
    from django.contrib.auth import get_user_model
    from django.utils import timezone

    from participation.models import (
        Area,
        AttendanceRole,
        ChannelPage,
        EventAttendance,
        EventIndexPage,
        EventPage,
        FeedbackFormPage,
        FollowUpIndexPage,
        FollowUpPage,
        FollowUpStatus,
        FollowUpStatusEntry,
        OpenCallPage,
    )
    from participation.statistics.periods import TIME_ZONE

    rng = random.Random(2026)
    now = timezone.now()
    today = now.astimezone(TIME_ZONE).date()
    follow_up_index = FollowUpIndexPage.objects.filter(locale__language_code="fi").first()
    event_index = EventIndexPage.objects.filter(locale__language_code="fi").first()
    channels = list(ChannelPage.objects.filter(locale_id=follow_up_index.locale_id).values_list("pk", flat=True))
    areas = list(Area.objects.filter(locale_id=follow_up_index.locale_id).values_list("pk", flat=True))

    started = time.perf_counter()
    statuses = FollowUpStatus.values
    specs = []
    for number in range(args.follow_ups):
        status = rng.choice(statuses)
        specs.append(
            {
                "title": f"Kehittämisehdotus {number}",
                "slug": f"ehdotus-{number}",
                "matter": "<p>Asukkaiden ehdotus palvelun kehittämiseksi.</p>",
                "origin_kind": "feedback",
                "raised_on": today - datetime.timedelta(days=rng.randrange(0, 730)),
                "status": status,
                "reason_not_taken_forward": "Ei resursseja." if status == FollowUpStatus.NOT_TAKEN_FORWARD else "",
            }
        )
    follow_up_ids = bulk_pages(FollowUpPage, follow_up_index, specs)
    FollowUpStatusEntry.objects.bulk_create(
        [
            FollowUpStatusEntry(page_id=pk, date=spec["raised_on"], status=spec["status"], note="Tila.", sort_order=0)
            for pk, spec in zip(follow_up_ids, specs, strict=True)
        ],
        batch_size=2000,
    )
    FollowUpPage.areas.through.objects.bulk_create(
        [FollowUpPage.areas.through(followuppage_id=pk, area_id=rng.choice(areas)) for pk in follow_up_ids],
        batch_size=2000,
    )
    FollowUpPage.channels.through.objects.bulk_create(
        [
            FollowUpPage.channels.through(followuppage_id=pk, channelpage_id=rng.choice(channels))
            for pk in follow_up_ids
        ],
        batch_size=2000,
    )
    print(f"{len(follow_up_ids)} follow-ups in {time.perf_counter() - started:.1f} s")

    started = time.perf_counter()
    event_specs = []
    for number in range(args.events):
        starts_at = now - datetime.timedelta(days=rng.randrange(1, 730), hours=rng.randrange(0, 24))
        event_specs.append(
            {
                "title": f"Kehittäjäkahvila {number}",
                "slug": f"kahvila-{number}",
                "starts_at": starts_at,
                "ends_at": starts_at + datetime.timedelta(hours=2),
                "channel_id": rng.choice(channels),
            }
        )
    event_ids = bulk_pages(EventPage, event_index, event_specs)
    EventAttendance.objects.bulk_create(
        [
            EventAttendance(page_id=pk, role=role, count=rng.randrange(0, 40), sort_order=index)
            for pk in event_ids
            for index, role in enumerate(AttendanceRole.values)
        ],
        batch_size=2000,
    )
    EventPage.areas.through.objects.bulk_create(
        [EventPage.areas.through(eventpage_id=pk, area_id=rng.choice(areas)) for pk in event_ids], batch_size=2000
    )
    print(f"{len(event_ids)} past events in {time.perf_counter() - started:.1f} s")

    try:
        from forms_engine.models import Place, Submission
    except ImportError:
        print("forms_engine has no Submission model: no submissions generated.")
    else:
        started = time.perf_counter()
        form_pages = list(OpenCallPage.objects.values_list("pk", flat=True)) + list(
            FeedbackFormPage.objects.values_list("pk", flat=True)
        )
        submit_time = Submission._meta.get_field("submit_time")
        submit_time.auto_now_add = False  # keep the generated times
        try:
            batch = []
            for number in range(args.submissions):
                at = now - datetime.timedelta(minutes=rng.randrange(0, 730 * 24 * 60))
                answered = rng.random() < 0.8
                batch.append(
                    Submission(
                        page_id=rng.choice(form_pages),
                        form_data={"viesti": "Palaute."},
                        submit_time=at,
                        reference=f"BENCH-{number:07d}",
                        language="fi",
                        due_date=at.astimezone(TIME_ZONE).date() + datetime.timedelta(days=14),
                        retain_until=today + datetime.timedelta(days=365),
                        consent_text="Suostun.",
                        consent_at=at,
                        place=Place.NONE,
                        status="answered" if answered else "new",
                        answered_at=at + datetime.timedelta(hours=rng.expovariate(1 / 150)) if answered else None,
                    )
                )
                if len(batch) == 5000:
                    Submission.objects.bulk_create(batch)
                    batch = []
            Submission.objects.bulk_create(batch)
        finally:
            submit_time.auto_now_add = True
        print(f"{args.submissions} submissions in {time.perf_counter() - started:.1f} s")

    User = get_user_model()
    if not User.objects.filter(username="bench").exists():
        User.objects.create_superuser("bench", "bench@example.fi", "bench-password-123")


def measure(client, url, runs):
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    response = client.get(url)  # warm: the site chrome is cached after the first request
    assert response.status_code == 200, (url, response.status_code)
    times = []
    for _run in range(runs):
        with CaptureQueriesContext(connection) as queries:
            started = time.perf_counter()
            response = client.get(url)
            if hasattr(response, "streaming_content"):
                b"".join(response.streaming_content)
            times.append((time.perf_counter() - started) * 1000)
        assert response.status_code == 200
    return statistics.median(times), max(times), len(queries)


def main():
    args = parse_args()
    configure(args)
    build(args)
    from django.contrib.auth import get_user_model
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment

    from participation.models import FollowUpPage, StatisticsPage

    setup_test_environment()
    counts = {"follow-ups (all languages)": FollowUpPage.objects.count()}
    try:
        from forms_engine.models import Submission

        counts["submissions"] = Submission.objects.count()
    except ImportError:
        pass
    print(
        f"Database: {connection.vendor} {connection.settings_dict['NAME']}; "
        + ", ".join(f"{count} {name}" for name, count in counts.items())
    )
    public_url = StatisticsPage.objects.get(locale__language_code="fi").url
    admin = Client()
    admin.force_login(get_user_model().objects.get(username="bench"))
    year = datetime.date.today().year
    pages = [
        ("public page " + public_url, Client(), public_url),
        ("admin report, this year", admin, "/admin/reports/participation-in-figures/"),
        (
            "admin report, a month",
            admin,
            f"/admin/reports/participation-in-figures/?kind=month&year={year}&month=1",
        ),
        ("CSV export, this year", admin, "/admin/reports/participation-in-figures/?kind=year&export=csv"),
    ]
    failed = False
    for name, client, url in pages:
        median, worst, queries = measure(client, url, args.runs)
        ok = median < TARGET_MS
        failed = failed or not ok
        verdict = "ok" if ok else "SLOW"
        print(f"{name:45} median {median:7.1f} ms  worst {worst:7.1f} ms  {queries:3d} queries  {verdict}")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
