"""Bylines and photo credits, as Chinese (and English) newspapers print them.

A byline is taken from where papers put it: the opening of the lead paragraph
(`本报讯(记者詹长松)…`, `新华社北京1月5日电(记者 X)`, `（记者 X 通讯员 Y）…`,
`本报记者 X 报道`), a short line of its own (`本报记者 X`, `□本报通讯员 X`,
`文/X`, `By X`), or a parenthesis closing the last paragraph (`…。（记者 X）`).
Photo captions end with a credit (`本报通讯员 马强 摄`, `张三/摄`, `图/张三`).
Full-width and half-width parentheses, Simplified and Traditional forms all occur.
"""

from __future__ import annotations

import re

from reader.importer.segment_text import CJK, DECORATION, collapse, units

# Words that say who wrote or photographed something.
_ROLE = (
    r"(?:摄影记者|攝影記者|见习记者|見習記者|特约记者|特約記者|首席记者|首席記者"
    r"|记者|記者|通讯员|通訊員|实习生|實習生|评论员|評論員|撰稿人?|编译|編譯|摄影|攝影)"
)
_ROLE_WORD = re.compile(_ROLE)
_BAD_IN_NAME = re.compile(r"[，,。；;！!？?：:“”\"]")

# `本报讯(记者X)`, `新华社北京1月5日电(记者 X)`, `央视网消息（记者 X）`, `（记者 X 通讯员 Y）`.
_LEAD_PAREN = re.compile(
    r"^\s*据?(?P<src>[^\s，,。（()）【】]{0,24}?(?:讯|訊|电|電|消息))?"
    r"\s*[（(【〔](?P<who>[^（()）【】〔〕\n]{1,40})[)）】〕]"
)
# `本报讯 记者张三 通讯员李四 近日…`: names without parentheses, ended by a space.
_NAME = rf"[{CJK}·]{{2,4}}"
_BARE_DATELINE = re.compile(
    rf"^\s*本[报報](?:讯|訊)\s+(?P<who>{_ROLE}\s*{_NAME}"
    rf"(?:\s*、\s*{_NAME}|\s+{_ROLE}\s*{_NAME})*)(?:\s+|$)"
)
# `新华社北京1月5日电 …` without a named reporter: the agency is the byline.
_AGENCY_LEAD = re.compile(
    rf"^\s*据?(?P<agency>[{CJK}]{{1,6}}(?:社|网|網|台))[^\s，,。（(]{{0,16}}?(?:电|電)"
)
# `本报记者 张三 通讯员 李四 报道 近日…` or `本报讯 记者 张三 报道`.
_REPORTS = re.compile(
    rf"^\s*(?:本[报報](?:讯|訊))?\s*(?P<who>(?:本[报報])?{_ROLE}[^。，,\n]{{1,30}}?)\s*(?:报道|報導|报导)"
)
# A line of its own naming the writer: `本报记者 张三`, `文/张三`, `图文/李四`.
_STANDALONE = re.compile(
    rf"^(?:(?:本[报報]|新[华華]社)?{_ROLE}|(?:文|图|圖|文图|文圖|图文|圖文)\s*[/／|｜:：])"
)
_ENGLISH_BY = re.compile(
    r"^By\s+(?P<who>[A-Z][\w.'’-]*(?:\s+(?:[A-Z][\w.'’-]*|and|&))*)(?:\s*[,|].*)?$"
)
_ENGLISH_WIRE = re.compile(r"\((?P<who>Xinhua|Reuters|AP|AFP|CNA|Bloomberg|Kyodo)\)\s*(?:-|–|—)")
_TRAILING_PAREN = re.compile(rf"[（(](?P<who>(?:本[报報])?{_ROLE}[^（()）\n]{{0,30}})[)）]\s*$")
_REPORT_WORD = re.compile(r"\s*(?:报道|報導|报导)$")

# Photo credits.
_SHOT = r"(?:摄|攝)(?:影)?"
_CREDIT_TOKEN = re.compile(
    rf"(?:(?:本[报報]|新[华華]社|中新社)?{_ROLE}(?:[{CJK}·]{{2,4}})?"
    rf"|[{CJK}·]{{1,4}}(?:[/／]?{_SHOT})?|[/／]?{_SHOT})"
)
_PICTURE_BY = re.compile(
    rf"(?P<credit>(?:图|圖|摄影|攝影|图片|圖片)\s*[/／:：]\s*[{CJK}·]{{2,4}}(?:\s+[{CJK}·]{{2,4}}){{0,3}})\s*$"
)
_CREDIT_CUT = "。！？!?（("
_MAX_CAPTION = 400
# Bylines sit in the first (or, closing an article, the last) few hundred characters.
_LEAD_WINDOW = 300
_HEADING_MARKS = re.compile(r"^[\s#]+")


def _who(text: str) -> str:
    return _REPORT_WORD.sub("", collapse(text)).strip()


def _name_like(who: str) -> bool:
    """Short, without sentence punctuation: a list of people, not a clause."""
    return 0 < len(who) <= 30 and not _BAD_IN_NAME.search(who)


def lead_byline(text: str) -> str | None:
    """The byline opening a lead paragraph or standing on its own line, else None.

    Only the opening of the paragraph is read: that is where papers put it.
    """
    first = _HEADING_MARKS.sub("", text[:_LEAD_WINDOW]).strip()
    finders = (_paren_byline, _bare_byline, _reports_byline, _standalone_byline, _english_byline)
    for finder in finders:
        found = finder(first)
        if found:
            return found
    agency = _AGENCY_LEAD.match(first)
    return agency.group("agency") if agency else None


def _paren_byline(text: str) -> str | None:
    """`本报讯(记者詹长松)…` → `记者詹长松`; a bare `(…)` needs a role word inside."""
    match = _LEAD_PAREN.match(text)
    if not match:
        return None
    who = _who(match.group("who"))
    has_role = bool(_ROLE_WORD.search(who))
    if not _name_like(who) or not (has_role or (match.group("src") and "、" not in who)):
        return None
    return who


def _bare_byline(text: str) -> str | None:
    """`本报讯 记者张三 通讯员李四 近日…` → `记者张三 通讯员李四`."""
    match = _BARE_DATELINE.match(text)
    return _who(match.group("who")) if match else None


def _reports_byline(text: str) -> str | None:
    """`本报记者 张三 报道 …` → `本报记者 张三`."""
    match = _REPORTS.match(text)
    return _who(match.group("who")) if match and _name_like(_who(match.group("who"))) else None


def _standalone_byline(text: str) -> str | None:
    """A short line of its own: `□本报记者 张三` → `本报记者 张三`."""
    if len(text) >= _LEAD_WINDOW:
        return None
    line = collapse(text).strip(DECORATION + " ")
    if "\n" in text.strip() or units(line) > 30 or not _STANDALONE.match(line):
        return None
    who = _who(line)
    return who if _name_like(who.replace("：", "").replace(":", "")) else None


def _english_byline(text: str) -> str | None:
    """`By Jane Doe` on its own line, or a wire tag `(Xinhua) --` in the lead."""
    line = collapse(text[:_LEAD_WINDOW])
    match = _ENGLISH_BY.match(line) if len(text) <= 80 else None
    if match:
        return match.group("who")
    wire = _ENGLISH_WIRE.search(line[:80])
    return wire.group("who") if wire else None


def trailing_byline(text: str) -> str | None:
    """`…。（记者 张三）` closing an article → `记者 张三`."""
    match = _TRAILING_PAREN.search(text[-_LEAD_WINDOW:].rstrip())
    if not match:
        return None
    who = _who(match.group("who"))
    return who if _name_like(who) else None


def is_byline_line(text: str) -> bool:
    """True for a paragraph (or heading) that is only a byline."""
    if len(text) >= _LEAD_WINDOW:
        return False
    first = _HEADING_MARKS.sub("", text).strip()
    return bool(_standalone_byline(first) or _english_byline_line(first))


def _english_byline_line(text: str) -> bool:
    line = collapse(text)
    return len(line) <= 80 and bool(_ENGLISH_BY.match(line))


def split_caption(text: str) -> tuple[str, str] | None:
    """`图为…。 本报通讯员 马强 摄` → (`图为…。`, `本报通讯员 马强 摄`), else None.

    A caption is recognised by the credit closing it; the credit is the run of
    short name/role tokens before `摄`, so prose is never swallowed into it.
    """
    if len(text) > _MAX_CAPTION * 2:
        return None
    flat = collapse(_HEADING_MARKS.sub("", text))
    if not flat or len(flat) > _MAX_CAPTION:
        return None
    picture = _PICTURE_BY.search(flat)
    if picture:
        return flat[: picture.start()].strip(), picture.group("credit")
    return _split_shot_credit(flat)


def _split_shot_credit(flat: str) -> tuple[str, str] | None:
    body = flat.rstrip(")） ")
    if not re.search(rf"{_SHOT}$", body) or body.endswith(("拍摄", "拍攝")):
        return None
    cut = max(body.rfind(mark) for mark in _CREDIT_CUT)
    tokens = body[cut + 1 :].split(" ")
    kept: list[str] = []
    for token in reversed(tokens):
        if not token or not _CREDIT_TOKEN.fullmatch(token):
            break
        kept.insert(0, token)
    if not kept:
        return None
    credit = " ".join(kept)
    head_tokens = tokens[: len(tokens) - len(kept)]
    caption = (body[: cut + 1] + " ".join(head_tokens)).strip().rstrip("（(").strip()
    if re.fullmatch(rf"[/／]?{_SHOT}", credit):
        return None
    if not caption and len(kept) == 1 and not _ROLE_WORD.search(credit):
        return None  # a lone `正在摄` is not a credit line
    return caption, credit


def caption_credit(text: str) -> str | None:
    """The photo credit of a caption paragraph, else None."""
    parts = split_caption(text)
    return parts[1] if parts else None
