"""The words an exported file is written with, in English or Simplified Chinese.

An export is a document people keep and hand on, so it is written in one
language chosen when exporting (the window offers the interface language,
the command line `--language`), independent of the locale of whoever opens
it later. The core does not use Qt, so these are plain tables rather than
Qt translations; the Chinese words are the ones the window uses for the
same things (识别错误, 已校对, 重复段落 …). Keys the table lacks fall back to
English, and unknown codes (a category or kind added later) are shown as
they are stored.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType

ENGLISH = "en"
CHINESE = "zh_CN"

_EN: dict[str, str] = {
    "notes_title": "Notes",
    "field": "{name}: {value}",
    "scope": "Scope: {scope}",
    "no_notes": "Nothing to export in this scope: no annotations and no confirmed flags.",
    "unknown_publication": "Unknown publication",
    "no_date": "No date",
    "source": "Source: {name}",
    "kicker": "Kicker",
    "subtitle": "Subtitle",
    "byline": "Byline",
    "column": "Column",
    "status": "Status",
    "tags": "Tags",
    "paragraph": "¶{number}",
    "not_placed": "not placed",
    "correction": "Correction",
    "deletion": "(delete the quoted text)",
    "note": "Note",
    "times": "Created {created} · modified {modified}",
    "confirmed_flags": "Confirmed flags",
    "orphans": "Annotations that lost their place",
    "waiting": "Annotations waiting for their issue",
    "waiting_source": "Issue file sha256:{digest}",
    "elsewhere": "{place} in “{title}”",
    "outside": "a paragraph outside any article",
    "ev_duplicate": "copy of {place} ({relation}, {chars} characters)",
    "ev_broken": "joins {place}: {preview}",
    "ev_column_run": "{lines} lines of about {width} characters",
    "ev_doubled": "{context} → {suggest}",
    "ev_fragment": "stray fragment: {reason}",
    "ev_truncated": "starts mid-sentence: {reason}",
    "ev_furniture": "page furniture",
    "ev_caption": "picture caption",
    # scopes
    "scope_library": "the whole library",
    "scope_parts": "{parts}",
    "scope_articles": "{count} articles",
    "scope_issues": "{count} issues",
    "scope_tags": "tagged {tags}",
    "scope_search": "{count} search results",
}

_ZH: dict[str, str] = {
    "notes_title": "校读笔记",
    "field": "{name}：{value}",
    "scope": "范围：{scope}",
    "no_notes": "此范围内没有可导出的内容：没有批注，也没有已确认的标记。",
    "unknown_publication": "未注明报刊",
    "no_date": "未注明日期",
    "source": "来源文件：{name}",
    "kicker": "肩题",
    "subtitle": "副题",
    "byline": "署名",
    "column": "栏目",
    "status": "状态",
    "tags": "标签",
    "paragraph": "¶{number}",  # as the reader shows it, in Chinese too
    "not_placed": "未定位",
    "correction": "更正",
    "deletion": "（删去所引文字）",
    "note": "备注",
    "times": "创建于 {created} · 修改于 {modified}",
    "confirmed_flags": "已确认的标记",
    "orphans": "已失去位置的批注（孤立批注）",
    "waiting": "等待其报刊文件导入的批注",
    "waiting_source": "报刊文件 sha256:{digest}",
    "elsewhere": "“{title}”{place}",
    "outside": "不属于任何文章的段落",
    "ev_duplicate": "与{place}重复（{relation}，{chars}字）",
    "ev_broken": "应与{place}连接：{preview}",
    "ev_column_run": "共{lines}行，每行约{width}字",
    "ev_doubled": "{context} → {suggest}",
    "ev_fragment": "残片：{reason}",
    "ev_truncated": "开头残缺：{reason}",
    "ev_furniture": "版面杂项",
    "ev_caption": "图片说明",
    "scope_library": "整个文库",
    "scope_parts": "{parts}",
    "scope_articles": "{count}篇文章",
    "scope_issues": "{count}期报刊",
    "scope_tags": "带有标签 {tags} 的文章",
    "scope_search": "{count}条搜索结果",
}

_NAMES_EN = {
    "category": {"ocr_error": "OCR error", "note": "Note", "important": "Important",
                 "question": "Question"},
    "status": {"not_proofread": "not proofread", "problematic": "problematic",
               "proofread": "proofread", "validated": "validated"},
    "kind": {"duplicate": "duplicate", "column_run": "column run", "broken": "broken",
             "fragment": "fragment", "truncated": "truncated", "doubled": "doubled",
             "furniture": "furniture", "caption": "caption"},
    "relation": {"identical": "identical", "contains": "contains it", "contained": "inside it",
                 "overlap": "overlapping"},
}  # fmt: skip

_NAMES_ZH = {
    "category": {"ocr_error": "识别错误", "note": "备注", "important": "重要", "question": "存疑"},
    "status": {"not_proofread": "未校对", "problematic": "有问题", "proofread": "已校对",
               "validated": "已审定"},
    "kind": {"duplicate": "重复段落", "column_run": "分栏碎行", "broken": "断段",
             "fragment": "残片", "truncated": "开头残缺", "doubled": "叠字",
             "furniture": "版面杂项", "caption": "图片说明"},
    "relation": {"identical": "完全相同", "contains": "包含对方", "contained": "被对方包含",
                 "overlap": "部分重叠"},
}  # fmt: skip

# The table's header row: the column names are fixed in English for scripts; the
# Chinese file gives people Chinese names in the same order.
CSV_COLUMNS = (
    "publication", "date", "page", "issue", "article", "paragraph", "category", "quote",
    "correction", "note", "tags", "status", "created", "modified",
)  # fmt: skip
_CSV_ZH = (
    "报刊", "日期", "版面", "期次文件", "文章", "段落", "类别", "引文", "更正", "备注", "标签",
    "状态", "创建时间", "修改时间",
)  # fmt: skip


@dataclass(frozen=True)
class Labels:
    """One language's words for an export."""

    language: str
    texts: Mapping[str, str]
    names: Mapping[str, Mapping[str, str]]
    csv_header: tuple[str, ...]

    def text(self, key: str, **values: object) -> str:
        template = self.texts.get(key) or _EN[key]
        return template.format(**values) if values else template

    def name(self, group: str, code: str) -> str:
        """The word for a stored code (category, status, kind, relation); else the code."""
        return self.names.get(group, {}).get(code, code)


def _labels(language: str, texts: dict, names: dict, header: tuple[str, ...]) -> Labels:
    frozen = {group: MappingProxyType(table) for group, table in names.items()}
    return Labels(language, MappingProxyType(texts), MappingProxyType(frozen), header)


LABELS = {
    ENGLISH: _labels(ENGLISH, _EN, _NAMES_EN, CSV_COLUMNS),
    CHINESE: _labels(CHINESE, _ZH, _NAMES_ZH, _CSV_ZH),
}
LANGUAGES = tuple(LABELS)


def labels_for(language: str | None) -> Labels:
    """The labels of `language` (`en`, `zh_CN`, or any `zh…`); English otherwise."""
    if language and language.lower().replace("-", "_").startswith("zh"):
        return LABELS[CHINESE]
    return LABELS[ENGLISH]
