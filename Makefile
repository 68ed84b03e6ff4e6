# The README's commands. `make run` serves the embedded default; `make test` runs every check CI runs.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
INSTALLED := $(VENV)/.installed

.PHONY: install run test e2e messages worker clean

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

test: install
	mkdir -p var
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/python manage.py check --fail-level WARNING
	$(BIN)/python manage.py makemigrations --check --dry-run
	$(BIN)/pytest -n auto --dist loadscope --no-loadscope-reorder

# The worker alone; it reloads on code changes when DEBUG is on. Production runs it under systemd (README).
worker: install
	$(BIN)/python manage.py db_worker --queue-name '*'

e2e: install
	$(BIN)/pytest -m e2e

clean:
	rm -rf $(VENV)
