# The README's two commands: `make run` and `make test`. Both install what they need first,
# and do nothing extra when nothing changed (the install is stamped against pyproject.toml).
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed
HOST ?= 127.0.0.1
PORT ?= 8000
TEST_DATA := $(CURDIR)/.test-data

.PHONY: install run test lint typecheck pytest bench clean

$(STAMP): pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[postgres,dev]'
	touch $(STAMP)

install: $(STAMP)

run: $(STAMP)
	$(BIN)/nestling migrate --verbosity 0
	$(BIN)/nestling demo
	$(BIN)/nestling serve --host $(HOST) --port $(PORT)

lint: $(STAMP)
	$(BIN)/ruff check src tests $(wildcard bench)

typecheck: $(STAMP)
	$(BIN)/mypy

pytest: $(STAMP)
	NESTLING_DATA_DIR=$(TEST_DATA) $(BIN)/python -m pytest $(PYTEST_ARGS)

test: lint typecheck pytest

bench: $(STAMP)
	$(BIN)/python bench/run.py

clean:
	rm -rf $(VENV) $(TEST_DATA) build src/*.egg-info
