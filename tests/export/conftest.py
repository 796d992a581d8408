"""Fixtures for the export tests: a fully annotated sample library, the W3C checker, the CLI."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
from export_helpers import Built, build

ANNOTATE_TESTS = Path(__file__).resolve().parent.parent / "annotate"
if str(ANNOTATE_TESTS) not in sys.path:
    sys.path.insert(0, str(ANNOTATE_TESTS))

from annotate_w3c_validator import Validator, failed_musts, must_assertions  # noqa: E402


@pytest.fixture
def built(library, samples) -> Built:
    """The samples described, annotated, reviewed, tagged, given statuses (export_helpers)."""
    return build(library, samples)


@pytest.fixture(scope="session")
def w3c_failures():
    """W3C annotation JSON → the MUST assertions of the W3C test suite it fails."""
    validator, musts = Validator(), must_assertions()
    return lambda annotation: failed_musts(annotation, validator, musts)


@pytest.fixture
def cli(library, tmp_path):
    """Run `issue-reader --library <the fixture's library> ARGS…`; returns the exit status."""
    import reader.cli as cli_module

    path = tmp_path / "library.sqlite"
    return lambda *args: cli_module.main(["--library", str(path), *args])
