"""Saved web pages: visible text, <title>, author/description/keywords/date, Open Graph and DC.* metas."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from lxml import etree
from lxml import html as lxml_html

from .base import ExtractOptions, Extraction, language_code, split_list
from .dates import date_part, parse_loose_date
from .decode import decode_text

MAX_HTML_BYTES = 64 * 1024 * 1024
_INVISIBLE = "//script|//style|//noscript|//template|//svg|//head"
_BLOCK = (
    "p",
    "div",
    "br",
    "li",
    "tr",
    "td",
    "th",
    "h1",
    "h2",
    "h3",
    "h4",
    "h5",
    "h6",
    "section",
    "article",
    "header",
    "footer",
    "blockquote",
    "pre",
    "dt",
    "dd",
    "table",
    "ul",
    "ol",
    "hr",
    "title",
)
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?([A-Za-z0-9_\-]+)", re.IGNORECASE)
_XML_DECLARATION = re.compile(r"^\s*<\?xml[^>]*\?>")
#: libxml2's HTML parser (C, about seven times faster than html.parser here); never fetches
#: anything, and refuses absurdly deep trees.
_PARSER = lxml_html.HTMLParser(remove_comments=True, remove_pis=True, no_network=True)


@dataclass
class Page:
    """What a web page says about itself, and its visible text."""

    text: str = ""
    title: str = ""
    meta: dict[str, str] = field(default_factory=dict)
    lang: str | None = None
    canonical: str | None = None
    heading: str = ""  #: the first <h1>, for a page whose <title> is empty or generic


def parse_html(markup: str) -> Page:
    markup = _XML_DECLARATION.sub("", markup, count=1)  # XHTML (EPUB): lxml wants no encoding declaration in a str
    if not markup.strip():
        return Page()
    try:
        root = lxml_html.document_fromstring(markup, parser=_PARSER)
    except (etree.ParserError, ValueError):
        return Page()
    meta: dict[str, str] = {}
    for element in root.iter("meta"):
        key = (element.get("name") or element.get("property") or "").strip().lower()
        if key and element.get("content") is not None:
            meta.setdefault(key, element.get("content"))
    canonical = next(
        (link.get("href") for link in root.iter("link") if "canonical" in (link.get("rel") or "").lower().split()), None
    )
    title = " ".join((root.findtext(".//title") or "").split())
    heading = next((" ".join(h1.text_content().split()) for h1 in root.iter("h1")), "")
    for hidden in root.xpath(_INVISIBLE):
        hidden.drop_tree()
    for block in root.iter(*_BLOCK):
        block.tail = "\n" + (block.tail or "")
    lines = (" ".join(line.split()) for line in root.text_content().split("\n"))
    return Page("\n".join(line for line in lines if line), title, meta, root.get("lang"), canonical, heading)


def decode_html(data: bytes) -> str:
    declared = _META_CHARSET.search(data[:4096])
    if declared:
        try:
            return data.decode(declared.group(1).decode("ascii"), errors="replace")
        except LookupError:
            pass
    return decode_text(data)[0]


def extract_html(path: Path, options: ExtractOptions | None = None) -> Extraction:
    with path.open("rb") as handle:
        data = handle.read(MAX_HTML_BYTES)
    page = parse_html(decode_html(data))
    result = Extraction(pages=[page.text])
    read_page_metadata(page, result)
    result.add("type", "Text", "format")
    return result


def read_page_metadata(page: Page, result: Extraction) -> None:
    meta = page.meta
    result.add("title", meta.get("dc.title") or meta.get("og:title") or page.title, "html-meta")
    result.add("title", page.heading, "html-h1")
    result.add_creators(meta.get("dc.creator") or meta.get("author") or meta.get("article:author"), "html-meta")
    raw_date = (
        meta.get("dc.date")
        or meta.get("date")
        or meta.get("article:published_time")
        or meta.get("dcterms.date")
        or meta.get("dc.date.issued")
    )
    result.add("date", parse_loose_date(date_part(raw_date)), "html-meta")
    result.add("publisher", meta.get("dc.publisher") or meta.get("og:site_name"), "html-meta")
    result.add(
        "description", meta.get("dc.description") or meta.get("description") or meta.get("og:description"), "html-meta"
    )
    result.add("subjects", split_list(meta.get("dc.subject") or meta.get("keywords")), "html-meta")
    result.add("rights", meta.get("dc.rights"), "html-meta")
    result.add("source", meta.get("dc.source"), "html-meta")
    result.add("identifier", meta.get("dc.identifier") or meta.get("og:url") or page.canonical, "html-meta")
    language = meta.get("dc.language") or page.lang
    result.add("language", language_code(language), "html-meta")
