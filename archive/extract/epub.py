"""EPUB: the OPF package's Dublin Core metadata and the text of its spine, in reading order."""

from __future__ import annotations

import posixpath
from pathlib import Path

from .base import ExtractOptions, Extraction, language_code, ExtractionError
from .dates import date_part, parse_loose_date
from .html import decode_html, parse_html
from .office import parse_xml
from .ziputil import open_zip, read_member

_CONTAINER = "{urn:oasis:names:tc:opendocument:xmlns:container}"
_OPF = "{http://www.idpf.org/2007/opf}"
_DC = "{http://purl.org/dc/elements/1.1/}"
MAX_TEXT_CHARS = 64 * 1024 * 1024


def extract_epub(path: Path, options: ExtractOptions | None = None) -> Extraction:
    result = Extraction()
    with open_zip(path) as archive:
        container = parse_xml(read_member(archive, "META-INF/container.xml"), "container.xml")
        rootfile = container.find(f".//{_CONTAINER}rootfile")
        if rootfile is None or not rootfile.get("full-path"):
            raise ExtractionError("damaged EPUB: no package document named in container.xml")
        opf_path = rootfile.get("full-path")
        package = parse_xml(read_member(archive, opf_path), "package document")
        _read_metadata(package, result)
        chapters: list[str] = []
        size = 0
        names = set(archive.namelist())
        for href in _spine(package):
            member = posixpath.normpath(posixpath.join(posixpath.dirname(opf_path), href))
            if member not in names:
                result.warnings.append(f"missing chapter {member}")
                continue
            text = parse_html(decode_html(read_member(archive, member))).text
            size += len(text)
            if size > MAX_TEXT_CHARS:
                result.warnings.append("text truncated: the book is larger than the text limit")
                break
            chapters.append(text)
    result.pages = ["\n\n".join(chapters)]
    result.add("type", "Text", "format")
    return result


def _spine(package) -> list[str]:
    manifest = {
        item.get("id"): item.get("href") for item in package.iter(f"{_OPF}item") if item.get("id") and item.get("href")
    }
    return [manifest[ref.get("idref")] for ref in package.iter(f"{_OPF}itemref") if ref.get("idref") in manifest]


def _read_metadata(package, result: Extraction) -> None:
    def values(name: str) -> list[str]:
        return [node.text.strip() for node in package.iter(f"{_DC}{name}") if node.text and node.text.strip()]

    def first(name: str) -> str | None:
        found = values(name)
        return found[0] if found else None

    result.add("title", first("title"), "epub-opf")
    result.add_creators(values("creator"), "epub-opf")
    result.add("publisher", first("publisher"), "epub-opf")
    result.add("subjects", values("subject"), "epub-opf")
    result.add("description", first("description"), "epub-opf")
    result.add("rights", first("rights"), "epub-opf")
    result.add("identifier", first("identifier"), "epub-opf")
    result.add("date", parse_loose_date(date_part(first("date"))), "epub-opf")
    language = first("language")
    result.add("language", language_code(language), "epub-opf")
