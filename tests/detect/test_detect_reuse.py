"""Reuse across issues, as the library finds it: reprints through OCR noise, natural repetition
left alone, stock phrases kept from fanning out."""

from __future__ import annotations

import random

import numpy as np

from reader.db import print_runs, reuse
from reader.detect.reuse import Prints, is_reuse

STORY = (
    "今年以来，该区围绕产业转型升级目标，持续优化营商环境，新引进先进制造业项目十二个，"
    "总投资超过四十亿元，其中三个项目已经建成投产，带动就业岗位一千余个。"
)
OTHER = (
    "与此同时，城市更新工作稳步推进，老旧小区改造覆盖居民八千余户，新建口袋公园九处，"
    "群众的获得感、幸福感明显增强，社区治理水平也随之提升。"
)
FORMULA = "示范区(高新区)党委副书记、管委会主任宫卫红主持召开"
CHARS = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严"  # noqa: E501


def damaged(text: str, rng: random.Random, rate: float = 0.03) -> str:
    """OCR-like damage: a few characters read as others, one dropped."""
    chars = [rng.choice(CHARS) if rng.random() < rate else c for c in text]
    del chars[rng.randrange(len(chars))]
    return "".join(chars)


def store_issue(db, texts: list[str]) -> list[int]:
    """An issue of these paragraphs, written as the importer would, then linked."""
    with db.atomic():
        number = db.execute("SELECT count(*) FROM issues").fetchone()[0]
        issue_id = db.execute(
            "INSERT INTO issues (source_path, source_name, content_hash, encoding, byte_size,"
            " char_count, imported_at) VALUES (?1, ?1, ?1, 'utf-8', 0, 0, '')",
            [f"issue-{number}"],
        ).lastrowid
        ids = [
            db.execute(
                'INSERT INTO paragraphs (issue_id, position, start, "end", gap_before, text)'
                " VALUES (?, ?, 0, 0, '', ?)",
                [issue_id, position, text],
            ).lastrowid
            for position, text in enumerate(texts)
        ]
        reuse.link_issue(db, issue_id)
    return ids


def places(db, paragraph_id: int) -> list[tuple[int, str]]:
    found = reuse.also_in(db, [paragraph_id], limit=None).get(paragraph_id)
    return [(p.other_id, p.relation) for p in found.shown] if found else []


def test_a_reprint_with_ocr_errors_is_found_in_another_issue(library):
    story, _other = store_issue(library, [STORY, OTHER])
    (reprint,) = store_issue(library, [damaged(STORY, random.Random(3))])
    ((other, relation),) = places(library, reprint)
    assert other == story and relation in ("near_identical", "contained")
    assert places(library, story) == [(reprint, {"contained": "contains"}.get(relation, relation))]


def test_the_own_issue_is_not_reuse(library):
    first, second = store_issue(library, [STORY, STORY])
    assert places(library, first) == places(library, second) == []
    (third,) = store_issue(library, [STORY])
    assert places(library, third) == [(first, "identical"), (second, "identical")]


def test_standing_text_inside_a_longer_paragraph_is_contained(library):
    standing = "扫码关注示范区融媒体中心公众号，获取更多本地政务资讯和便民服务信息"
    (alone,) = store_issue(library, [standing])
    (longer,) = store_issue(library, [OTHER + standing])
    assert places(library, longer) == [(alone, "contains")]


def test_natural_repetition_is_not_reuse(library):
    store_issue(
        library, [f"本报讯(记者付凯明)11月30日上午，{FORMULA}规划委员会会议，研究审议出让方案。"]
    )
    (lead,) = store_issue(
        library,
        [f"本报讯(记者付凯明)12月2日下午，{FORMULA}产业园区专题会议，审议研究相关议题。"],
    )
    (other,) = store_issue(library, [OTHER])
    assert places(library, lead) == places(library, other) == []


def test_the_reuse_rule():
    assert is_reuse(shared=35, longest=11, shorter=40)  # a short reprint, OCR-broken
    assert not is_reuse(shared=46, longest=23, shorter=92)  # two formulaic leads
    assert is_reuse(shared=120, longest=120, shorter=600)  # a long quoted passage
    assert not is_reuse(shared=10, longest=10, shorter=10)  # too short to tell


def test_recall_and_precision_on_a_random_library(library):
    rng = random.Random(11)
    originals = ["".join(rng.choices(CHARS, k=rng.randint(30, 150))) + "。" for _ in range(400)]
    ids = [pid for at in range(0, 400, 10) for pid in store_issue(library, originals[at : at + 10])]
    copies = rng.sample(range(400), 60)
    found = store_issue(library, [damaged(originals[i], rng) for i in copies])
    assert [[other for other, _ in places(library, pid)] for pid in found] == [
        [ids[i]] for i in copies
    ]


def test_a_stock_phrase_in_many_paragraphs_becomes_a_stop_print(library, monkeypatch):
    monkeypatch.setattr(reuse, "PER_PRINT", 4)
    stock = "".join(random.Random(99).choices(CHARS, k=40))
    tails = ["".join(random.Random(n).choices(CHARS, k=60)) for n in range(11)]
    stored = [store_issue(library, [stock + tail])[0] for tail in tails]
    stock_prints = reuse._keys(Prints([stock])).tolist()
    stopped = {r[0] for r in library.execute("SELECT print FROM reuse_stopped")}
    assert stopped and stopped <= set(stock_prints)  # only the phrase's, none of the tails'
    keys, _owners = print_runs.stored(library)
    assert np.unique(keys, return_counts=True)[1].max() <= 4
    unsaved = reuse._Batch([-1], [0], [stock + tails[-1]])
    (candidates,) = reuse._candidates(library, unsaved).values()
    assert candidates == [stored[-1]]  # the real copy, through its own prints
    (copy,) = store_issue(library, [stock + tails[3]])
    assert places(library, copy) == [(stored[3], "identical")]


def test_prints_are_sampled_by_length_and_the_same_for_the_same_text():
    short, middle, long = ("".join(random.Random(n).choices(CHARS, k=k)) for n, k in
                           ((1, 50), (2, 150), (3, 3000)))  # fmt: skip
    prints = Prints([short, middle, long, long])
    per_text = [int((prints.local == i).sum()) for i in range(4)]
    assert per_text[2] == per_text[3] and 3000 / 16 < per_text[2] < 3000 / 4
    assert per_text[0] > 50 / 4 and per_text[1] > 150 / 8  # denser for short texts
    tiny = Prints(["短短的一句话"])  # under MIN_SPAN: no prints, never linked
    assert len(tiny.keys) == 0
