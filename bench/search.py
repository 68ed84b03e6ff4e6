"""Search benchmark: N pages of Finnish text, a fixed mix of queries through the search view, median and p95.

    .venv/bin/python bench/search.py --pages 10000                       # SQLite, var/bench/search-10000.sqlite3
    createdb -h 127.0.0.1 -U postgres search_bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/search_bench .venv/bin/python bench/search.py --pages 10000
    DATABASE_URL=… .venv/bin/python bench/search.py --grow-to 30000     # the same database, 20,000 pages more
    DATABASE_URL=… .venv/bin/python bench/search.py --grow-to 100000 --build-only

The database is migrated, the demo site is loaded (`load_demo_content`), and generated pages are added until the
site has N pages; their text is recombined from the demo content's Finnish sentences (DESIGN §6: realistic
Finnish with inflections and compounds) plus rare words that only a few pages use. Pages are written in bulk
(page rows with their tree paths, specific rows, target groups and areas, and the search index entries of the new
pages through the backend's own indexer), 2,000 to a transaction, so 100,000 pages take minutes, not hours.
`--grow-to N` adds pages to an existing bench database (on SQLite a copy of the `--pages` file is grown); on
PostgreSQL copy the database first (`createdb -T search_bench search_bench_100k`) to keep the smaller one.
Then every query of the mix runs once to warm the caches and `--rounds` times through Django's test client — URL
routing, middleware, the search view with facets, snippets and query logging, and the template — and the
timings are printed. Targets on PostgreSQL (issue 12): p95 ≤ 50 ms at 10,000 and 30,000 pages, ≤ 100 ms at
100,000. Run it again to reuse the generated pages.
"""

import argparse
import os
import random
import shutil
import statistics
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

FALLBACK_SENTENCES = [
    "Asiakasraati kehittää sosiaali- ja terveyskeskuksen palveluja yhdessä työntekijöiden kanssa.",
    "Kokemusasiantuntija kertoo omasta kokemuksestaan ammattilaisten koulutuksessa.",
    "Nuorisovaltuusto kokoontuu kuukausittain ja antaa lausuntoja nuorten palveluista.",
    "Vanhusneuvosto arvioi ikäihmisten kotihoidon ja palveluasumisen laatua.",
    "Perhekeskuksen työpajassa lapset ja vanhemmat suunnittelevat uusia kerhoja.",
    "Osallistuvassa budjetoinnissa asukkaat päättävät määrärahojen käytöstä.",
    "Vaikuttajaverkostoon kuuluu järjestöjä, seurakuntia ja asukkaiden ryhmiä.",
    "Palautetta voi antaa verkossa, puhelimitse tai kehittäjäkahvilassa.",
    "Kyselyyn vastanneista moni toivoi iltavastaanottoja terveysasemalle.",
    "Vammaisneuvosto seuraa saavutettavuuden kehittymistä hyvinvointialueella.",
]
RARE_WORDS = [
    "kuulovammaisten",
    "omaishoitajien",
    "saamenkielisten",
    "viittomakielisille",
    "maahanmuuttajaperheiden",
    "päihdekuntoutujien",
    "nuorisotakuun",
    "kotikuntoutukseen",
    "mielenterveysomaisten",
    "lapsiperhepalveluiden",
    "ensitietopäivään",
    "vertaismentoreille",
]
QUERIES = [
    # (query, extra GET parameters): common words, inflections and compound parts, rare words, facets, paging.
    ("palvelujen kehittäminen", {}),
    ("asiakasraati", {}),
    ("nuoret", {}),
    ("lasten", {}),
    ("kokemusasiantuntijan", {}),
    ("asiantuntija", {}),
    ("osallistuvaan budjetointiin", {}),
    ("työpajaan", {}),
    ("verkostoon", {}),
    ("kyselyyn", {}),
    ("kuulovammaiset", {}),
    ("omaishoitaja", {}),
    ("saamenkielinen", {}),
    ("vertaismentori", {}),
    ("olematonsanaxyz", {}),
    ("palvelu", {"kohderyhma": "nuoret"}),
    ("palautetta", {"page": "3"}),
    ("asiakasraati", {"tyyppi": "participation.channelpage"}),
]


def setup_django(database_url):
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "portal.settings.test")
    if database_url:
        os.environ["DATABASE_URL"] = database_url
    import django

    django.setup()


def demo_sentences():
    """Finnish sentences of the demo content, or a short built-in list when the demo data cannot be read."""
    sentences = set()

    def walk(value):
        if isinstance(value, dict):
            if isinstance(value.get("fi"), str):
                for sentence in value["fi"].replace("\n", " ").split(". "):
                    if len(sentence.split()) >= 4:
                        sentences.add(sentence.strip().rstrip(".") + ".")
            for item in value.values():
                walk(item)
        elif isinstance(value, (list, tuple)):
            for item in value:
                walk(item)

    import importlib
    import pkgutil

    for package_name in ("participation.demo_data", "portal.demo_data"):
        try:
            package = importlib.import_module(package_name)
        except Exception:  # noqa: BLE001 - the demo data is optional for the benchmark
            continue
        modules = [package]
        for info in pkgutil.iter_modules(getattr(package, "__path__", [])):
            try:
                modules.append(importlib.import_module(f"{package_name}.{info.name}"))
            except Exception:  # noqa: BLE001
                continue
        for module in modules:
            for name in dir(module):
                if name.isupper():
                    walk(getattr(module, name))
    return sorted(sentences) or FALLBACK_SENTENCES


def ensure_site(stdout):
    from django.core.management import call_command
    from wagtail.models import Page

    from portal.models import HomePage

    if not HomePage.objects.exists():
        try:
            call_command("load_demo_content", verbosity=0)
            stdout.write("Loaded the demo content.\n")
        except Exception as error:  # noqa: BLE001 - fall back to a bare site
            stdout.write(f"Demo content could not be loaded ({error}); using a bare site.\n")
            from django.conf import settings
            from wagtail.models import Locale, Site

            locale, _created = Locale.objects.get_or_create(language_code=settings.LANGUAGE_CODE)
            home = Page.get_first_root_node().add_child(
                instance=HomePage(title="Osallistu ja vaikuta", slug="fi", locale=locale)
            )
            Site.objects.update_or_create(
                is_default_site=True, defaults={"hostname": "localhost", "root_page": home, "port": 80}
            )
    return HomePage.objects.filter(locale__language_code="fi").first()


# The generated pages' classes, the standard page each class's pages sit under, and how often each is chosen.
GENERATED_PARENTS = {
    "participation.ChannelPage": ("Generoidut kanavat", "generoidut-kanavat", 2),
    "participation.MethodPage": ("Generoidut menetelmät", "generoidut-menetelmat", 2),
    "portal.StandardPage": ("Generoidut sivut", "generoidut-sivut", 1),
}
CHUNK = 2_000


def generated_parents(home, locale):
    """The three standard pages the generated pages sit under, created once (the parent-type rules are for
    editors, not for this script)."""
    from django.apps import apps

    from portal.models import StandardPage

    parents = {}
    for label, (title, slug, _weight) in GENERATED_PARENTS.items():
        parent = StandardPage.objects.filter(slug=slug, depth=home.depth + 1).first()
        parents[apps.get_model(label)] = parent or home.add_child(
            instance=StandardPage(title=title, slug=slug, locale=locale)
        )
    return parents


def generate_pages(count, stdout, seed=5):
    """Add generated Finnish pages under the home page until the site has `count` pages.

    Pages are written in bulk, not one `add_child` and its signals at a time: the page rows with their tree paths
    (treebeard's materialised path, numbered after the parent's last child), the specific rows, the target
    groups and areas, and then the search index entries of the new pages only, through the search backend's own
    indexer (the same analysed fields and vectors as `update_index`). An existing bench database grows: its pages
    are kept and numbering goes on from the last generated page.
    """
    from django.contrib.contenttypes.models import ContentType
    from django.db import connection, transaction
    from django.utils import timezone
    from wagtail.models import Locale, Page
    from wagtail.search.backends import get_search_backend

    from participation.models import Area, ChannelKind, ChannelPage, MethodPage, TargetGroup
    from portal.models import StandardPage

    home = ensure_site(stdout)
    existing = Page.objects.filter(depth__gt=1).count()
    missing = count - existing
    if missing <= 0:
        stdout.write(f"The site already has {existing} pages.\n")
        return
    sentences = demo_sentences()
    locale = Locale.objects.get(language_code="fi")
    target_groups = list(TargetGroup.objects.filter(locale=locale))
    if not target_groups:
        target_groups = [
            TargetGroup.objects.create(name=name, slug=slug, locale=locale)
            for name, slug in [("Nuoret", "nuoret"), ("Lapset ja perheet", "lapset-ja-perheet"), ("Ikäihmiset", "ia")]
        ]
    areas = list(Area.objects.filter(locale=locale))
    if not areas:
        areas = [Area.objects.create(name=name, slug=name.lower(), locale=locale) for name in ("Tampere", "Nokia")]
    parents = generated_parents(home, locale)
    first_number = Page.objects.filter(slug__startswith="generoitu-").count()
    rng = random.Random(seed + first_number)  # a grown database gets new text, not a repeat of its first pages

    def text(low, high):
        words = [rng.choice(sentences) for _ in range(rng.randint(low, high))]
        if rng.random() < 0.01:
            words.insert(rng.randrange(len(words) + 1), f"Toiminta on tarkoitettu myös {rng.choice(RARE_WORDS)}.")
        return " ".join(words)

    models = [model for model in parents for _weight in range(GENERATED_PARENTS[model._meta.label][2])]
    content_types = {model: ContentType.objects.get_for_model(model) for model in parents}
    backend = get_search_backend()
    started = time.perf_counter()
    written = 0
    while written < missing:
        size = min(CHUNK, missing - written)
        now = timezone.now()
        specific_pages = {model: [] for model in parents}
        for offset in range(size):
            number = first_number + written + offset
            model = rng.choice(models)
            title_words = rng.choice(sentences).rstrip(".").split()[: rng.randint(2, 5)]
            fields = {
                "title": " ".join(title_words).capitalize() + f" {number}",
                "summary": text(1, 2),
                "locale": locale,
            }
            body = [("paragraph", f"<p>{text(2, 5)}</p>") for _ in range(rng.randint(2, 5))]
            if model is ChannelPage:
                page = ChannelPage(**fields, kind=rng.choice(ChannelKind.values), body=body)
            elif model is MethodPage:
                steps = [("step", {"title": rng.choice(title_words), "text": f"<p>{text(1, 3)}</p>"})]
                page = MethodPage(**fields, purpose=f"<p>{text(1, 3)}</p>", steps=steps)
            else:
                page = StandardPage(**fields, body=body)
            page.slug = f"generoitu-{number}"
            specific_pages[model].append(page)
        tagged = {}
        for model in (ChannelPage, MethodPage):
            for page in specific_pages[model]:
                for attribute, terms in (("target_groups", target_groups), ("areas", areas)):
                    chosen = rng.sample(terms, rng.randint(0, min(2, len(terms))))
                    setattr(page, attribute, chosen)  # in memory (modelcluster), for the indexer below
                    tagged.setdefault((model, attribute), []).append((page, chosen))
        with transaction.atomic():
            for model, pages in specific_pages.items():
                if pages:
                    _insert_pages(model, parents[model], pages, locale, content_types[model], now)
            for (model, attribute), pairs in tagged.items():
                relation = model._meta.get_field(attribute)
                through = relation.remote_field.through
                source, target = relation.m2m_column_name(), relation.m2m_reverse_name()
                rows = [through(**{source: page.pk, target: term.pk}) for page, terms in pairs for term in terms]
                through.objects.bulk_create(rows)
            for model, pages in specific_pages.items():
                if pages:
                    # The pages as saved, with their target groups and areas in memory: the search backend's own
                    # indexer makes the same entries as `update_index` would, without reading the pages back.
                    backend.add_bulk(model, pages)
        written += size
        stdout.write(f"  {existing + written} pages, {time.perf_counter() - started:.0f} s\n")
    stdout.write(f"Generated and indexed {missing} pages in {time.perf_counter() - started:.0f} s.\n")
    from search.engine import forget_tag_table

    forget_tag_table()
    if connection.vendor == "postgresql":
        started = time.perf_counter()
        with connection.cursor() as cursor:
            # What autovacuum does soon after a bulk load: drop the dead rows and move the GIN indexes' pending
            # entries into the index proper (until then the planner avoids the GIN indexes), and fresh statistics.
            cursor.execute("VACUUM ANALYZE")
        stdout.write(f"VACUUM ANALYZE in {time.perf_counter() - started:.0f} s.\n")


def _insert_pages(model, parent, pages, locale, content_type, now):
    """Insert `pages` (unsaved instances of `model`) as the last children of `parent`: the Page rows with their
    tree paths in one bulk insert, then the specific rows. No signals, revisions or reference index."""
    import uuid

    from wagtail.models import Page

    parent.refresh_from_db(fields=["path", "depth", "numchild", "url_path"])
    last = Page.objects.filter(path__startswith=parent.path, depth=parent.depth + 1).order_by("-path").first()
    position = Page._str2int(last.path[-Page.steplen :]) if last else 0
    base_rows = []
    for number, page in enumerate(pages, start=position + 1):
        base_rows.append(
            Page(
                title=page.title,
                draft_title=page.title,
                slug=page.slug,
                content_type=content_type,
                locale=locale,
                translation_key=uuid.uuid4(),
                live=True,
                has_unpublished_changes=False,
                first_published_at=now,
                last_published_at=now,
                url_path=f"{parent.url_path}{page.slug}/",
                path=Page._get_path(parent.path, parent.depth + 1, number),
                depth=parent.depth + 1,
                numchild=0,
            )
        )
    Page.objects.bulk_create(base_rows)
    for page, row in zip(pages, base_rows, strict=True):
        for field in Page._meta.concrete_fields:
            setattr(page, field.attname, getattr(row, field.attname))
        page.page_ptr_id = row.pk
    # Django's bulk_create refuses multi-table models; the specific rows go in as bulk_create would write them.
    local_fields = list(model._meta.local_concrete_fields)
    for start in range(0, len(pages), 500):
        model._base_manager._insert(pages[start : start + 500], fields=local_fields)
    Page.objects.filter(pk=parent.pk).update(numchild=parent.numchild + len(pages))


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def _on_cpu_ns(pid):
    """Nanoseconds a process has run on a CPU (Linux's schedstat), or None where it cannot be read."""
    try:
        with open(f"/proc/{pid}/schedstat") as stat:
            return int(stat.read().split()[0])
    except (OSError, ValueError, IndexError):
        return None


def database_process_id(connection):
    """The PostgreSQL backend serving this connection, when it runs on this machine (its CPU time is then read)."""
    if connection.vendor != "postgresql":
        return None
    with connection.cursor() as cursor:
        cursor.execute("SELECT pg_backend_pid()")
        pid = cursor.fetchone()[0]
    return pid if _on_cpu_ns(pid) is not None else None


def run_queries(rounds, stdout):
    """Each query of the mix `rounds` times: wall-clock time, and the CPU time the request itself used.

    On a shared machine the wall-clock time also counts the time spent waiting for a CPU. The work of a request —
    CPU time of this process plus that of its PostgreSQL backend, when the database runs here (read from
    /proc/<pid>/schedstat) — is what it would take on an idle machine, so both are printed.
    """
    from django.db import connection
    from django.test import Client
    from django.test.utils import override_settings, setup_test_environment

    setup_test_environment()  # lets the test client see the view's context, for the result counts
    # As in production, the search log is a task queued for the worker (one INSERT per batch of searches); the test
    # settings would run it inside every 20th request instead.
    override_settings(TASKS={"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}).enable()
    client = Client()
    for query, params in QUERIES:  # warm up: caches, the analyser, the database's pages
        response = client.get("/fi/haku/", {"q": query, **params})
        assert response.status_code == 200, (query, response.status_code)
    backend_pid = database_process_id(connection)
    timings, work = {}, {}
    for _round in range(rounds):
        for query, params in QUERIES:
            database_started = _on_cpu_ns(backend_pid) if backend_pid else 0
            started, cpu_started = time.perf_counter(), time.process_time()
            response = client.get("/fi/haku/", {"q": query, **params})
            elapsed = (time.perf_counter() - started) * 1000
            cpu = (time.process_time() - cpu_started) * 1000
            database = ((_on_cpu_ns(backend_pid) - database_started) / 1e6) if backend_pid else 0
            assert response.status_code == 200
            timings.setdefault((query, tuple(params.items())), []).append(elapsed)
            work.setdefault((query, tuple(params.items())), []).append(cpu + database)
    everything = [value for values in timings.values() for value in values]
    all_work = [value for values in work.values() for value in values]
    stdout.write(f"\n{connection.vendor}, {rounds} rounds of {len(QUERIES)} queries\n")
    stdout.write(f"{'query':48} {'total':>6} {'median':>8} {'p95':>8} {'work p95':>9}\n")
    for key, values in timings.items():
        query, params = key
        response = client.get("/fi/haku/", {"q": query, **dict(params)})
        total = response.context["search"].total if response.context else 0
        label = query + (" " + " ".join(f"{name}={value}" for name, value in params) if params else "")
        stdout.write(
            f"{label[:48]:48} {total:>6} {statistics.median(values):>6.1f}ms "
            f"{percentile(values, 0.95):>6.1f}ms {percentile(work[key], 0.95):>7.1f}ms\n"
        )
    median, p95 = statistics.median(everything), percentile(everything, 0.95)
    stdout.write(f"\nALL   median {median:.1f} ms  p95 {p95:.1f} ms  max {max(everything):.1f} ms (wall clock)\n")
    whose = "this process and its PostgreSQL backend" if backend_pid else "this process"
    stdout.write(
        f"WORK  median {statistics.median(all_work):.1f} ms  p95 {percentile(all_work, 0.95):.1f} ms"
        f"  (CPU time of {whose}; load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs)\n"
    )
    return median, p95


def target_p95(pages):
    """Issue 12's targets on PostgreSQL: 50 ms up to 30,000 pages, 100 ms at 100,000."""
    return 50.0 if pages <= 30_000 else 100.0


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=10_000, help="pages the site should have (default 10000)")
    parser.add_argument(
        "--grow-to",
        type=int,
        metavar="N",
        help="grow an existing bench database (--pages names the SQLite one) to N pages, then measure",
    )
    parser.add_argument("--rounds", type=int, default=10, help="times each query is measured (default 10)")
    parser.add_argument(
        "--target-p95", type=float, help="exit 1 when p95 is above this (ms; default 50, or 100 above 30,000 pages)"
    )
    parser.add_argument("--build-only", action="store_true", help="build or grow the database, measure nothing")
    arguments = parser.parse_args()
    pages = arguments.grow_to or arguments.pages

    database_url = os.environ.get("DATABASE_URL")
    if not database_url:
        bench_dir = ROOT / "var" / "bench"
        bench_dir.mkdir(parents=True, exist_ok=True)
        database_file = bench_dir / f"search-{pages}.sqlite3"
        if arguments.grow_to and not database_file.exists():
            source = bench_dir / f"search-{arguments.pages}.sqlite3"
            if not source.exists():
                parser.error(f"--grow-to needs an existing database: {source} is missing")
            shutil.copyfile(source, database_file)  # the smaller database stays for its own measurements
        database_url = f"sqlite:///{database_file}"
    setup_django(database_url)

    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    if arguments.grow_to:
        from wagtail.models import Page

        if not Page.objects.filter(slug__startswith="generoitu-").exists():
            parser.error("--grow-to needs an existing bench database; build one with --pages first")
    started = time.perf_counter()
    generate_pages(pages, sys.stdout)
    sys.stdout.write(f"The database was ready in {time.perf_counter() - started:.0f} s.\n")
    if arguments.build_only:
        return 0
    _median, p95 = run_queries(arguments.rounds, sys.stdout)
    target = arguments.target_p95 or target_p95(pages)
    if p95 > target:
        sys.stdout.write(f"p95 is above the target of {target:.0f} ms.\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
