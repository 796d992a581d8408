"""Search fixtures: the samples imported and indexed, and a plain substring scan to compare with."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from reader.db import search as index
from reader.db.articles import get_article
from reader.db.connection import open_library
from reader.importer.run import import_paths
from reader.text.tokens import fold


def index_imported(db, summary) -> list[int]:
    """What the importer is to do after storing each issue (idempotent if it already does)."""
    ids = [r.issue_id for r in summary.results if r.issue_id is not None]
    for issue_id in ids:
        index.index_issue(db, issue_id)
    return ids


@dataclass
class Corpus:
    """Each current article's searchable text (title and paragraphs), folded."""

    texts: dict[int, str]

    def scan(self, include, exclude=()) -> set[int]:
        inc = [fold(t) for t in include]
        exc = [fold(t) for t in exclude]
        return {
            a
            for a, text in self.texts.items()
            if all(t in text for t in inc) and not any(t in text for t in exc)
        }


def corpus_of(db) -> Corpus:
    ids = [
        r[0]
        for r in db.execute(
            "SELECT a.id FROM articles a JOIN issues i ON i.id = a.issue_id WHERE i.is_current = 1"
        )
    ]
    texts = {}
    for article_id in ids:
        article = get_article(db, article_id)
        texts[article_id] = fold("\n".join([article.title, *(p.text for p in article.paragraphs)]))
    return Corpus(texts)


@pytest.fixture
def indexed(sample_library):
    """The sample library, indexed as the importer will index it."""
    for (issue_id,) in sample_library.execute("SELECT id FROM issues"):
        index.index_issue(sample_library, issue_id)
    return sample_library


@pytest.fixture(scope="session")
def shared(tmp_path_factory, samples):
    """One indexed sample library and its corpus for the read-only tests of a whole run."""
    db = open_library(tmp_path_factory.mktemp("search") / "library.sqlite")
    index_imported(db, import_paths(db, [samples]))
    yield db, corpus_of(db)
    db.close()


@pytest.fixture(name="corpus_of")
def corpus_of_fixture():
    """`corpus_of(db)`: the plain-scan reference for a library a test changed."""
    return corpus_of
