"""Fixtures for annotations: one sample issue at a path we can rewrite, and the W3C checker."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest
from annotate_w3c_validator import Validator, failed_musts, must_assertions

from reader.db.issues import issue_text
from reader.importer.run import import_paths

SAMPLE = "004_9cf174746abdde8c.txt"


@dataclass
class Para:
    id: int
    position: int
    start: int
    end: int
    text: str
    article_id: int


def paragraphs(db, issue_id: int) -> list[Para]:
    rows = db.execute(
        'SELECT id, position, start, "end", text, article_id FROM paragraphs'
        " WHERE issue_id = ? ORDER BY position",
        [issue_id],
    )
    return [Para(*row) for row in rows]


@dataclass
class Issue:
    """One imported issue file, with helpers to re-import an edited copy."""

    db: object
    path: Path
    id: int

    @property
    def text(self) -> str:
        return issue_text(self.db, self.id)

    @property
    def paragraphs(self) -> list[Para]:
        return paragraphs(self.db, self.id)

    def text_of(self, issue_id: int) -> str:
        return issue_text(self.db, issue_id)

    def paragraphs_of(self, issue_id: int) -> list[Para]:
        return paragraphs(self.db, issue_id)

    def reimport(self, new_text: str) -> int:
        """Write `new_text` at the same path, import it, return the new version's id.

        The import carries edits and annotations over; what it did is kept in
        `last_import` for the tests to look at.
        """
        self.path.write_text(new_text, encoding="utf-8")
        result = import_paths(self.db, [self.path]).results[0]
        assert result.status == "new_version", result.message
        self.last_import = result
        return result.issue_id


@pytest.fixture
def issue(library, samples, tmp_path) -> Issue:
    """Sample 004 imported from a copy in tmp_path (so it can be rewritten)."""
    path = tmp_path / "issues" / SAMPLE
    path.parent.mkdir()
    shutil.copy(samples / SAMPLE, path)
    result = import_paths(library, [path]).results[0]
    assert result.issue_id is not None, result.message
    return Issue(library, path, result.issue_id)


@pytest.fixture(scope="session")
def w3c_failures():
    """A function: W3C annotation JSON → the MUST assertions it fails (empty when valid)."""
    validator, musts = Validator(), must_assertions()
    assert len(musts) == 54
    return lambda annotation: failed_musts(annotation, validator, musts)
