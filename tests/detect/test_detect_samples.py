"""detect_issue on the two sample issues finds what the proofreader found (expected.json)."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from reader.detect import Finding, detect_issue
from reader.importer.paragraphs import split_paragraphs
from reader.model import Paragraph

try:
    from reader.importer.segment import segment
except ImportError:  # the segmenter is optional here: roles then stay "body"
    segment = None

FILES = ("003_de8a6e769b4f48b7.txt", "004_9cf174746abdde8c.txt")
EXPECTED = Path(__file__).resolve().parents[2] / "resources" / "samples" / "expected.json"


def resolve(paragraphs: list[Paragraph], ref: dict, anywhere: bool = False) -> int:
    """Position of the paragraph that starts with ref["quote"] (the ref["occ"]-th such)."""
    quote = ref["quote"]
    hits = [
        p.position
        for p in paragraphs
        if (quote in p.text if anywhere else p.text.startswith(quote))
    ]
    assert hits, f"no paragraph starts with {quote!r}"
    return hits[ref.get("occ", 1) - 1]


@pytest.fixture(scope="module")
def issues(samples) -> dict[str, tuple[list[Paragraph], list[Finding]]]:
    out = {}
    for name in FILES:
        paragraphs, _ = split_paragraphs((samples / name).read_text(encoding="utf-8"))
        if segment is not None:
            segment(paragraphs)
        out[name] = (paragraphs, detect_issue(paragraphs))
    return out


def of_kind(findings: list[Finding], kind: str) -> list[Finding]:
    return [f for f in findings if f.kind == kind]


def entries(expected: dict, key: str) -> list[tuple[str, dict]]:
    return [(name, e) for name in FILES for e in expected["files"][name].get(key, [])]


def test_resolve_names_paragraphs_by_start_and_occurrence(issues):
    paragraphs, _ = issues[FILES[1]]
    first = resolve(paragraphs, {"quote": "满收官创造安全环境。", "occ": 1})
    second = resolve(paragraphs, {"quote": "满收官创造安全环境。", "occ": 2})
    assert first < second
    assert paragraphs[second].text == "满收官创造安全环境。"


def test_every_expected_duplicate_is_flagged_on_the_later_copy(issues, expected):
    for name, dup in entries(expected, "duplicates"):
        paragraphs, findings = issues[name]
        later, earlier = resolve(paragraphs, dup), resolve(paragraphs, dup["of"])
        flags = [f for f in of_kind(findings, "duplicate") if f.paragraph == later]
        assert len(flags) == 1 and earlier in flags[0].related, (name, dup)
        match = next(m for m in flags[0].detail["matches"] if m["of"] == earlier)
        # A column run contains each flowing paragraph it repeats; expected.json says overlap.
        allowed = {"overlap", "contains"} if dup.get("via_column_run") else {dup["relation"]}
        assert match["relation"] in allowed, (name, dup, match)
        if "shared_chars" in dup:
            assert abs(match["shared_chars"] - dup["shared_chars"]) <= 3, (name, dup, match)


def test_every_duplicate_finding_is_an_expected_one(issues, expected):
    for name in FILES:
        paragraphs, findings = issues[name]
        wanted = {resolve(paragraphs, d) for d in expected["files"][name]["duplicates"]}
        assert {f.paragraph for f in of_kind(findings, "duplicate")} == wanted


def test_not_duplicates_are_never_linked(issues, expected):
    for name, pair in entries(expected, "not_duplicates"):
        paragraphs, findings = issues[name]
        a, b = resolve(paragraphs, pair["a"]), resolve(paragraphs, pair["b"])
        for f in of_kind(findings, "duplicate"):
            assert not (f.paragraph == a and b in f.related), (name, pair)
            assert not (f.paragraph == b and a in f.related), (name, pair)


def test_broken_pairs_are_exactly_the_expected_ones(issues, expected):
    for name in FILES:
        paragraphs, findings = issues[name]
        spec = expected["files"][name]["broken"]
        wanted = {(resolve(paragraphs, b), resolve(paragraphs, b["next"])) for b in spec}
        found = {(f.paragraph, f.related[0]) for f in of_kind(findings, "broken")}
        assert found == wanted, name


def test_broken_detail_suggests_the_join(issues):
    paragraphs, findings = issues[FILES[0]]
    first = resolve(paragraphs, {"quote": "通过加强过程督导"})
    flag = next(f for f in of_kind(findings, "broken") if f.paragraph == first)
    assert flag.detail["word"] == "履约"
    assert flag.detail["join_at"] == len(paragraphs[first].text)
    assert "合同履约兑现" in flag.detail["preview"]


def test_the_column_run_is_one_finding_with_all_its_lines(issues, expected):
    paragraphs, findings = issues[FILES[1]]
    (spec,) = expected["files"][FILES[1]]["column_runs"]
    (run,) = of_kind(findings, "column_run")
    assert run.paragraph == resolve(paragraphs, spec["first"])
    assert run.related[-1] == resolve(paragraphs, spec["last"])
    assert len(run.related) + 1 == spec["lines"] == run.detail["lines"]
    lines = {run.paragraph, *run.related}
    flagged_alone = {f.paragraph for f in findings if f.kind in ("broken", "fragment", "truncated")}
    assert not lines & flagged_alone


def test_fragments_are_exactly_the_expected_ones(issues, expected):
    for name in FILES:
        paragraphs, findings = issues[name]
        wanted = {resolve(paragraphs, f) for f in expected["files"][name].get("fragments", [])}
        assert {f.paragraph for f in of_kind(findings, "fragment")} == wanted, name


def _truncated_cases() -> list:
    spec = json.loads(EXPECTED.read_text(encoding="utf-8"))["files"]
    # 焦作市“县(市、区)…一等奖”。 opens with a noun phrase that reads as complete: only
    # knowing the article (a prize won by someone named before) shows the cut.
    missed = pytest.mark.xfail(strict=True, reason="no textual rule sees this cut")
    return [
        pytest.param(name, entry, marks=[missed] if entry["quote"].startswith("焦作市") else [])
        for name in FILES
        for entry in spec[name]["truncated_start"]
    ]


TRUNCATED = _truncated_cases()


@pytest.mark.parametrize(("name", "entry"), TRUNCATED)
def test_expected_truncated_starts_are_found(issues, name, entry):
    paragraphs, findings = issues[name]
    assert resolve(paragraphs, entry) in {f.paragraph for f in of_kind(findings, "truncated")}


def test_no_truncated_start_beyond_the_expected(issues, expected):
    for name in FILES:
        paragraphs, findings = issues[name]
        wanted = {resolve(paragraphs, t) for t in expected["files"][name]["truncated_start"]}
        assert {f.paragraph for f in of_kind(findings, "truncated")} <= wanted, name


def test_doubled_characters_and_their_suggestions(issues, expected):
    for name in FILES:
        paragraphs, findings = issues[name]
        doubled = of_kind(findings, "doubled")
        specs = expected["files"][name]["doubled"]
        assert len(doubled) == len(specs), name
        for spec in specs:
            where = resolve(paragraphs, spec, anywhere=True)
            flag = next(f for f in doubled if f.paragraph == where)
            text = paragraphs[where].text
            assert text[flag.detail["offset"] : flag.detail["offset"] + 2] in spec["quote"]
            assert spec["suggest"] in flag.detail["suggest"]


@pytest.mark.skipif(segment is None, reason="roles come from the segmenter")
def test_furniture_and_captions_are_listed(issues, expected):
    for name in FILES:
        paragraphs, findings = issues[name]
        spec = expected["files"][name]
        furniture = {resolve(paragraphs, f) for f in spec["furniture"]}
        captions = {resolve(paragraphs, c) for c in spec.get("photo_captions", [])}
        assert {f.paragraph for f in of_kind(findings, "furniture")} == furniture, name
        assert {f.paragraph for f in of_kind(findings, "caption")} == captions, name


def test_findings_are_json_serialisable_and_point_inside_the_issue(issues):
    for paragraphs, findings in issues.values():
        json.dumps([f.detail for f in findings], ensure_ascii=False)
        positions = {p.position for p in paragraphs}
        for f in findings:
            assert f.paragraph in positions and set(f.related) <= positions


def test_duplicate_offsets_locate_the_shared_text(issues):
    paragraphs, findings = issues[FILES[1]]
    later = resolve(paragraphs, {"quote": "在周平陵村征迁现场,吕沛"})
    flag = next(f for f in of_kind(findings, "duplicate") if f.paragraph == later)
    (position, start), (_, end) = flag.detail["start"], flag.detail["end"]
    (of, of_start), (_, of_end) = flag.detail["of_start"], flag.detail["of_end"]
    assert paragraphs[position].text[start:end] == paragraphs[of].text[of_start:of_end]
    assert paragraphs[position].text[start:end].startswith("在周平陵村征迁现场")


def test_without_roles_nothing_is_lost_but_furniture(samples, issues):
    for name in FILES:
        paragraphs, _ = split_paragraphs((samples / name).read_text(encoding="utf-8"))
        bare = {(f.kind, f.paragraph, tuple(f.related)) for f in detect_issue(paragraphs)}
        roled = {(f.kind, f.paragraph, tuple(f.related)) for f in issues[name][1]}
        assert {k for k in roled if k[0] not in ("furniture", "caption")} == bare, name
