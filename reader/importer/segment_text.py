"""Text shape helpers for article segmentation: heading marks, length, clean titles.

Segmentation decides what a paragraph *is* mostly from its shape: how many `#`
marks it has, how long it is, whether it ends like a sentence, whether it opens
with an ordinal marker (元素一, 一、, （一）, 1.) or a dash (——副题). These helpers
measure that shape and turn a heading into the clean string shown to people
(no `#`, no decoration), for Simplified and Traditional Chinese and English alike.
"""

from __future__ import annotations

import re

CJK = "\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff"

# One "unit" of length is a Chinese character or a Latin word (or a number), so a
# limit means roughly the same for Chinese and English lines.
_UNIT = re.compile(rf"[{CJK}]|[A-Za-z0-9\u00c0-\u024f]+")
_SPACES = re.compile(r"\s+")
# No label has longer words than this on average (English words plus a space).
_MAX_CHARS_PER_UNIT = 12
_HEADING_MARKS = re.compile(r"^[\s#]+")
_HEADING_START = re.compile(r"\s*#")
_LEVEL = re.compile(r"\s*(#*)")
_LINE = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"[。！？!?；;]|\.(?=\s|$)")
# Punctuation that a label (headline, column name, slogan, page header) does not carry.
_CLAUSE_MARK = re.compile("[，,。！!？?；;]")
_TITLE_TRIM = "。，,;；：:、"
_CLAUSE_CUT = re.compile(r"[，,、：:\s]")
_LEADING_DASH = re.compile(r"^\s*(?:[—–─━―]+|-{2,}|－+|~{2,}|～+)\s*")
_TRAILING_DASH = re.compile(r"\s*(?:[—–─━―]+|-{2,}|－+)\s*$")
# Boxes, bullets and brackets that decorate column labels and bylines.
DECORATION = "□■◆◇▲△▼▽●○◎★☆▌▍▎▐│|【】[]〖〗〔〕"
_INNER_CJK_SPACE = re.compile(rf"(?<=[{CJK}])\s+(?=[{CJK}])")

_NUM = "一二三四五六七八九十"
# Markers that open a section heading on their own: 一、 （一） (1) 1. 1、 ① 第一部分 …
_STRONG_ORDINAL = re.compile(
    rf"^(?:[{_NUM}]{{1,3}}\s*[、.．]"
    rf"|[（(]\s*(?:[{_NUM}]{{1,3}}|\d{{1,2}})\s*[)）]"
    rf"|\d{{1,2}}\s*[、．]|\d{{1,2}}\.(?!\d)|\d{{1,2}}[)）]"
    r"|[①-⑳⑴-⒇]"
    rf"|第[{_NUM}\d]{{1,3}}\s*(?:部分|章|节|節|[、，,：:.．\s])"
    r"|(?:Part|Chapter|Section)\s+[0-9IVXivx]+\b"
    r"|[IVX]{1,4}\.\s)"
)
# A word followed by a Chinese numeral and a space or colon: 元素一 … / 看点二： …
# Only a series of these (same word twice or more) makes sections.
_WEAK_ORDINAL = re.compile(rf"^(?P<prefix>[{CJK}]{{1,4}}?)[{_NUM}]{{1,3}}(?:\s|[：:、.．])")


def collapse(text: str) -> str:
    """Whitespace runs (newlines, full-width spaces) become one space; ends trimmed."""
    return _SPACES.sub(" ", text).strip()


def units(text: str) -> int:
    """Length in Chinese characters plus Latin words; punctuation and spaces are free."""
    return len(_UNIT.findall(text))


def at_most_units(text: str, limit: int) -> bool:
    """`units(text) <= limit`, answered at once for long running text."""
    if len(text) > limit * _MAX_CHARS_PER_UNIT:
        return False
    if units(text[: 2 * limit + 2]) > limit:  # running Chinese text fails here, cheaply
        return False
    return units(text) <= limit


def first_line(text: str) -> str:
    """The first non-blank line, found without splitting a huge paragraph."""
    for match in _LINE.finditer(text):
        if match.group().strip():
            return match.group()
    return ""


def is_heading_text(text: str) -> bool:
    """A `#` line, even when OCR put spaces before the marks."""
    return _HEADING_START.match(text) is not None


def heading_level(text: str) -> int:
    """Number of leading `#` marks (0 for a plain paragraph)."""
    match = _LEVEL.match(text)
    return len(match.group(1)) if match else 0


def heading_text(text: str) -> str:
    """The words of a heading: `#` marks (even `# #…`) and surrounding whitespace removed."""
    return collapse(_HEADING_MARKS.sub("", text))


def has_clause_marks(text: str) -> bool:
    """True when the text carries sentence or clause punctuation (，。！？；)."""
    return _CLAUSE_MARK.search(text) is not None


def is_label_like(text: str, limit: int) -> bool:
    """Short and without sentence punctuation: how headlines, slogans and labels look."""
    if not at_most_units(text, limit):
        return False
    words = heading_text(text)
    return bool(words) and not has_clause_marks(words)


def ends_like_sentence(text: str) -> bool:
    """True when the text ends a sentence: 。！？ or a period, perhaps inside a quote."""
    stripped = text[-20:].rstrip().rstrip("”’」』\"'")
    return bool(stripped) and stripped[-1] in "。！？!?.…"


def starts_with_dash(text: str) -> bool:
    """`——解放区2022年教育工作综述`: the dash that marks a subtitle (副题)."""
    return bool(_LEADING_DASH.match(heading_text(text)))


def ends_with_lead_in(text: str) -> bool:
    """A heading ending in a colon or dash leads into the next one (a kicker)."""
    words = heading_text(text)
    return words.endswith(("：", ":")) or bool(_TRAILING_DASH.search(words))


def clean_title(text: str) -> str:
    """A headline as shown: no `#`, whitespace collapsed."""
    return heading_text(text)


def clean_subtitle(text: str) -> str:
    """A subtitle without its `——` decoration."""
    words = _LEADING_DASH.sub("", heading_text(text))
    return _TRAILING_DASH.sub("", words).strip()


def clean_kicker(text: str) -> str:
    """A kicker without a trailing lead-in colon or dash."""
    words = _TRAILING_DASH.sub("", heading_text(text)).strip()
    return words.rstrip("：:").strip()


def clean_column(text: str) -> str:
    """`□号 角` → `号角`: decoration and spaces between Chinese characters removed."""
    words = heading_text(text).strip(DECORATION + " \t")
    return _INNER_CJK_SPACE.sub("", words).strip()


def strong_ordinal(text: str) -> bool:
    """True when a heading opens with a marker that numbers sections by itself."""
    return bool(_STRONG_ORDINAL.match(heading_text(text)))


def weak_ordinal_prefix(text: str) -> str | None:
    """`元素一 促进…` → `元素`; a series sharing this word numbers sections."""
    match = _WEAK_ORDINAL.match(heading_text(text))
    return match.group("prefix") if match else None


def short_title(text: str, limit: int = 40) -> str:
    """A title made from running text: its first line, else first sentence, else a cut.

    Used where there is no headline (a file without headings, a photo caption).
    The result is always a prefix of the (whitespace-collapsed) first line, so a
    reader can find it in the text.
    """
    line = heading_text(first_line(text)[: limit * _MAX_CHARS_PER_UNIT])
    if len(line) <= limit:
        return line.rstrip(_TITLE_TRIM) or line
    sentence = _SENTENCE_END.search(line)
    if sentence and 0 < sentence.start() <= limit:
        return line[: sentence.start()]
    window = line[:limit]
    cuts = [m.start() for m in _CLAUSE_CUT.finditer(window) if m.start() >= limit // 2]
    return (window[: cuts[-1]] if cuts else window).rstrip()
