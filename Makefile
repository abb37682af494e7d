# Two commands do everything on a fresh machine with python3 and make:
#   make run   — create .venv, install, start the app on a demo workspace
#   make test  — create .venv, install, run the whole suite headless
PY ?= python3
VENV := .venv
BIN := $(VENV)/bin
STAMP := $(VENV)/.installed-stamp
HEADLESS := QT_QPA_PLATFORM=offscreen

.PHONY: run test lint bench mutation screenshots translations dist dist-check clean

$(STAMP): pyproject.toml
	sh tools/system_packages.sh
	test -x $(BIN)/python || $(PY) -m venv $(VENV)
	$(BIN)/python -m pip install -q --disable-pip-version-check --upgrade pip
	$(BIN)/python -m pip install -q --disable-pip-version-check -e '.[dev]'
	touch $(STAMP)

# The UI's .qm catalogues (French, Dutch, Spanish) from resources/i18n/*.ts.
translations: $(STAMP)
	$(BIN)/python tools/build_translations.py

# Qt's X11 plugin needs system libraries (libxcb-cursor0, libxcb-icccm4, ...): installed here
# when root or password-less sudo allows, else the one command to run is printed.
run: translations
	$(BIN)/python -m sp_collect.ui.system_libs --install
	$(BIN)/sp-collect gui --demo

test: $(STAMP)
	$(HEADLESS) $(BIN)/python -m pytest

lint: $(STAMP)
	$(BIN)/ruff check .
	$(BIN)/ruff format --check .
	$(BIN)/lint-imports

bench: $(STAMP)
	@for f in benchmarks/*.py; do echo "== $$f"; $(HEADLESS) $(BIN)/python $$f || exit 1; done

# Seeded, sampled mutation testing of the core modules (slow; not in CI). MUTANTS=N per module.
mutation: $(STAMP)
	$(HEADLESS) $(BIN)/python tools/mutation.py --sample $(or $(MUTANTS),25)

# Renders the main screens and the first pages of each report to docs/screenshots/*.png, and
# the app's screens again at a small laptop's 1024x700 (*_1024.png).
screenshots: translations
	@for f in tools/screenshots*.py tools/render_reports.py; do \
	  [ -f "$$f" ] || continue; echo "== $$f"; $(HEADLESS) $(BIN)/python $$f || exit 1; done
	@for f in tools/screenshots.py tools/screenshots_coordinator.py; do \
	  echo "== $$f at 1024x700"; \
	  $(HEADLESS) $(BIN)/python $$f --size 1024x700 --suffix _1024 || exit 1; done

dist: translations
	$(BIN)/pyinstaller --noconfirm --log-level WARN build.spec
	@du -sh dist/sp-collect

# Runs the frozen app as a user's machine would (CI does this after the tests).
dist-check: dist
	dist/sp-collect/sp-collect --version
	dist/sp-collect/sp-collect forms validate --strict dist/sp-collect/_internal/forms/*.json
	$(HEADLESS) SP_COLLECT_HOME=$$(mktemp -d) dist/sp-collect/sp-collect gui --demo --smoke-test

clean:
	rm -rf build dist .pytest_cache
