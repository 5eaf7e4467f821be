"""The one mapping from a record to what descriptive standards ask for. Dublin Core's fifteen
elements are the hub: MODS, MARC 21, EAD and Archivematica's metadata.csv all take their values
from :func:`dublin_core` and the few helpers here, so a field's rule is written once."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import PurePosixPath
from typing import Any, Iterable
from urllib.parse import quote

from ..access import restriction
from ..model import Record

#: Dublin Core's fifteen elements, in the order of the standard.
DC_ELEMENTS = (
    "title",
    "creator",
    "subject",
    "description",
    "publisher",
    "contributor",
    "date",
    "type",
    "format",
    "identifier",
    "source",
    "language",
    "relation",
    "coverage",
    "rights",
)
#: What a checksum is said as, as a URN: 'urn:sha256:<hex>'.
CHECKSUM_URN = "urn:sha256:"
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def item_uri(path: str) -> str:
    """An item's path as a relative URI (an `xs:anyURI`): its file's path, and for an item inside
    it one fragment naming it, every '#' after the first escaped ('backup.zip#old/docs.zip%23a.txt')."""
    file, separator, inside = path.partition("#")
    return quote(file, safe="/") + (separator + quote(inside, safe="/") if separator else "")


def title_of(record: Record) -> str:
    """The record's title, else the item's own name."""
    return record.title or PurePosixPath(record.path).name


def dublin_core(record: Record) -> dict[str, list[str]]:
    """The record as Dublin Core: element → values (lists repeated, nothing empty). Identifiers:
    the record's own, the item's path in the collection, and its checksum as a URN."""
    values: dict[str, list[Any]] = {
        "title": [title_of(record)],
        "creator": record.creators,
        "subject": record.subjects,
        "description": [record.description],
        "publisher": [record.publisher],
        "date": [record.date],
        "type": [record.type],
        "format": [record.format],
        "identifier": [record.identifier, record.path, CHECKSUM_URN + record.sha256 if record.sha256 else None],
        "source": [record.source],
        "language": [record.language],
        "rights": [record.rights, restriction(record)],
    }
    return {element: [value for value in values.get(element, []) if value] for element in DC_ELEMENTS}


#: Dublin Core element → the record's field it comes back to (an import of what was handed on).
FIELD_OF_ELEMENT = {
    "title": "title",
    "creator": "creators",
    "subject": "subjects",
    "description": "description",
    "publisher": "publisher",
    "date": "date",
    "type": "type",
    "format": "format",
    "source": "source",
    "language": "language",
    "rights": "rights",
}


def from_dublin_core(path: str, values: dict[str, list[str]]) -> dict[str, str]:
    """What :func:`dublin_core` wrote for the item ``path``, back as the record's fields (lists as
    'a; b', as a spreadsheet row has them); its identifiers less the path and the checksum."""
    cells = {"path": path}
    for element, field_name in FIELD_OF_ELEMENT.items():
        texts = [text.strip() for text in values.get(element, []) if text and text.strip()]
        if texts:
            cells[field_name] = "; ".join(texts) if field_name in ("creators", "subjects") else texts[0]
    own = [text for text in values.get("identifier", []) if text and text != path and not text.startswith(CHECKSUM_URN)]
    if own:
        cells["identifier"] = own[0]
    return cells


@dataclass(frozen=True)
class Date:
    """A record's date, as precise as it is known: 1953, 1953-02 or 1953-02-02."""

    year: int
    month: int | None = None
    day: int | None = None

    @classmethod
    def parse(cls, text: str | None) -> Date | None:
        found = _DATE.match(text or "")
        if not found:
            return None
        year, month, day = found.groups()
        return cls(int(year), int(month) if month else None, int(day) if day else None)

    @property
    def iso(self) -> str:
        """'1953', '1953-02' or '1953-02-02' (ISO 8601, as EAD's and MODS's encodings want)."""
        return "-".join([f"{self.year:04d}", *(f"{part:02d}" for part in (self.month, self.day) if part)])

    @property
    def compact(self) -> str:
        """'19530202', '195302' or '1953' (EAD's normal form without hyphens is not needed; MARC's 046)."""
        return self.iso.replace("-", "")


def date_span(records: list[Record]) -> tuple[Date, Date] | None:
    """The first and last dates of ``records`` (None when none is dated)."""
    return span_of(record.date for record in records)


def span_of(dates: Iterable[str | None]) -> tuple[Date, Date] | None:
    """The first and last of ``dates`` (each a date or a period '1920/1991'); None when none is one."""
    known = sorted(
        (date for text in dates for end in (text or "").split("/") if (date := Date.parse(end))),
        key=lambda date: (date.year, date.month or 0, date.day or 0),
    )
    return (known[0], known[-1]) if known else None


def name_parts(creator: str) -> tuple[str, str | None]:
    """'Lindqvist, Jonas' or 'Jonas Lindqvist' → ('Lindqvist', 'Jonas'); 'Pieter de Vries' →
    ('de Vries', 'Pieter'); a body ('Saltmere Harbour Council') → (its name, None). The rule is
    the citations' (cite.split_name), so a name is split the same everywhere."""
    from ..cite import split_name

    name = split_name(creator)
    if "literal" in name:
        return name["literal"], None
    return " ".join(part for part in (name.get("non-dropping-particle"), name["family"]) if part), name.get("given")


def is_personal(creator: str) -> bool:
    """Whether a creator is a person, not a body."""
    return name_parts(creator)[1] is not None


def language_name(code: str | None) -> str | None:
    """A record's language by its English name ('ru' → 'Russian'); None when it is not known."""
    if not code:
        return None
    import langcodes

    try:
        language = langcodes.Language.get(code)
        return language.display_name() if language.is_valid() else None
    except (LookupError, ValueError):
        return None


def language_code(code: str | None) -> str | None:
    """A record's language (ISO 639-1, 'ru') as MARC and MODS code it: ISO 639-2/B ('rus', 'ger');
    None when it is not a known language."""
    if not code:
        return None
    import langcodes  # not at the top: only the exports need it

    try:
        return langcodes.Language.get(code).to_alpha3(variant="B")
    except (LookupError, ValueError):
        return None
