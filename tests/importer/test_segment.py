"""Article segmentation: the samples as specified in expected.json, and the general rules."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reader.importer.paragraphs import split_paragraphs
from reader.importer.segment import segment
from reader.model import (
    ARTICLE_KINDS,
    BODY,
    CAPTION,
    COLUMN,
    COMMENTARY,
    FURNITURE,
    KICKER,
    NEWS,
    PARAGRAPH_ROLES,
    PHOTO,
    SECTION,
    SUBTITLE,
    TITLE,
    Article,
    Paragraph,
)

SAMPLE_FILES = ["003_de8a6e769b4f48b7.txt", "004_9cf174746abdde8c.txt"]


def parse(text: str) -> tuple[list[Paragraph], list[Article]]:
    paragraphs, _tail = split_paragraphs(text)
    return paragraphs, segment(paragraphs)


def doc(*blocks: str) -> str:
    """An issue text: one paragraph per block, blank lines between."""
    return "\n\n".join(blocks) + "\n"


def find(paragraphs: list[Paragraph], quote: str, occ: int = 1) -> Paragraph:
    """The paragraph starting with `quote` (the `occ`-th one), as expected.json names them."""
    hits = [p for p in paragraphs if p.text.startswith(quote)]
    assert len(hits) >= occ, f"no paragraph #{occ} starting with {quote!r}"
    return hits[occ - 1]


def article_of(articles: list[Article], paragraph: Paragraph) -> Article:
    return next(a for a in articles if a.first <= paragraph.position <= a.last)


def assert_contract(paragraphs: list[Paragraph], articles: list[Article]) -> None:
    """Every paragraph in exactly one article; ranges contiguous, ordered, complete."""
    assert paragraphs, "contract checks need paragraphs"
    assert articles[0].first == paragraphs[0].position
    assert articles[-1].last == paragraphs[-1].position
    for before, after in zip(articles, articles[1:], strict=False):
        assert after.first == before.last + 1
    for article in articles:
        assert article.first <= article.last
        assert article.title and article.title == article.title.strip()
        assert not article.title.startswith("#")
        assert article.kind in ARTICLE_KINDS
    assert all(p.role in PARAGRAPH_ROLES for p in paragraphs)


# --- the samples, against expected.json ---------------------------------------------


@pytest.fixture
def parsed_samples(
    sample_texts: dict[str, str],
) -> dict[str, tuple[list[Paragraph], list[Article]]]:
    return {name: parse(sample_texts[name]) for name in SAMPLE_FILES}


def expected_kind(spec: dict) -> str:
    """expected.json lists no kinds: a column piece is commentary, the rest news."""
    return spec.get("kind", COMMENTARY if spec.get("column") else NEWS)


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_sample_articles_match_expected(name, parsed_samples, expected):
    _paragraphs, articles = parsed_samples[name]
    specs = expected["files"][name]["articles"]
    news = [a for a in articles if a.kind != PHOTO]
    assert [a.title for a in news] == [s["title"] for s in specs]
    for article, spec in zip(news, specs, strict=True):
        assert article.kind == expected_kind(spec), spec["title"]
        assert article.kicker == spec.get("kicker"), spec["title"]
        assert article.subtitle == spec.get("subtitle"), spec["title"]
        assert article.byline == spec.get("byline"), spec["title"]
        assert article.column == spec.get("column"), spec["title"]
        assert article.sections == spec.get("sections", []), spec["title"]


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_sample_headline_paragraphs_are_titles(name, parsed_samples):
    paragraphs, articles = parsed_samples[name]
    for article in (a for a in articles if a.kind != PHOTO):
        titles = [p for p in paragraphs[article.first : article.last + 1] if p.role == TITLE]
        assert len(titles) == 1
        assert article.title in titles[0].text


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_sample_photo_captions_are_their_own_articles(name, parsed_samples, expected):
    paragraphs, articles = parsed_samples[name]
    captions = expected["files"][name].get("photo_captions", [])
    photos = [a for a in articles if a.kind == PHOTO]
    assert len(photos) == len(captions)
    for photo, spec in zip(photos, captions, strict=True):
        caption = find(paragraphs, spec["quote"])
        assert (photo.first, photo.last) == (caption.position, caption.position)
        assert caption.role == CAPTION
        assert photo.byline == spec["credit"]
        assert spec["quote"].startswith(photo.title) or photo.title.startswith(spec["quote"])
        assert caption.text.startswith(photo.title)
        assert len(photo.title) <= 40


def test_sample_003_caption_sits_between_two_articles(parsed_samples):
    paragraphs, articles = parsed_samples["003_de8a6e769b4f48b7.txt"]
    titles = [a.title for a in articles]
    photo = next(k for k, a in enumerate(articles) if a.kind == PHOTO)
    assert titles[photo - 1] == "厚植教育沃土 打造教育强区"
    assert titles[photo + 1] == "解放区扎实推进社会信用体系建设"
    assert len(articles) == 7


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_sample_furniture_roles(name, parsed_samples, expected):
    paragraphs, articles = parsed_samples[name]
    listed = [
        find(paragraphs, f["quote"], f.get("occ", 1)) for f in expected["files"][name]["furniture"]
    ]
    for paragraph in listed:
        want = COLUMN if paragraph.text.startswith("□") else FURNITURE
        assert paragraph.role == want, paragraph.text
        home = article_of(articles, paragraph)
        assert home.kind != FURNITURE
        assert home.title in [s["title"] for s in expected["files"][name]["articles"]]
    others = [p for p in paragraphs if p.role in (FURNITURE, COLUMN) and p not in listed]
    assert others == []


@pytest.mark.parametrize("name", SAMPLE_FILES)
def test_sample_contract(name, parsed_samples):
    assert_contract(*parsed_samples[name])


def test_sample_section_headings_have_section_role(parsed_samples):
    paragraphs, _ = parsed_samples["003_de8a6e769b4f48b7.txt"]
    sections = [p for p in paragraphs if p.role == SECTION]
    assert len(sections) == 10
    assert all(p.text.startswith("## 元素") for p in sections)


def test_sample_kicker_and_subtitle_roles(parsed_samples):
    p003, _ = parsed_samples["003_de8a6e769b4f48b7.txt"]
    p004, _ = parsed_samples["004_9cf174746abdde8c.txt"]
    assert find(p003, "## ——解放区2022年").role == SUBTITLE
    assert [p.text for p in p004 if p.role == KICKER] == ["## 示范区"]


# --- general rules, hand-written cases ------------------------------------------------


def test_empty_input_gives_no_articles():
    assert segment([]) == []


def test_no_headings_is_one_article_titled_by_first_line():
    paragraphs, articles = parse(
        doc("春节前的菜市场", "记者走访发现，蔬菜供应充足。", "价格基本稳定。")
    )
    assert len(articles) == 1
    assert articles[0].title == "春节前的菜市场"
    assert (articles[0].first, articles[0].last) == (0, 2)
    assert paragraphs[0].role == TITLE
    assert [p.role for p in paragraphs[1:]] == [BODY, BODY]


def test_no_headings_two_line_opening_keeps_its_text():
    paragraphs, articles = parse(doc("春节前的菜市场\n记者 张三", "记者走访发现，蔬菜供应充足。"))
    assert articles[0].title == "春节前的菜市场"
    assert paragraphs[0].role == BODY


def test_no_headings_long_first_line_is_trimmed_to_its_first_sentence():
    first = "近日，我市召开全市经济工作会议，总结去年工作，部署今年任务。会议指出，要坚定信心。"
    paragraphs, articles = parse(doc(first, "第二段正文。"))
    assert len(articles) == 1
    assert articles[0].title == "近日，我市召开全市经济工作会议，总结去年工作，部署今年任务"
    assert paragraphs[0].role == BODY


def test_no_headings_very_long_sentence_is_cut_at_a_clause():
    first = "、".join(["某某街道持续推进老旧小区改造工程"] * 6) + "。"
    _, articles = parse(doc(first))
    assert 0 < len(articles[0].title) <= 40
    assert first.startswith(articles[0].title)


def test_only_hash_headings():
    paragraphs, articles = parse(
        doc(
            "# 第一条新闻标题在这里",
            "正文一。",
            "# 第二条新闻标题在这里",
            "正文二。",
            "# 第三条新闻的标题",
            "正文三。",
        )
    )
    assert [a.title for a in articles] == [
        "第一条新闻标题在这里",
        "第二条新闻标题在这里",
        "第三条新闻的标题",
    ]
    assert [(a.first, a.last) for a in articles] == [(0, 1), (2, 3), (4, 5)]
    assert_contract(paragraphs, articles)


def test_hash_headline_followed_by_double_hash_articles():
    paragraphs, articles = parse(
        doc(
            "# 头条：全市重点项目集中开工",
            "本报讯(记者 张三)昨日，全市重点项目集中开工。",
            "## 社区开展义诊活动",
            "本报讯（通讯员 李四）近日，社区开展义诊。",
            "## 图书馆延长开放时间",
            "为方便市民阅读，图书馆延长开放时间。",
        )
    )
    assert [a.title for a in articles] == [
        "头条：全市重点项目集中开工",
        "社区开展义诊活动",
        "图书馆延长开放时间",
    ]
    assert [a.byline for a in articles] == ["记者 张三", "通讯员 李四", None]
    assert all(a.kind == NEWS for a in articles)
    assert_contract(paragraphs, articles)


def test_kicker_smaller_heading_above_headline():
    paragraphs, articles = parse(
        doc("## 示范区", "# 推进项目建设 积蓄发展后劲", "本报讯(记者郭树勋)今年以来……。")
    )
    assert len(articles) == 1
    assert (articles[0].kicker, articles[0].title) == ("示范区", "推进项目建设 积蓄发展后劲")
    assert [p.role for p in paragraphs] == [KICKER, TITLE, BODY]


def test_kicker_short_label_at_same_level():
    _, articles = parse(
        doc("前文。", "## 聚焦两会", "## 代表委员热议高质量发展新路径", "本报讯（记者 王五）……。")
    )
    assert articles[-1].kicker == "聚焦两会"
    assert articles[-1].title == "代表委员热议高质量发展新路径"


def test_kicker_ending_in_colon_leads_into_headline():
    _, articles = parse(
        doc("# 坚持以人民为中心的发展思想：", "# 我市民生支出占比超过七成", "正文。")
    )
    assert articles[0].kicker == "坚持以人民为中心的发展思想"
    assert articles[0].title == "我市民生支出占比超过七成"


def test_subtitle_with_dash_under_headline():
    paragraphs, articles = parse(doc("# 厚植教育沃土", "## ——解放区2022年教育工作综述", "正文。"))
    assert articles[0].subtitle == "解放区2022年教育工作综述"
    assert paragraphs[1].role == SUBTITLE


def test_subtitle_as_smaller_heading_without_dash():
    _, articles = parse(doc("# 我市冬季供暖全面启动", "### 供暖面积较去年增加一成", "本报讯……。"))
    assert articles[0].title == "我市冬季供暖全面启动"
    assert articles[0].subtitle == "供暖面积较去年增加一成"


def test_subtitle_as_plain_dash_line_under_headline():
    paragraphs, articles = parse(doc("# 厚植教育沃土", "——解放区2022年教育工作综述", "正文。"))
    assert articles[0].subtitle == "解放区2022年教育工作综述"
    assert paragraphs[1].role == SUBTITLE


def test_xinhua_dateline_byline():
    _, articles = parse(
        doc("# 国务院召开常务会议", "新华社北京1月5日电(记者 王某 李某)国务院总理主持召开……。")
    )
    assert articles[0].byline == "记者 王某 李某"


def test_xinhua_dateline_without_reporter_credits_the_agency():
    _, articles = parse(doc("# 国务院召开常务会议", "新华社北京1月5日电 国务院总理主持召开……。"))
    assert articles[0].byline == "新华社"


def test_benbao_reporter_byline_line():
    paragraphs, articles = parse(
        doc("# 我市举办迎新春长跑", "本报记者 张三", "1日上午，迎新春长跑鸣枪开跑。")
    )
    assert articles[0].byline == "本报记者 张三"
    assert paragraphs[1].role == BODY


def test_decorated_byline_line_is_not_a_column():
    paragraphs, articles = parse(doc("# 我市举办迎新春长跑", "□本报通讯员 李四", "正文。"))
    assert articles[0].byline == "本报通讯员 李四"
    assert articles[0].column is None
    assert paragraphs[1].role == BODY


@pytest.mark.parametrize(
    ("lead", "byline"),
    [
        ("本报讯(记者詹长松)近日……。", "记者詹长松"),
        ("本报讯（记者 张三 通讯员 李四）近日……。", "记者 张三 通讯员 李四"),
        ("（记者 张三 通讯员 李四）近日……。", "记者 张三 通讯员 李四"),
        ("本報訊（記者 陳大文）昨日……。", "記者 陳大文"),
        ("本报记者 张三 通讯员 李四 报道 近日，……。", "本报记者 张三 通讯员 李四"),
        ("By Jane Doe", "Jane Doe"),
        ("近日，市政府召开会议(市、区两级参加)。", None),
    ],
)
def test_byline_forms(lead, byline):
    _, articles = parse(doc("# 一条新闻的标题", lead, "正文。"))
    assert articles[0].byline == byline


def test_byline_closing_the_article():
    _, articles = parse(doc("# 一条新闻的标题", "正文第一段。", "正文第二段。（记者 赵六）"))
    assert articles[0].byline == "记者 赵六"


def test_section_series_with_ordinal_markers():
    paragraphs, articles = parse(
        doc(
            "# 政府工作报告解读",
            "本报讯(记者 张三)……。",
            "## 一、稳增长",
            "正文。",
            "## 二、促改革",
            "正文。",
            "## （三）惠民生",
            "正文。",
        )
    )
    assert len(articles) == 1
    assert articles[0].sections == ["一、稳增长", "二、促改革", "（三）惠民生"]
    assert [p.role for p in paragraphs if p.text.startswith("##")] == [SECTION] * 3


def test_word_numeral_series_are_sections():
    _, articles = parse(
        doc("# 报告亮点", "导语。", "## 看点一 稳就业", "正文。", "## 看点二 保民生", "正文。")
    )
    assert len(articles) == 1
    assert articles[0].sections == ["看点一 稳就业", "看点二 保民生"]


def test_lone_word_numeral_heading_is_a_headline():
    _, articles = parse(doc("# 第一条新闻标题", "正文。", "## 统一 思想凝聚共识", "正文。"))
    assert [a.title for a in articles] == ["第一条新闻标题", "统一 思想凝聚共识"]
    assert articles[0].sections == []


def test_numbered_heading_with_byline_lead_is_a_new_article():
    _, articles = parse(
        doc(
            "# 要闻标题一则",
            "正文。",
            "## 一、我市新增就业岗位三万个",
            "本报讯(记者 张三)……。",
            "## 1.5万名学生受益",
            "正文。",
        )
    )
    assert [a.title for a in articles] == [
        "要闻标题一则",
        "一、我市新增就业岗位三万个",
        "1.5万名学生受益",
    ]
    assert all(a.sections == [] for a in articles)


def test_leading_page_header_is_furniture_of_the_first_article():
    paragraphs, articles = parse(
        doc(
            "焦作日报",
            "2023年1月5日 星期四 第3版",
            "# 解放区商贸消费迎来开门红",
            "本报讯(记者翟倩倩)……。",
        )
    )
    assert len(articles) == 1
    assert (articles[0].first, articles[0].title) == (0, "解放区商贸消费迎来开门红")
    assert [p.role for p in paragraphs] == [FURNITURE, FURNITURE, TITLE, BODY]
    assert articles[0].byline == "记者翟倩倩"


def test_leading_text_without_a_headline_joins_the_first_article():
    paragraphs, articles = parse(
        doc("（上接第一版）会议要求，各地要抓好落实。", "# 第二篇文章标题", "正文。")
    )
    assert len(articles) == 1
    assert (articles[0].first, articles[0].last) == (0, 2)
    assert paragraphs[0].role == BODY


def test_trailing_slogan_and_account_are_furniture():
    paragraphs, articles = parse(
        doc("# 一条新闻的标题", "正文。", "奋进新征程 建功新时代", "责任编辑：张三 校对：李四")
    )
    assert [p.role for p in paragraphs] == [TITLE, BODY, FURNITURE, FURNITURE]
    assert len(articles) == 1


def test_short_last_article_keeps_its_body():
    paragraphs, _ = parse(doc("# 一条新闻的标题", "正文。", "## 天气预报", "明日晴转多云"))
    assert paragraphs[3].role == BODY


def test_heading_closing_the_page_without_text_is_furniture():
    paragraphs, articles = parse(doc("# 一条新闻的标题", "正文。", "## 奋进新征程 建功新时代"))
    assert len(articles) == 1
    assert paragraphs[2].role == FURNITURE


def test_keyword_inside_running_text_is_not_furniture():
    text = "市民可扫描二维码参与问卷调查，相关部门将根据反馈意见进一步改进服务，提升群众满意度。"
    paragraphs, _ = parse(doc("# 一条新闻的标题", text, "正文。"))
    assert paragraphs[1].role == BODY


def test_furniture_heading_does_not_start_an_article():
    paragraphs, articles = parse(
        doc("# 一条新闻的标题", "正文。", "## 扫码关注我们", "更多精彩内容")
    )
    assert len(articles) == 1
    assert paragraphs[2].role == FURNITURE


def test_caption_between_articles_is_a_photo_article():
    paragraphs, articles = parse(
        doc(
            "# 第一篇文章标题",
            "正文。",
            "图为市民在花市选购年宵花。 本报记者 王五 摄",
            "## 第二篇文章标题",
            "本报讯……。",
        )
    )
    assert [a.kind for a in articles] == [NEWS, PHOTO, NEWS]
    assert articles[1].title == "图为市民在花市选购年宵花"
    assert articles[1].byline == "本报记者 王五 摄"
    assert paragraphs[2].role == CAPTION
    assert_contract(paragraphs, articles)


def test_caption_inside_an_article_stays_there():
    paragraphs, articles = parse(
        doc("# 一条新闻的标题", "正文第一段。", "图为施工现场。 张三/摄", "正文第二段。")
    )
    assert len(articles) == 1
    assert paragraphs[2].role == CAPTION
    assert articles[0].kind == NEWS


def test_caption_closing_the_page_is_a_photo_article():
    _, articles = parse(
        doc("# 一条新闻的标题", "正文。", "雪后的公园银装素裹。（新华社记者 李某 摄）")
    )
    assert [a.kind for a in articles] == [NEWS, PHOTO]
    assert articles[1].byline == "新华社记者 李某 摄"


def test_prose_ending_in_shooting_is_not_a_caption():
    paragraphs, _ = parse(doc("# 一条新闻的标题", "摄制组在现场进行拍摄"))
    assert paragraphs[1].role != CAPTION


def test_column_label_under_headline_makes_commentary():
    paragraphs, articles = parse(
        doc("## 万无一失与一失万无", "□号 角", "安全问题多重要？安全问题大于天！")
    )
    assert articles[0].column == "号角"
    assert articles[0].kind == COMMENTARY
    assert paragraphs[1].role == COLUMN


def test_column_label_above_headline_belongs_to_the_next_article():
    paragraphs, articles = parse(
        doc("# 第一篇文章标题", "正文。", "【今日关注】", "## 第二篇文章标题", "正文。")
    )
    assert [(a.first, a.last) for a in articles] == [(0, 1), (2, 4)]
    assert articles[1].column == "今日关注"
    assert paragraphs[2].role == COLUMN


def test_column_heading_without_headline_starts_a_column_piece():
    _, articles = parse(doc("# 第一篇文章标题", "正文。", "## ■ 快 评", "办好民生实事，贵在落实。"))
    assert [a.title for a in articles] == ["第一篇文章标题", "快评"]
    assert articles[1].column == "快评"
    assert articles[1].kind == COMMENTARY


def test_restated_headline_block_is_furniture():
    paragraphs, articles = parse(
        doc(
            "## 万无一失与一失万无",
            "正文第一段。",
            "万无一失与一失万无  \n示范区强音",
            "正文第二段。",
        )
    )
    assert paragraphs[2].role == FURNITURE
    assert len(articles) == 1


def test_english_and_traditional_headlines():
    paragraphs, articles = parse(
        doc(
            "# City council approves new budget",
            "By Jane Doe",
            "The council voted on Monday.",
            "# 本市推動綠色交通",
            "本報訊（記者 陳大文）市府昨日宣布……。",
        )
    )
    assert [a.title for a in articles] == ["City council approves new budget", "本市推動綠色交通"]
    assert [a.byline for a in articles] == ["Jane Doe", "記者 陳大文"]
    assert_contract(paragraphs, articles)


def test_article_positions_follow_paragraph_positions():
    paragraphs, _ = split_paragraphs(doc("# 标题一", "正文。", "# 标题二", "正文。"))
    tail = paragraphs[2:]
    articles = segment(tail)
    assert [(a.first, a.last) for a in articles] == [(2, 3)]


def test_roles_are_reset_on_a_second_run():
    paragraphs, _ = split_paragraphs(doc("# 标题一", "正文。"))
    paragraphs[1].role = FURNITURE
    segment(paragraphs)
    assert paragraphs[1].role == BODY


HAND_CASES = [
    doc("只有一行"),
    doc("## 扫码关注我们"),
    doc("## 一、开头就是小节", "正文。", "## 二、第二小节", "正文。"),
    doc("□号 角", "正文。"),
    doc("图为雪景。 张三 摄"),
    doc("焦作日报 第3版", "# 标题", "正文。", "扫一扫 关注我们"),
    doc("# 标题", "## ——副题", "## 另一个很长很长的新闻标题", "正文。"),
    doc("#", "正文。"),
    "  # 缩进的标题\n正文紧跟标题。\n",
    doc("# #话题 标题", "正文。"),
]


@pytest.mark.parametrize("text", HAND_CASES)
def test_contract_on_hand_written_cases(text):
    paragraphs, articles = parse(text)
    assert_contract(paragraphs, articles)


def test_sections_only_file_is_one_article_with_sections():
    _, articles = parse(HAND_CASES[2])
    assert len(articles) == 1
    assert articles[0].sections == ["一、开头就是小节", "二、第二小节"]


def test_caption_only_file_is_a_photo_article():
    _, articles = parse(HAND_CASES[4])
    assert (articles[0].kind, articles[0].title, articles[0].byline) == (
        PHOTO,
        "图为雪景",
        "张三 摄",
    )


LINES = [
    "# 标题甲",
    "## 示范区",
    "## ——副题",
    "## 一、小节",
    "## 元素一 甲",
    "## 元素二 乙",
    "□号 角",
    "## □号 角",
    "本报讯(记者 张三)正文。",
    "正文。",
    "短行",
    "扫一扫 关注我们",
    "图为雪景。 张三 摄",
    "#",
    "本报记者 李四",
    "焦作日报 第3版",
    "# A title",
    "Text.",
]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(LINES) | st.text(min_size=1, max_size=30), min_size=1, max_size=15))
def test_contract_holds_for_any_mix_of_lines(blocks):
    paragraphs, articles = parse("\n\n".join(blocks))
    if not paragraphs:
        assert articles == []
        return
    assert articles[0].first == paragraphs[0].position
    assert articles[-1].last == paragraphs[-1].position
    for before, after in zip(articles, articles[1:], strict=False):
        assert after.first == before.last + 1
    assert all(a.first <= a.last and not a.title.startswith("#") for a in articles)
    assert all(p.role in PARAGRAPH_ROLES for p in paragraphs)
