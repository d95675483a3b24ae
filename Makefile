# Two commands set everything up on a fresh machine:
#   make run   - install into .venv and start the app on the embedded scripted partner
#   make test  - install the dev extras and system packages, then run the whole suite
PYTHON ?= python3
VENV   ?= .venv
PY     := $(VENV)/bin/python
PIP    := $(PY) -m pip --disable-pip-version-check
HOST   ?= 127.0.0.1
PORT   ?= 7860
PYTEST_ARGS ?=

.PHONY: run test lint install install-dev system-deps schemas bench clean

$(PY):
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required"'
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# Stamps re-run the install whenever the declared dependencies change.
$(VENV)/.installed: pyproject.toml | $(PY)
	$(PIP) install --quiet -e .
	touch $@

$(VENV)/.installed-dev: pyproject.toml | $(PY)
	$(PIP) install --quiet -e '.[dev]'
	touch $@ $(VENV)/.installed

install: $(VENV)/.installed
install-dev: $(VENV)/.installed-dev

system-deps:
	bash scripts/system-deps.sh

run: install
	@echo "Open http://$(HOST):$(PORT) in your browser (Ctrl-C to stop)."
	$(PY) app.py --host $(HOST) --port $(PORT)

test: system-deps install-dev
	$(PY) -m pytest $(PYTEST_ARGS)

lint: install-dev
	$(PY) -m ruff check .
	$(PY) -m ruff format --check .

schemas: install
	$(PY) -m simulator.cli schema --out schemas

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
