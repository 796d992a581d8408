"""Shared fixtures. Qt runs offscreen in every test, set here before Qt loads."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
os.environ.setdefault("ISSUE_READER_LANGUAGE", "en")

SAMPLES = Path(__file__).resolve().parent.parent / "resources" / "samples"


@pytest.fixture(scope="session")
def samples() -> Path:
    """The bundled sample issues (a copy of ../shared/samples)."""
    return SAMPLES


@pytest.fixture(scope="session")
def expected() -> dict:
    """What a careful proofreader finds in the samples."""
    return json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))


@pytest.fixture
def sample_texts(samples: Path) -> dict[str, str]:
    return {p.name: p.read_text(encoding="utf-8") for p in sorted(samples.glob("*.txt"))}


@pytest.fixture
def library(tmp_path: Path):
    """A fresh, migrated library file in tmp_path."""
    from reader.db.connection import open_library

    db = open_library(tmp_path / "library.sqlite")
    yield db
    db.close()


@pytest.fixture
def sample_library(library, samples):
    """A library with the two sample issues imported."""
    from reader.importer.run import import_paths

    summary = import_paths(library, [samples])
    assert not summary.failed
    return library


@pytest.fixture
def store_samples_raw(samples):
    """Store the samples with nothing but `store.insert_issue` — as an older importer did, for
    migration tests on a schema that lacks what today's importer also feeds (search, …)."""
    from reader.db import store
    from reader.importer.decode import decode
    from reader.importer.parse import parse_issue

    def insert(db) -> list[int]:
        ids = []
        for path in sorted(samples.glob("*.txt")):
            data = path.read_bytes()
            decoded = decode(data)
            parsed = parse_issue(decoded.text, path.name, decoded.encoding)
            source = store.IssueSource(str(path), path.name, f"hash-{path.name}", len(data))
            with db.atomic():
                ids.append(store.insert_issue(db, parsed, source, None))
        return ids

    return insert
