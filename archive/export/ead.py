"""An EAD 2002 finding aid for archives management systems (ArchivesSpace, AtoM, Archivists'
Toolkit import it): the collection as `archdesc` (its title, the span of its dates, its extent,
creators and languages), its folders as series and sub-series, each item an `item` component
with its title, date (the `normal` attribute in ISO form), creators, extent, language, scope and
content from its description, and a `dao` pointing at its file.

EAD 2002, not EAD3: every system that imports finding aids reads 2002, and its schema is the one
the tests validate against offline."""

from __future__ import annotations

from collections import Counter
from datetime import date
from pathlib import PurePosixPath
from typing import IO, Iterable
from urllib.parse import quote

from lxml import etree

from ..member_paths import SEPARATOR
from ..access import restriction
from ..model import Record
from .mapping import date_span, is_personal, language_code, language_name, name_parts, title_of
from .xml_records import XLINK, XSI, add

EAD = "urn:isbn:1-931666-22-9"
#: At most this many of the most frequent creators are named as the collection's origination.
ORIGINATORS = 20


def _e(tag: str) -> str:
    return f"{{{EAD}}}{tag}"


def _folder(path: str) -> tuple[str, ...]:
    """The folders an item is in (an item inside a file is in its container's folder)."""
    return PurePosixPath(path.split(SEPARATOR, 1)[0]).parent.parts


def _describe(did: etree._Element, title: str, records: list[Record], extent: str) -> None:
    """A `did`'s title, date span, extent, creators and languages, from ``records``."""
    add(did, _e("unittitle"), title)
    span = date_span(records)
    if span:
        first, last = span
        if first == last:
            add(did, _e("unitdate"), first.iso, normal=first.iso)
        else:
            add(did, _e("unitdate"), f"{first.iso}–{last.iso}", normal=f"{first.iso}/{last.iso}", type="inclusive")
    creators = Counter(creator for record in records for creator in record.creators)
    if creators:
        origination = add(did, _e("origination"), label="Creator")
        for creator, _ in creators.most_common(ORIGINATORS):
            family, given = name_parts(creator)
            if is_personal(creator):
                add(origination, _e("persname"), f"{family}, {given}", normal=f"{family}, {given}")
            else:
                add(origination, _e("corpname"), family)
    add(add(did, _e("physdesc")), _e("extent"), extent)
    languages = sorted(
        {(language, code) for record in records if (language := record.language) and (code := language_code(language))}
    )
    if languages:
        material = add(did, _e("langmaterial"))
        for language, code in languages:
            add(material, _e("language"), language_name(language) or language, langcode=code)


def _item(record: Record) -> etree._Element:
    component = etree.Element(_e("c"), level="item")
    did = add(component, _e("did"))
    pages = f"{record.pages} page{'s' if record.pages != 1 else ''}" if record.pages else "1 file"
    _describe(did, title_of(record), [record], pages)
    if record.format:
        add(did.find(_e("physdesc")), _e("genreform"), record.format)
    add(
        did,
        _e("dao"),
        **{
            f"{{{XLINK}}}type": "simple",
            f"{{{XLINK}}}href": quote(record.path, safe="/#"),
            f"{{{XLINK}}}title": title_of(record),
        },
    )
    if record.description:
        add(add(component, _e("scopecontent")), _e("p"), record.description)
    if restriction(record):
        add(add(component, _e("accessrestrict")), _e("p"), restriction(record))
    if record.rights:
        add(add(component, _e("userestrict")), _e("p"), record.rights)
    return component


def finding_aid(records: list[Record], archive_name: str) -> etree._Element:
    """The collection of ``records`` as one `ead` document."""
    ead = etree.Element(_e("ead"), nsmap={None: EAD, "xlink": XLINK, "xsi": XSI})
    ead.set(f"{{{XSI}}}schemaLocation", f"{EAD} http://www.loc.gov/ead/ead.xsd")
    header = add(ead, _e("eadheader"))
    add(header, _e("eadid"), archive_name)
    add(add(add(header, _e("filedesc")), _e("titlestmt")), _e("titleproper"), f"Finding aid for {archive_name}")
    today = date.today().isoformat()
    creation = add(add(header, _e("profiledesc")), _e("creation"), "Made with Archive viewer on ")
    add(creation, _e("date"), today, normal=today)
    archdesc = add(ead, _e("archdesc"), level="collection")
    _describe(add(archdesc, _e("did")), archive_name, records, f"{len(records)} item{'s' if len(records) != 1 else ''}")
    dsc = add(archdesc, _e("dsc"))
    series: dict[tuple[str, ...], etree._Element] = {(): dsc}
    by_folder: dict[tuple[str, ...], list[Record]] = {}
    for record in sorted(records, key=lambda record: (_folder(record.path), record.path)):
        by_folder.setdefault(_folder(record.path), []).append(record)
    for folder, items in by_folder.items():
        for depth in range(1, len(folder) + 1):
            if folder[:depth] not in series:
                inside = [
                    record for path, group in by_folder.items() if path[:depth] == folder[:depth] for record in group
                ]
                component = add(series[folder[: depth - 1]], _e("c"), level="series" if depth == 1 else "subseries")
                _describe(
                    add(component, _e("did")),
                    folder[depth - 1],
                    inside,
                    f"{len(inside)} item{'s' if len(inside) != 1 else ''}",
                )
                series[folder[:depth]] = component
        for record in items:
            series[folder].append(_item(record))
    return ead


def write_ead(records: Iterable[Record], out: IO[str], archive_name: str) -> int:
    chosen = list(records)
    document = finding_aid(chosen, archive_name)
    etree.indent(document, space="  ")
    out.write('<?xml version="1.0" encoding="UTF-8"?>\n' + etree.tostring(document, encoding="unicode") + "\n")
    return len(chosen)
