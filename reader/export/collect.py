"""The one read every export shares: issue by issue, what the writers need, numbered.

Each writer (notes, table, JSON, corrected text) takes the same stream of
`IssueBundle`s, so they agree on order, on which annotations and flags
belong to the scope, and on paragraph numbers. An issue is read with a
handful of queries and then forgotten, so a library-wide export holds one
issue in memory at a time. The stream reports progress (articles done of
all) and stops with `ExportCancelled` when asked to between issues.

Paragraph numbers are ¶n as the reader shows them: the 1-based position of
the paragraph in its article.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass, field

from sqlite_utils import Database

from reader.annotate.model import Annotation
from reader.db import export_queries as q
from reader.db.annotations import list_annotations
from reader.db.articles import ArticleRow, ParagraphRow, list_articles
from reader.db.flags import CONFIRMED, FlagRow, list_flags
from reader.export.scope import ResolvedScope

Progress = Callable[[int, int, str], None]  # done, total, what is being read
Cancelled = Callable[[], bool]


class ExportCancelled(Exception):
    """The export was cancelled; nothing was written at the destination."""


@dataclass(frozen=True)
class Place:
    """Where a paragraph a flag points at is: ¶n in which article (None: outside articles)."""

    number: int | None
    article_id: int | None
    title: str | None


@dataclass(frozen=True)
class NoteItem:
    """An annotation with its ¶ number (None when it has no place)."""

    annotation: Annotation
    number: int | None


@dataclass(frozen=True)
class FlagItem:
    """A confirmed flag, where it is, and the places of the paragraphs its evidence names."""

    flag: FlagRow
    place: Place
    related: tuple[Place, ...]
    named: dict[int, Place] = field(default_factory=dict)  # issue position in detail → place

    @property
    def number(self) -> int | None:
        return self.place.number


@dataclass
class ArticleBundle:
    article: ArticleRow  # with its paragraphs when the text was asked for
    tags: list[str]
    notes: list[NoteItem]  # tombstones included (the JSON export carries them)
    flags: list[FlagItem]  # confirmed ones only

    @property
    def live_notes(self) -> list[NoteItem]:
        return [n for n in self.notes if not n.annotation.is_deleted]


@dataclass
class IssueBundle:
    """One issue's share of the scope; `header` is None for annotations waiting for an issue."""

    header: q.IssueHeader | None
    articles: list[ArticleBundle]
    orphans: list[Annotation] = field(default_factory=list)  # tombstones included
    confirmed: list[FlagRow] = field(default_factory=list)  # every confirmed flag of the issue

    @property
    def annotations(self) -> list[Annotation]:
        """Every annotation exported with this issue, in text order, orphans last."""
        return [n.annotation for a in self.articles for n in a.notes] + self.orphans


def collect(
    db: Database,
    scope: ResolvedScope,
    *,
    with_text: bool = False,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> Iterator[IssueBundle]:
    """The scope's issues in text order; `with_text` also reads every article's paragraphs."""
    total, done = scope.article_count, 0
    for issue_id, article_ids in scope.issues:
        if cancelled and cancelled():
            raise ExportCancelled
        bundle = read_issue(db, issue_id, article_ids, issue_id in scope.whole_issues, with_text)
        done += len(article_ids)
        if progress:
            progress(done, total, bundle.header.source_name if bundle.header else "")
        yield bundle
    if scope.waiting:
        waiting = q.waiting_annotations(db)
        if waiting:
            yield IssueBundle(None, [], waiting)


def read_issue(
    db: Database, issue_id: int, article_ids: Sequence[int], whole: bool, with_text: bool
) -> IssueBundle:
    """One issue: the chosen articles with their notes, confirmed flags and tags."""
    header = q.issue_header(db, issue_id)
    articles = list_articles(db, issue_id)
    positions = q.paragraph_positions(db, issue_id)
    annotations = list_annotations(db, issue_id=issue_id, include_deleted=True)
    confirmed = list_flags(db, issue_id, state=CONFIRMED)
    tags = q.article_tags(db, article_ids)
    by_id = {a.id: a for a in articles}
    paragraphs = q.issue_paragraph_rows(db, issue_id) if with_text else []
    flags = _placed_flags(confirmed, positions, articles)
    placed = _by_article(annotations)
    bundles = []
    for article_id in article_ids:
        article = by_id[article_id]
        if with_text:
            article.paragraphs = _slice(paragraphs, article)
        notes = [_note(a, positions, article) for a in placed.get(article_id, [])]
        own = [f for f in flags if f.place.article_id == article_id]
        bundles.append(ArticleBundle(article, tags.get(article_id, []), notes, own))
    orphans = [a for a in annotations if _unplaced(a)] if whole else []
    return IssueBundle(header, bundles, orphans, confirmed)


def _by_article(annotations: list[Annotation]) -> dict[int | None, list[Annotation]]:
    """The placed annotations by article, each list in text order."""
    found: dict[int | None, list[Annotation]] = {}
    for annotation in annotations:
        if not _unplaced(annotation):
            found.setdefault(annotation.article_id, []).append(annotation)
    return found


def _unplaced(annotation: Annotation) -> bool:
    return annotation.orphaned or annotation.article_id is None


def _note(annotation: Annotation, positions: dict[int, int], article: ArticleRow) -> NoteItem:
    position = positions.get(annotation.start_paragraph_id or -1)
    number = None if position is None else position - article.first_paragraph + 1
    return NoteItem(annotation, number)


def _slice(paragraphs: list[ParagraphRow], article: ArticleRow) -> list[ParagraphRow]:
    return [
        p for p in paragraphs if article.first_paragraph <= p.position <= article.last_paragraph
    ]


def _place(position: int | None, articles: list[ArticleRow]) -> Place:
    if position is None:
        return Place(None, None, None)
    for article in articles:
        if article.first_paragraph <= position <= article.last_paragraph:
            return Place(position - article.first_paragraph + 1, article.id, article.title)
    return Place(None, None, None)


def _placed_flags(
    flags: list[FlagRow], positions: dict[int, int], articles: list[ArticleRow]
) -> list[FlagItem]:
    """Each confirmed flag with its place and the places its evidence names."""
    placed = []
    for flag in flags:
        here = _place(positions.get(flag.paragraph_id), articles)
        related = tuple(_place(positions.get(pid), articles) for pid, _text in flag.related)
        named = {p: _place(p, articles) for p in _evidence_positions(flag.detail)}
        placed.append(FlagItem(flag, here, related, named))
    return placed


def _evidence_positions(detail: dict) -> list[int]:
    """Issue positions the evidence names (a duplicate's `of`)."""
    value = detail.get("of")
    return [value] if isinstance(value, int) else []
