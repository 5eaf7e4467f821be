"""XML, parsed safely (defusedxml: no entities, no outside files) and within a size: an EAD finding
aid (its title, dates and creators), a TEI text (its title statement and publication date), SVG
(its title and description), MARCXML catalogue records (title, names, date, subjects), a
FictionBook ebook (its title-info), a flat OpenDocument (.fodt: its body and metadata), KML and
GPX (names and descriptions), and any other XML (its text; its root element named in the record's
warnings, so that a person knows what kind of XML it is)."""

from __future__ import annotations

from pathlib import Path

from .base import ExtractOptions, Extraction, ExtractionError
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
    elif root.tag in (f"{{{MARC}}}collection", f"{{{MARC}}}record"):
        _marc_records(root, result)
    elif kind == "FictionBook":
        _fiction_book(root, result)
    elif root.tag == f"{{{ODF_OFFICE}}}document":
        _flat_open_document(root, result)
    elif kind in ("kml", "gpx"):
        _places(root, kind, result)
    else:
        result.warn(f"XML whose root element is <{kind}>")
    result.add("type", "Text", "format")
    return result


def extract_marc(path: Path, options: ExtractOptions | None = None) -> Extraction:
    """Binary MARC 21 records (ISO 2709), read by pymarc and described as MARCXML is."""
    import pymarc

    result = Extraction()
    with path.open("rb") as handle:
        reader = pymarc.MARCReader(handle, to_unicode=True, force_utf8=False, utf8_handling="replace")
        records = [record for record in reader if record is not None]
    if not records:
        raise ExtractionError("no MARC record could be read")
    collection = parse_xml(
        b"<collection xmlns='"
        + MARC.encode()
        + b"'>"
        + b"".join(pymarc.record_to_xml(r) for r in records)
        + b"</collection>",
        "MARC",
    )
    result.pages = ["\n".join(text.strip() for text in collection.itertext() if text.strip())]
    _marc_records(collection, result)
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
        ends = [parse_loose_date(end) for end in (date.get("normal") or "").split("/")[:2]]
        whole = "/".join(end for end in ends if end) if all(ends) else None  # a range kept whole: 1920/1991
        result.add("date", whole or parse_loose_date(_text(date)), "ead")
    result.add("date", _structured_date(root), "ead")
    result.add("publisher", _first(root, "repository") or _first(root, "publisher"), "ead")
    result.add("identifier", _first(root, "unitid") or _first(root, "eadid"), "ead")
    result.add("type", "Collection", "format")


#: The MARC 21 XML schema's namespace (MARCXML), the OpenDocument office namespace.
MARC = "http://www.loc.gov/MARC21/slim"
ODF_OFFICE = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"


def _marc_records(root, result: Extraction) -> None:
    """Catalogue records: one record's 245 title, 100/110/700/710 names, 260/264 date, 520
    summary and 650 subjects; a file of several is titled by how many, its text every record's."""
    records = [element for element in root.iter(f"{{{MARC}}}record")]
    result.add("type", "Dataset" if len(records) > 1 else "Text", "format")
    if len(records) != 1:
        result.add("title", f"{len(records)} catalogue records" if records else None, "marc")
        return
    record = records[0]

    def subfields(tags: tuple[str, ...], codes: str) -> list[str]:
        found = []
        for field in record.iter(f"{{{MARC}}}datafield"):
            if field.get("tag") in tags:
                parts = [_text(sub) for sub in field.iter(f"{{{MARC}}}subfield") if sub.get("code") in codes]
                found.append(" ".join(part for part in parts if part).strip(" /:;,."))
        return [value for value in found if value]

    result.add("title", next(iter(subfields(("245",), "abnp")), None), "marc")
    result.add_creators(subfields(("100", "110", "700", "710"), "a") or None, "marc")
    dates = subfields(("264", "260"), "c")
    result.add("date", parse_loose_date(dates[0].strip("[]c©")) if dates else None, "marc")
    result.add("description", next(iter(subfields(("520",), "a")), None), "marc")
    result.add("subjects", subfields(("650", "600", "610", "651"), "a") or None, "marc")
    result.add("publisher", next(iter(subfields(("264", "260"), "b")), None), "marc")


def _fiction_book(root, result: Extraction) -> None:
    """FictionBook 2 (.fb2, the Russian-speaking world's ebook): its title-info."""
    info = next((element for element in root.iter() if _local(element.tag) == "title-info"), None)
    if info is None:
        return
    result.add("title", _first(info, "book-title"), "fb2")
    authors = [
        " ".join(_text(part) for part in author if _local(part.tag) in ("first-name", "middle-name", "last-name"))
        for author in info
        if _local(author.tag) == "author"
    ]
    result.add_creators([author for author in authors if author] or None, "fb2")
    date = next((element for element in info if _local(element.tag) == "date"), None)
    if date is not None:
        result.add("date", parse_loose_date(date.get("value") or _text(date)), "fb2")
    result.add("language", _first(info, "lang"), "fb2")
    result.add("description", _first(info, "annotation"), "fb2")
    result.add("subjects", [_text(genre) for genre in info if _local(genre.tag) == "genre"] or None, "fb2")


def _flat_open_document(root, result: Extraction) -> None:
    """A flat OpenDocument (.fodt, .fods, .fodp): the body's text and the metadata, as in a zipped one."""
    from .office import odf_text, read_core_meta

    body = root.find(f"{{{ODF_OFFICE}}}body")
    result.pages = [odf_text(body if body is not None else root)]
    meta = root.find(f"{{{ODF_OFFICE}}}meta")
    if meta is not None:
        read_core_meta(meta, result)


def _places(root, kind: str, result: Extraction) -> None:
    """KML and GPX: the places' and tracks' names and descriptions (KML's are often HTML)."""
    from .mail import html_text

    descriptions = [element for element in root.iter() if _local(element.tag) in ("description", "desc")]
    names = [_text(element) for element in root.iter() if _local(element.tag) == "name"]
    texts = [html_text(_text(element)) for element in descriptions]
    result.pages = ["\n".join(filter(None, [*names, *texts]))]
    result.add("title", names[0] if names else None, kind)
    result.add("description", next(iter(filter(None, texts)), None), kind)
    result.add("type", "Dataset", "format")


def _structured_date(root) -> str | None:
    """EAD3's date: a unitdatestructured's datesingle, or its daterange (fromdate, todate) whole."""
    structured = next((element for element in root.iter() if _local(element.tag) == "unitdatestructured"), None)
    if structured is None:
        return None
    ends = {
        _local(element.tag): parse_loose_date(element.get("standarddate") or _text(element))
        for element in structured.iter()
        if _local(element.tag) in ("datesingle", "fromdate", "todate")
    }
    if ends.get("fromdate") and ends.get("todate"):
        return f"{ends['fromdate']}/{ends['todate']}"
    return ends.get("datesingle") or ends.get("fromdate") or ends.get("todate")


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
