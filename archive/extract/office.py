"""Word (DOCX) and OpenDocument (ODT) files: body text and core properties, parsed safely."""

from __future__ import annotations

from pathlib import Path

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from .base import ExtractOptions, Extraction, language_code, ExtractionError, one_line, split_list
from .dates import date_part, parse_loose_date
from .ziputil import open_zip, read_member

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
_DC = "{http://purl.org/dc/elements/1.1/}"
_DCTERMS = "{http://purl.org/dc/terms/}"
_CP = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}"
_TEXT = "{urn:oasis:names:tc:opendocument:xmlns:text:1.0}"
_META = "{urn:oasis:names:tc:opendocument:xmlns:meta:1.0}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def parse_xml(data: bytes, what: str):
    try:
        return ElementTree.fromstring(data)
    except (ElementTree.ParseError, DefusedXmlException, ValueError) as error:
        raise ExtractionError(f"refused or damaged {what}: {one_line(error)}") from error


def extract_docx(path: Path, options: ExtractOptions | None = None) -> Extraction:
    result = Extraction()
    with open_zip(path) as archive:
        document = parse_xml(read_member(archive, "word/document.xml"), "document.xml")
        names = set(archive.namelist())
        core = parse_xml(read_member(archive, "docProps/core.xml"), "core.xml") if "docProps/core.xml" in names else None
    paragraphs = []
    for paragraph in document.iter(f"{_W}p"):
        pieces = []
        for node in paragraph.iter():
            if node.tag == f"{_W}t" and node.text:
                pieces.append(node.text)
            elif node.tag == f"{_W}tab":
                pieces.append("\t")
            elif node.tag in (f"{_W}br", f"{_W}cr"):
                pieces.append("\n")
        paragraphs.append("".join(pieces))
    result.pages = ["\n".join(p for p in paragraphs if p.strip())]
    if core is not None:
        _read_core(core, result, creator_tags=(f"{_DC}creator",), created_tag=f"{_DCTERMS}created",
                   modified_tag=f"{_DCTERMS}modified", keywords_tag=f"{_CP}keywords", source="docx-core")
    result.add("type", "Text", "format")
    return result


def extract_odt(path: Path, options: ExtractOptions | None = None) -> Extraction:
    result = Extraction()
    with open_zip(path) as archive:
        content = parse_xml(read_member(archive, "content.xml"), "content.xml")
        names = set(archive.namelist())
        meta = parse_xml(read_member(archive, "meta.xml"), "meta.xml") if "meta.xml" in names else None
    body = content.find(f"{_OFFICE}body")
    blocks = []
    for node in (body if body is not None else content).iter():
        if node.tag in (f"{_TEXT}p", f"{_TEXT}h"):
            blocks.append("".join(node.itertext()))
    result.pages = ["\n".join(b for b in blocks if b.strip())]
    if meta is not None:
        _read_core(meta, result, creator_tags=(f"{_DC}creator", f"{_META}initial-creator"),
                   created_tag=f"{_META}creation-date", modified_tag=f"{_DC}date",
                   keywords_tag=f"{_META}keyword", source="odf-meta")
    result.add("type", "Text", "format")
    return result


def _read_core(root, result: Extraction, *, creator_tags, created_tag, modified_tag, keywords_tag, source) -> None:
    def first(tag: str) -> str | None:
        node = root.find(f".//{tag}")
        return node.text.strip() if node is not None and node.text and node.text.strip() else None

    result.add("title", first(f"{_DC}title"), source)
    for tag in creator_tags:
        result.add_creators(first(tag), source)
    result.add("description", first(f"{_DC}description"), source)
    keywords = [node.text for node in root.iter(keywords_tag) if node.text]
    subjects = split_list(first(f"{_DC}subject")) + [k for text in keywords for k in split_list(text)]
    result.add("subjects", subjects, source)
    language = first(f"{_DC}language")
    result.add("language", language_code(language), source)
    result.add("created", first(created_tag), source)
    result.add("content_modified", first(modified_tag), source)
    result.add("date", parse_loose_date(date_part(result.fields.get("created"))), source)
