"""Text found again in other issues ("also in …"): linked at import, kept across versions."""

from __future__ import annotations

import json
import random

from reader.cli import main
from reader.db import print_runs, reuse
from reader.db.connection import connect, open_library
from reader.db.flags import list_flags
from reader.db.schema import migrations
from reader.detect.text import normalise
from reader.importer.redetect import redetect
from reader.importer.run import import_paths

STANDING = (
    "本报地址：示范区行政服务中心三楼　邮政编码：四五四零零零　广告许可证：豫工商广字第一零八号"
)
STORIES = [
    "今年以来，该区围绕产业转型升级目标，持续优化营商环境，新引进先进制造业项目十二个，"
    "总投资超过四十亿元，其中三个项目已经建成投产，带动就业岗位一千余个。",
    "与此同时，城市更新工作稳步推进，老旧小区改造覆盖居民八千余户，新建口袋公园九处，"
    "群众的获得感、幸福感明显增强，社区治理水平也随之提升。",
    "冬小麦播种进入尾声，全市累计播种面积三百二十万亩，农技人员深入田间地头，"
    "指导农户科学施肥、适时镇压，为明年夏粮丰收打下坚实基础。",
]


def _write(folder, name: str, *paragraphs: str):
    path = folder / name
    path.write_text("\n\n".join(paragraphs) + "\n", encoding="utf-8")
    return path


def _ocr(text: str, seed: int) -> str:
    """A few characters misread, as a second scan of the same print would."""
    rng = random.Random(seed)
    return "".join("未" if "一" <= c <= "龥" and rng.random() < 0.03 else c for c in text)


def _paragraph_id(db, issue_id: int, text: str) -> int:
    return db.execute(
        "SELECT id FROM paragraphs WHERE issue_id = ? AND text = ?", [issue_id, text]
    ).fetchone()[0]


def _import(db, *paths) -> list[int]:
    summary = import_paths(db, list(paths))
    assert not summary.failed
    assert reuse.pending_count(db) == len(summary.results)  # the import leaves them waiting
    reuse.link_pending(db)
    return [r.issue_id for r in summary.results]


def test_the_two_samples_share_nothing(sample_library):
    assert [reuse.also_in_issue(sample_library, i) for i in (1, 2)] == [{}, {}]


def test_a_reprint_of_a_sample_is_also_in_the_original_and_not_flagged(library, samples, tmp_path):
    original = samples / "003_de8a6e769b4f48b7.txt"
    text = original.read_text(encoding="utf-8")
    reprint = _write(tmp_path, "2023-02-01_reprint.txt", _ocr(text, 1))
    first, second = _import(library, original, reprint)
    found = reuse.also_in_issue(library, second)
    long_enough = [
        pid
        for pid, t in library.execute(
            "SELECT id, text FROM paragraphs WHERE issue_id = ?", [second]
        )
        if len(normalise(t)) >= 32
    ]
    assert set(long_enough) <= set(found)  # found through the OCR errors
    position = dict(library.execute("SELECT id, position FROM paragraphs"))
    for pid, places in found.items():
        assert {p.issue_id for p in places.shown} == {first} and not places.more
        # its own original, at the same place (and the sample's in-issue repeats of it),
        # called the same text despite the misreads
        same = [p.relation for p in places.shown if position[p.other_id] == position[pid]]
        assert same and same[0] in ("identical", "near_identical")
    # the link is seen from the original's side too, pointing at the reprint's paragraph
    back = reuse.also_in_issue(library, first)
    assert len(back) == len(found) and all(p.shown[0].issue_id == second for p in back.values())
    # reuse is not damage: an exact reprint has the flags the original has, no more
    exact = _import(library, _write(tmp_path, "2023-02-02_reprint.txt", text))[0]
    assert len(reuse.also_in_issue(library, exact)) >= len(long_enough)
    kinds = [sorted(f.kind for f in list_flags(library, i)) for i in (first, exact)]
    assert kinds[0] == kinds[1]


def test_standing_text_is_printed_once_and_every_copy_is_found(library, tmp_path):
    ids = _import(
        library,
        *(_write(tmp_path, f"2023-01-0{n + 1}.txt", STORIES[n], STANDING) for n in range(3)),
    )
    first_copy = _paragraph_id(library, ids[0], STANDING)
    places = reuse.also_in(library, [first_copy])[first_copy].shown
    assert [p.issue_id for p in places] == ids[1:]
    assert {p.relation for p in places} == {"identical"}
    later = _paragraph_id(library, ids[2], STANDING)
    second = _paragraph_id(library, ids[1], STANDING)
    stored = library.execute("SELECT paragraph_id, other_id FROM reuse_links").fetchall()
    assert sorted(stored) == [(second, first_copy), (later, first_copy)]  # linked to the first
    # … and every copy sees every other, through the first
    seen = reuse.also_in(library, [later])[later]
    assert [p.other_id for p in seen.shown] == [first_copy, second] and not seen.more
    owners = set(print_runs.stored(library)[1].tolist())
    assert first_copy in owners and later not in owners  # the older copy answers for it
    # the stories share nothing with one another
    for issue_id, story in zip(ids, STORIES, strict=True):
        assert reuse.also_in(library, [_paragraph_id(library, issue_id, story)]) == {}


def test_a_new_version_replaces_the_old_ones_links(library, tmp_path):
    path = _write(tmp_path, "2023-01-01.txt", STORIES[0], STANDING)
    old = _import(library, path)[0]
    copy = _import(library, _write(tmp_path, "2023-01-02.txt", STORIES[1], STANDING))[0]
    _write(tmp_path, "2023-01-01.txt", STORIES[2], STANDING)  # the same file, corrected
    new = _import(library, path)[0]
    assert new != old
    standing = _paragraph_id(library, new, STANDING)
    assert [p.issue_id for p in reuse.also_in(library, [standing])[standing].shown] == [copy]
    # the copy the old version answered for has its own prints again: a later issue finds it
    third = _import(library, _write(tmp_path, "2023-01-03.txt", STORIES[0] + "又讯。", STANDING))
    mine = _paragraph_id(library, third[0], STANDING)
    assert {p.issue_id for p in reuse.also_in(library, [mine])[mine].shown} == {copy, new}
    # the old version is out of every answer
    everything = [reuse.also_in_issue(library, i) for i in (copy, new, third[0])]
    assert all(p.issue_id != old for found in everything for ps in found.values() for p in ps.shown)


def test_detecting_again_finds_the_same_links(library, tmp_path):
    ids = _import(
        library,
        *(_write(tmp_path, f"2023-01-0{n + 1}.txt", STORIES[n], STANDING) for n in range(3)),
    )
    before = {i: reuse.also_in_issue(library, i) for i in ids}
    redetect(library)
    assert {i: reuse.also_in_issue(library, i) for i in ids} == before
    redetect(library, [ids[0]])
    assert {i: reuse.also_in_issue(library, i) for i in ids} == before


def test_the_migration_links_the_issues_already_there(tmp_path, store_samples_raw):
    path = tmp_path / "library.sqlite"
    db = connect(path)
    migrations.apply(db, stop_before="0005_reuse")
    store_samples_raw(db)
    db.execute(
        "INSERT INTO issues (source_path, source_name, content_hash, encoding, byte_size,"
        " char_count, imported_at) VALUES ('x', 'x', 'h', 'utf-8', 1, 1, '2023')"
    )
    copy_id = db.execute("SELECT max(id) FROM issues").fetchone()[0]
    db.execute(
        'INSERT INTO paragraphs (issue_id, position, start, "end", gap_before, text, role)'
        ' SELECT ?, position, start, "end", gap_before, text, role FROM paragraphs'
        " WHERE issue_id = 1",
        [copy_id],
    )
    db.conn.commit()
    db.close()
    reopened = open_library(path)  # opens at once: the issues wait to be linked
    assert reuse.pending_count(reopened) == 3 and reuse.also_in_issue(reopened, copy_id) == {}
    steps = []
    assert reuse.link_pending(reopened, lambda done, total: steps.append((done, total))) > 0
    assert steps == [(1, 3), (2, 3), (3, 3)] and reuse.pending_count(reopened) == 0
    assert len(reuse.also_in_issue(reopened, copy_id)) >= 20


def test_also_in_for_scripts(library, tmp_path, capsys):
    db_path = tmp_path / "library.sqlite"
    ids = _import(
        library, *(_write(tmp_path, f"2023-01-0{n + 1}.txt", STORIES[n], STANDING) for n in (0, 1))
    )
    assert main(["--library", str(db_path), "also-in", str(ids[1]), "--json"]) == 0
    (place,) = json.loads(capsys.readouterr().out)
    assert place["other"]["issue"] == ids[0] and place["relation"] == "identical"
    assert place["issue"]["date"] == "2023-01-01" and place["shared"] >= 40
    assert main(["--library", str(db_path), "also-in"]) == 0
    lines = capsys.readouterr().out.splitlines()
    assert len(lines) == 2 and all("also in 2023-01-0" in line for line in lines)


def test_linking_the_waiting_issues_can_be_cancelled_between_issues(library, tmp_path):
    ids = _import(
        library,
        *(_write(tmp_path, f"2023-01-0{n + 1}.txt", STORIES[n], STANDING) for n in range(3)),
    )
    library.execute("DELETE FROM reuse_links")
    print_runs.clear(library)
    library.execute("INSERT INTO reuse_pending SELECT id FROM issues")
    linked = []
    reuse.link_pending(
        library, lambda done, _total: linked.append(done), cancelled=lambda: len(linked) >= 2
    )
    assert reuse.pending_count(library) == 1  # two linked, the third still waiting
    assert len(reuse.also_in(library, [_paragraph_id(library, ids[0], STANDING)])) == 1
    reuse.link_pending(library)
    first = _paragraph_id(library, ids[0], STANDING)
    assert [p.issue_id for p in reuse.also_in(library, [first])[first].shown] == ids[1:]


def test_standing_text_in_many_issues_reads_one_page_of_places(library, tmp_path):
    ids = _import(
        library,
        *(
            _write(tmp_path, f"2023-02-{n + 1:02d}.txt", f"第{n}期。" + STORIES[n % 3], STANDING)
            for n in range(8)
        ),
    )
    first = _paragraph_id(library, ids[0], STANDING)
    last = _paragraph_id(library, ids[-1], STANDING)
    page = reuse.also_in(library, [first, last], limit=3)
    assert [p.issue_id for p in page[first].shown] == ids[1:4] and page[first].more
    assert [p.issue_id for p in page[last].shown] == ids[:3] and page[last].more
    everything = reuse.also_in(library, [last], limit=None)[last]
    assert [p.issue_id for p in everything.shown] == ids[:-1] and not everything.more


def test_reuse_queries_start_from_the_few_ids_they_are_given(sample_library):
    """On 30,000 issues SQLite once chose to walk every current issue for a page of ids."""
    plans = {
        "places": (reuse._PLACE, ["[1, 2]"]),
        "batch": (reuse._BATCH_TEXTS, ["[1, 2]"]),
        "candidates": (reuse._STORED_TEXTS, ["[1, 2]"]),
    }
    for name, (sql, params) in plans.items():
        steps = [row[3] for row in sample_library.execute("EXPLAIN QUERY PLAN " + sql, params)]
        assert steps[0].startswith("SCAN j"), (name, steps)  # the given ids, outermost
        assert [s for s in steps if s.startswith("SCAN")] == steps[:1], (name, steps)
