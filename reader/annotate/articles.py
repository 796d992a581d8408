"""Article rows as values, and the pure steps of splitting and merging them.

A person's split or merge, and the re-application of one after a re-import,
are the same step on a list of article rows of one issue; doing it on values
lets `reader.db.article_edits` write the result in one go and keep the list
from before for undo. Status levels are Wikisource's: not proofread,
problematic, proofread, validated.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

NOT_PROOFREAD = "not_proofread"
PROBLEMATIC = "problematic"
PROOFREAD = "proofread"
VALIDATED = "validated"
STATUSES = (NOT_PROOFREAD, PROBLEMATIC, PROOFREAD, VALIDATED)
DONE = (PROOFREAD, VALIDATED)

FIELDS = ("title", "kicker", "subtitle", "byline", "column_name", "kind", "sections")
TITLE_CHARS = 40  # a split-off article without a heading is titled by its opening


@dataclass(frozen=True)
class ArticleState:
    """One `articles` row (and its tag ids), as undo and redo put it back."""

    id: int
    issue_id: int
    position: int
    first_paragraph: int
    last_paragraph: int
    title: str
    kicker: str | None
    subtitle: str | None
    byline: str | None
    column_name: str | None
    kind: str
    sections: str  # JSON list, as stored
    status: str
    edited: int
    modified_at: str | None
    tags: tuple[int, ...] = ()

    def holds(self, position: int) -> bool:
        return self.first_paragraph <= position <= self.last_paragraph


ROW_FIELDS = tuple(name for name in ArticleState.__dataclass_fields__ if name != "tags")


@dataclass(frozen=True)
class ArticleChange:
    """An issue's articles before and after one change: undo applies `before`, redo `after`."""

    issue_id: int
    before: tuple[ArticleState, ...]
    after: tuple[ArticleState, ...]

    def article(self, article_id: int) -> ArticleState | None:
        return next((a for a in self.after if a.id == article_id), None)

    @property
    def added(self) -> list[int]:
        return sorted({a.id for a in self.after} - {a.id for a in self.before})


def lowest_status(*statuses: str) -> str:
    """A merged article is only as far along as its least proofread part."""
    return min(statuses, key=lambda s: STATUSES.index(s) if s in STATUSES else 0)


def title_from(text: str) -> str:
    """A title for a paragraph: a heading without its marks, else its opening words."""
    lines = text.strip().splitlines()
    line = lines[0].strip() if lines else ""
    if line.startswith("#"):
        return line.lstrip("#").strip() or line
    return line[:TITLE_CHARS]


def split_states(
    states: list[ArticleState], index: int, at: int, title: str, new_id: int, stamp: str
) -> list[ArticleState]:
    """Cut `states[index]` before paragraph position `at`; the rest is article `new_id`."""
    article = states[index]
    if not article.first_paragraph < at <= article.last_paragraph:
        raise ValueError("split at a paragraph of the article other than its first")
    head = replace(article, last_paragraph=at - 1, edited=1, modified_at=stamp)
    rest = ArticleState(
        new_id, article.issue_id, article.position + 1, at, article.last_paragraph, title,
        None, None, None, None, article.kind, "[]", article.status, 1, stamp,
    )  # fmt: skip
    return renumber([*states[:index], head, rest, *states[index + 1 :]])


def merge_states(states: list[ArticleState], index: int, stamp: str) -> list[ArticleState]:
    """Join `states[index]` to the article before it, which keeps its fields and gains tags."""
    if index == 0:
        raise ValueError("the first article of an issue has none before it")
    before, article = states[index - 1], states[index]
    merged = replace(
        before,
        last_paragraph=article.last_paragraph,
        status=lowest_status(before.status, article.status),
        tags=tuple(sorted(set(before.tags) | set(article.tags))),
        edited=1,
        modified_at=stamp,
    )
    return renumber([*states[: index - 1], merged, *states[index + 1 :]])


def renumber(states: list[ArticleState]) -> list[ArticleState]:
    """Positions 0, 1, 2 … in list order."""
    return [s if s.position == i else replace(s, position=i) for i, s in enumerate(states)]
