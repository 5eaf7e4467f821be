"""XMP packets (in PDFs and images) → record fields, parsed with defusedxml."""

from __future__ import annotations

from defusedxml import ElementTree
from defusedxml.common import DefusedXmlException

from .base import Extraction, language_code
from .dates import parse_loose_date

_NS = {
    "dc": "http://purl.org/dc/elements/1.1/",
    "xmp": "http://ns.adobe.com/xap/1.0/",
    "pdf": "http://ns.adobe.com/pdf/1.3/",
    "photoshop": "http://ns.adobe.com/photoshop/1.0/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#",
}
MAX_XMP_BYTES = 4 * 1024 * 1024


def read_xmp(packet: bytes | str | None, result: Extraction) -> None:
    """Add what the XMP packet says to ``result``; a broken packet only adds a warning."""
    if not packet:
        return
    if isinstance(packet, str):
        packet = packet.encode("utf-8", errors="replace")
    if len(packet) > MAX_XMP_BYTES:
        result.warnings.append("XMP metadata too large; ignored")
        return
    packet = packet.strip(b"\x00 \r\n\t")
    try:
        root = ElementTree.fromstring(packet)
    except (ElementTree.ParseError, DefusedXmlException, ValueError) as error:
        result.warnings.append(f"unreadable XMP metadata: {str(error).splitlines()[0]}")
        return
    values = {
        name: _values(root, name)
        for name in (
            "dc:title",
            "dc:creator",
            "dc:subject",
            "dc:description",
            "dc:rights",
            "dc:date",
            "dc:publisher",
            "dc:language",
            "dc:identifier",
            "pdf:Keywords",
            "pdf:Producer",
            "xmp:CreatorTool",
            "xmp:CreateDate",
            "photoshop:DateCreated",
        )
    }
    first = {name: found[0] if found else None for name, found in values.items()}
    result.add("title", first["dc:title"], "xmp")
    result.add_creators(values["dc:creator"], "xmp")
    subjects = values["dc:subject"] or [k.strip() for k in (first["pdf:Keywords"] or "").split(",")]
    result.add("subjects", subjects, "xmp")
    result.add("description", first["dc:description"], "xmp")
    result.add("rights", first["dc:rights"], "xmp")
    result.add("publisher", first["dc:publisher"], "xmp")
    result.add("language", language_code(first["dc:language"]), "xmp")
    result.add("identifier", first["dc:identifier"], "xmp")
    result.add("date", parse_loose_date(first["dc:date"] or first["photoshop:DateCreated"]), "xmp")
    result.add("producer", first["pdf:Producer"], "xmp")
    result.add("creator_tool", first["xmp:CreatorTool"], "xmp")
    result.add("created", first["xmp:CreateDate"], "xmp")


def _values(root, qualified: str) -> list[str]:
    """Every value of a property, whether written as an element, an rdf:Alt/Seq/Bag or an attribute."""
    prefix, local = qualified.split(":")
    tag = f"{{{_NS[prefix]}}}{local}"
    found: list[str] = []
    for description in root.iter(f"{{{_NS['rdf']}}}Description"):
        if tag in description.attrib:
            found.append(description.attrib[tag])
    for element in root.iter(tag):
        items = list(element.iter(f"{{{_NS['rdf']}}}li"))
        if items:
            found.extend(item.text or "" for item in items)
        elif element.text and element.text.strip():
            found.append(element.text)
    return [value.strip() for value in found if value and value.strip()]
