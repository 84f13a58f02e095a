# Two commands on a fresh machine: `make run` and `make test`. See README.md.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
HOST ?= 127.0.0.1
MANAGE := $(BIN)/python manage.py

.DEFAULT_GOAL := help
.PHONY: help install install-test run test lint format messages compilemessages check-messages clean bench

help:
	@echo "make run    set everything up and serve the demo site on http://$(HOST):$(PORT)/"
	@echo "make test   install what the tests need and run the whole suite"
	@echo "make lint | format | messages | bench | clean"

$(BIN)/python:
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip

# Reinstall whenever pyproject.toml changes.
$(VENV)/.installed: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e .
	touch $@

$(VENV)/.installed-test: pyproject.toml | $(BIN)/python
	$(BIN)/pip install --quiet -e ".[test]"
	touch $(VENV)/.installed $@

install: $(VENV)/.installed
install-test: $(VENV)/.installed-test

compilemessages: install
	$(MANAGE) compile_catalogues

run: install compilemessages
	$(MANAGE) migrate --no-input
	$(MANAGE) load_demo_content --port $(PORT)
	@echo ""
	@echo "  Site:   http://$(HOST):$(PORT)/  (English: http://$(HOST):$(PORT)/en/)"
	@echo "  Admin:  http://$(HOST):$(PORT)/admin/"
	@echo "  Login:  demo-editor / demo-editor-password  (demo content only; never in production)"
	@echo ""
	$(MANAGE) runserver $(HOST):$(PORT)

lint: install-test
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .

format: install-test
	$(BIN)/ruff check --fix .
	$(BIN)/ruff format .

messages: install-test
	$(MANAGE) check_catalogues --update

check-messages: install-test
	$(MANAGE) check_catalogues

test: install-test
	scripts/ensure-system-packages
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) check
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) makemigrations --check --dry-run
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) check_catalogues
	DJANGO_SETTINGS_MODULE=portal.settings.test $(MANAGE) compile_catalogues
	$(BIN)/pytest

# Benchmarks of the article pages, the directory and the campaigns (pages and share kit) on a
# fresh scratch SQLite database (never db.sqlite3). For a quicker run:
# `make bench BENCH_ARTICLES=200 BENCH_SERVICES=1000 BENCH_LOCATIONS=1200 BENCH_REQUESTS=50`
BENCH_DIR ?= $(or $(TMPDIR),/tmp)/portal-bench
BENCH_ARTICLES ?= 1000
BENCH_SERVICES ?= 10000
BENCH_LOCATIONS ?= 12000
BENCH_CAMPAIGNS ?= 200
BENCH_REQUESTS ?= 200
BENCH_ENV := DATABASE_URL=sqlite:///$(BENCH_DIR)/bench.sqlite3 MEDIA_ROOT=$(BENCH_DIR)/media \
	DJANGO_SETTINGS_MODULE=portal.settings.dev DJANGO_DEBUG=false

bench: install compilemessages
	mkdir -p $(BENCH_DIR) && rm -rf $(BENCH_DIR)/bench.sqlite3 $(BENCH_DIR)/media
	$(BENCH_ENV) $(MANAGE) migrate --no-input -v0
	$(BENCH_ENV) $(MANAGE) bench_articles --articles $(BENCH_ARTICLES) --requests $(BENCH_REQUESTS)
	$(BENCH_ENV) $(MANAGE) bench_directory --services $(BENCH_SERVICES) \
		--locations $(BENCH_LOCATIONS) --requests $(BENCH_REQUESTS)
	$(BENCH_ENV) $(MANAGE) bench_campaigns --campaigns $(BENCH_CAMPAIGNS) --requests $(BENCH_REQUESTS)

clean:
	rm -rf $(VENV) db.sqlite3 media static-collected
