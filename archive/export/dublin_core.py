"""Dublin Core for harvesting: each item an `oai_dc:dc` record (the fifteen elements that have
values, repeated for lists), in an OAI-PMH ListRecords response — the form every OAI harvester
and repository ingest (DSpace, Omeka, EPrints, Archivematica's DC) reads."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import IO, Iterable
from urllib.parse import quote

from lxml import etree

from ..model import Record
from .mapping import dublin_core
from .xml_records import XSI, add, write_elements

OAI = "http://www.openarchives.org/OAI/2.0/"
OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/"
DC = "http://purl.org/dc/elements/1.1/"


def dc_record(record: Record) -> etree._Element:
    """The record as one `oai_dc:dc` element."""
    root = etree.Element(f"{{{OAI_DC}}}dc", nsmap={"oai_dc": OAI_DC, "dc": DC, "xsi": XSI})
    root.set(f"{{{XSI}}}schemaLocation", f"{OAI_DC} http://www.openarchives.org/OAI/2.0/oai_dc.xsd")
    for element, values in dublin_core(record).items():
        for value in values:
            add(root, f"{{{DC}}}{element}", value)
    return root


def oai_identifier(archive_name: str, path: str) -> str:
    """'oai:<collection>:<path>', each part escaped as a URI's."""
    return f"oai:{quote(archive_name, safe='')}:{quote(path, safe='/')}"


def write_oai_dc(records: Iterable[Record], out: IO[str], archive_name: str) -> int:
    now = datetime.now(timezone.utc)

    def harvested() -> Iterable[etree._Element]:
        for record in records:
            item = etree.Element(f"{{{OAI}}}record", nsmap={None: OAI})
            header = add(item, f"{{{OAI}}}header")
            add(header, f"{{{OAI}}}identifier", oai_identifier(archive_name, record.path))
            add(header, f"{{{OAI}}}datestamp", (record.modified or now.isoformat())[:10])
            add(item, f"{{{OAI}}}metadata").append(dc_record(record))
            yield item

    opening = (f'<OAI-PMH xmlns="{OAI}" xmlns:xsi="{XSI}" xsi:schemaLocation="{OAI} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd">\n'
               f'  <responseDate>{now.strftime("%Y-%m-%dT%H:%M:%SZ")}</responseDate>\n'
               f'  <request verb="ListRecords" metadataPrefix="oai_dc">{quote(archive_name, safe="")}</request>\n'
               "  <ListRecords>")
    return write_elements(out, opening, harvested(), "  </ListRecords>\n</OAI-PMH>")
