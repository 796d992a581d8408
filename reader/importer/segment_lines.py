"""What a single line is by itself: page furniture, page header, column label.

These tests look at one paragraph only; where it sits (page end, next to a
headline) is decided in `segment.py`. All of them require the line to be short
and label-like, so a body paragraph that merely mentions a phone number or a
QR code is never taken for furniture.
"""

from __future__ import annotations

import re

from reader.importer.segment_byline import is_byline_line
from reader.importer.segment_text import (
    DECORATION,
    at_most_units,
    clean_column,
    collapse,
    has_clause_marks,
    heading_text,
    units,
)

# Words that only page furniture uses: QR-code blurbs, account plugs, imprint lines.
# Matched anywhere in a short line (Simplified, Traditional, English).
FURNITURE_WORDS = (
    "扫一扫", "掃一掃", "扫码", "掃碼", "扫描二维码", "掃描二維碼", "二维码", "二維碼",
    "公众号", "公眾號", "关注我们", "關注我們", "责任编辑", "責任編輯", "责编", "責編",
    "视频号", "視頻號", "客户端", "客戶端", "新闻热线", "新聞熱線", "广告热线", "廣告熱線",
    "订阅热线", "訂閱熱線", "邮发代号", "郵發代號", "连续出版物号", "版权所有", "版權所有",
    "qr code", "scan to", "follow us", "all rights reserved",
)  # fmt: skip
# Imprint labels: furniture only when followed by a colon, slash or space
# (`编辑：张三 校对：李四`), since the bare words also occur in headlines.
_LABEL_WORDS = re.compile(
    r"(?:编辑|編輯|美编|美編|版式|校对|校對|组版|組版|排版|电话|電話|热线|熱線|邮箱|郵箱"
    r"|投稿|传真|傳真|网址|網址|微信|微博|抖音|广告|廣告|\bE-?mail|\bTel|\bEditor)\s*[：:/／\s]",
    re.IGNORECASE,
)
_FURNITURE_WORD = re.compile("|".join(map(re.escape, FURNITURE_WORDS)), re.IGNORECASE)
_WEB = re.compile(r"https?://|www\.", re.IGNORECASE)
_PAGE_HEADER = re.compile(
    r"第\s*[0-9０-９A-Za-z一二三四五六七八九十]{1,3}\s*版|星期[一二三四五六日天]"
    r"|週[一二三四五六日]|禮拜[一二三四五六日天]|\bPage\s+\d+\b",
    re.IGNORECASE,
)
_DECORATED = re.compile(rf"^[{re.escape(DECORATION)}]")
_BRACKETED = re.compile(r"^[【〖\[]\s*[^】〗\]]{1,12}\s*[】〗\]]$")
_FURNITURE_UNITS = 40
_COLUMN_UNITS = 8
# Words naming opinion columns: an article under such a label is commentary.
COMMENTARY_WORDS = (
    "评论", "評論", "社论", "社論", "时评", "時評", "短评", "短評", "述评", "述評",
    "快评", "快評", "言论", "言論", "杂谈", "雜談", "观点", "觀點", "随笔", "隨筆",
    "editorial", "opinion", "commentary",
)  # fmt: skip


def _short_label(text: str, limit: int) -> str | None:
    """The collapsed words of a short paragraph not ending like a sentence, else None."""
    if not at_most_units(text, limit):
        return None
    words = heading_text(text)
    if not words or words[-1] in "，,。！!？?；;、":
        return None
    return words


def is_furniture_text(text: str) -> bool:
    """A short line carrying a furniture keyword, an imprint label or a web address."""
    words = _short_label(text, _FURNITURE_UNITS)
    if words is None:
        return False
    return (
        bool(_FURNITURE_WORD.search(words))
        or bool(_LABEL_WORDS.search(words + " "))
        or bool(_WEB.search(words))
    )


def is_page_header(text: str) -> bool:
    """`焦作日报 2023年1月5日 星期四 第3版`: names a page or a weekday, and is short."""
    words = _short_label(text, _FURNITURE_UNITS)
    return words is not None and bool(_PAGE_HEADER.search(words))


def column_name(text: str) -> str | None:
    """`□号 角` or `【今日关注】` → the column's name, else None.

    A column label is a very short decorated (□■◆…) or bracketed line that is
    not a byline (`□本报记者 张三` is a byline, not a column).
    """
    if not at_most_units(text, _COLUMN_UNITS * 2):
        return None
    words = collapse(heading_text(text))
    if not words or has_clause_marks(words) or is_byline_line(words):
        return None
    if not (_DECORATED.match(words) or _BRACKETED.match(words)):
        return None
    name = clean_column(words)
    return name if 0 < units(name) <= _COLUMN_UNITS else None


def names_commentary(text: str | None) -> bool:
    """True when a label (column, kicker, byline) names an opinion piece."""
    lowered = (text or "").lower()
    return any(word in lowered for word in COMMENTARY_WORDS)
