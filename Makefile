# The two commands of the quick start, and the benchmarks. Everything runs inside ./.venv.
PYTHON ?= python3
VENV := .venv
BIN := $(VENV)/bin

.PHONY: demo test lint bench clean

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip
	$(BIN)/python -m pip install --quiet -e '.[test]'
	touch $@

demo: $(BIN)/.installed  ## serve the bundled sample portal, crawl it, index it, search it
	$(BIN)/archiver --data-dir data/demo demo
	$(BIN)/archiver --data-dir data/demo search "quy che dan chu" --limit 3
	$(BIN)/archiver --data-dir data/demo search "hoà bình" --limit 3

# Two workers (the machines have 2 cores); a test module stays on one worker, so its servers and
# site builds start once, and test_generated_sites is spread by site (tests/conftest.py); the 40
# slowest steps are listed, so a CI log says where the suite's time goes.
test: $(BIN)/.installed  ## lint, then the whole test suite
	$(BIN)/ruff check .
	$(BIN)/python -m pytest -q --durations=40 -n 2 --dist loadscope

bench: $(BIN)/.installed  ## every benchmark; writes bench/RESULTS.md
	$(BIN)/python -m bench.run

clean:
	rm -rf $(VENV) data *.egg-info
