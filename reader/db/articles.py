"""Reading articles and their paragraphs."""

from __future__ import annotations

import json
from dataclasses import dataclass, field

from sqlite_utils import Database

from reader.model import Paragraph


@dataclass(frozen=True)
class ParagraphRow:
    id: int
    position: int
    text: str
    role: str
    start: int
    end: int


@dataclass
class ArticleRow:
    id: int
    issue_id: int
    position: int
    title: str
    kicker: str | None
    subtitle: str | None
    byline: str | None
    column: str | None
    kind: str
    sections: list[str]
    status: str
    first_paragraph: int
    last_paragraph: int
    paragraphs: list[ParagraphRow] = field(default_factory=list)

    @property
    def paragraph_count(self) -> int:
        return self.last_paragraph - self.first_paragraph + 1

    def as_json(self, *, with_paragraphs: bool = True) -> dict:
        data = {
            "id": self.id,
            "issue": self.issue_id,
            "position": self.position,
            "title": self.title,
            "kicker": self.kicker,
            "subtitle": self.subtitle,
            "byline": self.byline,
            "column": self.column,
            "kind": self.kind,
            "sections": self.sections,
            "status": self.status,
        }
        if with_paragraphs:
            data["paragraphs"] = [
                {"id": p.id, "text": p.text, "role": p.role} for p in self.paragraphs
            ]
        return data


_COLUMNS = (
    "id, issue_id, position, title, kicker, subtitle, byline, column_name, kind, sections,"
    " status, first_paragraph, last_paragraph"
)


def _article(row: tuple) -> ArticleRow:
    values = list(row)
    values[9] = json.loads(values[9])
    return ArticleRow(*values)


def list_articles(db: Database, issue_id: int) -> list[ArticleRow]:
    """An issue's articles in reading order, without their paragraphs."""
    rows = db.execute(
        f"SELECT {_COLUMNS} FROM articles WHERE issue_id = ? ORDER BY position", [issue_id]
    )
    return [_article(row) for row in rows]


def article_ids(db: Database, issue_id: int) -> list[int]:
    rows = db.execute("SELECT id FROM articles WHERE issue_id = ? ORDER BY position", [issue_id])
    return [row[0] for row in rows]


def get_article(
    db: Database, article_id: int, *, with_paragraphs: bool = True
) -> ArticleRow | None:
    row = db.execute(f"SELECT {_COLUMNS} FROM articles WHERE id = ?", [article_id]).fetchone()
    if row is None:
        return None
    article = _article(row)
    if with_paragraphs:
        article.paragraphs = paragraphs_of(db, article)
    return article


def paragraphs_of(db: Database, article: ArticleRow) -> list[ParagraphRow]:
    rows = db.execute(
        'SELECT id, position, text, role, start, "end" FROM paragraphs'
        " WHERE issue_id = ? AND position BETWEEN ? AND ? ORDER BY position",
        [article.issue_id, article.first_paragraph, article.last_paragraph],
    )
    return [ParagraphRow(*row) for row in rows]


def issue_paragraphs(db: Database, issue_id: int) -> list[Paragraph]:
    """An issue's paragraphs as the detectors take them (with their stored roles)."""
    rows = db.execute(
        'SELECT position, text, start, "end", gap_before, role FROM paragraphs'
        " WHERE issue_id = ? ORDER BY position",
        [issue_id],
    )
    return [Paragraph(*row) for row in rows]
