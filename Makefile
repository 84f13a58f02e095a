# Two commands on a fresh machine: `make run` and `make test`. See README.md.
SHELL := /bin/bash
PYTHON ?= $(shell command -v python3.11 || command -v python3)
VENV := .venv
BIN := $(VENV)/bin
PORT ?= 8000
HOST ?= 127.0.0.1
MANAGE := $(BIN)/python manage.py

.DEFAULT_GOAL := help
.PHONY: help install install-test run test lint format messages compilemessages check-messages clean

help:
	@echo "make run    set everything up and serve the demo site on http://$(HOST):$(PORT)/"
	@echo "make test   install what the tests need and run the whole suite"
	@echo "make lint | format | messages | clean"

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

clean:
	rm -rf $(VENV) db.sqlite3 media static-collected
