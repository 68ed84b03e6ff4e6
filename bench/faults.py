"""Fault injection: N form sends on PostgreSQL while the database restarts and the mail server fails in every way.

    .venv/bin/python bench/faults.py                     # 200 sends over about 90 s, then waits for the email
    .venv/bin/python bench/faults.py --sends 40 --duration 45

Everything is the real thing, on loopback, in a temporary folder: the script initialises and starts its own
PostgreSQL server on a free port (as the postgres user when run as root; never the machine's shared server),
migrates it and loads the demo (`load_demo_content`), and starts an SMTP peer (aiosmtpd, in a process of its own),
the web server (Django's WSGI handler in a fixed pool of threads that keep their database connections, as a
production server's threads do with DATABASE_CONN_MAX_AGE; `--server runserver` uses `manage.py runserver`) and
the worker (`manage.py db_worker --queue-name '*'`), with the development settings made production-like through
the environment (DEBUG off, SMTP, a 2 s EMAIL_TIMEOUT, short retry delays; a small settings module in the
temporary folder sets what the environment cannot).

Residents (`--senders` threads) then send the feedback form (/fi/palaute/) `--sends` times, spread over
`--duration` seconds, each as a browser does: GET the page, fill in every field (a unique email address, so a
receipt email and the coordinators' email are queued), POST, follow the 303 to the receipt. During the sends:

- the mail server is down (killed), then slow (some replies come after EMAIL_TIMEOUT: before it has stored the
  email, or after, which is the crash window), then killed while it holds an email's DATA (once before storing
  it, once after), then up again;
- the PostgreSQL server is stopped (`pg_ctl stop -m fast`) for `--db-down` seconds and started again.

Each send must end with its receipt (303, then a page with its OV- reference), or with its form given back (503
with every answer), which the resident sends again once the database is back, and which must then give a receipt.
Anything else (a 500, an answer lost, a second submission) fails. Then the script waits (at most `--wait` seconds)
for the worker to deliver every email of those submissions (the Notification rows) and compares them with what
the mail server stored: every email must arrive, twice only in the crash window (the server stored it but its
"250" never reached the worker), and the worker must still be running, never restarted. Exit status 1 otherwise.
"""

import argparse
import asyncio
import email
import email.policy
import json
import os
import random
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter, defaultdict
from contextlib import closing, suppress
from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import urljoin

ROOT = Path(__file__).resolve().parent.parent
PYTHON = sys.executable
PG_BIN = Path("/usr/lib/postgresql/15/bin")
EMAIL_TIMEOUT = 2
SLOW_REPLY = 8  # seconds a slow mail server takes to answer: far beyond EMAIL_TIMEOUT, with the client's QUIT
RETRY_DELAYS = [1, 2, 3, 5, 8, 8, 8, 8, 8, 8, 8, 8]
FEEDBACK_PATH = "/fi/palaute/"
FILL_SECONDS = (0.5, 3)
REFERENCE = re.compile(r"OV-\d{4}-\d+")
SETTINGS_MODULE = f"""
from portal.settings.dev import *  # noqa: F403

DEBUG = False
EMAIL_TIMEOUT = {EMAIL_TIMEOUT}
FORMS_EMAIL_RETRY_DELAYS = {RETRY_DELAYS!r}
# As production logs: warnings and errors (a 500's traceback included) to the process's output.
LOGGING = {{
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {{"console": {{"class": "logging.StreamHandler", "formatter": "named"}}}},
    "formatters": {{"named": {{"format": "%(levelname)s %(name)s: %(message)s"}}}},
    "root": {{"handlers": ["console"], "level": "WARNING"}},
}}
"""


def free_port():
    with closing(socket.socket()) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def say(text):
    sys.stdout.write(f"[{time.strftime('%H:%M:%S')}] {text}\n")
    sys.stdout.flush()


# --- PostgreSQL ------------------------------------------------------------------------------------------------


class Postgres:
    """A PostgreSQL server of the script's own in `folder`, run as the postgres user when the script runs as root."""

    def __init__(self, folder):
        self.folder, self.port, self.data = folder, free_port(), folder / "data"

    def run(self, *command):
        if os.geteuid() == 0:
            command = ("runuser", "-u", "postgres", "--", *command)
        result = subprocess.run(command, capture_output=True, text=True, timeout=120)
        if result.returncode:
            raise RuntimeError(f"{' '.join(command)} failed:\n{result.stdout}{result.stderr}")

    def init(self):
        self.folder.mkdir(parents=True)
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
        self.run(str(PG_BIN / "initdb"), "-D", str(self.data), "-U", "postgres", "--auth=trust", "-E", "UTF8", "-N")

    def start(self):
        options = f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1 -c fsync=off"
        self.run(
            str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-o", options, "-l", str(self.folder / "log"), "-w", "start"
        )

    def stop(self):
        self.run(str(PG_BIN / "pg_ctl"), "-D", str(self.data), "-m", "fast", "-w", "stop")

    def url(self, name):
        return f"postgres://postgres@127.0.0.1:{self.port}/{name}"

    def query(self, name, sql):
        import psycopg

        with psycopg.connect(self.url(name), connect_timeout=5) as connection:
            return connection.execute(sql).fetchall()


# --- The mail server (a process of its own, run by this script with --smtp-peer) ---------------------------------


def smtp_peer(port, log_path, mode):
    """An SMTP server that stores each email as a line of `log_path` and behaves as `mode` says:

    normal: answers at once; slow: one email in four is answered after SLOW_REPLY s before it is stored, one in
    four is stored and then answered after SLOW_REPLY s (the client has given up: the crash window), the others
    after 0.3 s; kill-before / kill-after: the first email's DATA is held (before / after storing it) and
    "holding" is logged, so that the script kills this process then.
    """
    from aiosmtpd.controller import Controller
    from aiosmtpd.smtp import SMTP

    log = open(log_path, "a", buffering=1)  # noqa: SIM115 - open for the life of the process

    def record(event, **fields):
        log.write(json.dumps({"event": event, "pid": os.getpid(), "time": time.time(), **fields}) + "\n")
        log.flush()
        os.fsync(log.fileno())

    class Handler:
        count = 0

        async def handle_DATA(self, server, session, envelope):
            Handler.count += 1
            number = Handler.count
            message = email.message_from_bytes(
                envelope.original_content or envelope.content, policy=email.policy.default
            )
            copy = {
                "copy": f"{os.getpid()}-{number}",
                "to": sorted(envelope.rcpt_tos),
                "subject": " ".join(str(message["Subject"] or "").split()),
                "message_id": str(message["Message-ID"] or ""),
            }
            behaviour = "normal"
            if mode == "slow":
                behaviour = {1: "late before storing", 3: "late after storing"}.get(number % 4, "slow")
            elif mode.startswith("kill") and number == 1:
                behaviour = mode
            if behaviour == "late before storing":
                await asyncio.sleep(SLOW_REPLY)
            elif behaviour == "slow":
                await asyncio.sleep(0.3)
            elif behaviour == "kill-before":
                record("holding", **copy)
                await asyncio.sleep(120)
            record("stored", behaviour=behaviour, **copy)
            session.stored = copy["copy"]
            if behaviour == "late after storing":
                await asyncio.sleep(SLOW_REPLY)
            elif behaviour == "kill-after":
                record("holding", **copy)
                await asyncio.sleep(120)
            return "250 OK"

    class RecordingSMTP(SMTP):
        async def push(self, status):
            await super().push(status)
            stored = getattr(self.session, "stored", None)
            if stored and status.startswith("250"):
                record("replied", copy=stored)  # the "250" went out on a live connection
                self.session.stored = None

    class RecordingController(Controller):
        def factory(self):
            return RecordingSMTP(self.handler, **self.SMTP_kwargs)

    controller = RecordingController(Handler(), hostname="127.0.0.1", port=port)
    controller.start()
    record("up", mode=mode)
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    while True:
        time.sleep(3600)


class MailServer:
    """The SMTP peer's process: started in a mode, killed, started again on the same port."""

    def __init__(self, folder):
        self.port, self.log = free_port(), folder / "smtp.jsonl"
        self.log.touch()
        self.process = None
        self.events = []  # what happened to it, for the report

    def start(self, mode="normal"):
        self.process = subprocess.Popen(
            [PYTHON, __file__, "--smtp-peer", str(self.port), str(self.log), mode], stderr=subprocess.DEVNULL
        )
        deadline = time.monotonic() + 30
        while not any(line["event"] == "up" and line["pid"] == self.process.pid for line in self.lines()):
            if time.monotonic() > deadline or self.process.poll() is not None:
                raise RuntimeError("the SMTP peer did not start")
            time.sleep(0.1)
        self.events.append(f"up ({mode})")

    def kill(self, why):
        if self.process is not None and self.process.poll() is None:
            self.process.send_signal(signal.SIGKILL)
            self.process.wait()
        self.process = None
        self.events.append(f"killed {why}")

    def kill_when_holding(self, limit):
        """Kill the peer once it holds an email's DATA; True if it did within `limit` seconds."""
        pid, deadline = self.process.pid, time.monotonic() + limit
        while time.monotonic() < deadline:
            if any(line["event"] == "holding" and line["pid"] == pid for line in self.lines()):
                self.kill("holding an email's DATA")
                return True
            time.sleep(0.05)
        self.kill("(no email came while it waited to be killed mid-DATA)")
        return False

    def lines(self):
        with open(self.log) as log:
            return [json.loads(line) for line in log if line.endswith("\n")]


# --- The web server (run by this script with --serve) -----------------------------------------------------------


def serve(port, threads):
    """Django's WSGI handler in a fixed pool of threads that keep their database connections between requests."""
    from concurrent.futures import ThreadPoolExecutor

    # This script's folder holds bench/search.py, which would hide the project's search package.
    sys.path[:] = [entry for entry in sys.path if Path(entry or ".").resolve() != Path(__file__).resolve().parent]
    import django

    django.setup()
    from django.core.servers import basehttp
    from django.core.servers.basehttp import get_internal_wsgi_application

    class PooledServer(basehttp.WSGIServer):
        def __init__(self, *args, **kwargs):
            super().__init__(*args, **kwargs)
            self.pool = ThreadPoolExecutor(threads)

        def process_request(self, request, client_address):
            self.pool.submit(self.process_in_pool, request, client_address)

        def process_in_pool(self, request, client_address):
            try:
                self.finish_request(request, client_address)
            except Exception:  # noqa: BLE001 - as socketserver does
                self.handle_error(request, client_address)
            finally:
                self.shutdown_request(request)

    server = PooledServer(("127.0.0.1", port), basehttp.WSGIRequestHandler)
    server.set_app(get_internal_wsgi_application())
    signal.signal(signal.SIGTERM, lambda *_: sys.exit(0))
    server.serve_forever()


# --- Residents ----------------------------------------------------------------------------------------------------


class FormFields(HTMLParser):
    """The POST form's fields: names and values as a browser sends them, and what each field is."""

    def __init__(self):
        super().__init__()
        self.values, self.kinds, self.options = {}, {}, defaultdict(list)
        self.in_form, self.textarea, self.select = False, None, None

    def handle_starttag(self, tag, attrs):
        attrs = dict(attrs)
        if tag == "form":
            self.in_form = attrs.get("method", "").lower() == "post"
        if not self.in_form:
            return
        name = attrs.get("name")
        if tag == "option" and self.select:
            self.options[self.select].append(attrs.get("value", ""))
            if "selected" in attrs:
                self.values.setdefault(self.select, []).append(attrs.get("value", ""))
        if not name:
            return
        if tag == "textarea":
            self.textarea = name
            self.kinds[name] = "textarea"
            self.values[name] = [""]
        elif tag == "select":
            self.select = name
            self.kinds[name] = "select"
        elif tag == "input":
            kind = attrs.get("type", "text")
            self.kinds.setdefault(name, kind)
            if kind in ("checkbox", "radio"):
                self.options[name].append(attrs.get("value", "on"))
                if "checked" in attrs:
                    self.values.setdefault(name, []).append(attrs.get("value", "on"))
            elif kind not in ("submit", "button"):
                self.values.setdefault(name, []).append(attrs.get("value") or "")

    def handle_data(self, data):
        if self.textarea:
            self.values[self.textarea][-1] += data

    def handle_endtag(self, tag):
        if tag == "textarea":
            self.textarea = None
        elif tag == "select":
            self.select = None
        elif tag == "form":
            self.in_form = False


def read_form(html):
    parser = FormFields()
    parser.feed(html)
    return parser


def fill_in(html, number):
    """Every visible field answered, as a resident would; the hidden ones (tokens, honeypot) as they came."""
    form = read_form(html)
    answers = {name: list(values) for name, values in form.values.items()}
    for name, kind in form.kinds.items():
        if kind == "hidden" or "website" in name:
            continue
        if kind == "email":
            answers[name] = [f"asukas{number}@example.test"]
        elif kind == "textarea":
            answers[name] = [f"Palaute numero {number}: bussi 12 kulkee liian harvoin,\nja pysäkiltä puuttuu penkki."]
        elif kind in ("text", "tel", "number", "date", "url"):
            answers[name] = [{"tel": "040 123 4567", "number": "3", "date": "2025-05-01"}.get(kind, f"Asukas {number}")]
        elif kind in ("select", "radio"):
            choices = [value for value in form.options[name] if value]
            if choices:
                answers[name] = [choices[number % len(choices)]]
        elif kind == "checkbox":
            answers[name] = form.options[name][:1]
    return answers


class Browser:
    """One resident's browser: its cookies kept, a new connection for every request.

    (A server may close a connection after answering a request that asked for it, without saying so in the
    answer; a client library that then reuses the connection fails where a browser would quietly retry.)
    """

    def __init__(self, requests):
        self.requests, self.cookies = requests, requests.cookies.RequestsCookieJar()

    def request(self, method, url, **options):
        with self.requests.Session() as session:
            session.cookies = self.cookies
            session.headers["Connection"] = "close"
            return session.request(method, url, timeout=60, **options)

    def get(self, url):
        return self.request("GET", url)

    def post(self, url, data):
        return self.request("POST", url, data=data, allow_redirects=False)


class Outcome:
    def __init__(self, number):
        self.number, self.email = number, f"asukas{number}@example.test"
        self.path = []  # what happened, e.g. ["503 with every answer", "303", "receipt"]
        self.reference = None
        self.failure = None


class Residents:
    def __init__(self, base_url, sends, duration, senders, database_up):
        import requests

        self.requests = requests
        self.base_url, self.sends, self.duration, self.senders = base_url, sends, duration, senders
        self.database_up = database_up  # an Event: clear while the database is down
        self.outcomes = [Outcome(number) for number in range(sends)]
        self.next = 0
        self.lock = threading.Lock()
        self.started = None

    def run(self):
        self.started = time.monotonic()
        threads = [threading.Thread(target=self.sender, daemon=True) for _ in range(self.senders)]
        for thread in threads:
            thread.start()
        return threads

    def sender(self):
        while True:
            with self.lock:
                if self.next >= self.sends:
                    return
                outcome = self.outcomes[self.next]
                self.next += 1
            pause = self.started + outcome.number * self.duration / self.sends - time.monotonic()
            if pause > 0:
                time.sleep(pause)
            try:
                self.send(outcome)
            except Exception as error:  # noqa: BLE001 - any surprise is a failed send, reported
                outcome.failure = f"{type(error).__name__}: {error}"

    def send(self, outcome):
        browser = Browser(self.requests)
        url = self.base_url + FEEDBACK_PATH
        for _attempt in range(20):  # the page itself may be a 503 while the database restarts: reload later
            page = browser.get(url)
            if page.status_code == 200:
                break
            outcome.path.append(f"GET {page.status_code}")
            if page.status_code != 503:
                outcome.failure = f"the form page answered {page.status_code}"
                return
            self.wait_for_database()
        else:
            outcome.failure = "the form page never came back"
            return
        answers = fill_in(page.text, outcome.number)
        time.sleep(random.uniform(*FILL_SECONDS))  # filling in takes a moment: some sends meet the restart
        for _attempt in range(4):
            response = browser.post(url, answers)
            if response.status_code == 503:
                given_back = read_form(response.text).values
                if given_back != answers:
                    lost = sorted(name for name in answers if given_back.get(name) != answers[name])
                    outcome.failure = f"503 without every answer (lost: {', '.join(lost)})"
                    return
                outcome.path.append("503 with every answer")
                # A person reads "try again in a moment", waits, and sends the form given back.
                self.wait_for_database()
                time.sleep(random.uniform(0.5, 2))
                answers = given_back
                continue
            if response.status_code != 303:
                outcome.path.append(str(response.status_code))
                outcome.failure = f"POST answered {response.status_code}"
                return
            outcome.path.append("303")
            break
        else:
            outcome.failure = "the form was given back four times"
            return
        receipt_url = urljoin(url, response.headers["Location"])
        for _attempt in range(10):
            receipt = browser.get(receipt_url)
            if receipt.status_code == 200:
                break
            outcome.path.append(f"receipt {receipt.status_code}")
            if receipt.status_code != 503:
                outcome.failure = f"the receipt answered {receipt.status_code}"
                return
            self.wait_for_database()  # a person reloads the receipt
        else:
            outcome.failure = "the receipt never came back"
            return
        found = REFERENCE.search(receipt.text)
        if found is None:
            outcome.failure = "the receipt has no reference"
            return
        outcome.reference = found.group()
        outcome.path.append("receipt")

    def wait_for_database(self):
        self.database_up.wait(timeout=120)
        time.sleep(random.uniform(0.2, 1))


# --- The scenario -----------------------------------------------------------------------------------------------


class Bench:
    def __init__(self, arguments):
        self.arguments = arguments
        self.folder = Path(tempfile.mkdtemp(prefix="portal-faults-"))
        self.folder.chmod(0o755)
        self.postgres = Postgres(self.folder / "pg")
        self.mail = MailServer(self.folder)
        self.web_port = free_port()
        self.processes = {}
        self.database_up = threading.Event()
        self.database_up.set()
        self.faults = []  # (seconds since the sends began, what)

    def environment(self):
        (self.folder / "fault_settings.py").write_text(SETTINGS_MODULE)
        return {
            **os.environ,
            "PYTHONPATH": os.pathsep.join([str(self.folder), str(ROOT)]),
            "DJANGO_SETTINGS_MODULE": "fault_settings",
            "DATABASE_URL": self.postgres.url("portal"),
            "DATABASE_CONN_MAX_AGE": "60",
            "VAR_DIR": str(self.folder / "var"),
            "ALLOWED_HOSTS": "127.0.0.1,localhost",
            "EMAIL_HOST": "127.0.0.1",
            "EMAIL_PORT": str(self.mail.port),
            "FORMS_RATE_LIMIT": "100000",
            "FORMS_MIN_FILL_SECONDS": "0",
            "FORMS_EMAIL_SEND_LEASE_SECONDS": "20",
            "PYTHONUNBUFFERED": "1",
        }

    def manage(self, *command):
        started = time.monotonic()
        subprocess.run(
            [PYTHON, "manage.py", *command], cwd=ROOT, env=self.environment(), check=True, capture_output=True
        )
        return time.monotonic() - started

    def start(self, name, command):
        log = open(self.folder / f"{name}.log", "w")  # noqa: SIM115 - closed with the process
        self.processes[name] = subprocess.Popen(
            command, cwd=ROOT, env=self.environment(), stdout=log, stderr=subprocess.STDOUT
        )

    def set_up(self):
        say(f"Working folder {self.folder}")
        self.postgres.init()
        self.postgres.start()
        subprocess.run(
            [str(PG_BIN / "createdb"), "-h", "127.0.0.1", "-p", str(self.postgres.port), "-U", "postgres", "portal"],
            check=True,
        )
        say(f"PostgreSQL on 127.0.0.1:{self.postgres.port}; migrating and loading the demo…")
        migrate = self.manage("migrate", "--no-input", "-v0")
        demo = self.manage("load_demo_content", "-v0")
        say(f"Migrated in {migrate:.0f} s, demo loaded in {demo:.0f} s.")
        self.mail.start()
        if self.arguments.server == "runserver":
            self.start("web", [PYTHON, "manage.py", "runserver", "--noreload", f"127.0.0.1:{self.web_port}"])
        else:
            self.start("web", [PYTHON, __file__, "--serve", str(self.web_port), str(self.arguments.threads)])
        self.start("worker", [PYTHON, "manage.py", "db_worker", "--queue-name", "*", "--no-reload", "-v", "1"])
        self.wait_for_web()
        # Only the emails of these sends count: the demo's own (if any) are left out.
        self.notifications_before = self.postgres.query(
            "portal", "SELECT coalesce(max(id), 0) FROM forms_engine_notification"
        )[0][0]

    def wait_for_web(self):
        import requests

        deadline = time.monotonic() + 60
        while time.monotonic() < deadline:
            with suppress(requests.RequestException):
                if requests.get(f"http://127.0.0.1:{self.web_port}{FEEDBACK_PATH}", timeout=30).status_code == 200:
                    return
            time.sleep(0.5)
        raise RuntimeError(f"the web server did not answer; see {self.folder / 'web.log'}")

    def fault(self, what):
        self.faults.append((time.monotonic() - self.sends_started, what))
        say(what)

    def at(self, fraction):
        pause = self.sends_started + fraction * self.arguments.duration - time.monotonic()
        if pause > 0:
            time.sleep(pause)

    def inject_faults(self):
        """The schedule, as fractions of the sends' duration."""
        self.at(0.10)
        self.mail.kill("(down)")
        self.fault("Mail server down")
        self.at(0.22)
        self.mail.start("slow")
        self.fault("Mail server slow (some replies after EMAIL_TIMEOUT)")
        self.at(0.42)
        self.fault(f"PostgreSQL stopped for {self.arguments.db_down} s")
        self.database_up.clear()
        self.postgres.stop()
        time.sleep(self.arguments.db_down)
        self.postgres.start()
        self.database_up.set()
        self.fault("PostgreSQL started again")
        self.at(0.55)
        self.mail.kill("(end of slow)")
        self.mail.start("kill-before")
        held = self.mail.kill_when_holding(limit=0.15 * self.arguments.duration)
        self.fault("Mail server killed mid-DATA, before storing" if held else "Mail server killed (no DATA to hold)")
        time.sleep(2)
        self.mail.start("kill-after")
        held = self.mail.kill_when_holding(limit=0.15 * self.arguments.duration)
        self.fault("Mail server killed mid-DATA, after storing" if held else "Mail server killed (no DATA to hold)")
        time.sleep(2)
        self.mail.start("normal")
        self.fault("Mail server up")

    def run(self):
        residents = Residents(
            f"http://127.0.0.1:{self.web_port}",
            self.arguments.sends,
            self.arguments.duration,
            self.arguments.senders,
            self.database_up,
        )
        say(f"{self.arguments.sends} sends over {self.arguments.duration} s by {self.arguments.senders} residents")
        self.sends_started = time.monotonic()
        senders = residents.run()
        faults = threading.Thread(target=self.inject_faults, daemon=True)
        faults.start()
        for thread in senders:
            thread.join()
        say(f"Sends done in {time.monotonic() - self.sends_started:.0f} s")
        faults.join()
        self.residents = residents
        return self.wait_for_email()

    def expected_emails(self):
        rows = self.postgres.query(
            "portal",
            "SELECT id, recipients, subject, status, attempts FROM forms_engine_notification "
            f"WHERE id > {int(self.notifications_before)} ORDER BY id",
        )
        return [
            {
                "id": row[0],
                "to": sorted(address.strip() for address in row[1].split(",") if address.strip()),
                "subject": " ".join(row[2].split()),
                "status": row[3],
                "attempts": row[4],
            }
            for row in rows
        ]

    def wait_for_email(self):
        deadline = time.monotonic() + self.arguments.wait
        say(f"Waiting (at most {self.arguments.wait} s) for the worker to deliver every email…")
        while True:
            expected = self.expected_emails()
            stored = {(tuple(line["to"]), line["subject"]) for line in self.mail.lines() if line["event"] == "stored"}
            missing = [row for row in expected if (tuple(row["to"]), row["subject"]) not in stored]
            if not missing or time.monotonic() > deadline or self.processes["worker"].poll() is not None:
                break
            time.sleep(2)
        self.waited = time.monotonic() - self.sends_started - self.arguments.duration
        return expected

    def report(self, expected):
        outcomes = self.residents.outcomes
        failures = [outcome for outcome in outcomes if outcome.failure]
        receipts = [outcome for outcome in outcomes if outcome.reference]
        given_back = [outcome for outcome in outcomes if "503 with every answer" in outcome.path]
        given_back_ok = [outcome for outcome in given_back if outcome.reference]
        server_errors = [
            outcome
            for outcome in outcomes
            if any(step.startswith("5") and step != "503 with every answer" for step in outcome.path)
        ]
        page_503 = sum(1 for outcome in outcomes for step in outcome.path if step in ("GET 503", "receipt 503"))

        submissions = self.postgres.query(
            "portal",
            "SELECT email, reference FROM forms_engine_submission WHERE email LIKE 'asukas%@example.test'",
        )
        per_email = Counter(row[0] for row in submissions)
        doubled = sorted(address for address, count in per_email.items() if count > 1)
        references = {row[0]: row[1] for row in submissions}
        wrong_receipt = [o for o in receipts if references.get(o.email) != o.reference]

        lines = self.mail.lines()
        replied = {line["copy"] for line in lines if line["event"] == "replied"}
        copies = defaultdict(list)
        for line in lines:
            if line["event"] == "stored":
                copies[(tuple(line["to"]), line["subject"])].append(line["copy"] in replied)
        expected_keys = [(tuple(row["to"]), row["subject"]) for row in expected]
        delivered = [key for key in expected_keys if copies.get(key)]
        missing = [row for row in expected if not copies.get((tuple(row["to"]), row["subject"]))]
        duplicated_in_window, duplicated_outside = [], []
        for key in expected_keys:
            acknowledged = copies.get(key, [])
            if len(acknowledged) > 1:
                # Every copy but the last must be one whose "250" never reached the worker.
                (duplicated_outside if any(acknowledged[:-1]) else duplicated_in_window).append(key)
        statuses = Counter(row["status"] for row in expected)
        worker = self.processes["worker"]
        worker_alive = worker.poll() is None
        worker_log = (self.folder / "worker.log").read_text(errors="replace")
        web_log = (self.folder / "web.log").read_text(errors="replace")

        out = sys.stdout.write
        out("\n--- Faults (seconds after the first send) ---\n")
        for moment, what in self.faults:
            out(f"  {moment:6.1f} s  {what}\n")
        out("\n--- Sends ---\n")
        out(f"  sends                         {len(outcomes)}\n")
        out(f"  receipts                      {len(receipts)}\n")
        out(f"  forms given back (503)        {len(given_back)}, re-sent with a receipt: {len(given_back_ok)}\n")
        out(f"  pages/receipts 503, reloaded  {page_503}\n")
        out(f"  500 or other errors           {len(server_errors)}\n")
        out(f"  failed sends                  {len(failures)}\n")
        out(f"  submissions doubled           {len(doubled)}\n")
        out(f"  receipts naming another send  {len(wrong_receipt)}\n")
        for outcome in failures[:10]:
            out(f"    #{outcome.number}: {outcome.failure} ({' → '.join(outcome.path)})\n")
        out("\n--- Email ---\n")
        out(f"  expected (Notification rows)  {len(expected)}  {dict(statuses)}\n")
        out(f"  delivered                     {len(delivered)}\n")
        out(f"  missing                       {len(missing)}\n")
        out(f"  twice, in the crash window    {len(duplicated_in_window)}\n")
        out(f"  twice, outside it             {len(duplicated_outside)}\n")
        out(f"  copies stored, no 250 seen    {sum(1 for k in copies for a in copies[k] if not a)}\n")
        out(f"  waited after the sends        {max(0, self.waited):.0f} s\n")
        for row in missing[:10]:
            out(f"    missing: {row['subject']} → {', '.join(row['to'])} ({row['status']}, {row['attempts']} tries)\n")
        for key in duplicated_outside[:10]:
            out(f"    twice outside the window: {key[1]} → {', '.join(key[0])}\n")
        out("\n--- Worker ---\n")
        out(f"  still running, never restarted  {'yes' if worker_alive else f'NO (exit {worker.returncode})'}\n")
        out(
            f"  waits for the database: in its loop {worker_log.count('Database unavailable (')}, "
            f"while recording an email {worker_log.count('Database unavailable while recording')}, "
            f"'available again' {worker_log.count('Database available again')}\n"
        )
        out(f"  sends that failed (retried)     {worker_log.count('Sending notification')}\n")
        out(
            f"  tasks left by a lost database   {worker_log.count('Marked ')} sweeps, "
            f"{worker_log.count('had no task')} re-queued\n"
        )
        answered = Counter(re.findall(r'HTTP/1\.[01]" (5\d\d) ', web_log))
        out(f"\n  web server log: answered 500 {answered['500']}, 503 {answered['503']}\n")
        ok = not failures and not server_errors and not doubled and not wrong_receipt
        ok = ok and not missing and not duplicated_outside and worker_alive and not answered["500"]
        out(f"\n{'PASS' if ok else 'FAIL'}\n")
        return 0 if ok else 1

    def tear_down(self):
        for process in self.processes.values():
            if process.poll() is None:
                process.terminate()
                with suppress(subprocess.TimeoutExpired):
                    process.wait(timeout=15)
                if process.poll() is None:
                    process.kill()
        self.mail.kill("(end)")
        with suppress(Exception):
            self.postgres.stop()
        if self.arguments.keep:
            say(f"Kept {self.folder} (logs: web.log, worker.log, smtp.jsonl, pg/log)")
        else:
            shutil.rmtree(self.folder, ignore_errors=True)


def main():
    if len(sys.argv) == 5 and sys.argv[1] == "--smtp-peer":
        return smtp_peer(int(sys.argv[2]), sys.argv[3], sys.argv[4])
    if len(sys.argv) == 4 and sys.argv[1] == "--serve":
        return serve(int(sys.argv[2]), int(sys.argv[3]))
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sends", type=int, default=200, help="forms sent (default 200)")
    parser.add_argument("--duration", type=float, default=90, help="seconds the sends are spread over (default 90)")
    parser.add_argument("--senders", type=int, default=8, help="residents sending at once (default 8)")
    parser.add_argument("--db-down", type=float, default=3, help="seconds PostgreSQL stays stopped (default 3)")
    parser.add_argument("--wait", type=float, default=240, help="at most this long for the email after (default 240)")
    parser.add_argument("--server", choices=["pool", "runserver"], default="pool", help="the web server (see above)")
    parser.add_argument("--threads", type=int, default=4, help="threads of the pool server (default 4)")
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder and its logs")
    arguments = parser.parse_args()
    if not (PG_BIN / "initdb").exists():
        sys.stdout.write(f"PostgreSQL server binaries are needed under {PG_BIN}.\n")
        return 2
    bench = Bench(arguments)
    try:
        bench.set_up()
        expected = bench.run()
        return bench.report(expected)
    finally:
        bench.tear_down()


if __name__ == "__main__":
    sys.exit(main())
