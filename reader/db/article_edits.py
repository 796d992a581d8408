"""What people change about articles: boundaries, fields and proofreading status.

Paragraphs never change; an article is a range of paragraph positions plus
fields, so a split, a merge or a retitle only rewrites `articles` rows (and
re-points `paragraphs.article_id` and `annotations.article_id` to match).
Each change returns an `ArticleChange` holding the issue's articles before
and after, so undo and redo put back exactly those rows, ids included, and
nothing that refers to an article id goes stale. Status levels are
Wikisource's: not proofread, problematic, proofread, validated.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, replace
from itertools import count
from typing import Any

from sqlite_utils import Database

from reader.annotate.articles import (
    DONE,
    NOT_PROOFREAD,
    ROW_FIELDS,
    STATUSES,
    ArticleChange,
    ArticleState,
    merge_states,
    split_states,
    title_from,
)
from reader.annotate.carry import CarryReport, plan_carry
from reader.db.search import index_issue
from reader.db.store import now
from reader.model import ARTICLE_KINDS

EDITABLE_FIELDS = ("title", "kicker", "subtitle", "byline", "column", "kind")
_STATE_COLUMNS = ", ".join(ROW_FIELDS)


class ArticleEditError(ValueError):
    """This article change is not possible; the message says why, for people."""


# -- snapshots --------------------------------------------------------------------


def snapshot(db: Database, issue_id: int) -> tuple[ArticleState, ...]:
    """The issue's articles in reading order, with their tags."""
    rows = db.execute(
        f"SELECT {_STATE_COLUMNS} FROM articles WHERE issue_id = ? ORDER BY position", [issue_id]
    ).fetchall()
    tags: dict[int, list[int]] = {}
    for article_id, tag_id in db.execute(
        "SELECT t.article_id, t.tag_id FROM article_tags t JOIN articles a ON a.id = t.article_id"
        " WHERE a.issue_id = ? ORDER BY t.tag_id",
        [issue_id],
    ):
        tags.setdefault(article_id, []).append(tag_id)
    return tuple(ArticleState(*row, tags=tuple(tags.get(row[0], ()))) for row in rows)


def apply_states(db: Database, issue_id: int, states: tuple[ArticleState, ...]) -> None:
    """Make the issue's articles exactly `states`, then re-point paragraphs and annotations,
    and index the issue's articles again (titles and bounds are what search finds)."""
    keep = [s.id for s in states]
    db.execute("UPDATE articles SET position = -1 - position WHERE issue_id = ?", [issue_id])
    existing = {
        row[0] for row in db.execute("SELECT id FROM articles WHERE issue_id = ?", [issue_id])
    }
    for gone in existing - set(keep):
        db.execute("DELETE FROM articles WHERE id = ?", [gone])
    for state in states:
        _write_state(db, state, exists=state.id in existing)
    db.execute("UPDATE paragraphs SET article_id = NULL WHERE issue_id = ?", [issue_id])
    for state in states:
        db.execute(
            "UPDATE paragraphs SET article_id = ? WHERE issue_id = ? AND position BETWEEN ? AND ?",
            [state.id, issue_id, state.first_paragraph, state.last_paragraph],
        )
    refresh_annotation_articles(db, issue_id)
    index_issue(db, issue_id)


def _write_state(db: Database, state: ArticleState, *, exists: bool) -> None:
    values = [getattr(state, name) for name in ROW_FIELDS]
    if exists:
        assignments = ", ".join(f"{name} = ?" for name in ROW_FIELDS[1:])
        db.execute(f"UPDATE articles SET {assignments} WHERE id = ?", [*values[1:], state.id])
    else:
        marks = ", ".join("?" * len(ROW_FIELDS))
        db.execute(f"INSERT INTO articles ({_STATE_COLUMNS}) VALUES ({marks})", values)
    current = tuple(
        row[0]
        for row in db.execute(
            "SELECT tag_id FROM article_tags WHERE article_id = ? ORDER BY tag_id", [state.id]
        )
    )
    if current != tuple(sorted(state.tags)):
        db.execute("DELETE FROM article_tags WHERE article_id = ?", [state.id])
        db.conn.executemany(
            "INSERT INTO article_tags (article_id, tag_id) VALUES (?, ?)",
            [(state.id, tag) for tag in state.tags],
        )


def refresh_annotation_articles(db: Database, issue_id: int) -> None:
    """An annotation belongs to the article of the paragraph it starts in."""
    db.execute(
        "UPDATE annotations SET article_id = (SELECT p.article_id FROM paragraphs p"
        " WHERE p.id = annotations.start_paragraph_id) WHERE issue_id = ? AND orphaned = 0",
        [issue_id],
    )


def _change(db: Database, issue_id: int, after: list[ArticleState]) -> ArticleChange:
    before = snapshot(db, issue_id)
    apply_states(db, issue_id, tuple(after))
    return ArticleChange(issue_id, before, tuple(after))


def undo_article_change(db: Database, change: ArticleChange) -> None:
    with db.atomic():
        apply_states(db, change.issue_id, change.before)


def redo_article_change(db: Database, change: ArticleChange) -> None:
    with db.atomic():
        apply_states(db, change.issue_id, change.after)


# -- split, merge, edit ------------------------------------------------------------------


def _states_around(db: Database, article_id: int) -> tuple[list[ArticleState], int]:
    row = db.execute("SELECT issue_id FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        raise ArticleEditError(f"no article {article_id}")
    states = list(snapshot(db, row[0]))
    return states, next(i for i, s in enumerate(states) if s.id == article_id)


def _fresh_ids(db: Database) -> Iterator[int]:
    """Ids for new articles; the caller's transaction keeps them free."""
    return count(db.execute("SELECT coalesce(max(id), 0) + 1 FROM articles").fetchone()[0])


def split_article(db: Database, article_id: int, at_paragraph_id: int) -> ArticleChange:
    """Cut an article before one of its paragraphs; the rest becomes a new article after it."""
    with db.atomic():
        states, index = _states_around(db, article_id)
        at = db.execute(
            "SELECT position, text FROM paragraphs WHERE id = ? AND issue_id = ?",
            [at_paragraph_id, states[index].issue_id],
        ).fetchone()
        if at is None:
            raise ArticleEditError(f"paragraph {at_paragraph_id} is not in this issue")
        try:
            after = split_states(
                states, index, at[0], title_from(at[1]), next(_fresh_ids(db)), now()
            )
        except ValueError as err:
            raise ArticleEditError(str(err)) from err
        return _change(db, states[index].issue_id, after)


def merge_with_previous(db: Database, article_id: int) -> ArticleChange:
    """Join an article to the one before it, which keeps its fields and gains the tags."""
    with db.atomic():
        states, index = _states_around(db, article_id)
        try:
            after = merge_states(states, index, now())
        except ValueError as err:
            raise ArticleEditError(str(err)) from err
        return _change(db, states[index].issue_id, after)


def edit_article(db: Database, article_id: int, **fields: str | None) -> ArticleChange:
    """Change title, kicker, subtitle, byline, column or kind; undo with undo_article_change."""
    unknown = set(fields) - set(EDITABLE_FIELDS)
    if unknown:
        raise ArticleEditError(f"not editable: {', '.join(sorted(unknown))}")
    if "title" in fields and not (fields["title"] or "").strip():
        raise ArticleEditError("an article needs a title")
    if "kind" in fields and fields["kind"] not in ARTICLE_KINDS:
        raise ArticleEditError(f"unknown kind {fields['kind']!r}; use one of {ARTICLE_KINDS}")
    columns = {("column_name" if k == "column" else k): v for k, v in fields.items()}
    with db.atomic():
        states, index = _states_around(db, article_id)
        states[index] = replace(states[index], **columns, edited=1, modified_at=now())
        return _change(db, states[index].issue_id, states)


def carry_article_edits(db: Database, old_issue_id: int, new_issue_id: int) -> CarryReport:
    """Re-apply the old version's boundaries, fields, statuses and tags to the new version."""
    with db.atomic():
        old, new = snapshot(db, old_issue_id), snapshot(db, new_issue_id)
        after, report = plan_carry(
            old, new, _texts(db, old_issue_id), _texts(db, new_issue_id), _fresh_ids(db), now()
        )
        if tuple(after) != new:
            _change(db, new_issue_id, after)
    return report


def _texts(db: Database, issue_id: int) -> list[str]:
    rows = db.execute(
        "SELECT text FROM paragraphs WHERE issue_id = ? ORDER BY position", [issue_id]
    )
    return [row[0] for row in rows]


# -- status ----------------------------------------------------------------------------


def set_status(db: Database, article_id: int, status: str) -> str:
    """Set an article's proofreading status; returns the previous one (undo: set it back)."""
    if status not in STATUSES:
        raise ArticleEditError(f"unknown status {status!r}; use one of {STATUSES}")
    with db.atomic():
        row = db.execute("SELECT status FROM articles WHERE id = ?", [article_id]).fetchone()
        if row is None:
            raise ArticleEditError(f"no article {article_id}")
        db.execute(
            "UPDATE articles SET status = ?, modified_at = ? WHERE id = ?",
            [status, now(), article_id],
        )
    return row[0]


_ISSUE_ORDER = "i.publication IS NULL, i.publication, i.date IS NULL, i.date, i.page, i.id"


def next_unproofread_article(db: Database, after_article_id: int) -> int | None:
    """The next not-proofread article: later in the same issue, then in the issues after it.

    Issues follow the order of the issue list (publication, date, page).
    """
    row = db.execute(
        f"WITH ordered AS (SELECT i.id, row_number() OVER (ORDER BY {_ISSUE_ORDER}) AS n"
        " FROM issues i WHERE i.is_current = 1 OR i.id = (SELECT issue_id FROM articles"
        " WHERE id = :after)), here AS (SELECT o.n, a.position FROM articles a"
        " JOIN ordered o ON o.id = a.issue_id WHERE a.id = :after)"
        " SELECT a.id FROM articles a JOIN ordered o ON o.id = a.issue_id, here"
        " WHERE a.status = :status"
        " AND (o.n > here.n OR (o.n = here.n AND a.position > here.position))"
        " ORDER BY o.n, a.position LIMIT 1",
        {"after": after_article_id, "status": NOT_PROOFREAD},
    ).fetchone()
    return row[0] if row else None


@dataclass(frozen=True)
class Progress:
    done: int  # proofread or validated
    total: int

    @property
    def fraction(self) -> float:
        return self.done / self.total if self.total else 0.0

    def as_json(self) -> dict[str, Any]:
        return {"done": self.done, "total": self.total}


def issue_progress(db: Database, issue_id: int) -> Progress:
    return progress_by_issue(db, [issue_id]).get(issue_id, Progress(0, 0))


def progress_by_issue(db: Database, issue_ids: list[int] | None = None) -> dict[int, Progress]:
    """Proofread-or-validated articles out of all, per issue (all current issues by default)."""
    sql = (
        "SELECT a.issue_id, count(*) FILTER (WHERE a.status IN (?, ?)), count(*) FROM articles a"
        " JOIN issues i ON i.id = a.issue_id WHERE {} GROUP BY a.issue_id"
    )
    if issue_ids is None:
        rows = db.execute(sql.format("i.is_current = 1"), [*DONE]).fetchall()
    else:
        rows = []
        for issue_id in issue_ids:
            rows += db.execute(sql.format("i.id = ?"), [*DONE, issue_id]).fetchall()
    found = {issue_id: Progress(done, total) for issue_id, done, total in rows}
    for issue_id in issue_ids or ():
        found.setdefault(issue_id, Progress(0, 0))
    return found
