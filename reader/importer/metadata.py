"""What an issue file says about itself: YAML-style front matter or a date in its name.

Only flat `key: value` front matter is read (publication, date, page, title);
that is what OCR pipelines write, and it keeps us free of a YAML parser that
would execute tags or choke on Chinese punctuation.
"""

from __future__ import annotations

import re
from datetime import date

from reader.model import IssueMeta

_FRONT_MATTER = re.compile(r"\A(?:\ufeff)?---[ \t]*\n(.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", re.S)
_KEY_VALUE = re.compile(r"^\s*([A-Za-z_][\w-]*)\s*[:：]\s*(.*?)\s*$")
_KEYS = {"publication", "date", "page", "title"}
_ALIASES = {
    "paper": "publication",
    "newspaper": "publication",
    "edition": "page",
    "section": "page",
}
_NAME_DATES = (
    re.compile(r"(?<!\d)(\d{4})[-_.年](\d{1,2})[-_.月](\d{1,2})日?(?!\d)"),
    re.compile(r"(?<!\d)(\d{4})(\d{2})(\d{2})(?!\d)"),
)


def split_front_matter(text: str) -> tuple[str, dict[str, str]]:
    """Return the raw front-matter block (possibly empty) and its recognised fields."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return "", {}
    pairs = [kv for line in (match.group(1) or "").splitlines() if (kv := _KEY_VALUE.match(line))]
    if not pairs:  # a rule line (`---`) above text, not front matter
        return "", {}
    fields: dict[str, str] = {}
    for kv in pairs:
        key = _ALIASES.get(kv.group(1).lower(), kv.group(1).lower())
        if key in _KEYS and kv.group(2):
            fields[key] = _unquote(kv.group(2))
    return match.group(0), fields


def issue_meta(fields: dict[str, str], file_name: str) -> IssueMeta:
    """Combine front matter with what the file name tells; front matter wins."""
    return IssueMeta(
        publication=fields.get("publication"),
        date=normalise_date(fields.get("date")) or date_from_name(file_name),
        page=fields.get("page"),
        title=fields.get("title"),
    )


def normalise_date(value: str | None) -> str | None:
    """`2023-1-5`, `2023年1月5日`, `20230105` → `2023-01-05`; anything else → None."""
    if not value:
        return None
    return date_from_name(value)


def date_from_name(name: str) -> str | None:
    """The first valid calendar date written in `name`, as ISO text."""
    for pattern in _NAME_DATES:
        for match in pattern.finditer(name):
            try:
                found = date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
            except ValueError:
                continue
            if 1800 <= found.year <= 2200:
                return found.isoformat()
    return None


def _unquote(value: str) -> str:
    if len(value) >= 2 and value[0] == value[-1] and value[0] in "\"'":
        return value[1:-1]
    return value
