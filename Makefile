# One entry point for running, testing and checking the site.
# Needs only Python 3.11 and make; everything else is installed into .venv.

PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
MANAGE := $(BIN)/python manage.py

.PHONY: run test test-all check check-all checks lint format messages install install-dev clean bench dsfr

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

# Tests in parallel on every core (pytest-xdist); WORKERS=0 runs them in one
# process. Each target says first whether the browser tests (tests/e2e) run or
# are skipped, and why, and prints its wall and CPU time and the machine's load
# (tests/timed.py). `worksteal` hands the tests of a busy worker to an idle
# one: a few long browser and subprocess tests would otherwise end the run on
# one core.
WORKERS ?= auto
PYTEST := $(BIN)/pytest -n $(WORKERS) --maxprocesses=4 --dist worksteal
TIMED = $(BIN)/python -m tests.timed
# Where CI's PostgreSQL pass runs (root is a superuser there).
TEST_POSTGRES_URL ?= postgres://root@127.0.0.1:5432/test

# Before a commit (at most 6 minutes on 2 cores): every test but the slow
# operational ones (marker `slow`: load, several app servers, Varnish, backups,
# migrations round trips...), with a small Hypothesis profile.
test: install-dev
	@$(BIN)/python -m tests.e2e.support
	@$(TIMED) "make test" 360 -- $(PYTEST) -m "not slow" $(PYTEST_ARGS)

# What CI runs (at most 20 minutes for both passes): the whole suite on SQLite with the full
# Hypothesis profile, then the tests whose behaviour depends on the database
# engine (marker `engine`) again on PostgreSQL.
test-all: install-dev
	@$(BIN)/python -m tests.e2e.support
	@HYPOTHESIS_PROFILE=full $(TIMED) "make test-all, SQLite pass" 0 -- $(PYTEST) $(PYTEST_ARGS)
	@DATABASE_URL=$(TEST_POSTGRES_URL) HYPOTHESIS_PROFILE=full \
		$(TIMED) "make test-all, PostgreSQL pass" 0 -- $(PYTEST) -m engine $(PYTEST_ARGS)

# Django's checks and missing migrations.
checks: install-dev
	$(MANAGE) check
	$(MANAGE) makemigrations --check --dry-run

check: checks lint test

check-all: checks lint test-all

lint: install-dev
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-dev
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

# Rebuild the DSFR bundles (site_config/static/dsfr/) after upgrading
# django-dsfr, changing the parts the site uses (site_config/dsfr.py) or
# writing a DSFR class no template used before (the stylesheet is purged).
dsfr: install
	$(BIN)/python -m site_config.dsfr

# Rebuild the translation catalogues after changing interface strings.
messages: install
	$(MANAGE) makemessages --locale fr --locale en --no-location --ignore '$(VENV)/*'
	$(MANAGE) compilemessages --locale fr --locale en --ignore '$(VENV)/*'

clean:
	rm -rf $(VENV) db.sqlite3 staticfiles

# Lighthouse pinned in benchmarks/package.json, installed from its lock file.
benchmarks/node_modules/.installed: benchmarks/package.json benchmarks/package-lock.json
	cd benchmarks && npm ci --no-audit --no-fund
	touch $@

# Both reports are printed even when the first misses a target; the target
# fails if either did.
bench: install-dev benchmarks/node_modules/.installed
	@$(BIN)/python benchmarks/site.py; site=$$?; \
		$(BIN)/python benchmarks/lighthouse.py; lighthouse=$$?; \
		exit $$(( site || lighthouse ))

# Load test: 50 visitors for 60 s against gunicorn (production settings) on a
# temporary PostgreSQL database, staff publishing meanwhile; see benchmarks/.
.PHONY: load
load: install
	$(BIN)/python benchmarks/load.py $(LOAD_ARGS)
	$(BIN)/python benchmarks/summit_day.py $(SUMMIT_ARGS)

# Summit day: visitors through Varnish while staff save a session every second,
# purge by key beside the global purge (benchmarks/summit_day.py).
.PHONY: load-summit
load-summit: install
	$(BIN)/python benchmarks/summit_day.py $(SUMMIT_ARGS)
