"""Annotations as W3C Web Annotation JSON, so they travel between libraries and tools.

The target names the issue by the SHA-256 of its file's bytes
(`urn:sha256:…`), not by a library's row id, so the same JSON means the same
span in every library that holds that file. The span is given twice, as a
TextPositionSelector (offsets in the decoded text) and a TextQuoteSelector
(quote with 32 characters of context), which is what re-anchoring needs when
the offsets are stale. The category, correction and note are TextualBody
items told apart by `purpose` (classifying, editing, commenting). What W3C has
no word for (colour, tombstones, internal ids) sits under one extension key,
an absolute IRI, which other tools ignore.
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from typing import Any

from reader.annotate.model import (
    CATEGORIES,
    IMPORTANT,
    NOTE,
    OCR_ERROR,
    QUESTION,
    Annotation,
    is_color,
)

CONTEXT_URL = "http://www.w3.org/ns/anno.jsonld"
EXTENSION = "urn:issue-reader:annotation"
SOURCE_PREFIX = "urn:sha256:"
EPOCH = "1970-01-01T00:00:00Z"  # stands in for a missing date, so any dated copy wins

MOTIVATIONS = {
    OCR_ERROR: "editing",
    NOTE: "commenting",
    IMPORTANT: "highlighting",
    QUESTION: "questioning",
}
_HEX64 = re.compile(r"[0-9a-f]{64}")


class W3CError(ValueError):
    """This JSON is not an annotation we can read; the message says why."""


def to_w3c(annotation: Annotation, *, internal: bool = True) -> dict[str, Any]:
    """One annotation as a W3C Web Annotation (a JSON-LD object)."""
    data: dict[str, Any] = {
        "@context": CONTEXT_URL,
        "id": annotation.id,
        "type": "Annotation",
        "motivation": MOTIVATIONS[annotation.category],
        "created": annotation.created,
        "modified": annotation.modified,
        "body": _bodies(annotation),
        "target": {
            "source": SOURCE_PREFIX + annotation.source_hash,
            "selector": _selectors(annotation),
        },
    }
    extension = _extension(annotation, internal)
    if extension:
        data[EXTENSION] = extension
    return data


def _bodies(annotation: Annotation) -> list[dict[str, str]]:
    bodies = [{"type": "TextualBody", "purpose": "classifying", "value": annotation.category}]
    if annotation.correction is not None:
        bodies.append({"type": "TextualBody", "purpose": "editing", "value": annotation.correction})
    if annotation.note is not None:
        bodies.append(
            {
                "type": "TextualBody",
                "purpose": "commenting",
                "value": annotation.note,
                "format": "text/markdown",
            }
        )
    return bodies


def _selectors(annotation: Annotation) -> list[dict[str, Any]]:
    selectors: list[dict[str, Any]] = []
    if annotation.text_start is not None and annotation.text_end is not None:
        selectors.append(
            {
                "type": "TextPositionSelector",
                "start": annotation.text_start,
                "end": annotation.text_end,
            }
        )
    selectors.append(
        {
            "type": "TextQuoteSelector",
            "exact": annotation.exact,
            "prefix": annotation.prefix,
            "suffix": annotation.suffix,
        }
    )
    return selectors


def _extension(annotation: Annotation, internal: bool) -> dict[str, Any]:
    extension: dict[str, Any] = {}
    if annotation.color is not None:
        extension["color"] = annotation.color
    if annotation.deleted is not None:
        extension["deleted"] = annotation.deleted
    if internal:
        extension.update(
            issue=annotation.issue_id, article=annotation.article_id, orphaned=annotation.orphaned
        )
    return extension


# -- reading -------------------------------------------------------------------


def from_w3c(data: Any) -> Annotation:
    """An annotation from W3C JSON, not yet placed in any issue (issue_id None)."""
    if not isinstance(data, dict):
        raise W3CError("an annotation must be a JSON object")
    ident = data.get("id")
    if not isinstance(ident, str) or not ident.strip():
        raise W3CError("an annotation needs an id")
    source, quote = _target(data.get("target"), ident)
    bodies = _body_values(data)
    extension = data.get(EXTENSION) if isinstance(data.get(EXTENSION), dict) else {}
    created = timestamp(data.get("created") or data.get("modified"), ident)
    modified = timestamp(data.get("modified") or data.get("created"), ident)
    deleted, color = extension.get("deleted"), extension.get("color")
    return Annotation(
        id=ident, issue_id=None, source_hash=source, article_id=None,
        start_paragraph_id=None, start_offset=None, end_paragraph_id=None, end_offset=None,
        text_start=quote["start"], text_end=quote["end"], exact=quote["exact"],
        prefix=quote["prefix"], suffix=quote["suffix"], category=_category(bodies),
        correction=bodies.get("editing"), note=bodies.get("commenting"),
        color=color if is_color(color) else None, orphaned=True, created=created,
        modified=modified, deleted=timestamp(deleted, ident) if deleted else None,
    )  # fmt: skip


def timestamp(value: Any, ident: str = "") -> str:
    """An xsd:dateTime as UTC `YYYY-MM-DDTHH:MM:SSZ`, the form store.now() writes."""
    if value is None:
        return EPOCH
    if not isinstance(value, str):
        raise W3CError(f"{ident}: a date must be text, not {value!r}")
    try:
        moment = datetime.fromisoformat(value.replace("Z", "+00:00"))
    except ValueError as err:
        raise W3CError(f"{ident}: not a date: {value!r}") from err
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    stamp = moment.astimezone(UTC).isoformat(timespec="seconds")
    return stamp.replace("+00:00", "Z")


def _as_list(value: Any) -> list[Any]:
    if value is None:
        return []
    return value if isinstance(value, list) else [value]


def _target(value: Any, ident: str) -> tuple[str, dict[str, Any]]:
    targets = [t for t in _as_list(value) if isinstance(t, dict)]
    if not targets:
        raise W3CError(f"{ident}: the target must be an object with a source and selectors")
    target = targets[0]
    source = target.get("source")
    if not isinstance(source, str) or not source.startswith(SOURCE_PREFIX):
        raise W3CError(f"{ident}: the target source is not a {SOURCE_PREFIX}… issue hash")
    digest = source[len(SOURCE_PREFIX) :].lower()
    if not _HEX64.fullmatch(digest):
        raise W3CError(f"{ident}: {source!r} is not a SHA-256 digest")
    return digest, _quote(target.get("selector"), ident)


def _quote(value: Any, ident: str) -> dict[str, Any]:
    found: dict[str, Any] = {"start": None, "end": None}
    for selector in _as_list(value):
        if not isinstance(selector, dict):
            continue
        if selector.get("type") == "TextQuoteSelector":
            found.update(
                exact=selector.get("exact"),
                prefix=selector.get("prefix") or "",
                suffix=selector.get("suffix") or "",
            )
        elif selector.get("type") == "TextPositionSelector":
            start, end = selector.get("start"), selector.get("end")
            if isinstance(start, int) and isinstance(end, int) and 0 <= start < end:
                found.update(start=start, end=end)
    if not isinstance(found.get("exact"), str) or not found["exact"]:
        raise W3CError(f"{ident}: no TextQuoteSelector with a non-empty exact quote")
    if not isinstance(found["prefix"], str) or not isinstance(found["suffix"], str):
        raise W3CError(f"{ident}: the quote's prefix and suffix must be text")
    return found


def _body_values(data: dict[str, Any]) -> dict[str, str]:
    """The TextualBody values by purpose; a bare `bodyValue` is a comment."""
    values: dict[str, str] = {}
    if isinstance(data.get("bodyValue"), str):
        values["commenting"] = data["bodyValue"]
    for body in _as_list(data.get("body")):
        if isinstance(body, dict) and isinstance(body.get("value"), str):
            for purpose in _as_list(body.get("purpose")) or ["commenting"]:
                values.setdefault(str(purpose), body["value"])
    return values


def _category(bodies: dict[str, str]) -> str:
    category = bodies.get("classifying")
    if category in CATEGORIES:
        return category
    return OCR_ERROR if "editing" in bodies else NOTE if "commenting" in bodies else IMPORTANT
