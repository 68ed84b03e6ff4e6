# The README's commands. `make run` serves the embedded default; `make test` runs every check CI runs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
INSTALLED := $(VENV)/.installed

.PHONY: install run serve test e2e messages worker clean

install: $(INSTALLED)

$(INSTALLED): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip
	$(BIN)/pip install --quiet -e '.[dev]'
	$(MAKE) messages
	touch $@

messages:
	$(BIN)/python manage.py compilemessages --ignore '.venv' --verbosity 0

# The task worker (forms_engine's db_worker) sends the form emails in the background; it waits out database
# restarts and stops when the server stops.
run: install
	mkdir -p var/mail var/media
	$(BIN)/python manage.py migrate --noinput
	$(BIN)/python manage.py load_demo_content --if-empty
	$(BIN)/python manage.py db_worker --queue-name '*' --no-reload & worker=$$!; \
	trap 'kill $$worker' EXIT INT TERM; \
	$(BIN)/python manage.py runserver 127.0.0.1:$(PORT)

# The production settings and server (gunicorn with portal/gunicorn.py) on the embedded default's SQLite file, for
# trying them locally: over plain HTTP (PLAIN_HTTP), with a dev-only key, the Redis cache production requires
# (REDIS_URL) and the static files collected for whitenoise's manifest. The task worker runs beside it.
SERVE_ENV := DJANGO_SETTINGS_MODULE=portal.settings.production PLAIN_HTTP=true \
	SECRET_KEY=$${SECRET_KEY:-dev-only-not-secret-make-serve} ALLOWED_HOSTS=$${ALLOWED_HOSTS:-localhost,127.0.0.1} \
	DATABASE_URL=$${DATABASE_URL:-sqlite:///$(CURDIR)/var/db.sqlite3} REDIS_URL=$${REDIS_URL:-redis://127.0.0.1:6379/1} \
	WAGTAILADMIN_BASE_URL=$${WAGTAILADMIN_BASE_URL:-http://127.0.0.1:$(PORT)} PORT=$(PORT)

serve: install
	mkdir -p var/mail var/media
	$(SERVE_ENV) $(BIN)/python manage.py migrate --noinput
	$(SERVE_ENV) $(BIN)/python manage.py load_demo_content --if-empty
	$(SERVE_ENV) $(BIN)/python manage.py collectstatic --noinput --verbosity 0
	$(SERVE_ENV) $(BIN)/python manage.py db_worker --queue-name '*' --no-reload & worker=$$!; \
	trap 'kill $$worker' EXIT INT TERM; \
	$(SERVE_ENV) $(BIN)/gunicorn -c python:portal.gunicorn portal.wsgi

test: install
	mkdir -p var
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python manage.py check --fail-level WARNING
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/pytest -n auto --dist loadscope --no-loadscope-reorder --durations=15

# The worker alone; it reloads on code changes when DEBUG is on. Production runs it under systemd (README).
worker: install
	$(BIN)/python manage.py db_worker --queue-name '*'

e2e: install
	$(BIN)/pytest -m e2e

clean:
	rm -rf $(VENV)
