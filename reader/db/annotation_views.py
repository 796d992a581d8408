"""Read-only queries for the library-wide annotation list, which loads its rows lazily.

The window's list may cover every annotation of a large library, so it
holds only ids (one query with the filters applied) and reads the rows it
is about to draw, a page at a time, joined with where each annotation
lives (issue, article, the article's proofreading status). Orphans have no
article; they are listed with their issue if they still have one.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from sqlite_utils import Database

from reader.annotate.model import Annotation
from reader.db.annotations import COLUMNS, _row

_FROM = (
    " FROM annotations n LEFT JOIN issues i ON i.id = n.issue_id"
    " LEFT JOIN articles a ON a.id = n.article_id"
)
_ORDER = (
    " ORDER BY n.issue_id IS NULL, i.publication IS NULL, i.publication, i.date IS NULL,"
    " i.date, i.page, n.issue_id, n.orphaned, n.text_start, n.created, n.id"
)


@dataclass(frozen=True)
class LibraryFilter:
    """What the library-wide list shows; None or "" means "any"."""

    category: str | None = None
    status: str | None = None  # the article's proofreading status (orphans have none)
    issue_id: int | None = None
    text: str = ""  # in the quote, the correction or the note
    orphans_only: bool = False


@dataclass(frozen=True)
class LibraryAnnotation:
    """One row of the library-wide list: the annotation and where it lives."""

    annotation: Annotation
    publication: str | None
    date: str | None
    page: str | None
    source_name: str | None
    article_title: str | None
    article_status: str | None


def _where(chosen: LibraryFilter) -> tuple[str, list[Any]]:
    clauses, params = ["n.deleted IS NULL"], []
    for clause, value in (
        ("n.category = ?", chosen.category),
        ("a.status = ?", chosen.status),
        ("n.issue_id = ?", chosen.issue_id),
    ):
        if value is not None and value != "":
            clauses.append(clause)
            params.append(value)
    if chosen.orphans_only:
        clauses.append("n.orphaned = 1")
    if chosen.text:
        clauses.append(
            "(instr(lower(n.exact), lower(?)) OR instr(lower(coalesce(n.note, '')), lower(?))"
            " OR instr(lower(coalesce(n.correction, '')), lower(?)))"
        )
        params.extend([chosen.text] * 3)
    return " WHERE " + " AND ".join(clauses), params


def annotation_ids(db: Database, chosen: LibraryFilter) -> list[str]:
    """Ids of the live annotations that pass the filter, issue by issue in text order."""
    where, params = _where(chosen)
    return [row[0] for row in db.execute(f"SELECT n.id{_FROM}{where}{_ORDER}", params)]


def library_rows(db: Database, ids: Sequence[str]) -> dict[str, LibraryAnnotation]:
    """The rows of the given annotations, by id (ids no longer stored are absent)."""
    columns = ", ".join(f"n.{name}" for name in COLUMNS)
    found: dict[str, LibraryAnnotation] = {}
    for start in range(0, len(ids), 500):
        chunk = list(ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        rows = db.execute(
            f"SELECT {columns}, i.publication, i.date, i.page, i.source_name, a.title, a.status"
            f"{_FROM} WHERE n.id IN ({marks})",
            chunk,
        )
        for row in rows:
            annotation = _row(row[: len(COLUMNS)])
            found[annotation.id] = LibraryAnnotation(annotation, *row[len(COLUMNS) :])
    return found
