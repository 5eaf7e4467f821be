"""Office Open XML (Word, PowerPoint) and OpenDocument (text, presentation) files: their text
(a presentation's slides and speaker notes, a page each) and their properties, parsed safely."""

from __future__ import annotations

import re
import zipfile
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
#: OpenOffice.org 1.x's own namespaces (.sxw, .sxc…), before OpenDocument took their place.
_TEXT_1 = "{http://openoffice.org/2000/text}"
_META_1 = "{http://openoffice.org/2000/meta}"
_OFFICE = "{urn:oasis:names:tc:opendocument:xmlns:office:1.0}"


def parse_xml(data: bytes, what: str):
    try:
        return ElementTree.fromstring(data)
    except (ElementTree.ParseError, DefusedXmlException, ValueError) as error:
        raise ExtractionError(f"refused or damaged {what}: {one_line(error)}") from error


_A = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
_DRAW = "{urn:oasis:names:tc:opendocument:xmlns:drawing:1.0}"


#: The parts of a Word document beside its body whose words are its own, in the order they are
#: read after it: what the footnotes and endnotes say, the headers and footers, the comments.
DOCX_PARTS = (
    r"word/footnotes\.xml",
    r"word/endnotes\.xml",
    r"word/header\d*\.xml",
    r"word/footer\d*\.xml",
    r"word/comments\.xml",
)


def extract_docx(path: Path, options: ExtractOptions | None = None) -> Extraction:
    """The body's paragraphs, then the footnotes, endnotes, headers, footers and comments (each
    part's text after the body's, a header repeated on every page once)."""
    result = Extraction()
    with open_zip(path) as archive:
        document = parse_xml(read_member(archive, "word/document.xml"), "document.xml")
        texts = [_word_text(document)]
        names = sorted(archive.namelist())
        for pattern in DOCX_PARTS:
            for name in (name for name in names if re.fullmatch(pattern, name)):
                texts.append(_word_text(parse_xml(read_member(archive, name), name)))
        read_package_properties(archive, result)
    result.pages = ["\n".join(dict.fromkeys(text for text in texts if text))]
    result.add("type", "Text", "format")
    return result


def _word_text(root) -> str:
    """The paragraphs of a WordprocessingML part, each a line (tabs and breaks kept)."""
    paragraphs = []
    for paragraph in root.iter(f"{_W}p"):
        pieces = []
        for node in paragraph.iter():
            if node.tag == f"{_W}t" and node.text:
                pieces.append(node.text)
            elif node.tag == f"{_W}tab":
                pieces.append("\t")
            elif node.tag in (f"{_W}br", f"{_W}cr"):
                pieces.append("\n")
        paragraphs.append("".join(pieces))
    return "\n".join(p for p in paragraphs if p.strip())


def extract_pptx(path: Path, options: ExtractOptions | None = None) -> Extraction:
    """A page per slide: its text, then its speaker notes."""
    result = Extraction()
    with open_zip(path) as archive:
        names = set(archive.namelist())
        slides = sorted((name for name in names if re.fullmatch(r"ppt/slides/slide\d+\.xml", name)), key=_number)
        for slide in slides:
            texts = [_drawing_text(parse_xml(read_member(archive, slide), slide))]
            notes = f"ppt/notesSlides/notesSlide{_number(slide)}.xml"  # numbered as its slide in PowerPoint's files
            rels = f"ppt/slides/_rels/{slide.rsplit('/', 1)[1]}.rels"
            if rels in names:
                linked = re.search(rb'Target="\.\./notesSlides/(notesSlide\d+\.xml)"', read_member(archive, rels))
                notes = f"ppt/notesSlides/{linked.group(1).decode()}" if linked else ""
            if notes in names:
                texts.append(_drawing_text(parse_xml(read_member(archive, notes), notes)))
            result.pages.append("\n\n".join(text for text in texts if text))
        read_package_properties(archive, result)
    result.add("type", "InteractiveResource", "format")
    return result


def extract_odt(path: Path, options: ExtractOptions | None = None) -> Extraction:
    result = Extraction()
    with open_zip(path) as archive:
        content = parse_xml(read_member(archive, "content.xml"), "content.xml")
        read_package_properties(archive, result)
    body = content.find(f"{_OFFICE}body")
    result.pages = [odf_text(body if body is not None else content)]
    result.add("type", "Text", "format")
    return result


def extract_odp(path: Path, options: ExtractOptions | None = None) -> Extraction:
    """A page per slide (draw:page), its notes with it."""
    result = Extraction()
    with open_zip(path) as archive:
        content = parse_xml(read_member(archive, "content.xml"), "content.xml")
        read_package_properties(archive, result)
    result.pages = [odf_text(page) for page in content.iter(f"{_DRAW}page")]
    result.add("type", "InteractiveResource", "format")
    return result


def read_package_properties(archive: zipfile.ZipFile, result: Extraction) -> None:
    """Title, creators, description, subjects, language and dates from an open Office Open XML
    package's docProps/core.xml or an OpenDocument's meta.xml."""
    names = set(archive.namelist())
    if "docProps/core.xml" in names:
        _read_core(
            parse_xml(read_member(archive, "docProps/core.xml"), "core.xml"),
            result,
            creator_tags=(f"{_DC}creator",),
            created_tag=f"{_DCTERMS}created",
            modified_tag=f"{_DCTERMS}modified",
            keywords_tag=f"{_CP}keywords",
            source="office-core",
        )
    elif "meta.xml" in names:
        read_core_meta(parse_xml(read_member(archive, "meta.xml"), "meta.xml"), result)


def read_core_meta(root, result: Extraction) -> None:
    """An OpenDocument's metadata (meta.xml, or a flat document's office:meta): OpenOffice 1.x's
    own namespace read as today's."""
    _read_core(
        root,
        result,
        creator_tags=(f"{_DC}creator", f"{_META}initial-creator", f"{_META_1}initial-creator"),
        created_tag=(f"{_META}creation-date", f"{_META_1}creation-date"),
        modified_tag=f"{_DC}date",
        keywords_tag=(f"{_META}keyword", f"{_META_1}keyword"),
        source="odf-meta",
    )


def odf_text(root) -> str:
    """The paragraphs and headings of an OpenDocument (or OpenOffice 1.x) body, a line each."""
    paragraphs = (f"{_TEXT}p", f"{_TEXT}h", f"{_TEXT_1}p", f"{_TEXT_1}h")
    blocks = ["".join(node.itertext()) for node in root.iter() if node.tag in paragraphs]
    return "\n".join(block for block in blocks if block.strip())


def _drawing_text(root) -> str:
    """The text of a slide or its notes: each paragraph (a:p) a line."""
    lines = ["".join(node.text or "" for node in paragraph.iter(f"{_A}t")) for paragraph in root.iter(f"{_A}p")]
    return "\n".join(line for line in lines if line.strip())


def _number(name: str) -> int:
    """The number of a part named with one (slide12.xml: 12)."""
    numbered = re.search(r"(\d+)\.xml$", name)
    assert numbered is not None, name  # chosen for its number
    return int(numbered.group(1))


def _read_core(root, result: Extraction, *, creator_tags, created_tag, modified_tag, keywords_tag, source) -> None:
    """``*_tag``: a tag, or the tags (of several versions of a format) it may be found under."""

    def first(tags: str | tuple[str, ...]) -> str | None:
        for tag in (tags,) if isinstance(tags, str) else tags:
            node = root.find(f".//{tag}")
            if node is not None and node.text and node.text.strip():
                return node.text.strip()
        return None

    result.add("title", first(f"{_DC}title"), source)
    for tag in creator_tags:
        result.add_creators(first(tag), source)
    result.add("description", first(f"{_DC}description"), source)
    keyword_tags = (keywords_tag,) if isinstance(keywords_tag, str) else keywords_tag
    keywords = [node.text for node in root.iter() if node.tag in keyword_tags and node.text]
    subjects = split_list(first(f"{_DC}subject")) + [k for text in keywords for k in split_list(text)]
    result.add("subjects", subjects, source)
    language = first(f"{_DC}language")
    result.add("language", language_code(language), source)
    result.add("created", first(created_tag), source)
    result.add("content_modified", first(modified_tag), source)
    result.add("date", parse_loose_date(date_part(result.fields.get("created"))), source)
