"""How flags are named and described to people: kind and state names, colours, evidence.

The detectors store evidence as data (`reader.detect` documents each kind's
`detail`); this module turns it into the short lines the panel, the margin
tooltips and the status bar show ("duplicate of ¶33 (identical, 148
chars)", "broken → ¶4: suggested join …", "doubled 肉肉 → 肉禽"). Paragraphs
are named by their ¶ number in the article being read, or with the other
article's title when the related text is elsewhere in the issue. All texts
are translated in the "Flags" context.
"""

from __future__ import annotations

import re
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtGui import QColor

from reader.db.flag_views import ParagraphPlace, PlacedFlag

CONTEXT = "Flags"

KIND_NAMES = {
    "duplicate": QT_TRANSLATE_NOOP("Flags", "duplicate"),
    "column_run": QT_TRANSLATE_NOOP("Flags", "column run"),
    "broken": QT_TRANSLATE_NOOP("Flags", "broken"),
    "fragment": QT_TRANSLATE_NOOP("Flags", "fragment"),
    "truncated": QT_TRANSLATE_NOOP("Flags", "truncated"),
    "doubled": QT_TRANSLATE_NOOP("Flags", "doubled"),
    "furniture": QT_TRANSLATE_NOOP("Flags", "furniture"),
    "caption": QT_TRANSLATE_NOOP("Flags", "caption"),
}

# One character drawn in the margin mark; Chinese gets one hanzi per kind.
KIND_GLYPHS = {
    "duplicate": QT_TRANSLATE_NOOP("Flags", "D"),
    "column_run": QT_TRANSLATE_NOOP("Flags", "R"),
    "broken": QT_TRANSLATE_NOOP("Flags", "B"),
    "fragment": QT_TRANSLATE_NOOP("Flags", "F"),
    "truncated": QT_TRANSLATE_NOOP("Flags", "T"),
    "doubled": QT_TRANSLATE_NOOP("Flags", "W"),
    "furniture": QT_TRANSLATE_NOOP("Flags", "P"),
    "caption": QT_TRANSLATE_NOOP("Flags", "C"),
}

STATE_NAMES = {
    "open": QT_TRANSLATE_NOOP("Flags", "open"),
    "confirmed": QT_TRANSLATE_NOOP("Flags", "confirmed"),
    "dismissed": QT_TRANSLATE_NOOP("Flags", "dismissed"),
}

RELATION_NAMES = {
    "identical": QT_TRANSLATE_NOOP("Flags", "identical"),
    "contains": QT_TRANSLATE_NOOP("Flags", "contains it"),
    "contained": QT_TRANSLATE_NOOP("Flags", "inside it"),
    "overlap": QT_TRANSLATE_NOOP("Flags", "overlapping"),
}

# Mid-tone colours that read on light and dark backgrounds alike.
KIND_COLORS = {
    "duplicate": "#d84343",
    "column_run": "#8e44ad",
    "broken": "#e67e22",
    "fragment": "#c2185b",
    "truncated": "#b7950b",
    "doubled": "#2e86de",
    "furniture": "#78909c",
    "caption": "#16a085",
}

# The detectors' reasons, as patterns with one captured character or marker.
_REASONS = (
    (re.compile(r"starts with the bound character (.+)"),
     QT_TRANSLATE_NOOP("Flags", "starts with the bound character {text}")),
    (re.compile(r"starts with (.+)"), QT_TRANSLATE_NOOP("Flags", "starts with {text}")),
    (re.compile(r"enumeration starts at (.+)"),
     QT_TRANSLATE_NOOP("Flags", "the enumeration starts at {text}")),
    (re.compile(r"copy of text found elsewhere()"),
     QT_TRANSLATE_NOOP("Flags", "a copy of text found elsewhere")),
    (re.compile(r"unfinished text with nothing to join()"),
     QT_TRANSLATE_NOOP("Flags", "unfinished, with nothing to join")),
)  # fmt: skip


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def kind_name(kind: str) -> str:
    return tr(KIND_NAMES[kind]) if kind in KIND_NAMES else kind


def kind_glyph(kind: str) -> str:
    return tr(KIND_GLYPHS[kind]) if kind in KIND_GLYPHS else kind[:1].upper()


def state_name(state: str) -> str:
    return tr(STATE_NAMES[state]) if state in STATE_NAMES else state


def kind_color(kind: str) -> QColor:
    return QColor(KIND_COLORS.get(kind, "#888888"))


def reason_text(reason: str) -> str:
    for pattern, text in _REASONS:
        match = pattern.fullmatch(reason)
        if match:
            return tr(text).format(text=match.group(1))
    return reason


def paragraph_label(place: ParagraphPlace | None, article_id: int | None) -> str:
    """`¶33`, or `¶3 in “title”` when the paragraph belongs to another article."""
    if place is None or place.number is None:
        return QCoreApplication.translate("Flags", "a paragraph outside any article")
    if place.article_id == article_id:
        return QCoreApplication.translate("Flags", "¶{number}").format(number=place.number)
    return QCoreApplication.translate("Flags", "¶{number} in “{title}”").format(
        number=place.number, title=place.article_title
    )


def related_at(flag: PlacedFlag, position: int | None) -> ParagraphPlace | None:
    """The related paragraph at an issue position (evidence names positions)."""
    return next((p for p in flag.related if p.position == position), None)


def evidence(flag: PlacedFlag) -> str:
    """One line saying what was found, e.g. "duplicate of ¶33 (identical, 148 chars)"."""
    detail, here = flag.flag.detail, flag.article_id
    describe = _DESCRIBERS.get(flag.flag.kind)
    return describe(flag, detail, here) if describe else kind_name(flag.flag.kind)


def _duplicate(flag: PlacedFlag, detail: dict[str, Any], here: int | None) -> str:
    where = paragraph_label(related_at(flag, detail.get("of")), here)
    relation = detail.get("relation", "")
    return QCoreApplication.translate(
        "Flags", "duplicate of {where} ({relation}, {chars} chars)"
    ).format(
        where=where,
        relation=tr(RELATION_NAMES[relation]) if relation in RELATION_NAMES else relation,
        chars=detail.get("shared_chars", 0),
    )


def _broken(flag: PlacedFlag, detail: dict[str, Any], here: int | None) -> str:
    where = paragraph_label(flag.related[0] if flag.related else None, here)
    return QCoreApplication.translate("Flags", "broken → {where}: suggested join {preview}").format(
        where=where, preview=detail.get("preview", "")
    )


def _column_run(flag: PlacedFlag, detail: dict[str, Any], here: int | None) -> str:
    return QCoreApplication.translate(
        "Flags", "column run of {lines} lines, about {width} characters each"
    ).format(lines=detail.get("lines", len(flag.related) + 1), width=round(detail.get("width", 0)))


def _truncated(flag: PlacedFlag, detail: dict[str, Any], here: int | None) -> str:
    return QCoreApplication.translate("Flags", "starts mid-sentence: {reason}").format(
        reason=reason_text(detail.get("reason", ""))
    )


def _fragment(flag: PlacedFlag, detail: dict[str, Any], here: int | None) -> str:
    text = QCoreApplication.translate("Flags", "stray fragment: {reason}").format(
        reason=reason_text(detail.get("reason", ""))
    )
    if flag.related:
        text += QCoreApplication.translate("Flags", "; also in {where}").format(
            where=paragraph_label(flag.related[0], here)
        )
    return text


def doubled_pair(flag: PlacedFlag) -> tuple[str, str]:
    """The doubled characters and what the detector suggests instead: (肉肉, 肉禽)."""
    detail, text = flag.flag.detail, flag.flag.paragraph_text
    at = int(detail.get("offset", 0))
    pair = text[at : at + 2]
    fix = detail.get("fix") or {}
    chars = list(pair)
    if "replace" in fix and 0 <= fix["replace"] - at < len(chars):
        chars[fix["replace"] - at] = fix.get("with", "")
    elif "delete" in fix and 0 <= fix["delete"] - at < len(chars):
        del chars[fix["delete"] - at]
    return pair, "".join(chars)


def _doubled(flag: PlacedFlag, detail: dict[str, Any], here: int | None) -> str:
    pair, fixed = doubled_pair(flag)
    return QCoreApplication.translate("Flags", "doubled {pair} → {fixed}").format(
        pair=pair, fixed=fixed
    )


def _furniture(flag: PlacedFlag, detail: dict[str, Any], here: int | None) -> str:
    return QCoreApplication.translate("Flags", "page furniture, not article text")


def _caption(flag: PlacedFlag, detail: dict[str, Any], here: int | None) -> str:
    return QCoreApplication.translate("Flags", "a picture caption")


_DESCRIBERS = {
    "duplicate": _duplicate,
    "broken": _broken,
    "column_run": _column_run,
    "truncated": _truncated,
    "fragment": _fragment,
    "doubled": _doubled,
    "furniture": _furniture,
    "caption": _caption,
}


def tooltip(flag: PlacedFlag) -> str:
    """`Duplicate (open): duplicate of ¶33 (identical, 148 chars)` for the margin and the list."""
    return QCoreApplication.translate("Flags", "{kind} ({state}): {evidence}").format(
        kind=kind_name(flag.flag.kind), state=state_name(flag.flag.state), evidence=evidence(flag)
    )
