# Two commands for a fresh machine: `make run` and `make test`.
# Both create a local virtual environment in .venv on first use.

PYTHON ?= python3
VENV ?= .venv
BIN := $(VENV)/bin

.PHONY: run test lint bench clean package

$(BIN)/.installed: pyproject.toml
	$(PYTHON) -m venv $(VENV)
	$(BIN)/python -m pip install --quiet --upgrade pip "setuptools>=77" wheel
	$(BIN)/python -m pip install --quiet -e ".[test,dev]"
	touch $@

run: $(BIN)/.installed
	$(BIN)/issue-reader

# pytest exits 5 when it collects no test; make turns any non-zero exit into a failure.
test: $(BIN)/.installed
	$(BIN)/python -m pytest

lint: $(BIN)/.installed
	$(BIN)/ruff check reader tests benchmarks
	$(BIN)/ruff format --check reader tests benchmarks

bench: $(BIN)/.installed
	$(BIN)/python benchmarks/import_bench.py

# The desktop build (packaging/README.md): PyInstaller from the `packaging` extra in the
# same .venv makes the one-folder app dist/issue-reader/, then the smoke test runs it.
$(BIN)/.packaging: $(BIN)/.installed
	$(BIN)/python -m pip install --quiet -e ".[packaging]"
	touch $@

package: $(BIN)/.packaging
	$(BIN)/pyinstaller --noconfirm --clean --distpath dist --workpath build/pyinstaller \
		packaging/issue-reader.spec
	packaging/smoke_test.sh dist/issue-reader/issue-reader

clean:
	rm -rf $(VENV) build dist *.egg-info
