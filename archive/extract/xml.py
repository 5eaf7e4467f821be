"""XML, parsed safely (defusedxml: no entities, no outside files) and within a size: an EAD finding
aid (its title, dates and creators), a TEI text (its title statement and publication date), SVG
(its title and description), and any other XML (its text; its root element named in the
record's warnings, so that a person knows what kind of XML it is)."""

from __future__ import annotations

from pathlib import Path

from .base import ExtractOptions, Extraction
from .dates import parse_loose_date
from .office import parse_xml

MAX_XML_BYTES = 64 * 1024 * 1024


def extract_xml(path: Path, options: ExtractOptions | None = None) -> Extraction:
    result = Extraction()
    with path.open("rb") as handle:
        data = handle.read(MAX_XML_BYTES + 1)
    if len(data) > MAX_XML_BYTES:
        result.warn(f"larger than {MAX_XML_BYTES // 2**20} MB: only its name is catalogued")
        return result
    root = parse_xml(data, "XML")
    kind = _local(root.tag)
    result.pages = ["\n".join(text.strip() for text in root.itertext() if text.strip())]
    if kind == "ead":
        _finding_aid(root, result)
    elif kind == "TEI":
        _tei(root, result)
    elif kind == "svg":
        result.add("title", _first(root, "title"), "svg")
        result.add("description", _first(root, "desc"), "svg")
        result.add("type", "StillImage", "format")
    else:
        result.warn(f"XML whose root element is <{kind}>")
    result.add("type", "Text", "format")
    return result


def _finding_aid(root, result: Extraction) -> None:
    result.add("title", _first(root, "titleproper") or _first(root, "unittitle"), "ead")
    origination = [element for element in root.iter() if _local(element.tag) == "origination"]
    names = [
        _text(name)
        for element in origination
        for name in element.iter()
        if _local(name.tag) in ("persname", "corpname", "famname", "name")
    ]
    result.add_creators([name for name in names if name] or None, "ead")
    date = next((element for element in root.iter() if _local(element.tag) == "unitdate"), None)
    if date is not None:
        normal = (date.get("normal") or "").split("/")[0]
        result.add("date", parse_loose_date(normal) or parse_loose_date(_text(date)), "ead")
    result.add("publisher", _first(root, "repository") or _first(root, "publisher"), "ead")
    result.add("identifier", _first(root, "unitid") or _first(root, "eadid"), "ead")
    result.add("type", "Collection", "format")


def _tei(root, result: Extraction) -> None:
    statement = next((element for element in root.iter() if _local(element.tag) == "titleStmt"), None)
    if statement is not None:
        result.add("title", _first(statement, "title"), "tei")
        result.add_creators(
            [_text(element) for element in statement.iter() if _local(element.tag) == "author"] or None, "tei"
        )
    publication = next((element for element in root.iter() if _local(element.tag) == "publicationStmt"), None)
    if publication is not None:
        date = next((element for element in publication.iter() if _local(element.tag) == "date"), None)
        if date is not None:
            result.add("date", parse_loose_date(date.get("when") or _text(date)), "tei")
        result.add("publisher", _first(publication, "publisher"), "tei")


def _local(tag) -> str:
    return tag.rsplit("}", 1)[-1] if isinstance(tag, str) else ""


def _text(element) -> str:
    return " ".join(" ".join(element.itertext()).split())


def _first(root, name: str) -> str | None:
    found = next((element for element in root.iter() if _local(element.tag) == name), None)
    return (_text(found) or None) if found is not None else None
