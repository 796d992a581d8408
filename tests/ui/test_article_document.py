"""The reader's document: drawn from stored paragraphs, and mapped back to them exactly."""

from __future__ import annotations

import pytest
from PySide6.QtGui import QFont

from reader import model
from reader.db.articles import ArticleRow, ParagraphRow, get_article
from reader.db.browse import article_ids
from reader.db.issues import list_issues
from reader.ui.article_document import NO_PARAGRAPH, ReaderStyle, build_article_document, shown_text


def _all_articles(db) -> list[ArticleRow]:
    found = []
    for issue in list_issues(db):
        found.extend(get_article(db, article_id) for article_id in article_ids(db, issue.id))
    return found


def _units(document) -> list[int]:
    """The document as Qt counts positions: UTF-16 code units."""
    raw = document.toRawText().encode("utf-16-le")
    return [int.from_bytes(raw[i : i + 2], "little") for i in range(0, len(raw), 2)]


def _text_at(units: list[int], position: int, width: int) -> str:
    data = b"".join(unit.to_bytes(2, "little") for unit in units[position : position + width])
    return data.decode("utf-16-le")


def _check_round_trip(article: ArticleRow) -> int:
    """Each character of each paragraph maps to its position and back; returns chars checked."""
    document, mapping = build_article_document(article, ReaderStyle())
    units = _units(document)
    checked = 0
    for paragraph in article.paragraphs:
        span = mapping.span(paragraph.id)
        assert span is not None
        shown, hidden = shown_text(paragraph, paragraph.role)
        for offset in range(hidden, len(paragraph.text) + 1):
            position = mapping.position_of(paragraph.id, offset)
            assert mapping.locate(position) == (paragraph.id, offset)
            if offset < len(paragraph.text):
                expected = shown[offset - hidden]
                width = 2 if ord(expected) > 0xFFFF else 1
                assert _text_at(units, position, width) == expected
            checked += 1
    for position in range(document.characterCount()):
        located = mapping.locate(position)
        block = document.findBlock(position)
        if located is None:
            assert block.userState() == NO_PARAGRAPH
        elif not 0xDC00 <= units[min(position, len(units) - 1)] <= 0xDFFF:  # not inside a pair
            assert mapping.position_of(*located) == position
    return checked


def test_mapping_round_trips_on_every_character_of_the_samples(qapp, sample_library):
    articles = _all_articles(sample_library)
    assert len(articles) == 16
    checked = sum(_check_round_trip(article) for article in articles)
    assert checked > 12000  # every character of both sample issues (about 12,600)


def _article(
    *paragraphs: tuple[str, str], kind: str = model.NEWS, byline: str | None = None
) -> ArticleRow:
    rows = [
        ParagraphRow(100 + i, 10 + i, text, role, 0, len(text))
        for i, (text, role) in enumerate(paragraphs)
    ]
    return ArticleRow(
        id=1, issue_id=1, position=0, title="头条", kicker=None, subtitle=None, byline=byline,
        column=None, kind=kind, sections=[], status="not_proofread", first_paragraph=10,
        last_paragraph=10 + len(rows) - 1, paragraphs=rows,
    )  # fmt: skip


def test_mapping_is_exact_with_line_breaks_crlf_and_characters_outside_the_bmp(qapp):
    article = _article(
        ("# 𠀀头条𠀁标题", model.TITLE),
        ("第一行\n第二行𪚥\r\n第三行", model.BODY),
        ("## 小标题", model.SECTION),
        ("\U0001f600 表情 𠀂", model.BODY),
    )
    assert _check_round_trip(article) == sum(len(p.text) + 1 for p in article.paragraphs) - 2 - 3
    document, mapping = build_article_document(article, ReaderStyle())
    assert document.blockCount() == 4  # one block per paragraph, line breaks inside
    # offset 10 of the stored text is the 第 of 第三行, after a character outside the BMP
    assert _text_at(_units(document), mapping.position_of(101, 10), 1) == "第"


def test_headings_are_shown_without_marks_and_offsets_skip_them(qapp):
    article = _article(("## 标题", model.TITLE), ("正文", model.BODY))
    document, mapping = build_article_document(article, ReaderStyle())
    assert document.firstBlock().text() == "标题"
    assert mapping.locate(0) == (100, 3)  # "## " is hidden: offset 3 is 标
    assert mapping.position_of(100, 0) == 0  # an offset inside the marks clamps to the start


def test_roles_are_styled_like_a_newspaper(qapp):
    article = _article(
        ("## 示范区", model.KICKER),
        ("# 推进项目建设", model.TITLE),
        ("## ——年度综述", model.SUBTITLE),
        ("本报讯 正文。", model.BODY),
        ("图为 市民选购鲜花 本报通讯员 摄", model.CAPTION),
        ("扫一扫 关注我们", model.FURNITURE),
        byline="记者郭树勋",
    )
    style = ReaderStyle(size=12)
    document, _ = build_article_document(article, style)
    blocks = {}
    block = document.firstBlock()
    while block.isValid():
        blocks[block.text()] = block
        block = block.next()
    assert list(blocks) == ["示范区", "推进项目建设", "——年度综述", "记者郭树勋", "本报讯 正文。",
                            "图为 市民选购鲜花 本报通讯员 摄", "扫一扫 关注我们"]  # fmt: skip

    def font(text: str) -> QFont:
        return blocks[text].charFormat().font()

    assert font("推进项目建设").pointSizeF() > 1.5 * font("本报讯 正文。").pointSizeF()
    assert font("推进项目建设").bold()
    assert font("示范区").pointSizeF() < font("推进项目建设").pointSizeF()
    assert font("——年度综述").pointSizeF() < font("推进项目建设").pointSizeF()
    for quiet in ("图为 市民选购鲜花 本报通讯员 摄", "扫一扫 关注我们"):
        assert font(quiet).italic()
        assert font(quiet).pointSizeF() < font("本报讯 正文。").pointSizeF()
        assert blocks[quiet].charFormat().foreground().color() == style.muted
    assert blocks["记者郭树勋"].userState() == NO_PARAGRAPH  # the byline line is no paragraph
    assert blocks["本报讯 正文。"].userState() == 4  # ¶4: numbered within the article


@pytest.mark.parametrize("kind", [model.NEWS, model.PHOTO])
def test_an_article_without_a_title_paragraph_gets_a_headline_that_maps_to_nothing(qapp, kind):
    article = _article(("随着春节临近 本报通讯员 马强 摄", model.CAPTION), kind=kind)
    document, mapping = build_article_document(article, ReaderStyle())
    first = document.firstBlock()
    assert first.text() == ("头条" if kind == model.NEWS else "Photo")
    assert mapping.locate(first.position()) is None
    assert mapping.paragraph_ids == [100]
