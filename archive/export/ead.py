"""An EAD 2002 finding aid for archives management systems (ArchivesSpace, AtoM import it): the
collection as `archdesc` from its own description (collection_record.py: title, `unitid`,
repository, creators, dates, languages, scope, conditions of access and use — what is not set
worked out from the items), its folders as series and sub-series, each item a component with its
title, date (`normal` in ISO form), creators, extent, language, scope and content, restriction,
transcription, and a `dao` pointing at it (an item of several files, groups.py: a `dao` a part).
An item inside a file is a component under its container's (a mailbox's messages under the
mailbox, which is then a `file`), and every component has an `id` made from the item's path, the
same in every export, so a re-import matches rather than duplicates.

What ArchivesSpace's importer requires is met (its validator's rules: a level at every level, a
title or a date on every component, a title, a date, an identifier and an extent starting with a
number at the top); `langcode` only from the schema's own list. No words are added in any
language but the collection's, except the extent's unit ('items', 'pages', 'files': ArchivesSpace's
extent types), DACS's 'undated' where nothing is dated, a transcription's heading and a part's number.

EAD 2002, not EAD3: every system that imports finding aids reads 2002, and its schema is the one
the tests validate against offline."""

from __future__ import annotations

import re

import hashlib
from collections import Counter
from datetime import date
from pathlib import PurePosixPath
from typing import IO, Iterable

from lxml import etree

from ..access import restriction
from ..collection_record import CollectionRecord
from ..member_paths import SEPARATOR, member_name
from ..model import Record
from ..names import authority_source
from .ead_languages import EAD_LANGCODES
from .mapping import Date, is_personal, item_uri, language_code, language_name, name_parts, span_of, title_of
from .xml_records import XLINK, XSI, add

EAD = "urn:isbn:1-931666-22-9"
#: At most this many of the most frequent creators are named as the collection's origination.
ORIGINATORS = 20


def _e(tag: str) -> str:
    return f"{{{EAD}}}{tag}"


def _id(kind: str, key: str) -> str:
    """A component's `id` (an xs:ID): its kind's letter and a digest of its path, stable across exports."""
    return f"{kind}{hashlib.sha1(key.encode('utf-8')).hexdigest()[:16]}"


def _place(record: Record) -> tuple[bool, tuple[str, ...]]:
    """Where an item stands in the finding aid: (arranged, levels) — its series and sub-series
    where a person arranged it ('Series 2: Administration/Memoranda'), else the folders it is in
    (an item inside a file: its container's). A series is never a folder of the same name."""
    if record.series:
        return True, tuple(record.series.split("/"))
    return False, PurePosixPath(record.path.split(SEPARATOR, 1)[0]).parent.parts


def _count(count: int, unit: str) -> str:
    return f"{count} {unit}{'s' if count != 1 else ''}"


def _dates(did: etree._Element, span: tuple[Date, Date] | None) -> None:
    if span is None:
        add(did, _e("unitdate"), "undated")
        return
    first, last = span
    if first == last:
        add(did, _e("unitdate"), first.iso, normal=first.iso)
    else:
        add(did, _e("unitdate"), f"{first.iso}–{last.iso}", normal=f"{first.iso}/{last.iso}", type="inclusive")


def _origination(did: etree._Element, creators: list[str], authorities: dict[str, str]) -> None:
    """The creators, each with its authority record's URI where names were reconciled (names.py)."""
    if not creators:
        return
    origination = add(did, _e("origination"), label="Creator")
    for creator in creators:
        family, given = name_parts(creator)
        uri = authorities.get(creator)
        known = {"authfilenumber": uri, "source": authority_source(uri)} if uri else {}
        if is_personal(creator):
            add(origination, _e("persname"), f"{family}, {given}", normal=f"{family}, {given}", **known)
        else:
            add(origination, _e("corpname"), family, **known)


def _languages(did: etree._Element, languages: Iterable[str]) -> None:
    """`langmaterial` of the languages (ISO 639-1 codes): a code outside EAD 2002's list is named
    without one, and `zxx` (no linguistic content) is no language at all."""
    named = sorted({(language, language_code(language)) for language in languages if language and language != "zxx"})
    if not named:
        return
    material = add(did, _e("langmaterial"))
    for language, code in named:
        if code in EAD_LANGCODES:
            add(material, _e("language"), language_name(language) or language, langcode=code)
        else:
            add(material, _e("language"), language_name(language) or language)


def _describe(did: etree._Element, records: list[Record], extent: str, authorities: dict[str, str]) -> None:
    """A `did`'s date span, creators, extent and languages, from ``records``."""
    _dates(did, span_of(record.date for record in records))
    creators = Counter(creator for record in records for creator in record.creators)
    _origination(did, [creator for creator, _ in creators.most_common(ORIGINATORS)], authorities)
    add(add(did, _e("physdesc")), _e("extent"), extent)
    _languages(did, (record.language for record in records if record.language))


def _notes(component: etree._Element, scope: str | None, access: str | None, rights: str | None) -> None:
    for tag, text in (("scopecontent", scope), ("accessrestrict", access), ("userestrict", rights)):
        if text:
            add(add(component, _e(tag)), _e("p"), text)


def _item(record: Record, authorities: dict[str, str]) -> etree._Element:
    component = etree.Element(_e("c"), id=_id("c", record.path), level="item")
    did = add(component, _e("did"))
    add(did, _e("unittitle"), title_of(record))
    extent = (
        _count(len(record.parts), "file")
        if record.parts
        else _count(record.pages, "page")
        if record.pages
        else "1 file"
    )
    _describe(did, [record], extent, authorities)
    if record.format:
        add(did.find(_e("physdesc")), _e("genreform"), record.format)
    for number, path in enumerate(record.parts or [record.path], start=1):  # an item of several files: each part
        add(
            did,
            _e("dao"),
            **{
                f"{{{XLINK}}}type": "simple",
                f"{{{XLINK}}}href": item_uri(path),
                f"{{{XLINK}}}title": f"{title_of(record)}, part {number}" if record.parts else title_of(record),
            },
        )
    _notes(component, record.description, restriction(record), record.rights)
    if record.transcription:  # as a person read it: ArchivesSpace takes `odd` as a general note
        odd = add(component, _e("odd"))
        add(odd, _e("head"), "Transcription")
        for paragraph in filter(None, (part.strip() for part in re.split(r"\n\s*\n|\f", record.transcription))):
            add(odd, _e("p"), paragraph)
    return component


def _archdesc(ead: etree._Element, records: list[Record], about: CollectionRecord) -> etree._Element:
    archdesc = add(ead, _e("archdesc"), level="collection")
    did = add(archdesc, _e("did"))
    add(did, _e("unittitle"), about.shown_title)
    add(did, _e("unitid"), about.identifier or about.name)
    if about.repository:
        add(add(did, _e("repository")), _e("corpname"), about.repository)
    _dates(did, span_of([about.date]) or span_of(record.date for record in records))
    creators = Counter(creator for record in records for creator in record.creators)
    _origination(
        did, about.creators or [creator for creator, _ in creators.most_common(ORIGINATORS)], about.authorities
    )
    add(add(did, _e("physdesc")), _e("extent"), _count(len(records), "item"))
    chosen = [code.strip() for code in (about.language or "").split(";") if code.strip()]
    _languages(did, chosen or (record.language for record in records if record.language))
    _notes(archdesc, about.scope, about.access, about.rights)
    return archdesc


def finding_aid(records: list[Record], about: CollectionRecord) -> etree._Element:
    """The collection of ``records`` as one `ead` document."""
    ead = etree.Element(_e("ead"), nsmap={None: EAD, "xlink": XLINK, "xsi": XSI})
    ead.set(f"{{{XSI}}}schemaLocation", f"{EAD} http://www.loc.gov/ead/ead.xsd")
    header = add(ead, _e("eadheader"))
    add(header, _e("eadid"), about.identifier or about.name)
    add(add(add(header, _e("filedesc")), _e("titlestmt")), _e("titleproper"), about.shown_title)
    today = date.today().isoformat()
    add(add(add(header, _e("profiledesc")), _e("creation"), "Archive viewer "), _e("date"), today, normal=today)
    dsc = add(_archdesc(ead, records, about), _e("dsc"))
    _arrange(dsc, sorted(records, key=lambda record: (_place(record), record.path)), about.authorities)
    return ead


def _arrange(dsc: etree._Element, records: list[Record], authorities: dict[str, str]) -> None:
    """Series as a person arranged them, else folders, as series and sub-series; items in them, and
    items inside files under their containers (when these stand in the same place)."""
    place = {record.path: _place(record) for record in records}
    under: dict[tuple[bool, tuple[str, ...]], list[Record]] = {}  # each series' items, sub-series' included
    for record in records:
        arranged, levels = place[record.path]
        for depth in range(1, len(levels) + 1):
            under.setdefault((arranged, levels[:depth]), []).append(record)
    series: dict[tuple[bool, tuple[str, ...]], etree._Element] = {(True, ()): dsc, (False, ()): dsc}
    components: dict[str, etree._Element] = {}

    def series_of(arranged: bool, levels: tuple[str, ...]) -> etree._Element:
        key = (arranged, levels)
        if key not in series:
            inside = under[key]
            component = add(
                series_of(arranged, levels[:-1]),
                _e("c"),
                id=_id("s", ("series:" if arranged else "") + "/".join(levels)),
                level="series" if len(levels) == 1 else "subseries",
            )
            did = add(component, _e("did"))
            add(did, _e("unittitle"), levels[-1])
            _describe(did, inside, _count(len(inside), "item"), authorities)
            series[key] = component
        return series[key]

    def parent_of(path: str, where: tuple[bool, tuple[str, ...]]) -> etree._Element:
        """Under its container's component when the container stands in the same place (made for
        it when the container is not among the records), else in its series."""
        container = path.rsplit(SEPARATOR, 1)[0]
        if SEPARATOR not in path or place.get(container, where) != where:
            return series_of(*where)
        if container not in components:
            component = add(parent_of(container, where), _e("c"), id=_id("c", container), level="file")
            name = member_name(container) if SEPARATOR in container else PurePosixPath(container).name
            add(add(component, _e("did")), _e("unittitle"), name)
            components[container] = component
        return components[container]

    for record in records:
        component = _item(record, authorities)
        parent_of(record.path, place[record.path]).append(component)
        components[record.path] = component
    for component in components.values():
        if component.find(_e("c")) is not None:
            component.set("level", "file")


def write_ead(records: Iterable[Record], out: IO[str], about: CollectionRecord) -> int:
    chosen = list(records)
    document = finding_aid(chosen, about)
    etree.indent(document, space="  ")
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(document, encoding="unicode") + "\n")
    return len(chosen)
