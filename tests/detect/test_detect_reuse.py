"""The cross-issue reuse index: reprints found through OCR noise, natural repetition left alone."""

from __future__ import annotations

import random

import numpy as np
import pytest

from reader.detect.grams import hash8
from reader.detect.postings import MAX_POSTINGS, Postings
from reader.detect.reuse import ReuseIndex, is_reuse
from reader.detect.text import kept_offsets, normalise, normalise_all

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


def test_a_reprint_with_ocr_errors_is_found_in_another_issue():
    index = ReuseIndex()
    index.add_issue([1, 2], [STORY, OTHER], group=10)
    reprint = damaged(STORY, random.Random(3))
    found = index.add_issue([3], [reprint], group=11)
    assert [m.id for m in found[0]] == [1]
    assert found[0][0].group == 10 and found[0][0].relation in ("near_identical", "contained")


def test_the_own_issue_is_excluded_but_a_plain_query_sees_it():
    index = ReuseIndex()
    index.add([1, 2], [STORY, STORY], group=5)
    assert index.query(STORY, exclude_group=5) == []
    assert [(m.id, m.relation) for m in index.query(STORY)] == [(1, "identical"), (2, "identical")]


def test_standing_text_inside_a_longer_paragraph_is_contained():
    standing = "扫码关注示范区融媒体中心公众号，获取更多本地政务资讯和便民服务信息"
    index = ReuseIndex()
    index.add([7], [standing], group=1)
    (match,) = index.query(OTHER + standing)
    assert (match.id, match.relation) == (7, "contains")


def test_natural_repetition_is_not_reuse():
    index = ReuseIndex()
    index.add(
        [1],
        [f"本报讯(记者付凯明)11月30日上午，{FORMULA}规划委员会会议，研究审议出让方案。"],
        group=1,
    )
    assert (
        index.query(f"本报讯(记者付凯明)12月2日下午，{FORMULA}产业园区专题会议，审议研究相关议题。")
        == []
    )
    assert index.query(OTHER) == []


def test_the_reuse_rule():
    assert is_reuse(shared=35, longest=11, shorter=40)  # a short reprint, OCR-broken
    assert not is_reuse(shared=46, longest=23, shorter=92)  # two formulaic leads
    assert is_reuse(shared=120, longest=120, shorter=600)  # a long quoted passage
    assert not is_reuse(shared=10, longest=10, shorter=10)  # too short to tell


def test_recall_and_precision_on_a_random_library():
    rng = random.Random(11)
    originals = ["".join(rng.choices(CHARS, k=rng.randint(30, 150))) + "。" for _ in range(400)]
    index = ReuseIndex()
    for group in range(40):
        index.add_issue(
            range(group * 10, group * 10 + 10), originals[group * 10 : group * 10 + 10], group
        )
    copies = rng.sample(range(400), 60)
    found = index.query_many([damaged(originals[i], rng) for i in copies], exclude_group=-1)
    assert [[m.id for m in matches] for matches in found] == [[i] for i in copies]


def test_many_issues_stay_in_few_segments_and_every_copy_is_found():
    rng = random.Random(5)
    index = ReuseIndex()
    texts = ["".join(rng.choices(CHARS, k=60)) for _ in range(3000)]
    for group in range(300):
        index.add(range(group * 10, group * 10 + 10), texts[group * 10 : group * 10 + 10], group)
    assert len(index.postings.segments) <= 8
    probes = rng.sample(range(3000), 50)
    assert [[m.id for m in ms] for ms in index.query_many([texts[i] for i in probes])] == [
        [i] for i in probes
    ]


def test_postings_merge_and_cap_common_keys():
    postings = Postings()
    rng = np.random.default_rng(0)
    keys = rng.integers(0, 2**63, 5000, dtype=np.uint64) << np.uint64(1)
    for start in range(0, 5000, 100):
        postings.add(keys[start : start + 100], np.arange(start, start + 100))
    common = np.full(MAX_POSTINGS * 2, keys[0])
    for start in range(0, len(common), 8):
        postings.add(common[start : start + 8], np.arange(10_000 + start, 10_008 + start))
    probe = np.sort(keys[[1, 2, 3]])
    local, rows = postings.lookup(probe, np.arange(3))
    assert sorted(rows.tolist()) == sorted(int(np.flatnonzero(keys == k)[0]) for k in probe)
    local, rows = postings.lookup(keys[:1], np.zeros(1, dtype=np.int64))
    assert 0 in rows.tolist() and len(rows) <= MAX_POSTINGS * len(postings.segments)


def test_the_index_refuses_ids_that_do_not_fit_the_texts():
    with pytest.raises(ValueError):
        ReuseIndex().add([1, 2], [STORY])


# --- the shared text helpers -------------------------------------------------------


def test_normalise_keeps_letters_digits_and_ideographs_folded():
    assert normalise("Ａ股 １２３，Hello_World！「中文」") == "a股123helloworld中文"
    assert normalise_all(["甲，乙", "", "丙 丁"]) == ["甲乙", "", "丙丁"]


def test_kept_offsets_map_back_to_the_source():
    text = "  “项目为王”，持续 开展"
    offsets = kept_offsets(text)
    assert "".join(text[i] for i in offsets) == normalise(text)


def test_hashes_agree_for_the_same_text_with_and_without_rare_ideographs():
    plain = "甲乙丙丁戊己庚辛壬癸子丑"
    rare = "𠀀" + plain
    assert (hash8(plain) == hash8(rare)[1:]).all()
    assert len(hash8(rare)) == len(rare) - 7
