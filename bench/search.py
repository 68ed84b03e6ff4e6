"""Search benchmark: N pages of Finnish text, a fixed mix of queries through the search view, median and p95.

    .venv/bin/python bench/search.py --pages 10000                       # SQLite, var/bench/search-10000.sqlite3
    createdb -h 127.0.0.1 -U postgres search_bench
    DATABASE_URL=postgres://postgres@127.0.0.1:5432/search_bench .venv/bin/python bench/search.py --pages 10000

The database is migrated, the demo site is loaded (`load_demo_content`), and generated pages are added until the
site has N pages; their text is recombined from the demo content's Finnish sentences (DESIGN §6: realistic
Finnish with inflections and compounds) plus rare words that only a few pages use. Then every query of the mix runs
once to warm the caches and `--rounds` times through Django's test client — URL routing, middleware, the search
view with facets, snippets and query logging, and the template — and the timings are printed. The target is a
p95 of at most 50 ms at 10,000 pages on SQLite and on PostgreSQL. Run it again to reuse the generated pages.
"""

import argparse
import os
import random
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


def generate_pages(count, stdout, seed=5):
    """Add generated Finnish pages under the home page until the site has `count` pages."""
    from django.db import transaction
    from django.db.models.signals import post_save
    from modelsearch.signal_handlers import post_save_signal_handler
    from wagtail.models import Locale, Page
    from wagtail.search.index import get_indexed_models
    from wagtail.signal_handlers import disable_reference_index_auto_update

    from participation.models import Area, ChannelKind, ChannelPage, MethodPage, TargetGroup
    from portal.models import StandardPage

    home = ensure_site(stdout)
    existing = Page.objects.filter(depth__gt=1).count()
    missing = count - existing
    if missing <= 0:
        stdout.write(f"The site already has {existing} pages.\n")
        return
    rng = random.Random(seed)
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

    def text(low, high):
        words = [rng.choice(sentences) for _ in range(rng.randint(low, high))]
        if rng.random() < 0.01:
            words.insert(rng.randrange(len(words) + 1), f"Toiminta on tarkoitettu myös {rng.choice(RARE_WORDS)}.")
        return " ".join(words)

    parents = {
        ChannelPage: StandardPage(title="Generoidut kanavat", slug="generoidut-kanavat", locale=locale),
        MethodPage: StandardPage(title="Generoidut menetelmät", slug="generoidut-menetelmat", locale=locale),
        StandardPage: StandardPage(title="Generoidut sivut", slug="generoidut-sivut", locale=locale),
    }
    # Generated pages sit under standard pages; the parent-type rules are for editors, not for this script.
    for model, parent in parents.items():
        existing_parent = StandardPage.objects.filter(slug=parent.slug).first()
        parents[model] = existing_parent or home.add_child(instance=parent)

    indexed = get_indexed_models()
    tags = {}
    for model in indexed:
        post_save.disconnect(post_save_signal_handler, sender=model)
    started = time.perf_counter()
    try:
        for number in range(missing):
            model = rng.choice([ChannelPage, ChannelPage, MethodPage, MethodPage, StandardPage])
            title_words = rng.choice(sentences).rstrip(".").split()[: rng.randint(2, 5)]
            fields = {
                "title": " ".join(title_words).capitalize() + f" {number}",
                "slug": f"generoitu-{number}",
                "locale": locale,
                "summary": text(1, 2),
            }
            body = [("paragraph", f"<p>{text(2, 5)}</p>") for _ in range(rng.randint(2, 5))]
            if model is ChannelPage:
                page = ChannelPage(**fields, kind=rng.choice(ChannelKind.values), body=body)
            elif model is MethodPage:
                steps = [("step", {"title": rng.choice(title_words), "text": f"<p>{text(1, 3)}</p>"})]
                page = MethodPage(**fields, purpose=f"<p>{text(1, 3)}</p>", steps=steps)
            else:
                page = StandardPage(**fields, body=body)
            with transaction.atomic(), disable_reference_index_auto_update():
                parents[model].add_child(instance=page)
            if model is not StandardPage:
                chosen = rng.sample(target_groups, rng.randint(0, min(2, len(target_groups))))
                tags.setdefault((model, "target_groups"), []).extend((page.pk, term.pk) for term in chosen)
                chosen = rng.sample(areas, rng.randint(0, min(2, len(areas))))
                tags.setdefault((model, "areas"), []).extend((page.pk, term.pk) for term in chosen)
            if number % 1000 == 999:
                stdout.write(f"  {number + 1} pages in {time.perf_counter() - started:.0f} s\n")
        for (model, attribute), pairs in tags.items():
            relation = model._meta.get_field(attribute)
            through = relation.remote_field.through
            source, target = relation.m2m_column_name(), relation.m2m_reverse_name()
            through.objects.bulk_create([through(**{source: page, target: term}) for page, term in pairs])
    finally:
        for model in indexed:
            post_save.connect(post_save_signal_handler, sender=model)
    stdout.write(f"Generated {missing} pages in {time.perf_counter() - started:.0f} s; indexing…\n")
    from django.core.management import call_command

    started = time.perf_counter()
    call_command("update_index", verbosity=0)
    stdout.write(f"Indexed in {time.perf_counter() - started:.0f} s.\n")
    from django.db import connection

    if connection.vendor == "postgresql":
        with connection.cursor() as cursor:
            # What autovacuum does soon after a bulk load: drop the dead rows and move the GIN indexes' pending
            # entries into the index proper (until then the planner avoids the GIN indexes), and fresh statistics.
            cursor.execute("VACUUM ANALYZE")


def percentile(values, fraction):
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(round(fraction * (len(ordered) - 1))))]


def run_queries(rounds, stdout):
    from django.db import connection
    from django.test import Client
    from django.test.utils import setup_test_environment

    setup_test_environment()  # lets the test client see the view's context, for the result counts
    client = Client()
    for query, params in QUERIES:  # warm up: caches, the analyser, the database's pages
        response = client.get("/fi/haku/", {"q": query, **params})
        assert response.status_code == 200, (query, response.status_code)
    timings, cpu_times = {}, []
    for _round in range(rounds):
        for query, params in QUERIES:
            started, cpu_started = time.perf_counter(), time.process_time()
            response = client.get("/fi/haku/", {"q": query, **params})
            elapsed = (time.perf_counter() - started) * 1000
            cpu_times.append((time.process_time() - cpu_started) * 1000)
            assert response.status_code == 200
            timings.setdefault((query, tuple(params.items())), []).append(elapsed)
    everything = [value for values in timings.values() for value in values]
    stdout.write(f"\n{connection.vendor}, {rounds} rounds of {len(QUERIES)} queries\n")
    stdout.write(f"{'query':48} {'total':>6} {'median':>8} {'p95':>8}\n")
    totals = {}
    for (query, params), values in timings.items():
        response = client.get("/fi/haku/", {"q": query, **dict(params)})
        totals[(query, params)] = response.context["search"].total if response.context else 0
        label = query + (" " + " ".join(f"{key}={value}" for key, value in params) if params else "")
        stdout.write(
            f"{label[:48]:48} {totals[(query, params)]:>6} {statistics.median(values):>6.1f}ms "
            f"{percentile(values, 0.95):>6.1f}ms\n"
        )
    median, p95 = statistics.median(everything), percentile(everything, 0.95)
    stdout.write(f"\nALL  median {median:.1f} ms  p95 {p95:.1f} ms  max {max(everything):.1f} ms\n")
    # CPU time of this process (on SQLite that includes the database's work): a check when the machine is busy.
    stdout.write(
        f"CPU  median {statistics.median(cpu_times):.1f} ms  p95 {percentile(cpu_times, 0.95):.1f} ms"
        f"  (load average {os.getloadavg()[0]:.1f})\n"
    )
    return median, p95


def main():
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--pages", type=int, default=10_000, help="pages the site should have (default 10000)")
    parser.add_argument("--rounds", type=int, default=10, help="times each query is measured (default 10)")
    parser.add_argument("--target-p95", type=float, default=50.0, help="exit 1 when p95 is above this (ms)")
    arguments = parser.parse_args()

    database_url = os.environ.get("DATABASE_URL")
    if not database_url:
        bench_dir = ROOT / "var" / "bench"
        bench_dir.mkdir(parents=True, exist_ok=True)
        database_url = f"sqlite:///{bench_dir / f'search-{arguments.pages}.sqlite3'}"
    setup_django(database_url)

    from django.core.management import call_command

    call_command("migrate", verbosity=0)
    generate_pages(arguments.pages, sys.stdout)
    _median, p95 = run_queries(arguments.rounds, sys.stdout)
    if p95 > arguments.target_p95:
        sys.stdout.write(f"p95 is above the target of {arguments.target_p95:.0f} ms.\n")
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
