# Two commands matter: `make run` and `make test`. Everything else they set up themselves.
SHELL := /bin/bash
PYTHON ?= python3
VENV := .venv
PY := $(VENV)/bin/python
STAMP := $(VENV)/.installed
DEMO_LIBRARY ?= $(CURDIR)/demo-library
LINT_PATHS := collateral_app ui tests scripts packaging $(wildcard bench)
export QT_QPA_PLATFORM ?= offscreen

.PHONY: all run test lint bench demo clean system-deps venv bundle bundle-test translations ts

all: venv translations

venv: $(STAMP)

$(STAMP): pyproject.toml
	@test -x $(PY) || $(PYTHON) -m venv $(VENV)
	$(PY) -m pip install --quiet --upgrade pip
	$(PY) -m pip install --quiet -e '.[test]'
	@touch $(STAMP)

# The translations: the Linguist sources (.ts, in the repo) and what the app loads (.qm, built
# from them here, shipped in the package). `make ts` takes the strings from the code into the
# sources (new ones unfinished, gone ones dropped); `make` builds the .qm files.
TRANSLATIONS := resources/translations
LANGS := de ja
TS_FILES := $(foreach lang,$(LANGS),$(TRANSLATIONS)/collateral_$(lang).ts)
QM_FILES := $(TS_FILES:.ts=.qm)

translations: $(QM_FILES)

$(TRANSLATIONS)/%.qm: $(TRANSLATIONS)/%.ts $(STAMP)
	$(VENV)/bin/pyside6-lrelease -silent $< -qm $@

ts: venv
	$(PY) -m scripts.translations update

# Libraries Qt needs even offscreen, and Xvfb for real-window checks; installed only when missing.
system-deps:
	@bash scripts/system-deps.sh

demo: venv
	@test -f $(DEMO_LIBRARY)/library.db || $(VENV)/bin/collateral --library $(DEMO_LIBRARY) demo

run: venv translations demo
	@bash scripts/open-app.sh $(DEMO_LIBRARY)

test: venv translations system-deps
	$(PY) -m pytest -q -p no:cacheprovider

lint: venv
	$(VENV)/bin/ruff check $(LINT_PATHS)
	$(VENV)/bin/ruff format --check $(LINT_PATHS)
	$(VENV)/bin/mypy

bench: venv
	$(PY) -m pip install --quiet -e '.[test,bench]'
	$(PY) -m bench.run_all

# The desktop bundle for this system, one folder: dist/Collateral/ (packaging/collateral.spec).
bundle: venv translations
	$(PY) -m pip install --quiet -e '.[test,bundle]'
	$(VENV)/bin/pyinstaller --noconfirm --clean --log-level WARN --distpath dist --workpath build/pyinstaller packaging/collateral.spec
	@du -sh dist/Collateral

# Builds the bundle, then starts it (the window under Xvfb) on a fresh library.
bundle-test: bundle system-deps
	COLLATERAL_BUNDLE=$(CURDIR)/dist/Collateral $(PY) -m pytest -q -p no:cacheprovider tests/bundle

clean:
	rm -rf $(VENV) build dist *.egg-info demo-library
