"""The embedded default: residents' sends wait their turn while another process writes the same SQLite file.

`make run` serves the site and runs the task worker on one SQLite file. Before WAL and IMMEDIATE transactions, a
send whose transaction had read before the worker wrote failed at once with "database is locked" and a 500 page.
"""

import subprocess
import sys
import textwrap
import time

import pytest
from django.db import connection

from forms_engine.models import Submission
from tests.forms_engine.factories import answers

SENDS = 20

# A second process that writes in short transactions, as the task worker does, until it is stopped.
WRITER = textwrap.dedent(
    """
    import sqlite3, sys, time
    database = sqlite3.connect(sys.argv[1], timeout=20, isolation_level=None)
    database.execute("CREATE TABLE IF NOT EXISTS concurrency_probe (written REAL)")
    print("ready", flush=True)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        database.execute("BEGIN IMMEDIATE")
        database.execute("INSERT INTO concurrency_probe VALUES (?)", (time.time(),))
        time.sleep(0.02)
        database.execute("COMMIT")
        time.sleep(0.002)
    """
)


@pytest.fixture
def busy_writer(transactional_db):
    if connection.vendor != "sqlite":
        pytest.skip("the embedded default's SQLite file")
    writer = subprocess.Popen(
        [sys.executable, "-c", WRITER, connection.settings_dict["NAME"]], stdout=subprocess.PIPE, text=True
    )
    assert writer.stdout.readline().strip() == "ready"
    yield
    writer.terminate()
    writer.wait(timeout=10)
    with connection.cursor() as cursor:
        cursor.execute("DROP TABLE concurrency_probe")


def probe_writes(since):
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM concurrency_probe WHERE written > %s", [since])
        return cursor.fetchone()[0]


def test_every_send_gets_its_receipt_while_another_process_writes(client, desk, busy_writer, settings):
    settings.FORMS_RATE_LIMIT = (SENDS, 600)
    started = time.time()

    statuses = [client.post(desk.call.url, answers(desk.call, viesti=f"Viesti {n}")).status_code for n in range(SENDS)]

    assert statuses == [303] * SENDS
    assert Submission.objects.filter(page=desk.call).count() == SENDS
    assert probe_writes(since=started) > SENDS  # the other process really wrote all along
