"""The search box's syntax, parsed into a small tree before anything touches SQL.

    解放区 消费          both (AND)
    "open day"           a phrase: the exact text, spaces included
    -疫情  -"a b"        leave out articles that contain it
    ab"cd"               two terms: `ab` and the phrase `cd`

Every term means "the article's text contains this string" (ASCII letters
match either case), the same as a plain substring scan; for Chinese a word
and a phrase are the same thing, quotes only matter for spaces. Only ASCII
double quotes are syntax: 「」 and “” are ordinary characters that people
search for. Any whitespace (the full-width space too) separates terms.

Text that cannot be searched raises `SearchSyntaxError` with a message for
people; nothing here builds SQL or FTS5 strings (see `reader.search.plan`).
"""

from __future__ import annotations

from dataclasses import dataclass

QUOTE = '"'
EXCLUDE = "-"


class SearchSyntaxError(ValueError):
    """The search text cannot be searched; the message says why, for people."""


@dataclass(frozen=True)
class Term:
    """One thing to look for: `text` as typed, without its quotes or leading `-`."""

    text: str
    quoted: bool = False
    excluded: bool = False


@dataclass(frozen=True)
class Query:
    """All terms must hold: the included ones occur, the excluded ones do not."""

    terms: tuple[Term, ...]

    @property
    def included(self) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if not t.excluded)

    @property
    def excluded(self) -> tuple[Term, ...]:
        return tuple(t for t in self.terms if t.excluded)


def parse(text: str) -> Query:
    """Parse the search box's text; raise SearchSyntaxError when it cannot be searched."""
    if not text or text.isspace():
        raise SearchSyntaxError("type something to search for")
    if not text.isprintable() and any(_unsearchable(c) for c in text):
        raise SearchSyntaxError("the search text holds control characters or broken Unicode")
    terms = tuple(_terms(text))
    if not any(not t.excluded for t in terms):
        raise SearchSyntaxError(
            "say what to look for, not only what to leave out"
            f" ({' '.join(EXCLUDE + t.text for t in terms)} only excludes)"
        )
    return Query(terms)


def _unsearchable(char: str) -> bool:
    """Control characters (tabs and line breaks are spaces) and lone surrogates."""
    return not char.isspace() and (char < " " or char == "\x7f" or "\ud800" <= char <= "\udfff")


def _terms(text: str) -> list[Term]:
    terms: list[Term] = []
    at = 0
    while at < len(text):
        if text[at].isspace():
            at += 1
            continue
        term, at = _term(text, at)
        terms.append(term)
    return terms


def _term(text: str, at: int) -> tuple[Term, int]:
    """The term starting at `at` and the offset just after it."""
    excluded = text[at] == EXCLUDE
    if excluded:
        at += 1
        if at == len(text) or text[at].isspace():
            raise SearchSyntaxError(f"'{EXCLUDE}' must be followed by the text to leave out")
    if text[at] == QUOTE:
        return _phrase(text, at, excluded)
    end = at
    while end < len(text) and not text[end].isspace() and text[end] != QUOTE:
        end += 1
    return Term(text[at:end], excluded=excluded), end


def _phrase(text: str, at: int, excluded: bool) -> tuple[Term, int]:
    close = text.find(QUOTE, at + 1)
    if close < 0:
        raise SearchSyntaxError(f"a quote is not closed: {text[at:]}")
    inner = text[at + 1 : close]
    if not inner or inner.isspace():
        raise SearchSyntaxError('empty quotes ("") look for nothing; put text between them')
    return Term(inner, quoted=True, excluded=excluded), close + 1
