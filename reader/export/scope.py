"""What an export covers, and that choice resolved to article ids in text order.

A scope names articles the way people choose them: the article being read,
the selected ones, an issue, a tag, the current search results (ids the
caller already has), or, when nothing is named, the whole library (current
versions only). Several choices add up (their union). Resolving groups the
articles by issue, in the order of the issue list and then of the articles
in their issue, which is the order every export writes them in.

Annotations that lost their place (orphans) belong to no article; they are
exported with their issue when the whole issue is in the scope, and the
whole library also carries the annotations still waiting for their issue
file, so a library-wide JSON export loses nothing when merged elsewhere.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import groupby

from sqlite_utils import Database

from reader.db import export_queries as q
from reader.export.labels import Labels


@dataclass(frozen=True)
class Scope:
    """The articles to export; empty = the whole library."""

    article_ids: tuple[int, ...] = ()
    issue_ids: tuple[int, ...] = ()
    tags: tuple[str, ...] = ()
    results: tuple[int, ...] | None = None  # search results (article ids); () = none found

    @classmethod
    def articles(cls, ids: Sequence[int]) -> Scope:
        return cls(article_ids=tuple(ids))

    @classmethod
    def issues(cls, ids: Sequence[int]) -> Scope:
        return cls(issue_ids=tuple(ids))

    @classmethod
    def tagged(cls, tags: Sequence[str]) -> Scope:
        return cls(tags=tuple(tags))

    @classmethod
    def search_results(cls, ids: Sequence[int]) -> Scope:
        return cls(results=tuple(ids))

    @property
    def is_library(self) -> bool:
        return not (self.article_ids or self.issue_ids or self.tags) and self.results is None

    def describe(self, labels: Labels) -> str:
        """A short line for the top of the notes: what was exported."""
        if self.is_library:
            return labels.text("scope_library")
        parts = []
        if self.issue_ids:
            parts.append(labels.text("scope_issues", count=len(self.issue_ids)))
        if self.article_ids:
            parts.append(labels.text("scope_articles", count=len(self.article_ids)))
        if self.tags:
            parts.append(labels.text("scope_tags", tags=", ".join(self.tags)))
        if self.results is not None:
            parts.append(labels.text("scope_search", count=len(self.results)))
        return " + ".join(parts)


@dataclass(frozen=True)
class ResolvedScope:
    """The scope's articles grouped by issue, in text order."""

    issues: tuple[tuple[int, tuple[int, ...]], ...]
    whole_issues: frozenset[int] = field(default_factory=frozenset)  # their orphans go along
    waiting: bool = False  # also the annotations waiting for an issue file (whole library)

    @property
    def article_count(self) -> int:
        return sum(len(ids) for _issue, ids in self.issues)

    @property
    def article_ids(self) -> list[int]:
        return [a for _issue, ids in self.issues for a in ids]


def resolve(db: Database, scope: Scope) -> ResolvedScope:
    """The articles of `scope`, each once, grouped by issue in text order."""
    if scope.is_library:
        pairs = q.library_articles(db)
        return _grouped(pairs, {issue for issue, _a in pairs}, waiting=True)
    chosen = set(scope.article_ids) | set(scope.results or ())
    chosen |= {a for _issue, a in q.issue_articles(db, scope.issue_ids)}
    chosen |= {a for _issue, a in q.tag_articles(db, scope.tags)}
    return _grouped(q.order_articles(db, chosen), set(scope.issue_ids), waiting=False)


def _grouped(pairs: list[q.IssueArticle], whole: set[int], *, waiting: bool) -> ResolvedScope:
    issues = tuple(
        (issue_id, tuple(article for _i, article in group))
        for issue_id, group in groupby(pairs, key=lambda pair: pair[0])
    )
    return ResolvedScope(issues, frozenset(whole), waiting)
