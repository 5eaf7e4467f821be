"""Saved web pages: visible text, <title>, author/description/keywords/date, Open Graph and DC.* metas."""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

from .base import Extraction, language_code, split_creators, split_list
from .dates import date_part, parse_loose_date
from .decode import decode_text

MAX_HTML_BYTES = 64 * 1024 * 1024
_INVISIBLE = frozenset({"script", "style", "noscript", "template", "svg"})
_BLOCK = frozenset({
    "p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
    "header", "footer", "blockquote", "pre", "dt", "dd", "table", "ul", "ol", "hr", "title",
})
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", re.IGNORECASE)


class PageParser(HTMLParser):
    """Collects visible text, the <title>, <meta> pairs, <html lang> and the canonical link."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.chunks: list[str] = []
        self.title_chunks: list[str] = []
        self.meta: dict[str, str] = {}
        self.lang: str | None = None
        self.canonical: str | None = None
        self._hidden_depth = 0
        self._in_title = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        if tag == "html" and attributes.get("lang"):
            self.lang = attributes["lang"]
        elif tag == "meta":
            key = (attributes.get("name") or attributes.get("property") or "").strip().lower()
            if key and "content" in attributes:
                self.meta.setdefault(key, attributes["content"])
        elif tag == "link" and "canonical" in attributes.get("rel", "").lower().split():
            self.canonical = attributes.get("href")
        elif tag == "title":
            self._in_title = True
        if tag in _INVISIBLE:
            self._hidden_depth += 1
        elif tag in _BLOCK:
            self.chunks.append("\n")

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _INVISIBLE:  # a self-closed <script/> or <svg/> hides nothing
            self.handle_starttag(tag, attrs)

    def handle_endtag(self, tag: str) -> None:
        if tag == "title":
            self._in_title = False
        if tag in _INVISIBLE and self._hidden_depth:
            self._hidden_depth -= 1
        elif tag in _BLOCK:
            self.chunks.append("\n")

    def handle_data(self, data: str) -> None:
        if self._in_title:
            self.title_chunks.append(data)
        elif not self._hidden_depth:
            self.chunks.append(data)

    @property
    def text(self) -> str:
        lines = (" ".join(line.split()) for line in "".join(self.chunks).split("\n"))
        return "\n".join(line for line in lines if line)

    @property
    def title(self) -> str:
        return " ".join("".join(self.title_chunks).split())


def parse_html(markup: str) -> PageParser:
    parser = PageParser()
    parser.feed(markup)
    parser.close()
    return parser


def decode_html(data: bytes) -> str:
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    return decode_text(data)[0]


def extract_html(path: Path) -> Extraction:
    with path.open("rb") as handle:
        data = handle.read(MAX_HTML_BYTES)
    page = parse_html(decode_html(data))
    result = Extraction(pages=[page.text])
    read_page_metadata(page, result)
    result.add("type", "Text", "format")
    return result


def read_page_metadata(page: PageParser, result: Extraction) -> None:
    meta = page.meta
    result.add("title", meta.get("dc.title") or meta.get("og:title") or page.title, "html-meta")
    result.add("creators", split_creators(meta.get("dc.creator") or meta.get("author") or meta.get("article:author")), "html-meta")
    raw_date = (
        meta.get("dc.date") or meta.get("date") or meta.get("article:published_time")
        or meta.get("dcterms.date") or meta.get("dc.date.issued")
    )
    result.add("date", parse_loose_date(date_part(raw_date)), "html-meta")
    result.add("publisher", meta.get("dc.publisher") or meta.get("og:site_name"), "html-meta")
    result.add("description", meta.get("dc.description") or meta.get("description") or meta.get("og:description"), "html-meta")
    result.add("subjects", split_list(meta.get("dc.subject") or meta.get("keywords")), "html-meta")
    result.add("rights", meta.get("dc.rights"), "html-meta")
    result.add("source", meta.get("dc.source"), "html-meta")
    result.add("identifier", meta.get("dc.identifier") or meta.get("og:url") or page.canonical, "html-meta")
    language = meta.get("dc.language") or page.lang
    result.add("language", language_code(language), "html-meta")
