"""From the parsed query to what the index is asked, with every FTS5 token quoted.

How each term is answered (text and term folded alike, see `reader.text.tokens`):

* one run of n ≥ 2 word characters (解放区, 2023, gdp): the FTS5 phrase of
  its n-1 bigrams in `search_text`. Exact: consecutive bigram positions are
  the substring, and bigrams never straddle a run break.
* one character, any but a space (焦, 5, ，): that character in
  `search_chars`, which lists each article's distinct characters. Exact.
* anything else (上午,焦作 · "open day" · ——): a superset from the index
  (each run of ≥ 2 as a phrase, or, when there is none, each character in
  `search_chars`), then the engine checks the candidates' text for the whole
  string (`Plan.accepts`). Such queries are rare and usually long, so few
  candidates; an excluded term of this kind is decided by the check alone,
  since excluding its superset would drop too much.

User text only ever reaches FTS5 inside double-quoted strings with `"`
doubled (`quote`), so no query can inject FTS5 syntax; SQL gets it as
bound parameters.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

from reader.db.search import MatchSpec
from reader.search.query import Query, Term
from reader.text import tokens

_LONG_RUN = re.compile(r"\w{2,}")


def quote(text: str) -> str:
    """An FTS5 string: double quotes around, inner double quotes doubled."""
    return '"' + text.replace('"', '""') + '"'


def phrase(run: str) -> str:
    """The FTS5 phrase of a run's bigrams: consecutive positions, so exactly the substring."""
    return quote(" ".join(tokens.bigrams(run)))


@dataclass(frozen=True)
class TermPlan:
    needle: str  # folded text the article must (or must not) contain
    phrases: tuple[str, ...]  # search_text phrases
    chars: tuple[str, ...]  # search_chars strings
    exact: bool  # the index alone decides this term

    @property
    def title_phrase(self) -> str | None:
        """What puts an article in the title tier for this term (title bigrams or characters)."""
        return (self.phrases or self.chars or (None,))[0]


def plan_term(term: Term) -> TermPlan:
    needle = tokens.fold(term.text)
    if tokens.is_single_run(needle) and len(needle) >= 2:
        return TermPlan(needle, (phrase(needle),), (), True)
    if len(needle) == 1 and tokens.is_indexed_char(needle):
        return TermPlan(needle, (), (quote(needle),), True)
    phrases = tuple(dict.fromkeys(phrase(run) for run in _LONG_RUN.findall(needle)))
    if phrases:  # enough to narrow the candidates; a common "，" would only slow them down
        return TermPlan(needle, phrases, (), False)
    chars = tuple(quote(c) for c in sorted(set(needle)) if tokens.is_indexed_char(c))
    return TermPlan(needle, (), chars, False)


@dataclass(frozen=True)
class Plan:
    include: tuple[TermPlan, ...]
    exclude: tuple[TermPlan, ...]

    @property
    def exact(self) -> bool:
        """True when the index alone gives the answer (no text checks)."""
        return all(t.exact for t in (*self.include, *self.exclude))

    @property
    def needles(self) -> tuple[str, ...]:
        """Folded strings to highlight and to look for in titles."""
        return tuple(dict.fromkeys(t.needle for t in self.include))

    def spec(self) -> MatchSpec:
        exact_out = [t for t in self.exclude if t.exact]
        return MatchSpec(
            text_all=_distinct(p for t in self.include for p in t.phrases),
            text_none=_distinct(p for t in exact_out for p in t.phrases),
            chars_all=_distinct(c for t in self.include for c in t.chars),
            chars_none=_distinct(c for t in exact_out for c in t.chars),
            title_any=_distinct(p for t in self.include if (p := t.title_phrase)),
        )

    def accepts(self, folded_text: str) -> bool:
        """The text check for terms the index cannot decide alone."""
        return all(t.needle in folded_text for t in self.include if not t.exact) and not any(
            t.needle in folded_text for t in self.exclude if not t.exact
        )


def _distinct(items: Iterable[str]) -> tuple[str, ...]:
    return tuple(dict.fromkeys(items))


def compile_query(query: Query) -> Plan:
    return Plan(
        tuple(plan_term(t) for t in query.included),
        tuple(plan_term(t) for t in query.excluded),
    )
