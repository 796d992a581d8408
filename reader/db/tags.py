"""All tag SQL: naming, tagging articles, renaming, merging, colours, and undo data.

A tag is a row of `tags` (name UNIQUE, colour) linked to articles through
`article_tags`. Names are hierarchical with `/` (`地点/解放区`): the hierarchy
is only in the names, so a parent needs no row of its own, and renaming or
deleting a name acts on everything below it too, like a folder.

Every edit returns a `TagDelta`: the tag rows it created, deleted or
changed and the article links it added or removed. The edit itself is that
delta written in one transaction, undo writes its `inverse()` and redo
writes it again, so every kind of edit is undone the same way. The delta
names only what changed (three articles tagged, not the tag's 50,000 other
links), except a delete, which must keep the links it removes to put them
back. Links to articles that no longer exist (a merge of articles since)
are skipped on the way back rather than failing.

Listing, counting and filtering by tags are in `reader.db.tag_views`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass

from sqlite_utils import Database

SEPARATOR = "/"
MAX_NAME = 100
_COLOR = re.compile(r"#[0-9a-f]{6}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")

Link = tuple[int, int]  # (article_id, tag_id)


class TagError(ValueError):
    """This tag edit is not possible; the message says why, for people."""


@dataclass(frozen=True)
class TagRow:
    id: int
    name: str
    color: str | None


@dataclass(frozen=True)
class TagDelta:
    """What one tag edit changed, enough to write it again or take it back."""

    created: tuple[TagRow, ...] = ()
    deleted: tuple[TagRow, ...] = ()
    updated: tuple[tuple[TagRow, TagRow], ...] = ()  # (before, after), same id
    added: tuple[Link, ...] = ()
    removed: tuple[Link, ...] = ()

    def inverse(self) -> TagDelta:
        return TagDelta(
            created=self.deleted,
            deleted=self.created,
            updated=tuple((after, before) for before, after in self.updated),
            added=self.removed,
            removed=self.added,
        )

    @property
    def empty(self) -> bool:
        return not (self.created or self.deleted or self.updated or self.added or self.removed)

    def articles(self) -> set[int]:
        """The articles whose tags this edit changes."""
        return {article for article, _tag in (*self.added, *self.removed)}


# -- names and colours ------------------------------------------------------------------


def normalize_name(text: str) -> str:
    """`" #地点 / 解放区 "` → `地点/解放区`; raises TagError for a name that cannot be one."""
    text = text.strip().lstrip("#").strip()
    parts = [part.strip() for part in text.split(SEPARATOR)]
    name = SEPARATOR.join(part for part in parts if part)
    if not name:
        raise TagError("a tag needs a name")
    if _CONTROL.search(name):
        raise TagError("a tag name cannot contain control characters")
    if len(name) > MAX_NAME:
        raise TagError(f"a tag name has at most {MAX_NAME} characters")
    return name


def normalize_color(text: str | None) -> str | None:
    """`#RRGGBB` (any case) → `#rrggbb`; empty or None clears the colour."""
    if text is None or not text.strip():
        return None
    color = text.strip().lower()
    if not _COLOR.fullmatch(color):
        raise TagError(f"{text!r} is not a colour like #3a7bd5")
    return color


def parent_of(name: str) -> str | None:
    head, sep, _leaf = name.rpartition(SEPARATOR)
    return head if sep else None


def leaf_of(name: str) -> str:
    return name.rpartition(SEPARATOR)[2]


def subtree_range(name: str) -> tuple[str, str]:
    """Bounds [lo, hi) of the names below `name`: '0' is the character after '/'."""
    return name + SEPARATOR, name + "0"


# -- reading rows -----------------------------------------------------------------------


def find_tag(db: Database, name: str) -> TagRow | None:
    row = db.execute("SELECT id, name, color FROM tags WHERE name = ?", [name]).fetchone()
    return TagRow(*row) if row else None


def names_of(db: Database, tag_ids: Iterable[int]) -> list[str]:
    found = [find_row(db, tag_id) for tag_id in tag_ids]
    return [tag.name for tag in found if tag is not None]


def find_row(db: Database, tag_id: int) -> TagRow | None:
    row = db.execute("SELECT id, name, color FROM tags WHERE id = ?", [tag_id]).fetchone()
    return TagRow(*row) if row else None


def subtree(db: Database, name: str) -> list[TagRow]:
    """The tag called `name` (if it is one) and every tag below it, by name."""
    lo, hi = subtree_range(name)
    rows = db.execute(
        "SELECT id, name, color FROM tags WHERE name = ? OR (name >= ? AND name < ?) ORDER BY name",
        [name, lo, hi],
    )
    return [TagRow(*row) for row in rows]


def links_of(db: Database, tag_ids: Sequence[int]) -> list[Link]:
    found: list[Link] = []
    for tag_id in tag_ids:
        rows = db.execute("SELECT article_id FROM article_tags WHERE tag_id = ?", [tag_id])
        found.extend((row[0], tag_id) for row in rows)
    return found


def existing_articles(db: Database, article_ids: Iterable[int]) -> list[int]:
    ids = list(dict.fromkeys(article_ids))
    found: list[int] = []
    for start in range(0, len(ids), 500):
        chunk = ids[start : start + 500]
        marks = ",".join("?" * len(chunk))
        rows = db.execute(f"SELECT id FROM articles WHERE id IN ({marks})", chunk)
        present = {row[0] for row in rows}
        found.extend(i for i in chunk if i in present)
    return found


def _tagged(db: Database, tag_id: int, article_ids: Sequence[int]) -> set[int]:
    found: set[int] = set()
    for start in range(0, len(article_ids), 500):
        chunk = list(article_ids[start : start + 500])
        marks = ",".join("?" * len(chunk))
        rows = db.execute(
            f"SELECT article_id FROM article_tags WHERE tag_id = ? AND article_id IN ({marks})",
            [tag_id, *chunk],
        )
        found.update(row[0] for row in rows)
    return found


def _next_id(db: Database) -> int:
    """A free tag id; the caller's write transaction keeps it free."""
    return db.execute("SELECT coalesce(max(id), 0) + 1 FROM tags").fetchone()[0]


# -- writing deltas ---------------------------------------------------------------------


def write_delta(db: Database, delta: TagDelta) -> None:
    """Make `delta` happen, in one transaction (or inside the caller's)."""
    with db.atomic():
        for tag in delta.created:
            db.execute(
                "INSERT INTO tags (id, name, color) VALUES (?, ?, ?)", [tag.id, tag.name, tag.color]
            )
        for _before, after in delta.updated:
            db.execute(
                "UPDATE tags SET name = ?, color = ? WHERE id = ?",
                [after.name, after.color, after.id],
            )
        db.conn.executemany(
            "INSERT OR IGNORE INTO article_tags (article_id, tag_id)"
            " SELECT ?, ? WHERE EXISTS (SELECT 1 FROM articles WHERE id = ?)",
            [(article, tag, article) for article, tag in delta.added],
        )
        db.conn.executemany(
            "DELETE FROM article_tags WHERE article_id = ? AND tag_id = ?", list(delta.removed)
        )
        db.conn.executemany("DELETE FROM tags WHERE id = ?", [(tag.id,) for tag in delta.deleted])


def undo_delta(db: Database, delta: TagDelta) -> None:
    write_delta(db, delta.inverse())


def redo_delta(db: Database, delta: TagDelta) -> None:
    write_delta(db, delta)


# -- edits ------------------------------------------------------------------------------


def add_tag(db: Database, article_ids: Sequence[int], name: str) -> TagDelta:
    """Tag articles (creating the tag if new); those already tagged are left alone."""
    name = normalize_name(name)
    with db.atomic():
        articles = existing_articles(db, article_ids)
        if not articles:
            raise TagError("choose one or more articles to tag")
        tag = find_tag(db, name)
        created = () if tag else (TagRow(_next_id(db), name, None),)
        tag = tag or created[0]
        have = _tagged(db, tag.id, articles) if not created else set()
        delta = TagDelta(
            created=created, added=tuple((a, tag.id) for a in articles if a not in have)
        )
        write_delta(db, delta)
    return delta


def remove_tag(db: Database, article_ids: Sequence[int], name: str) -> TagDelta:
    """Take a tag off articles; the tag itself stays (delete it with `delete_tag`)."""
    name = normalize_name(name)
    with db.atomic():
        tag = find_tag(db, name)
        if tag is None:
            raise TagError(f"there is no tag {name!r}")
        articles = list(dict.fromkeys(article_ids))
        have = _tagged(db, tag.id, articles)
        delta = TagDelta(removed=tuple((a, tag.id) for a in articles if a in have))
        write_delta(db, delta)
    return delta


def set_color(db: Database, name: str, color: str | None) -> TagDelta:
    """Give a tag a colour (None clears it); a name with no tag row yet gets one."""
    name, color = normalize_name(name), normalize_color(color)
    with db.atomic():
        tag = find_tag(db, name)
        if tag is None:
            delta = TagDelta(created=(TagRow(_next_id(db), name, color),))
        elif tag.color == color:
            return TagDelta()
        else:
            delta = TagDelta(updated=((tag, TagRow(tag.id, tag.name, color)),))
        write_delta(db, delta)
    return delta


def delete_tag(db: Database, name: str) -> TagDelta:
    """Delete a tag and every tag below it, taking them off their articles."""
    name = normalize_name(name)
    with db.atomic():
        tags = subtree(db, name)
        if not tags:
            raise TagError(f"there is no tag {name!r}")
        delta = TagDelta(deleted=tuple(tags), removed=tuple(links_of(db, [t.id for t in tags])))
        write_delta(db, delta)
    return delta


@dataclass(frozen=True)
class RenamePlan:
    """What renaming `old` to `new` would do: which names move, which merge into existing."""

    moves: tuple[tuple[TagRow, str], ...]  # (tag, its new name)
    merges: tuple[tuple[TagRow, TagRow], ...]  # (tag, the existing tag it joins)
    articles: int  # distinct articles whose tags change by the merges


def plan_rename(db: Database, old: str, new: str) -> RenamePlan:
    """Work out a rename without writing: the window asks before merging."""
    old, new = normalize_name(old), normalize_name(new)
    if new == old:
        return RenamePlan((), (), 0)
    if new.startswith(old + SEPARATOR):
        raise TagError(f"{new!r} is inside {old!r}; a tag cannot move below itself")
    tags = subtree(db, old)
    if not tags:
        raise TagError(f"there is no tag {old!r}")
    moves, merges = [], []
    for tag in tags:
        target_name = new + tag.name[len(old) :]
        target = find_tag(db, target_name)
        if target is None:
            moves.append((tag, target_name))
        else:
            merges.append((tag, target))
    merged = {a for tag, _t in merges for a, _ in links_of(db, [tag.id])}
    return RenamePlan(tuple(moves), tuple(merges), len(merged))


def rename_tag(db: Database, old: str, new: str) -> TagDelta:
    """Rename a tag and the tags below it; onto an existing name, the two merge.

    A merged tag's articles gain the existing tag (keeping its colour), and
    the merged tag is deleted, so undo puts it back with its own colour.
    """
    with db.atomic():
        plan = plan_rename(db, old, new)
        updated = tuple((tag, TagRow(tag.id, name, tag.color)) for tag, name in plan.moves)
        added: list[Link] = []
        removed: list[Link] = []
        for tag, target in plan.merges:
            links = links_of(db, [tag.id])
            removed.extend(links)
            have = _tagged(db, target.id, [a for a, _ in links])
            added.extend((a, target.id) for a, _ in links if a not in have)
        deleted = tuple(tag for tag, _target in plan.merges)
        delta = TagDelta(
            deleted=deleted, updated=updated, added=tuple(added), removed=tuple(removed)
        )
        write_delta(db, delta)
    return delta
