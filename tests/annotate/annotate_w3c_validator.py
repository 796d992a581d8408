"""The W3C Web Annotation test suite's MUST assertions, run without `jsonschema`.

The suite (copied in `w3c_schemas/`, see SOURCE.md there) is a set of JSON
Schema draft-04 files; `annotationMusts.test` lists the assertions every
annotation must meet. This is the small part of draft-04 those files use:
$ref across files, type, properties, patternProperties, additionalProperties,
required, items, min/maxItems, enum, pattern, format (uri, date-time),
minimum, dependencies and the combinators. Formats are checked strictly
(RFC 3986 scheme for uri, RFC 3339 for date-time).
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

SCHEMAS = Path(__file__).resolve().parent / "w3c_schemas"

_URI = re.compile(r"[A-Za-z][A-Za-z0-9+.\-]*:[^\s]*")
_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}:\d{2}(\.\d+)?([Zz]|[+-]\d{2}:\d{2})")


def _is_type(value: Any, name: str) -> bool:
    checks = {
        "object": lambda v: isinstance(v, dict),
        "array": lambda v: isinstance(v, list),
        "string": lambda v: isinstance(v, str),
        "boolean": lambda v: isinstance(v, bool),
        "null": lambda v: v is None,
        "integer": lambda v: isinstance(v, int) and not isinstance(v, bool),
        "number": lambda v: isinstance(v, int | float) and not isinstance(v, bool),
    }
    return checks[name](value)


def _same(a: Any, b: Any) -> bool:
    return type(a) is type(b) and a == b


class Validator:
    """Validates against schemas that refer to each other by file name."""

    def __init__(self, folder: Path = SCHEMAS) -> None:
        self.documents: dict[str, dict] = {}
        for path in sorted((folder / "definitions").glob("*.json")):
            self.documents[path.name] = json.loads(path.read_text("utf-8"))

    def valid(self, value: Any, schema: dict, document: dict) -> bool:
        if "$ref" in schema:
            target, target_doc = self._resolve(schema["$ref"], document)
            return self.valid(value, target, target_doc)
        return all(self._keyword(key, schema[key], value, schema, document) for key in schema)

    def _resolve(self, ref: str, document: dict) -> tuple[dict, dict]:
        name, _, pointer = ref.partition("#")
        doc = self.documents[name] if name else document
        node: Any = doc
        for part in [p for p in pointer.split("/") if p]:
            node = node[part.replace("~1", "/").replace("~0", "~")]
        return node, doc

    def _keyword(self, key: str, rule: Any, value: Any, schema: dict, doc: dict) -> bool:
        method = getattr(self, "_k_" + key, None)
        return True if method is None else method(rule, value, schema, doc)

    def _k_type(self, rule: Any, value: Any, schema: dict, doc: dict) -> bool:
        names = rule if isinstance(rule, list) else [rule]
        return any(_is_type(value, name) for name in names)

    def _k_allOf(self, rule: list, value: Any, schema: dict, doc: dict) -> bool:  # noqa: N802
        return all(self.valid(value, s, doc) for s in rule)

    def _k_anyOf(self, rule: list, value: Any, schema: dict, doc: dict) -> bool:  # noqa: N802
        return any(self.valid(value, s, doc) for s in rule)

    def _k_oneOf(self, rule: list, value: Any, schema: dict, doc: dict) -> bool:  # noqa: N802
        return sum(1 for s in rule if self.valid(value, s, doc)) == 1

    def _k_not(self, rule: dict, value: Any, schema: dict, doc: dict) -> bool:
        return not self.valid(value, rule, doc)

    def _k_enum(self, rule: list, value: Any, schema: dict, doc: dict) -> bool:
        return any(_same(value, option) for option in rule)

    def _k_required(self, rule: list, value: Any, schema: dict, doc: dict) -> bool:
        return not isinstance(value, dict) or all(name in value for name in rule)

    def _k_properties(self, rule: dict, value: Any, schema: dict, doc: dict) -> bool:
        if not isinstance(value, dict):
            return True
        return all(self.valid(value[k], s, doc) for k, s in rule.items() if k in value)

    def _k_patternProperties(self, rule: dict, value: Any, schema: dict, doc: dict) -> bool:  # noqa: N802
        if not isinstance(value, dict):
            return True
        return all(
            self.valid(v, s, doc)
            for pattern, s in rule.items()
            for k, v in value.items()
            if re.search(pattern, k)
        )

    def _k_additionalProperties(self, rule: Any, value: Any, schema: dict, doc: dict) -> bool:  # noqa: N802
        if not isinstance(value, dict):
            return True
        named = set(schema.get("properties", {}))
        patterns = list(schema.get("patternProperties", {}))
        extra = [k for k in value if k not in named and not any(re.search(p, k) for p in patterns)]
        if rule is False:
            return not extra
        if isinstance(rule, dict):
            return all(self.valid(value[k], rule, doc) for k in extra)
        return True

    def _k_items(self, rule: Any, value: Any, schema: dict, doc: dict) -> bool:
        if not isinstance(value, list):
            return True
        if isinstance(rule, list):
            return all(self.valid(v, s, doc) for v, s in zip(value, rule, strict=False))
        return all(self.valid(v, rule, doc) for v in value)

    def _k_minItems(self, rule: int, value: Any, schema: dict, doc: dict) -> bool:  # noqa: N802
        return not isinstance(value, list) or len(value) >= rule

    def _k_maxItems(self, rule: int, value: Any, schema: dict, doc: dict) -> bool:  # noqa: N802
        return not isinstance(value, list) or len(value) <= rule

    def _k_pattern(self, rule: str, value: Any, schema: dict, doc: dict) -> bool:
        return not isinstance(value, str) or re.search(rule, value) is not None

    def _k_format(self, rule: str, value: Any, schema: dict, doc: dict) -> bool:
        if not isinstance(value, str):
            return True
        checker = {"uri": _URI, "date-time": _DATE_TIME}.get(rule)
        return checker is None or checker.fullmatch(value) is not None

    def _k_minimum(self, rule: float, value: Any, schema: dict, doc: dict) -> bool:
        if not _is_type(value, "number"):
            return True
        return value > rule if schema.get("exclusiveMinimum") else value >= rule

    def _k_dependencies(self, rule: dict, value: Any, schema: dict, doc: dict) -> bool:
        if not isinstance(value, dict):
            return True
        for key, needed in rule.items():
            if key not in value:
                continue
            if isinstance(needed, list) and not all(n in value for n in needed):
                return False
            if isinstance(needed, dict) and not self.valid(value, needed, doc):
                return False
        return True


def must_assertions(folder: Path = SCHEMAS) -> list[dict]:
    manifest = json.loads((folder / "annotationMusts.test").read_text("utf-8"))
    return [
        json.loads((folder / rel).read_text("utf-8"))
        for rel in manifest["assertions"]
        if isinstance(rel, str)
    ]


def failed_musts(annotation: dict, validator: Validator, musts: list[dict]) -> list[str]:
    """The error messages of the MUST assertions this annotation fails."""
    failed = []
    for schema in musts:
        expected = schema.get("expectedResult", "valid") == "valid"
        if validator.valid(annotation, schema, schema) != expected:
            failed.append(schema.get("errorMessage") or schema.get("title") or schema["id"])
    return failed
