"""What re-anchoring and importing annotations did, for people and for undo.

Nothing is dropped silently: every annotation that moved, changed its quote
(a fuzzy match) or lost its place is named here, so the window can list them
and the command line can print them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from reader.annotate.anchor import FUZZY, POSITION, QUOTE, Placement


@dataclass
class ReanchorReport:
    """The fate of each live annotation carried to another version of its issue."""

    unchanged: list[str] = field(default_factory=list)  # same place, same text
    moved: list[str] = field(default_factory=list)  # same quote, found elsewhere
    fuzzy: list[tuple[str, str, str]] = field(default_factory=list)  # id, old quote, new
    orphaned: list[str] = field(default_factory=list)  # no place found; kept, listed

    def record(self, ident: str, old_quote: str, new_quote: str, how: Placement | None) -> None:
        if how is None:
            self.orphaned.append(ident)
        elif how.method == POSITION:
            self.unchanged.append(ident)
        elif how.method == QUOTE:
            self.moved.append(ident)
        else:
            assert how.method == FUZZY
            self.fuzzy.append((ident, old_quote, new_quote))

    def summary(self) -> str:
        """One line for the import summary; empty when there were no annotations."""
        if not (self.unchanged or self.moved or self.fuzzy or self.orphaned):
            return ""
        return (
            f"annotations: {len(self.unchanged)} in place, {len(self.moved)} moved,"
            f" {len(self.fuzzy)} matched approximately, {len(self.orphaned)} orphaned"
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "unchanged": len(self.unchanged),
            "moved": len(self.moved),
            "fuzzy": [{"id": i, "old": old, "new": new} for i, old, new in self.fuzzy],
            "orphaned": list(self.orphaned),
        }


ADDED = "added"
UPDATED = "updated"
UNCHANGED = "unchanged"
DELETED = "deleted"
ORPHANED = "orphaned"
UNKNOWN_ISSUE = "unknown_issue"


@dataclass
class ImportReport:
    """What importing W3C JSON did: counts, and the ids or reasons behind them."""

    added: int = 0
    updated: int = 0
    unchanged: int = 0
    deleted: int = 0
    orphaned: list[str] = field(default_factory=list)  # known issue, quote not found
    unknown_issue: list[str] = field(default_factory=list)  # no issue with that hash
    invalid: list[str] = field(default_factory=list)  # reasons, one per unreadable item

    def count(self, outcome: str) -> None:
        setattr(self, outcome, getattr(self, outcome) + 1)

    @property
    def changed(self) -> bool:
        return bool(self.added or self.updated or self.deleted)

    def as_json(self) -> dict[str, Any]:
        return {
            ADDED: self.added,
            UPDATED: self.updated,
            UNCHANGED: self.unchanged,
            DELETED: self.deleted,
            ORPHANED: list(self.orphaned),
            UNKNOWN_ISSUE: list(self.unknown_issue),
            "invalid": list(self.invalid),
        }

    def summary(self) -> str:
        return (
            f"added {self.added}, updated {self.updated}, unchanged {self.unchanged},"
            f" deleted {self.deleted}, orphaned {len(self.orphaned)},"
            f" unknown issue {len(self.unknown_issue)}, invalid {len(self.invalid)}"
        )
