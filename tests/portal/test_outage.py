"""A database that is away gives the form back with every answer and status 503, never a 500 page.

These tests use the real parts: a PostgreSQL server of their own (initdb in a temporary folder, stopped and started
by the test, never the machine's shared server), an SQLite file locked by another connection, and Django's own
WSGI handler, so that the request signals, the middleware chain and the connection health checks run as in
production. The default database connection is pointed at the test's own database for the duration of a test.
"""

import os
import shutil
import socket
import sqlite3
import subprocess
import tempfile
import time
from contextlib import closing, contextmanager, suppress
from html.parser import HTMLParser
from http.cookies import SimpleCookie
from pathlib import Path
from urllib.parse import urlencode

import pytest
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.handlers.wsgi import WSGIHandler
from django.core.management import call_command
from django.db import connections
from django.db.utils import DataError, IntegrityError, InterfaceError, OperationalError, ProgrammingError, load_backend
from django.test import RequestFactory, override_settings
from wagtail.models import Locale, Site

from forms_engine.models import Submission
from portal.outage import database_unavailable
from portal.settings import base as base_settings
from tests.conftest import tree_root
from tests.factories import HomePageFactory
from tests.forms_engine.factories import GroupFactory, make_form_page
from tests.participation.factories import OpenCallIndexPageFactory, OpenCallPageFactory

PG_BIN = Path("/usr/lib/postgresql/15/bin")
MESSAGE = {"fi": "Palvelu on hetken poissa käytöstä", "sv": "Tjänsten är tillfälligt otillgänglig"}


class DisableMigrations(dict):
    """Tables straight from the models (as pytest-django's --no-migrations): seconds instead of a minute."""

    def __contains__(self, item):
        return True

    def __getitem__(self, item):
        return None


def free_port():
    with closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


class PostgresServer:
    """A PostgreSQL server in a temporary folder, run as the postgres user when the test runs as root."""

    def __init__(self, folder):
        self.folder, self.port = folder, free_port()
        self.data = folder / "data"

    def run(self, *command):
        if os.geteuid() == 0:
            command = ("runuser", "-u", "postgres", "--", *command)
        result = subprocess.run(command, capture_output=True, text=True, timeout=60)
        if result.returncode:
            raise subprocess.CalledProcessError(result.returncode, command, result.stdout, result.stderr + self.log())

    def log(self):
        log = self.folder / "log"
        return log.read_text() if log.exists() else ""

    def init(self):
        self.folder.mkdir(parents=True, exist_ok=True)
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
        self.run(str(PG_BIN / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "-N")

    def start(self):
        options = (
            f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off "
            "-c synchronous_commit=off -c full_page_writes=off"
        )
        self.run(
            str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"), "-w", "start"
        )

    def stop(self):
        self.run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def settings(self, name="postgres", **extra):
        return {
            "ENGINE": "django.db.backends.postgresql",
            "NAME": name,
            "USER": "postgres",
            "HOST": "127.0.0.1",
            "PORT": str(self.port),
            **extra,
        }


def can_run_postgres():
    if not (PG_BIN / "initdb").exists():
        return "PostgreSQL 15 server binaries are not installed under /usr/lib/postgresql/15/bin"
    if os.geteuid() == 0:
        try:
            import pwd

            pwd.getpwnam("postgres")
        except KeyError:
            return "running as root and there is no postgres user to run the server as"
    return None


@contextmanager
def default_database(settings_dict):
    """Point the default connection at another database (this thread only), then back."""
    # The site's own health check setting, so the test checks what production runs with.
    health_checks = settings.DATABASES["default"].get("CONN_HEALTH_CHECKS", False)
    configured = connections.configure_settings({"default": {"CONN_HEALTH_CHECKS": health_checks, **settings_dict}})
    configured = configured["default"]
    configured["TEST"] = {}
    original = connections["default"]
    wrapper = load_backend(configured["ENGINE"]).DatabaseWrapper(configured, "default")
    connections["default"] = wrapper
    ContentType.objects.clear_cache()
    try:
        yield wrapper
    finally:
        wrapper.close()
        connections["default"] = original
        ContentType.objects.clear_cache()


def build_site():
    """Tables, a Finnish and a Swedish home page and an open call with a form."""
    with override_settings(MIGRATION_MODULES=DisableMigrations()):
        call_command("migrate", run_syncdb=True, verbosity=0, interactive=False)
    for code in ("fi", "sv", "en"):
        Locale.objects.get_or_create(language_code=code)
    home = HomePageFactory(parent=tree_root(), slug="home-fi")
    swedish = home.copy_for_translation(Locale.objects.get(language_code="sv"))
    swedish.save_revision().publish()
    Site.objects.all().delete()
    Site.objects.create(hostname="localhost", port=80, root_page=home, is_default_site=True)
    calls = OpenCallIndexPageFactory(parent=home)
    return make_form_page(OpenCallPageFactory(parent=calls, title="Haku raatiin"), groups=[GroupFactory()])


class Browser:
    """Requests through Django's WSGI handler, as a server sends them, keeping the cookies it is given."""

    def __init__(self):
        self.handler = WSGIHandler()
        self.cookies = SimpleCookie()

    def request(self, method, path, data=None):
        extra = {"HTTP_COOKIE": "; ".join(f"{key}={morsel.value}" for key, morsel in self.cookies.items())}
        factory = RequestFactory()
        if method == "GET":
            environ = factory.get(path, **extra).environ
        else:
            body = urlencode(data or {}, doseq=True)
            environ = factory.post(path, body, content_type="application/x-www-form-urlencoded", **extra).environ
        started = {}

        def start_response(status, headers, exc_info=None):
            started["status"], started["headers"] = int(status.split()[0]), headers

        response = self.handler(environ, start_response)
        try:
            body = b"".join(response).decode()
        finally:
            response.close()
        headers = {}
        for name, value in started["headers"]:
            headers[name.lower()] = value
            if name.lower() == "set-cookie":
                self.cookies.load(value)
        return started["status"], headers, body


class FormFields(HTMLParser):
    """The fields of the page's POST form and their values, textareas included, as a browser would send them."""

    def __init__(self):
        super().__init__()
        self.fields, self.in_form, self.textarea = {}, False, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.in_form = attrs.get("method") == "post"
        if not self.in_form or not attrs.get("name"):
            return
        if tag == "textarea":
            self.textarea = attrs["name"]
            self.fields[self.textarea] = ""
        elif tag == "input" and (attrs.get("type") not in ("checkbox", "radio") or "checked" in attrs):
            self.fields.setdefault(attrs["name"], attrs.get("value") or "")

    def handle_data(self, data):
        if self.textarea:
            self.fields[self.textarea] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self.textarea = None
        elif tag == "form":
            self.in_form = False


def form_fields(html):
    parser = FormFields()
    parser.feed(html)
    return parser.fields


def filled_in(html):
    fields = form_fields(html)
    fields.update(
        nimi="Aino Asukas",
        sahkoposti="aino@example.fi",
        alue="Tampere",
        viesti="Haluan kehittää palveluja,\nkoska käytän niitä joka viikko.",
        ov_consent="on",
    )
    return fields


@pytest.fixture(scope="module")
def postgres():
    reason = can_run_postgres()
    if reason:
        pytest.skip(reason)
    # Not under pytest's own temporary folder: the postgres user must be able to reach it.
    folder = Path(tempfile.mkdtemp(prefix="portal-outage-"))
    server = PostgresServer(folder)
    try:
        server.init()
        server.start()
        yield server
    finally:
        with suppress(subprocess.CalledProcessError):
            server.stop()
        shutil.rmtree(folder, ignore_errors=True)


@pytest.fixture
def on_own_postgres(postgres, django_db_blocker, settings):
    """The site on the test's own PostgreSQL, with connections kept between requests as DATABASE_CONN_MAX_AGE does."""
    settings.FORMS_MIN_FILL_SECONDS = 0
    name = f"portal_{time.monotonic_ns()}"
    with django_db_blocker.unblock():
        with default_database(postgres.settings()) as admin:
            admin.ensure_connection()
            admin.connection.autocommit = True
            with admin.cursor() as cursor:
                cursor.execute(f'CREATE DATABASE "{name}"')
        with default_database(postgres.settings(name, CONN_MAX_AGE=600)):
            yield build_site()


def test_a_form_sent_while_postgresql_is_down_comes_back_with_its_answers_and_sends_later(postgres, on_own_postgres):
    page, browser = on_own_postgres, Browser()
    status, _headers, html = browser.request("GET", page.url)
    assert status == 200
    answers = filled_in(html)

    postgres.stop()
    try:
        status, headers, html = browser.request("POST", page.url, answers)
    finally:
        postgres.start()

    assert status == 503
    assert headers["retry-after"].isdigit()
    assert "no-store" in headers["cache-control"]
    assert MESSAGE["fi"] in html
    assert '<html lang="fi">' in html
    resent = form_fields(html)
    assert resent == answers  # every answer, the hidden token and CSRF fields included
    assert ">Miksi haet?</label>" in html  # the label the form page showed, from the cache
    assert 'type="hidden" name="ov_website"' in html  # the honeypot stays hidden

    status, _headers, _html = browser.request("POST", page.url, resent)

    assert status in (200, 303)
    submission = Submission.objects.get()
    assert submission.form_data["viesti"] == answers["viesti"]


def test_the_first_request_after_a_restart_uses_a_fresh_connection(postgres, on_own_postgres):
    """CONN_HEALTH_CHECKS: a kept connection that the restart closed is replaced before the request uses it."""
    assert settings.DATABASES["default"]["CONN_HEALTH_CHECKS"] is True
    browser = Browser()
    assert browser.request("GET", on_own_postgres.url)[0] == 200

    postgres.stop()
    postgres.start()

    assert browser.request("GET", on_own_postgres.url)[0] == 200


def test_pages_and_errors_while_postgresql_is_down_say_so_in_the_residents_language(postgres, on_own_postgres):
    browser = Browser()
    browser.request("GET", on_own_postgres.url)
    csrf = browser.cookies["csrftoken"].value
    postgres.stop()
    try:
        page = browser.request("GET", "/sv/")
        missing = browser.request("GET", "/fi/tila/ei-ole-olemassa/")  # the 404 page itself needs the database
        cancel = browser.request("POST", "/sv/tila/abcdef/", {"csrfmiddlewaretoken": csrf, "action": "cancel"})
    finally:
        postgres.start()

    assert page[0] == missing[0] == cancel[0] == 503
    assert MESSAGE["sv"] in page[2]
    assert '<html lang="sv">' in page[2]
    assert MESSAGE["fi"] in missing[2]
    assert 'name="action" value="cancel"' in cancel[2]


class QueryingMiddleware:
    """A middleware that queries the database before the view, as sessions, authentication and redirects may."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        Site.objects.count()
        return self.get_response(request)


def test_a_middleware_that_cannot_reach_the_database_gives_the_503_page(settings, django_db_blocker):
    """Nothing listens on the port: connection refused, in a middleware before any view runs."""
    settings.MIDDLEWARE = [*settings.MIDDLEWARE, "tests.portal.test_outage.QueryingMiddleware"]
    unreachable = PostgresServer(Path("/nonexistent")).settings(CONN_MAX_AGE=0)
    with django_db_blocker.unblock(), default_database(unreachable):
        status, headers, html = Browser().request("POST", "/fi/palaute/", {"viesti": "Hei!", "lisatieto": "x"})

    assert status == 503
    assert headers["retry-after"]
    assert ">Viesti</label>" in html  # no labels in the cache: the field's name, readable
    assert 'name="viesti" value="Hei!"' in html


@pytest.mark.parametrize(
    ("error", "outage"),
    [
        (OperationalError("connection refused"), True),
        (InterfaceError("connection already closed"), True),
        (IntegrityError("duplicate key"), False),
        (DataError("PostgreSQL text fields cannot contain NUL (0x00) bytes"), False),
        (ProgrammingError("syntax error"), False),
        (ValueError("not the database"), False),
    ],
)
def test_only_a_database_that_cannot_be_reached_is_an_outage(error, outage):
    """Errors in what was asked of the database are bugs and stay 500s, logged as such."""
    try:
        try:
            raise error
        except Exception as cause:
            raise RuntimeError("raised while handling it") from cause
    except RuntimeError as wrapped:
        assert database_unavailable(wrapped) is outage
    assert database_unavailable(error) is outage


def test_sqlite_locked_too_long_gives_the_form_back(tmp_path, django_db_blocker, settings):
    settings.FORMS_MIN_FILL_SECONDS = 0
    path = tmp_path / "db.sqlite3"
    options = {**getattr(base_settings, "SQLITE_OPTIONS", {}), "timeout": 0.3}  # the embedded default's, shorter
    with (
        django_db_blocker.unblock(),
        default_database({"ENGINE": "django.db.backends.sqlite3", "NAME": str(path), "OPTIONS": options}),
    ):
        page, browser = build_site(), Browser()
        answers = filled_in(browser.request("GET", page.url)[2])
        other = sqlite3.connect(path, isolation_level=None)
        other.execute("BEGIN IMMEDIATE")  # another process holds the write lock longer than the busy timeout
        try:
            status, headers, html = browser.request("POST", page.url, answers)
        finally:
            other.execute("ROLLBACK")
            other.close()

        assert status == 503
        assert headers["retry-after"]
        assert form_fields(html) == answers
        assert browser.request("POST", page.url, form_fields(html))[0] in (200, 303)
        assert Submission.objects.get().form_data["nimi"] == "Aino Asukas"
