"""The people and organisations of a collection as names an archivist can reconcile: every name
its records give as a creator or a recipient, with how often and in which role; aliases merged
into one form (`E. Brandt`, `elsa@harbour.example` → `Brandt, Elsa`) in every record as one batch
of edits (in the history, taken back by `archive revert --batch`), and an authority's URI (VIAF,
the Library of Congress, Wikidata, GND) kept for the merged form in the collection's record, which
EAD, MODS and MARC carry."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterable
from urllib.parse import urlparse

from .errors import UsageError
from .model import EditReport, Record

if TYPE_CHECKING:
    from .collection import Collection

#: The fields whose values are names.
NAME_FIELDS = ("creators", "recipients")
#: An authority's host → the code EAD's @source and MODS's @authority give it.
AUTHORITIES = {
    "viaf.org": "viaf",
    "id.loc.gov": "lcnaf",
    "www.wikidata.org": "wikidata",
    "wikidata.org": "wikidata",
    "d-nb.info": "gnd",
}
#: Authorities whose URIs name the person or body itself (MARC $1), not a record about it ($0).
REAL_WORLD = frozenset({"viaf", "wikidata"})


@dataclass
class Name:
    name: str
    #: How many items give it, by field (creators, recipients).
    roles: Counter = field(default_factory=Counter)
    authority: str | None = None

    @property
    def items(self) -> int:
        return sum(self.roles.values())


def names_of(records: Iterable[Record], authorities: dict[str, str]) -> list[Name]:
    """Every name the records give, most frequent first."""
    found: dict[str, Name] = {}
    for record in records:
        for role in NAME_FIELDS:
            for name in dict.fromkeys(getattr(record, role)):
                found.setdefault(name, Name(name, authority=authorities.get(name))).roles[role] += 1
    return sorted(found.values(), key=lambda name: (-name.items, name.name.casefold()))


def authority_source(uri: str) -> str:
    """The authority a URI is from, as EAD and MODS code it ('viaf'); 'local' for one not known."""
    return AUTHORITIES.get(urlparse(uri).netloc.lower(), "local")


def merge_names(
    collection: Collection, aliases: list[str], into: str, authority: str | None = None, dry_run: bool = False
) -> EditReport:
    """Replace every alias by ``into`` in the creators and recipients of every record, as one batch;
    ``authority``: the URI of the merged name's authority record, kept in the collection's record."""
    into = " ".join(into.split())
    if not into:
        raise UsageError("names: --into takes the name to keep")
    if authority and not urlparse(authority).scheme.startswith("http"):
        raise UsageError(
            f"names: --authority takes the authority's address (https://viaf.org/viaf/…), not {authority!r}"
        )
    replaced = {" ".join(alias.split()) for alias in aliases} - {into}
    changes: dict[str, dict[str, list[str]]] = {}
    for record in collection.matching_records("*"):
        for role in NAME_FIELDS:
            names = getattr(record, role)
            if replaced & set(names):
                merged = list(dict.fromkeys(into if name in replaced else name for name in names))
                changes.setdefault(record.path, {})[role] = merged
    report = collection.edit_each(changes, source="names", dry_run=dry_run)
    if authority and not dry_run:
        known = dict(collection.collection_record.authorities)
        known[into] = authority
        collection.set_authorities(known)
    return report
