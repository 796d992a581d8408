"""The detection rules on made-up issues: what they flag, and what they must leave alone."""

from __future__ import annotations

import pytest

from reader.detect import Finding, detect_issue
from reader.importer.paragraphs import split_paragraphs
from reader.model import FURNITURE, Paragraph

LONG_A = (
    "今年以来，该区围绕产业转型升级目标，持续优化营商环境，新引进先进制造业项目十二个，"
    "总投资超过四十亿元，其中三个项目已经建成投产，带动就业岗位一千余个。"
)
LONG_B = (
    "与此同时，城市更新工作稳步推进，老旧小区改造覆盖居民八千余户，新建口袋公园九处，"
    "群众的获得感、幸福感明显增强，社区治理水平也随之提升。"
)
LEAD_FORMULA = "示范区(高新区)党委副书记、管委会主任宫卫红主持召开"


def issue(*blocks: str) -> list[Paragraph]:
    paragraphs, _ = split_paragraphs("\n\n".join(blocks) + "\n")
    return paragraphs


def kinds(findings: list[Finding], kind: str) -> list[Finding]:
    return [f for f in findings if f.kind == kind]


# --- duplicates -----------------------------------------------------------------


def test_a_later_exact_copy_is_flagged_as_identical():
    found = kinds(detect_issue(issue("# 标题", LONG_A, LONG_B, LONG_A)), "duplicate")
    assert [(f.paragraph, f.related) for f in found] == [(3, [1])]
    assert found[0].detail["relation"] == "identical"


def test_copies_ignore_spaces_and_punctuation():
    sloppy = LONG_A.replace("，", ",").replace("。", ". ")
    found = kinds(detect_issue(issue(LONG_A, LONG_B, sloppy)), "duplicate")
    assert [(f.paragraph, f.related, f.detail["relation"]) for f in found] == [
        (2, [0], "identical")
    ]


def test_a_tail_glued_to_another_paragraph_is_an_overlap():
    glued = "会议要求，各部门要抓好落实。" + LONG_A[20:]
    (flag,) = kinds(detect_issue(issue(LONG_A, LONG_B, glued)), "duplicate")
    assert flag.paragraph == 2 and flag.related == [0]
    assert flag.detail["relation"] == "overlap"
    assert flag.detail["shared_normalised"] >= 40


def test_a_headline_repeated_in_its_lead_is_not_a_duplicate():
    title = "## 示范区召开农村人居环境集中整治行动工作推进会议暨全年目标冲刺动员会"
    lead = "本报讯(记者郭树勋)11月29日下午，" + title[3:] + "，区领导及有关部门负责同志参加。"
    assert kinds(detect_issue(issue(title, lead)), "duplicate") == []


def test_short_common_spans_are_not_duplicates():
    first = (
        f"本报讯(记者付凯明)11月30日上午，{LEAD_FORMULA}国土空间规划委员会会议，研究审议出让方案。"
    )
    second = (
        f"本报讯(记者付凯明)12月2日下午，{LEAD_FORMULA}产业园区规划专题会议，审议研究相关议题。"
    )
    assert kinds(detect_issue(issue(first, LONG_A, second)), "duplicate") == []


def test_a_short_stray_copy_of_a_tail_is_a_duplicate_and_a_fragment():
    tail = "在周平陵村征迁现场，吕沛实地察看征迁工作进展情"
    findings = detect_issue(issue(LONG_A + tail, "况，强调有关单位要认真履责。", tail, "## 下一篇"))
    (dup,) = kinds(findings, "duplicate")
    assert (dup.paragraph, dup.related, dup.detail["relation"]) == (2, [0], "contained")
    assert [f.paragraph for f in kinds(findings, "fragment")] == [2]


# --- column runs ----------------------------------------------------------------


COLUMN = [
    "近段时间，示范区就安",
    "全生产、消防安全、疫情防",
    "控等领域相继召开专题会",
    "议，要求各级各部门各单位增",
    "强安全意识、细化安全措",
    "施、加固安全防线，坚持人",
    "民至上、生命至上，始终绷",
    "紧安全工作的思想之弦。",
]


def test_a_narrow_column_is_one_run_and_its_lines_are_not_flagged_alone():
    findings = detect_issue(issue(LONG_A, *COLUMN, "扫码关注"))
    (run,) = kinds(findings, "column_run")
    assert run.paragraph == 1 and run.related == list(range(2, 9))
    assert run.detail["text"] == "".join(COLUMN)
    assert not [f for f in findings if f.kind in ("broken", "fragment", "truncated")]


def test_a_column_run_repeating_flowing_text_is_a_duplicate():
    flowing = "".join(COLUMN)
    findings = detect_issue(issue(flowing, LONG_B, *COLUMN))
    (dup,) = kinds(findings, "duplicate")
    assert dup.paragraph == 2 and dup.related == [0]


def test_a_list_of_short_sentences_is_not_a_column_run():
    items = [
        "一、完善制度。",
        "二、压实责任。",
        "三、强化督查。",
        "四、加强宣传。",
        "五、总结提升。",
    ]
    assert kinds(detect_issue(issue(*items)), "column_run") == []


# --- breaks, truncated starts, fragments ------------------------------------------


def test_a_paragraph_cut_mid_word_is_broken_and_the_join_is_suggested():
    findings = detect_issue(
        issue(
            "通过加强过程督导，全区上下不断加强政务诚信建设，加强合同履", "约兑现，累计支付进度款。"
        )
    )
    (cut,) = kinds(findings, "broken")
    assert (cut.paragraph, cut.related) == (0, [1])
    assert cut.detail["word"] == "履约" and cut.detail["join_at"] == 29


def test_a_cut_with_lost_text_is_still_broken():
    first = "会议强调，要密切关注经济社会高质量发展指标体系、国家高新区综合评价指"
    (cut,) = kinds(detect_issue(issue(first, "监管机制重点任务、市直职能部门下达任务。")), "broken")
    assert (cut.paragraph, cut.related) == (0, [1])


@pytest.mark.parametrize("label", ["扫一扫 关注我们", "□号 角", "奋进新征程 建功新时代"])
def test_labels_never_break(label):
    assert kinds(detect_issue(issue(label, "扫描二维码 了解更多资讯", LONG_A)), "broken") == []


def test_headings_and_furniture_never_break():
    paragraphs = issue("## 示范区", "安全问题大于天，一时一刻的放", "松、一个环节的失守。")
    paragraphs[1].role = FURNITURE
    findings = detect_issue(paragraphs)
    assert kinds(findings, "broken") == []
    assert [f.paragraph for f in kinds(findings, "furniture")] == [1]


def test_a_caption_credit_ends_a_paragraph():
    caption = "市民选购鲜花装点家居，为即将到来的春节增添喜庆气氛。 本报通讯员 马强 摄"
    assert kinds(detect_issue(issue(caption, LONG_A)), "broken") == []


@pytest.mark.parametrize(
    ("opening", "reason"),
    [("，强调有关单位要认真履责。", "，"), ("于危险之中。安全问题关乎发展大局。", "于")],
)
def test_a_start_no_sentence_can_have_is_truncated(opening, reason):
    (flag,) = kinds(detect_issue(issue(LONG_A, opening)), "truncated")
    assert flag.paragraph == 1 and reason in flag.detail["reason"]


def test_an_enumeration_starting_at_three_is_truncated():
    text = "快形成初步方案报请审核确认。三是注重融合。四是注重保障。"
    (flag,) = kinds(detect_issue(issue(LONG_A, text)), "truncated")
    assert "三是" in flag.detail["reason"]


def test_ordinary_openings_are_not_truncated():
    openings = ["了解到，该项目进展顺利。", "于是，大家纷纷行动起来。", "一是抓落实。二是抓督查。"]
    assert kinds(detect_issue(issue(LONG_A, *openings)), "truncated") == []


def test_an_unfinished_orphan_is_a_fragment():
    findings = detect_issue(issue(LONG_A, "没有安全托底，其他工", "## 下一篇", LONG_B))
    assert [f.paragraph for f in kinds(findings, "fragment")] == [1]
    assert kinds(findings, "broken") == []


# --- doubled characters -----------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "他常常加班，人人称赞，天天如此。",
        "谢谢大家，请看看这份朝朝暮暮的记录。",
        "田野一片绿油油的景象。",
        "个人人格受到尊重。",
        "本报讯(记者翟倩倩)元旦假期消费火爆。",
        "他仔细细看了一遍。",
        "謝謝大家，代表們紛紛表示支持。",
    ],
)
def test_reduplication_and_names_are_not_doubled(text):
    assert kinds(detect_issue(issue(text)), "doubled") == []


@pytest.mark.parametrize(
    "text",
    [
        "2022年投资1100万元，增长100%。",
        "book keeping and AAA ratings",
        "——这是破折号，还有省略号……结束。",
        "编号JG-GT2022-11号，ＡＡ级。",
    ],
)
def test_digits_latin_and_marks_are_not_doubled(text):
    assert kinds(detect_issue(issue(text)), "doubled") == []


def test_a_doubled_character_is_flagged_with_a_fix():
    text = "确保春节前完成成地面上附着物清运补偿等工作。"
    (flag,) = kinds(detect_issue(issue(text)), "doubled")
    assert flag.detail["offset"] == text.index("成成")
    assert flag.detail["fix"] == {"delete": text.index("成成") + 1}
    assert "完成地面" in flag.detail["suggest"]


def test_a_misread_character_gets_a_replacement():
    text = "平均价格基本保持平稳，肉肉蛋菜整体货源充足。"
    (flag,) = kinds(detect_issue(issue(text)), "doubled")
    assert flag.detail["fix"] == {"replace": text.index("肉肉") + 1, "with": "禽"}


def test_an_empty_issue_has_no_findings():
    assert detect_issue([]) == []
