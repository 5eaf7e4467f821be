"""MARC 21 bibliographic records for library catalogues (Koha, Alma, Evergreen, FOLIO, OCLC's
tools all load them), as ISO 2709 (`marc`) or MARCXML (`marcxml`), written with pymarc.

Fields: the leader (type of record from the item's type; bibliographic level `c` for a container
or collection, `a` for an item inside a file, else `m`; archival control; Unicode; minimal level,
non-ISBD) and 008 for its date and language; 001 a control number made from the collection and
the item's path, the same in every export, so that a reload matches; 005 when it was exported;
040 the cataloguing source; 041/546 language; 100/110 the first creator, 700/710 the others; 245
title, its second indicator skipping an initial article of the title's language; 264 publisher
and date; 300 extent; 520 description; 650 subjects; 500 source; 506 restriction; 540 rights; 773
the host: the file an item is inside (by its 001) and the collection; 856 the item's place in the
collection (a relative URI: no access method); 024 its checksum; a message's recipients as
700/710 addressees. No subfield holds a line break or a control character.
"""

from __future__ import annotations

import hashlib
from datetime import date, datetime
from typing import IO, Callable, Iterable, Iterator

from pymarc import Field, Indicators, Subfield
from pymarc import Record as MarcRecord

from ..access import restriction
from ..collection_record import CollectionRecord
from ..member_paths import SEPARATOR, member_name
from ..model import Record
from ..names import REAL_WORLD, authority_source
from .mapping import CHECKSUM_URN, Date, is_personal, item_uri, language_code, language_name, name_parts, title_of
from .xml_records import xml_text

#: DCMI type → the leader's type of record (position 6).
RECORD_TYPES = {
    "Text": "a",
    "StillImage": "k",
    "Image": "k",
    "Sound": "i",
    "MovingImage": "g",
    "Dataset": "m",
    "Software": "m",
    "InteractiveResource": "m",
    "Collection": "p",
    "PhysicalObject": "r",
}
#: Leader (24 positions): 05 new record, 06 type of record, 07 bibliographic level, 08 archival
#: control, 09 Unicode, 17 minimal level (7), 18 non-ISBD (blank), 19 no multipart level.
LEADER = "00000n{type}{level}aa22000007  4500"
#: 040's cataloguing source: the program, as no MARC organisation code is known.
CATALOGUING_SOURCE = "ArchiveViewer"
#: Initial articles a title may begin with, by the title's language: 245's second indicator
#: (nonfiling characters) skips them, as catalogues file 'The Harbour' under H.
ARTICLES = {
    "en": ("the ", "a ", "an "),
    "de": ("der ", "die ", "das ", "ein ", "eine "),
    "fr": ("le ", "la ", "les ", "l'", "l’", "un ", "une ", "du ", "des "),
    "es": ("el ", "la ", "los ", "las ", "un ", "una "),
    "it": ("il ", "lo ", "la ", "i ", "gli ", "le ", "l'", "l’", "un ", "uno ", "una "),
    "nl": ("de ", "het ", "een "),
}


def _field(tag: str, indicators: str, *subfields: tuple[str, str | None]) -> Field:
    """A data field; each subfield on one line, with nothing a catalogue could not show."""
    return Field(
        tag,
        Indicators(*indicators),
        [Subfield(code, xml_text(" ".join(str(value).split()))) for code, value in subfields if value],
    )


def control_number(about: CollectionRecord, path: str) -> str:
    """001: the item's control number, from the collection and its path (stable across exports)."""
    return "av" + hashlib.sha1(f"{about.name}\0{path}".encode("utf-8")).hexdigest()[:16]


def nonfiling(title: str, language: str | None) -> int:
    """How many characters of ``title`` an initial article of its language takes (0-9)."""
    lowered = title.lower()
    article = next((a for a in ARTICLES.get((language or "en")[:2], ()) if lowered.startswith(a)), "")
    return min(len(article), 9) if len(title) > len(article) else 0


def _level(record: Record) -> str:
    """Leader/07: a collection or container (a mailbox, a zip) `c`, an item inside one `a`, else `m`."""
    if record.type == "Collection":
        return "c"
    return "a" if SEPARATOR in record.path else "m"


def marc_record(record: Record, about: CollectionRecord) -> MarcRecord:
    """The record as a MARC 21 bibliographic record."""
    marc = MarcRecord(
        force_utf8=True, leader=LEADER.format(type=RECORD_TYPES.get(record.type or "", "a"), level=_level(record))
    )
    marc.add_field(Field("001", data=control_number(about, record.path)))
    marc.add_field(Field("005", data=datetime.now().strftime("%Y%m%d%H%M%S.0")))
    when = Date.parse(record.date)
    code = language_code(record.language)
    fixed = (
        date.today().strftime("%y%m%d")
        + ("s" + f"{when.year:04d}" + "    " if when else "nuuuuuuuu")
        + "xx "
        + "|" * 17
        + (code or "und")
        + " d"
    )
    marc.add_field(Field("008", data=fixed))
    if record.sha256:
        marc.add_field(_field("024", "7 ", ("a", CHECKSUM_URN + record.sha256), ("2", "uri")))
    marc.add_field(_field("040", "  ", ("a", CATALOGUING_SOURCE), ("b", "eng"), ("c", CATALOGUING_SOURCE)))
    if code:
        marc.add_field(_field("041", "  ", ("a", code)))
    for number, (person, role) in enumerate(
        [(creator, "creator") for creator in record.creators]
        + [(recipient, "addressee") for recipient in record.recipients]
    ):
        family, given = name_parts(person)
        personal = is_personal(person)
        tag = ("1" if number == 0 and role == "creator" else "7") + ("00" if personal else "10")
        uri = about.authorities.get(person)
        link = ("1" if authority_source(uri) in REAL_WORLD else "0") if uri else "0"  # $1 the person, $0 a record
        marc.add_field(
            _field(
                tag,
                ("1" if personal else "2") + " ",
                ("a", f"{family}, {given}" if personal else family),
                ("e", role),
                (link, uri),
            )
        )
    title = title_of(record)
    skip = nonfiling(title, record.language)
    marc.add_field(_field("245", ("1" if record.creators else "0") + str(skip), ("a", title)))
    if record.publisher or when:
        marc.add_field(
            _field(
                "264",
                " " + ("1" if record.publisher else "0"),
                ("b", record.publisher),
                ("c", when.iso if when else None),
            )
        )
    marc.add_field(
        _field(
            "300", "  ", ("a", f"{record.pages} page{'s' if record.pages != 1 else ''}" if record.pages else "1 file")
        )
    )
    if record.source:
        marc.add_field(_field("500", "  ", ("a", f"Source: {record.source}")))
    if record.description:
        marc.add_field(_field("520", "  ", ("a", record.description)))
    if restriction(record):
        marc.add_ordered_field(_field("506", "1 ", ("a", restriction(record))))
    if record.rights:
        marc.add_field(_field("540", "  ", ("a", record.rights)))
    if code and language_name(record.language):
        marc.add_field(_field("546", "  ", ("a", f"In {language_name(record.language)}.")))
    for subject in record.subjects:
        marc.add_field(_field("650", " 4", ("a", subject)))
    if SEPARATOR in record.path:
        container = record.path.rsplit(SEPARATOR, 1)[0]
        held_in = member_name(container) if SEPARATOR in container else container.rsplit("/", 1)[-1]
        marc.add_field(_field("773", "0 ", ("t", held_in), ("w", control_number(about, container))))
    marc.add_field(_field("773", "0 ", ("t", about.shown_title), ("o", about.identifier)))
    marc.add_field(_field("856", " 0", ("u", item_uri(record.path)), ("q", record.format)))
    return marc


def _records(records: Iterable[Record], about: CollectionRecord) -> Iterator[tuple[str, MarcRecord]]:
    for record in records:
        yield record.path, marc_record(record, about)


def write_marc(
    records: Iterable[Record],
    out: IO[bytes],
    about: CollectionRecord,
    warn: Callable[[str, str], None] = lambda path, what: None,
) -> int:
    """ISO 2709 records, each within MARC 21's sizes (a field of at most 9,999 bytes, a record of
    at most 99,999: longer ones are cut, and ``warn`` is told), so that a reader never loses
    the records after a long one."""
    count = 0
    for path, marc in _records(records, about):
        cut = _within_sizes(marc)
        if cut:
            warn(path, f"cut to fit MARC 21's sizes: {', '.join(cut)}")
        out.write(marc.as_marc())
        count += 1
    return count


#: ISO 2709 as MARC 21 uses it: a field's length is four digits, a record's five.
MAX_FIELD_BYTES, MAX_RECORD_BYTES = 9_999, 99_999
#: Fields let go, last first, from a record still too long once each field fits.
EXPENDABLE = ("650", "700", "710", "500", "520")


def _within_sizes(marc: MarcRecord) -> list[str]:
    """Cut the fields of ``marc`` longer than a field may be, then let go of the expendable ones
    from the last until the record fits; what was cut, by tag."""
    cut = []
    for field in marc.fields:
        if not field.is_control_field() and _cut_field(field):
            cut.append(f"field {field.tag} cut")
    dropped = 0
    while len(marc.as_marc()) > MAX_RECORD_BYTES:
        expendable = next((f for f in reversed(marc.fields) if f.tag in EXPENDABLE), None)
        if expendable is None:
            break
        marc.remove_field(expendable)
        dropped += 1
    if dropped:
        cut.append(f"{dropped} field{'s' if dropped != 1 else ''} left out of a record past {MAX_RECORD_BYTES:,} bytes")
    return cut


def _cut_field(field: Field) -> bool:
    """Shorten a field's longest subfields (each ending '…') until the field fits; whether it was cut."""
    cut = False
    while (over := len(field.as_marc("utf-8")) - MAX_FIELD_BYTES) > 0:
        longest = max(field.subfields, key=lambda subfield: len(subfield.value.encode()))
        value = longest.value.encode()
        if len(value) <= len("…".encode()):  # nothing left to shorten
            break
        kept = value[: max(0, len(value) - over - len("…".encode()))].decode("utf-8", "ignore") + "…"
        field.subfields[field.subfields.index(longest)] = Subfield(longest.code, kept)
        cut = True
    return cut


def write_marcxml(records: Iterable[Record], out: IO[str], about: CollectionRecord) -> int:
    from pymarc import record_to_xml

    out.write('<?xml version="1.0" encoding="UTF-8"?>\n<collection xmlns="http://www.loc.gov/MARC21/slim">\n')
    count = 0
    for _path, marc in _records(records, about):
        out.write(record_to_xml(marc).decode("utf-8") + "\n")
        count += 1
    out.write("</collection>\n")
    return count
