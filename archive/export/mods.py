"""MODS 3.8 for library catalogues and digital repositories (Islandora, Samvera, the Library of
Congress's own tools): one `mods` record per item in a `modsCollection`."""

from __future__ import annotations

from datetime import date
from typing import IO, Iterable

from lxml import etree

from ..access import restriction
from ..collection_record import CollectionRecord
from ..member_paths import SEPARATOR, member_name
from ..model import Record
from ..names import authority_source
from .mapping import CHECKSUM_URN, Date, item_uri, language_code, language_name, name_parts, title_of
from .xml_records import XLINK, XSI, add, write_elements

MODS = "http://www.loc.gov/mods/v3"
VERSION = "3.8"
#: DCMI type → MODS typeOfResource.
RESOURCE_TYPES = {
    "Text": "text",
    "StillImage": "still image",
    "Image": "still image",
    "MovingImage": "moving image",
    "Sound": "sound recording",
    "Dataset": "software, multimedia",
    "Software": "software, multimedia",
    "InteractiveResource": "software, multimedia",
    "Collection": "mixed material",
    "PhysicalObject": "three dimensional object",
}


def _m(tag: str) -> str:
    return f"{{{MODS}}}{tag}"


def mods_record(record: Record, about: CollectionRecord) -> etree._Element:
    """The record as one `mods` element."""
    mods = etree.Element(_m("mods"), {"version": VERSION}, nsmap={None: MODS})
    add(add(mods, _m("titleInfo")), _m("title"), title_of(record))
    for person, role in [(creator, "creator") for creator in record.creators] + [
        (recipient, "addressee") for recipient in record.recipients
    ]:
        family, given = name_parts(person)
        uri = about.authorities.get(person)
        known = {"authority": authority_source(uri), "valueURI": uri} if uri else {}
        name = add(mods, _m("name"), type="personal" if given else "corporate", **known)
        if given:
            add(name, _m("namePart"), family, type="family")
            add(name, _m("namePart"), given, type="given")
        else:
            add(name, _m("namePart"), family)
        add(add(name, _m("role")), _m("roleTerm"), role, type="text", authority="marcrelator")
    if record.type in RESOURCE_TYPES:
        add(mods, _m("typeOfResource"), RESOURCE_TYPES[record.type])
    when = Date.parse(record.date)
    if record.publisher or when:
        origin = add(mods, _m("originInfo"))
        if record.publisher:
            add(origin, _m("publisher"), record.publisher)
        end = Date.parse(record.date.partition("/")[2]) if record.date else None
        if when and end:  # a range: its start and its end
            add(origin, _m("dateCreated"), when.iso, encoding="w3cdtf", keyDate="yes", point="start")
            add(origin, _m("dateCreated"), end.iso, encoding="w3cdtf", point="end")
        elif when:
            add(origin, _m("dateCreated"), when.iso, encoding="w3cdtf", keyDate="yes")
    code = language_code(record.language)
    if code:
        language = add(mods, _m("language"))
        add(language, _m("languageTerm"), code, type="code", authority="iso639-2b")
        if language_name(record.language):
            add(language, _m("languageTerm"), language_name(record.language), type="text")
    physical = add(mods, _m("physicalDescription"))
    if record.format:
        add(physical, _m("internetMediaType"), record.format)
    if record.pages:
        add(physical, _m("extent"), f"{record.pages} page{'s' if record.pages != 1 else ''}")
    add(physical, _m("digitalOrigin"), "reformatted digital" if record.ocr else "born digital")
    if record.description:
        add(mods, _m("abstract"), record.description)
    for subject in record.subjects:
        add(add(mods, _m("subject")), _m("topic"), subject)
    if record.transcription:
        add(mods, _m("note"), record.transcription, type="transcription")
    for number, part in enumerate(record.parts, start=1):  # an item of several files (groups.py)
        constituent = add(mods, _m("relatedItem"), type="constituent", displayLabel=f"Part {number}")
        add(add(constituent, _m("location")), _m("url"), item_uri(part))
    if record.source:  # the newspaper a clipping is from, the series a report belongs to
        add(add(add(mods, _m("relatedItem"), type="host"), _m("titleInfo")), _m("title"), record.source)
    if SEPARATOR in record.path:  # the file it is inside: a message's mailbox, a member's zip
        container = record.path.rsplit(SEPARATOR, 1)[0]
        host = add(mods, _m("relatedItem"), type="host", displayLabel="Container")
        add(add(host, _m("titleInfo")), _m("title"), member_name(container) if SEPARATOR in container else container)
        add(add(host, _m("location")), _m("url"), item_uri(container))
    collection = add(mods, _m("relatedItem"), type="host", displayLabel="Collection")
    add(add(collection, _m("titleInfo")), _m("title"), about.shown_title)
    if about.identifier:
        add(collection, _m("identifier"), about.identifier, type="local")
    if record.identifier:
        add(mods, _m("identifier"), record.identifier)
    add(mods, _m("identifier"), record.path, type="local")
    if record.sha256:
        add(mods, _m("identifier"), CHECKSUM_URN + record.sha256, type="uri")
    add(add(mods, _m("location")), _m("url"), item_uri(record.path), access="raw object")
    if record.rights:
        add(mods, _m("accessCondition"), record.rights, type="use and reproduction")
    if restriction(record):
        add(mods, _m("accessCondition"), restriction(record), type="restriction on access")
    info = add(mods, _m("recordInfo"))
    add(info, _m("recordContentSource"), about.repository or about.shown_title)
    add(info, _m("recordCreationDate"), date.today().isoformat(), encoding="w3cdtf")
    return mods


def write_mods(records: Iterable[Record], out: IO[str], about: CollectionRecord) -> int:
    collection = etree.Element(_m("modsCollection"), nsmap={None: MODS, "xlink": XLINK, "xsi": XSI})
    collection.set(f"{{{XSI}}}schemaLocation", f"{MODS} http://www.loc.gov/standards/mods/v3/mods-3-8.xsd")
    return write_elements(out, collection, (mods_record(record, about) for record in records))
