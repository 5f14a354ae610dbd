# One entry point for running, testing and checking the site.
# Needs only Python 3.11 and make; everything else is installed into .venv.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py

.PHONY: run test check lint format messages install install-dev clean bench

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/pip install --quiet --upgrade pip

# Reinstall only when a requirements file changed.
$(VENV)/.installed: requirements.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements.txt
	touch $@

$(VENV)/.installed-dev: requirements.txt requirements-dev.txt | $(BIN)/python
	$(BIN)/pip install --quiet -r requirements-dev.txt
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

run: install
	$(MANAGE) migrate --no-input
	$(MANAGE) load_content
	$(MANAGE) create_demo_accounts
	$(MANAGE) runserver 127.0.0.1:$(PORT)

# Says first whether the browser tests (tests/e2e) run or are skipped, and why.
test: install-dev
	@$(BIN)/python -m tests.e2e.support
	$(BIN)/pytest

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Rebuild the translation catalogues after changing interface strings.
messages: install
	$(MANAGE) makemessages --locale fr --locale en --no-location --ignore '$(VENV)/*'
	$(MANAGE) compilemessages --locale fr --locale en --ignore '$(VENV)/*'

check: install-dev
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run
	$(MAKE) lint
	$(MAKE) test

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles

bench: install-dev
	$(BIN)/python benchmarks/site.py

# Load test: 50 visitors for 60 s against gunicorn (production settings) on a
# temporary PostgreSQL database, staff publishing meanwhile; see benchmarks/.
.PHONY: load
load: install
	$(BIN)/python benchmarks/load.py $(LOAD_ARGS)
