"""Annotations as W3C Web Annotation JSON, for other libraries and other tools.

The file is the list `issue-reader annotations --json --include-deleted`
prints (the same `to_w3c` objects, the same indentation), limited to the
scope. Tombstones of deleted annotations are included, so a merge into
another library (`issue-reader annotations --import FILE.json`) deletes
there what was deleted here instead of leaving it alive. The list is
written item by item, byte for byte what `json.dumps(items, indent=2)`
would give, without holding a whole library's annotations at once.
"""

from __future__ import annotations

import json
from collections.abc import Iterable, Iterator
from typing import Any, TextIO

from reader.annotate.w3c import to_w3c
from reader.export.collect import IssueBundle


def w3c_items(bundles: Iterable[IssueBundle]) -> Iterator[dict[str, Any]]:
    for bundle in bundles:
        for annotation in bundle.annotations:
            yield to_w3c(annotation)


def write_annotations_json(bundles: Iterable[IssueBundle], out: TextIO) -> None:
    out.write("[")
    count = 0
    for item in w3c_items(bundles):
        text = json.dumps(item, ensure_ascii=False, indent=2)
        out.write(("," if count else "") + "\n" + _indented(text))
        count += 1
    out.write("\n]\n" if count else "]\n")


def _indented(text: str) -> str:
    return "\n".join("  " + line for line in text.split("\n"))
