"""Notes as Markdown: what people said about the scope, publication → issue → article.

The file reads as plain text and in any Markdown viewer: headings for
publication (##), issue (###), article (####) and each annotation (#####);
the article's byline, status and tags as a list; each annotation as its
quote in a blockquote, the correction, the note (Markdown, kept as typed),
its category and ¶ number; then the article's confirmed flags. Only
articles with a live annotation or a confirmed flag appear. The output is
deterministic: the same library gives the same bytes, and the only times in
it are the annotations' own.

The file is produced as a stream of self-contained chunks (one per issue),
which the HTML writer renders one at a time, so the two never disagree.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from typing import TextIO

from reader.annotate.model import Annotation
from reader.export.collect import ArticleBundle, FlagItem, IssueBundle, NoteItem
from reader.export.labels import Labels
from reader.export.wording import (
    blockquote,
    escape_markdown,
    evidence,
    excerpt,
    issue_heading,
    publication_name,
)

_FENCE = ("```", "~~~")


def notes_chunks(bundles: Iterable[IssueBundle], labels: Labels, scope: str) -> Iterator[str]:
    """The notes as Markdown chunks: a title, then one chunk per issue that has something."""
    yield _blocks(
        f"# {labels.text('notes_title')}", escape_markdown(labels.text("scope", scope=scope))
    )
    publication: str | None = None
    empty = True
    for bundle in bundles:
        blocks = _issue_blocks(bundle, labels)
        if not blocks:
            continue
        name = publication_name(bundle.header, labels) if bundle.header else None
        if bundle.header and (empty or name != publication):
            blocks.insert(0, f"## {escape_markdown(name or '')}")
        publication, empty = name, False
        yield _blocks(*blocks)
    if empty:
        yield _blocks(labels.text("no_notes"))


def write_notes_markdown(
    bundles: Iterable[IssueBundle], out: TextIO, labels: Labels, scope: str
) -> None:
    for index, chunk in enumerate(notes_chunks(bundles, labels, scope)):
        out.write(("\n" if index else "") + chunk)


def _blocks(*blocks: str) -> str:
    return "\n\n".join(blocks) + "\n"


def _issue_blocks(bundle: IssueBundle, labels: Labels) -> list[str]:
    if bundle.header is None:
        return _waiting_blocks(bundle.orphans, labels)
    blocks: list[str] = []
    for article in bundle.articles:
        blocks += _article_blocks(article, labels)
    live_orphans = [a for a in bundle.orphans if not a.is_deleted]
    if live_orphans:
        blocks.append(f"#### {escape_markdown(labels.text('orphans'))}")
        for orphan in live_orphans:
            blocks += _annotation_blocks(NoteItem(orphan, None), labels)
    if not blocks:
        return []
    heading = f"### {escape_markdown(issue_heading(bundle.header, labels))}"
    source = escape_markdown(labels.text("source", name=bundle.header.source_name))
    return [heading, source, *blocks]


def _waiting_blocks(annotations: list[Annotation], labels: Labels) -> list[str]:
    live = [a for a in annotations if not a.is_deleted]
    if not live:
        return []
    blocks = [f"## {escape_markdown(labels.text('waiting'))}"]
    for annotation in live:
        head, *rest = _annotation_blocks(NoteItem(annotation, None), labels)
        source = labels.text("waiting_source", digest=annotation.source_hash)
        blocks += [head, source, *rest]
    return blocks


def _article_blocks(bundle: ArticleBundle, labels: Labels) -> list[str]:
    notes = bundle.live_notes
    if not notes and not bundle.flags:
        return []
    blocks = [f"#### {escape_markdown(bundle.article.title)}", _article_fields(bundle, labels)]
    for note in notes:
        blocks += _annotation_blocks(note, labels)
    if bundle.flags:
        blocks.append(f"##### {escape_markdown(labels.text('confirmed_flags'))}")
        blocks.append("\n".join(_flag_line(flag, labels) for flag in bundle.flags))
    return blocks


def _article_fields(bundle: ArticleBundle, labels: Labels) -> str:
    article = bundle.article
    fields = [
        ("kicker", article.kicker),
        ("subtitle", article.subtitle),
        ("byline", article.byline),
        ("column", article.column),
        ("status", labels.name("status", article.status)),
        ("tags", ", ".join(bundle.tags)),
    ]
    return "\n".join(
        "- " + labels.text("field", name=labels.text(key), value=escape_markdown(value))
        for key, value in fields
        if value
    )


def _annotation_blocks(item: NoteItem, labels: Labels) -> list[str]:
    annotation = item.annotation
    where = (
        labels.text("paragraph", number=item.number)
        if item.number is not None
        else labels.text("not_placed")
    )
    category = labels.name("category", annotation.category)
    blocks = [f"##### {escape_markdown(where)} · {escape_markdown(category)}"]
    blocks.append(blockquote(annotation.exact))
    if annotation.correction is not None:
        fixed = escape_markdown(annotation.correction) or labels.text("deletion")
        blocks.append(labels.text("field", name=labels.text("correction"), value=fixed))
    if annotation.note and annotation.note.strip():
        heading = labels.text("field", name=labels.text("note"), value="").rstrip()
        blocks += [heading, closed_fences(annotation.note.strip("\n"))]
    blocks.append(
        escape_markdown(
            labels.text("times", created=annotation.created, modified=annotation.modified)
        )
    )
    return blocks


def closed_fences(note: str) -> str:
    """The note, with a code fence it left open closed, so it cannot swallow what follows."""
    fences = [line.strip()[:3] for line in note.split("\n") if line.strip().startswith(_FENCE)]
    return note + f"\n{fences[-1]}" if len(fences) % 2 else note


def _flag_line(item: FlagItem, labels: Labels) -> str:
    """`- ¶33 · duplicate: copy of ¶30 (identical, 205 characters) — «元实施的…»`"""
    where = labels.text("paragraph", number=item.number)
    kind = labels.name("kind", item.flag.kind)
    line = labels.text("field", name=f"{where} · {kind}", value=evidence(item, labels))
    return "- " + escape_markdown(f"{line} — «{excerpt(item.flag.paragraph_text)}»")
