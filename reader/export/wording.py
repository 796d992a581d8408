"""Small pieces of wording every export shares: issue headings, flag evidence, Markdown escapes.

Text that comes from issue files (titles, quotes, paragraphs) is not
Markdown, so where the notes show it, characters Markdown would read as
syntax are escaped: a title with `*` or a quote starting with `#` prints as
it is. Notes are Markdown by design and are left to the writers.
"""

from __future__ import annotations

import re

from reader.db.export_queries import IssueHeader
from reader.export.collect import FlagItem, Place
from reader.export.labels import CHINESE, Labels

EXCERPT = 24  # characters of a flagged paragraph quoted beside its evidence

# What Python-Markdown and CommonMark both accept escaped with a backslash.
# `_` between letters or digits (file_name_1) is never emphasis, so it stays as it is.
_INLINE = re.compile(r"([\\`*\[\]]|(?<![0-9A-Za-z])_|_(?![0-9A-Za-z]))")
_LINE_START = re.compile(r"^(\s*)([#>+\-])", re.M)
_ORDERED = re.compile(r"^(\s*\d+)([.)])", re.M)

# The detectors' reasons (English, stored as evidence), for Chinese exports.
_REASONS_ZH = (
    (re.compile(r"starts with the bound character (.+)"), "以黏着字“{0}”开头"),
    (re.compile(r"starts with (.+)"), "以“{0}”开头"),
    (re.compile(r"enumeration starts at (.+)"), "列举从“{0}”开始"),
    (re.compile(r"copy of text found elsewhere"), "与别处文字相同"),
    (re.compile(r"unfinished text with nothing to join"), "文字未完，且无可连接的段落"),
)


def escape_markdown(text: str) -> str:
    """Plain text that Markdown shows as it is (`<` becomes `&lt;`, so no HTML is read)."""
    text = _INLINE.sub(r"\\\1", text).replace("<", "&lt;")
    text = _ORDERED.sub(r"\1\\\2", text)
    return _LINE_START.sub(r"\1\\\2", text)


def blockquote(text: str) -> str:
    """`text` as a Markdown blockquote, one `> ` per line (blank lines stay inside it)."""
    return "\n".join(f"> {line}".rstrip() for line in escape_markdown(text).split("\n"))


def issue_heading(header: IssueHeader, labels: Labels) -> str:
    """`2023-01-05 · 第3版` (the publication is the heading above it)."""
    parts = [header.date or labels.text("no_date")]
    parts += [value for value in (header.page, header.title) if value]
    return " · ".join(parts)


def publication_name(header: IssueHeader, labels: Labels) -> str:
    return header.publication or labels.text("unknown_publication")


def excerpt(text: str, size: int = EXCERPT) -> str:
    flat = " ".join(text.split())
    return flat if len(flat) <= size else flat[:size] + "…"


def place_label(place: Place | None, article_id: int, labels: Labels) -> str:
    """`¶30`, or `¶3 in “title”` when the paragraph is in another article."""
    if place is None or place.number is None:
        return labels.text("outside")
    label = labels.text("paragraph", number=place.number)
    if place.article_id == article_id:
        return label
    return labels.text("elsewhere", place=label, title=place.title or "")


def reason(text: str, labels: Labels) -> str:
    if labels.language != CHINESE:
        return text
    for pattern, template in _REASONS_ZH:
        match = pattern.fullmatch(text)
        if match:
            return template.format(*match.groups())
    return text


def evidence(item: FlagItem, labels: Labels) -> str:
    """One short line saying what a confirmed flag found, e.g. `copy of ¶30 (identical, …)`."""
    flag, detail, here = item.flag, item.flag.detail, item.place.article_id or -1
    if flag.kind == "duplicate":
        of = detail.get("of")
        place = item.named.get(of) if isinstance(of, int) else None
        return labels.text(
            "ev_duplicate",
            place=place_label(place, here, labels),
            relation=labels.name("relation", str(detail.get("relation", ""))),
            chars=detail.get("shared_chars", 0),
        )
    if flag.kind == "broken":
        first = item.related[0] if item.related else None
        return labels.text(
            "ev_broken", place=place_label(first, here, labels), preview=detail.get("preview", "")
        )
    return _simple_evidence(item, labels)


def _simple_evidence(item: FlagItem, labels: Labels) -> str:
    detail = item.flag.detail
    if item.flag.kind == "column_run":
        lines = detail.get("lines", len(item.related) + 1)
        return labels.text("ev_column_run", lines=lines, width=round(detail.get("width", 0)))
    if item.flag.kind == "doubled":
        return labels.text(
            "ev_doubled", context=detail.get("context", ""), suggest=detail.get("suggest", "")
        )
    if item.flag.kind in ("fragment", "truncated"):
        key = "ev_" + item.flag.kind
        return labels.text(key, reason=reason(str(detail.get("reason", "")), labels))
    if item.flag.kind in ("furniture", "caption"):
        return labels.text("ev_" + item.flag.kind)
    return labels.name("kind", item.flag.kind)
