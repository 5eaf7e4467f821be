"""A collection's own description, as an archivist gives it to the whole accession: its title,
identifier (call number), repository, creators, dates, languages, scope and conditions of access
and use. Kept in the collection's settings (its index folder, never the collection); what is not
set is worked out from the items where it can be (dates, extent, languages) or left out.

Every hand-off takes it from here: EAD's `archdesc/did` (with `unitid`, which ArchivesSpace reads
into the resource's identifier), bag-info.txt, MODS and MARC host entries, citations' `archive`
and `archive_collection`."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, fields
from typing import Any

#: The fields a person sets (`archive collection --FIELD VALUE`, File ▸ Collection Record), in the order shown.
FIELDS = ("title", "identifier", "repository", "creators", "date", "language", "scope", "access", "rights")


@dataclass
class CollectionRecord:
    #: The collection folder's name: what identifiers are made of when nothing else is set.
    name: str
    title: str | None = None
    #: The call number or reference code ('MS 42', 'Ф. 42').
    identifier: str | None = None
    repository: str | None = None
    creators: list[str] = field(default_factory=list)
    #: The span of its dates as a person gives it ('1920/1991'), over the items' own.
    date: str | None = None
    #: Its languages (ISO 639-1 codes, ';' between), over the items' own.
    language: str | None = None
    scope: str | None = None
    #: Conditions governing access ('Open for research; the medical files closed until 2060').
    access: str | None = None
    #: Conditions governing use (copyright, licences).
    rights: str | None = None
    #: A name as the records give it → the URI of its authority record (VIAF, LCNAF, Wikidata,
    #: GND), set when names are merged (names.py).
    authorities: dict[str, str] = field(default_factory=dict)

    @property
    def shown_title(self) -> str:
        return self.title or self.name

    @classmethod
    def from_saved(cls, name: str, saved: dict[str, Any]) -> CollectionRecord:
        known = {item.name for item in fields(cls)} - {"name"}
        return cls(name=name, **{key: value for key, value in saved.items() if key in known})

    def to_saved(self) -> dict[str, Any]:
        """What is set, for the settings file (the name is the folder's, never saved)."""
        return {key: value for key, value in asdict(self).items() if key != "name" and value not in (None, "", [], {})}

    def with_changes(self, changes: dict[str, str]) -> CollectionRecord:
        """A copy with ``changes`` (field → text; '' unsets; creators with ';' between)."""
        values = asdict(self)
        for key, text in changes.items():
            if key not in FIELDS:
                raise KeyError(key)
            text = text.strip()
            values[key] = (
                [part.strip() for part in text.split(";") if part.strip()] if key == "creators" else text or None
            )
        return CollectionRecord(**values)
