"""How well `detect_issue` finds what a proofreader found in the two samples.

Runs detection on each sample (segmented when the segmenter is available, so
furniture and captions have roles) and scores it against
`resources/samples/expected.json`: per kind, how many findings match an
expected entry (precision) and how many expected entries were found (recall),
plus whether any pair listed under `not_duplicates` was flagged.

    .venv/bin/python benchmarks/detect_quality.py
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from reader.detect import Finding, detect_issue  # noqa: E402
from reader.importer.paragraphs import split_paragraphs  # noqa: E402
from reader.model import Paragraph  # noqa: E402

SAMPLES = ROOT / "resources" / "samples"
KINDS = ("duplicate", "column_run", "broken", "fragment", "truncated", "doubled", "furniture")
KINDS += ("caption",)

Pair = tuple[int, int]


def load(name: str) -> list[Paragraph]:
    paragraphs, _ = split_paragraphs((SAMPLES / name).read_text(encoding="utf-8"))
    try:
        from reader.importer.segment import segment
    except ImportError:
        return paragraphs
    segment(paragraphs)
    return paragraphs


def resolve(paragraphs: list[Paragraph], ref: dict, anywhere: bool = False) -> int:
    """Position of the paragraph named by `quote` (and `occ`, 1-based)."""
    quote = ref["quote"]
    hits = [
        p.position
        for p in paragraphs
        if (quote in p.text if anywhere else p.text.startswith(quote))
    ]
    return hits[ref.get("occ", 1) - 1]


def expected_sets(paragraphs: list[Paragraph], spec: dict) -> dict[str, set]:
    """Expected findings per kind: positions, or (position, other) pairs."""
    at = lambda ref: resolve(paragraphs, ref)  # noqa: E731
    return {
        "duplicate": {(at(d), at(d["of"])) for d in spec.get("duplicates", [])},
        "column_run": {(at(r["first"]), at(r["last"])) for r in spec.get("column_runs", [])},
        "broken": {(at(b), at(b["next"])) for b in spec.get("broken", [])},
        "fragment": {at(f) for f in spec.get("fragments", [])},
        "truncated": {at(t) for t in spec.get("truncated_start", [])},
        "doubled": {resolve(paragraphs, d, anywhere=True) for d in spec.get("doubled", [])},
        "furniture": {at(f) for f in spec.get("furniture", [])},
        "caption": {at(c) for c in spec.get("photo_captions", [])},
    }


def matches(kind: str, finding: Finding, wanted: object) -> bool:
    """Does `finding` account for the expected entry `wanted`?"""
    if isinstance(wanted, tuple):
        first, other = wanted
        if kind == "column_run":
            return finding.paragraph == first and finding.related[-1:] == [other]
        return finding.paragraph == first and other in finding.related
    return finding.paragraph == wanted


def score(findings: list[Finding], expected: dict[str, set]) -> dict[str, list[int]]:
    """kind → [findings, true findings, expected, expected found]."""
    table: dict[str, list[int]] = {}
    for kind in KINDS:
        mine = [f for f in findings if f.kind == kind]
        wanted = expected[kind]
        good = sum(any(matches(kind, f, w) for w in wanted) for f in mine)
        found = sum(any(matches(kind, f, w) for f in mine) for w in wanted)
        table[kind] = [len(mine), good, len(wanted), found]
    return table


def flagged_not_duplicates(
    paragraphs: list[Paragraph], spec: dict, findings: list[Finding]
) -> list[Pair]:
    pairs = [
        (resolve(paragraphs, n["a"]), resolve(paragraphs, n["b"]))
        for n in spec.get("not_duplicates", [])
    ]
    linked = {(f.paragraph, r) for f in findings if f.kind == "duplicate" for r in f.related}
    return [(a, b) for a, b in pairs if (a, b) in linked or (b, a) in linked]


def check_extras(paragraphs: list[Paragraph], spec: dict, findings: list[Finding]) -> list[str]:
    """Relations of duplicates and suggestions of doubled characters that disagree."""
    notes: list[str] = []
    for dup in spec.get("duplicates", []):
        q, of = resolve(paragraphs, dup), resolve(paragraphs, dup["of"])
        for f in findings:
            if f.kind == "duplicate" and f.paragraph == q and of in f.related:
                got = next(m for m in f.detail["matches"] if m["of"] == of)
                if got["relation"] != dup["relation"]:
                    notes.append(
                        f"duplicate ¶{q} of ¶{of}: {got['relation']} (expected {dup['relation']})"
                    )
    for dbl in spec.get("doubled", []):
        where = resolve(paragraphs, dbl, anywhere=True)
        ok = any(
            f.kind == "doubled" and f.paragraph == where and dbl["suggest"] in f.detail["suggest"]
            for f in findings
        )
        notes += [] if ok else [f"doubled {dbl['quote']}: suggestion differs from {dbl['suggest']}"]
    return notes


def ratio(top: int, bottom: int) -> str:
    return f"{top / bottom:.2f}" if bottom else "  - "


def main() -> None:
    spec_all = json.loads((SAMPLES / "expected.json").read_text(encoding="utf-8"))["files"]
    totals = {kind: [0, 0, 0, 0] for kind in KINDS}
    flagged: list[str] = []
    notes: list[str] = []
    for name, spec in spec_all.items():
        paragraphs = load(name)
        findings = detect_issue(paragraphs)
        for kind, row in score(findings, expected_sets(paragraphs, spec)).items():
            totals[kind] = [a + b for a, b in zip(totals[kind], row, strict=True)]
        flagged += [
            f"{name}: ¶{a} ~ ¶{b}" for a, b in flagged_not_duplicates(paragraphs, spec, findings)
        ]
        notes += [f"{name}: {n}" for n in check_extras(paragraphs, spec, findings)]
    row = "{:<11} {:>5} {:>5} {:>6} {:>4} {:>9} {:>6}"
    print(row.format("kind", "found", "right", "expect", "hit", "precision", "recall"))
    for kind, (mine, good, wanted, found) in totals.items():
        print(row.format(kind, mine, good, wanted, found, ratio(good, mine), ratio(found, wanted)))
    print(f"not_duplicates flagged: {len(flagged)}" + "".join(f"\n  {f}" for f in flagged))
    print("disagreements:" + ("".join(f"\n  {n}" for n in notes) if notes else " none"))


if __name__ == "__main__":
    main()
