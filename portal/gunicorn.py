"""gunicorn settings for production: `gunicorn -c python:portal.gunicorn portal.wsgi`.

Every value can be changed from the environment (or with gunicorn's own GUNICORN_CMD_ARGS, which wins):

- WEB_CONCURRENCY: worker processes; by default 2 × the CPUs this process may run on, plus 1 (gunicorn's advice for
  sync workers: while one waits on PostgreSQL or Redis another computes).
- BIND, or PORT: where to listen; by default 127.0.0.1:8000 (PORT changes only the port), behind the HTTPS proxy.
  BIND takes gunicorn's forms, comma-separated for several: "0.0.0.0:8000", "unix:/run/osallistu/web.sock".
- GUNICORN_TIMEOUT (60 s), GUNICORN_GRACEFUL_TIMEOUT (30 s), GUNICORN_KEEPALIVE (5 s),
  GUNICORN_MAX_REQUESTS (20000) and GUNICORN_MAX_REQUESTS_JITTER (2000): a guard against slow memory growth,
  not a routine; a new worker starts with empty per-process memories (routes, chrome, fragments), so at a few
  hundred requests a second 2,000 replaced every worker every few seconds and its renders were cold.

The application is loaded once, in the master, before the workers are forked (`preload_app`): Django, Wagtail and
the Finnish analyser (portal/wsgi.py warms it up) are then in memory the workers share, no worker pays the start-up
on its first request, and a worker restarted after max_requests is ready at once.
"""

import os


def _cpu_count():
    try:
        return len(os.sched_getaffinity(0))
    except AttributeError:  # pragma: no cover - not on Linux
        return os.cpu_count() or 1


def _int(name, default):
    value = os.environ.get(name, "").strip()
    return int(value) if value else default


bind = [address.strip() for address in os.environ.get("BIND", "").split(",") if address.strip()] or [
    f"127.0.0.1:{_int('PORT', 8000)}"
]
workers = _int("WEB_CONCURRENCY", 2 * _cpu_count() + 1)
preload_app = True

# A request that takes longer than this kills its worker (the worker then restarts); the slowest legitimate
# requests are editors' spreadsheet exports and publishing a large page. On restart or stop, requests in progress
# get graceful_timeout seconds to finish.
timeout = _int("GUNICORN_TIMEOUT", 60)
graceful_timeout = _int("GUNICORN_GRACEFUL_TIMEOUT", 30)
# Seconds an idle keep-alive connection from the proxy is kept open (threaded and async workers; the sync worker
# answers one request per connection).
keepalive = _int("GUNICORN_KEEPALIVE", 5)

# Each worker is replaced after about this many requests, so a slow leak cannot grow for ever; the jitter keeps the
# workers from restarting at the same moment.
max_requests = _int("GUNICORN_MAX_REQUESTS", 20000)
max_requests_jitter = _int("GUNICORN_MAX_REQUESTS_JITTER", 2000)

# The access log goes to standard output, gunicorn's own log to standard error (systemd's journal keeps both).
accesslog = "-"
errorlog = "-"
# Common log format plus the time taken, in microseconds.
access_log_format = '%(h)s %(l)s %(u)s %(t)s "%(r)s" %(s)s %(b)s "%(f)s" "%(a)s" %(D)s'

proc_name = "osallistu"
# The workers' heartbeat files in memory, not on a disk that may stall (gunicorn's advice for containers).
if os.path.isdir("/dev/shm"):
    worker_tmp_dir = "/dev/shm"
