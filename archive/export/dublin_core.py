"""Dublin Core for harvesting: each item an `oai_dc:dc` record (the fifteen elements that have
values, repeated for lists), in an OAI-PMH ListRecords response — the form every OAI harvester
and repository ingest (DSpace, Omeka, EPrints, Archivematica's DC) reads — or in an OAI Static
Repository, one file a web server holds for a gateway to answer harvesters from."""

from __future__ import annotations

from datetime import datetime, timezone
from typing import IO, Iterable
from urllib.parse import quote

from lxml import etree

from ..collection_record import CollectionRecord
from ..model import Record
from .mapping import dublin_core
from .xml_records import XSI, add, write_elements

OAI = "http://www.openarchives.org/OAI/2.0/"
OAI_DC = "http://www.openarchives.org/OAI/2.0/oai_dc/"
DC = "http://purl.org/dc/elements/1.1/"
STATIC = "http://www.openarchives.org/OAI/2.0/static-repository"


def dc_record(record: Record) -> etree._Element:
    """The record as one `oai_dc:dc` element."""
    root = etree.Element(f"{{{OAI_DC}}}dc", nsmap={"oai_dc": OAI_DC, "dc": DC, "xsi": XSI})
    root.set(f"{{{XSI}}}schemaLocation", f"{OAI_DC} http://www.openarchives.org/OAI/2.0/oai_dc.xsd")
    for element, values in dublin_core(record).items():
        for value in values:
            add(root, f"{{{DC}}}{element}", value)
    return root


def oai_identifier(collection: str, path: str) -> str:
    """'oai:<collection>:<path>', each part escaped as a URI's."""
    return f"oai:{quote(collection, safe='')}:{quote(path, safe='/')}"


def _harvested(
    records: Iterable[Record], about: CollectionRecord, today: str, prefix: str | None
) -> Iterable[etree._Element]:
    """Each record as an OAI `record` (header and metadata); ``prefix``: the OAI namespace's
    prefix (a static repository's), else it is the default namespace."""
    for record in records:
        item = etree.Element(f"{{{OAI}}}record", nsmap={prefix: OAI})
        header = add(item, f"{{{OAI}}}header")
        add(header, f"{{{OAI}}}identifier", oai_identifier(about.name, record.path))
        add(header, f"{{{OAI}}}datestamp", (record.modified or today)[:10])
        add(item, f"{{{OAI}}}metadata").append(dc_record(record))
        yield item


def write_oai_dc(records: Iterable[Record], out: IO[str], about: CollectionRecord) -> int:
    now = datetime.now(timezone.utc)
    response = etree.Element(f"{{{OAI}}}OAI-PMH", nsmap={None: OAI, "xsi": XSI})
    response.set(f"{{{XSI}}}schemaLocation", f"{OAI} http://www.openarchives.org/OAI/2.0/OAI-PMH.xsd")
    add(response, f"{{{OAI}}}responseDate", now.strftime("%Y-%m-%dT%H:%M:%SZ"))
    add(response, f"{{{OAI}}}request", quote(about.name, safe=""), verb="ListRecords", metadataPrefix="oai_dc")
    add(response, f"{{{OAI}}}ListRecords")
    records_out = _harvested(records, about, now.date().isoformat(), None)
    return write_elements(out, response, records_out, into=f"{{{OAI}}}ListRecords")


def write_static_repository(
    records: Iterable[Record],
    out: IO[str],
    about: CollectionRecord,
    base_url: str = "http://localhost:8000/",
    contact_email: str = "",
) -> int:
    """An OAI Static Repository (OAI's form for a collection harvested from one XML file put on a
    web server, through a static repository gateway): Identify, ListMetadataFormats (oai_dc) and
    ListRecords. ``base_url``: where the file will be; ``contact_email``: the repository's
    administrator (required by OAI-PMH; a placeholder when not given)."""
    today = datetime.now(timezone.utc).date().isoformat()
    chosen = list(records)
    earliest = min(((record.modified or today)[:10] for record in chosen), default=today)
    repository = etree.Element(f"{{{STATIC}}}Repository", nsmap={None: STATIC, "oai": OAI, "xsi": XSI})
    repository.set(f"{{{XSI}}}schemaLocation", f"{STATIC} http://www.openarchives.org/OAI/2.0/static-repository.xsd")
    identify = add(repository, f"{{{STATIC}}}Identify")
    for name, value in (
        ("repositoryName", about.repository or about.shown_title),
        ("baseURL", base_url),
        ("protocolVersion", "2.0"),
        ("adminEmail", contact_email or "archivist@example.org"),
        ("earliestDatestamp", earliest),
        ("deletedRecord", "no"),
        ("granularity", "YYYY-MM-DD"),
    ):
        add(identify, f"{{{OAI}}}{name}", value)
    format_ = add(add(repository, f"{{{STATIC}}}ListMetadataFormats"), f"{{{OAI}}}metadataFormat")
    add(format_, f"{{{OAI}}}metadataPrefix", "oai_dc")
    add(format_, f"{{{OAI}}}schema", "http://www.openarchives.org/OAI/2.0/oai_dc.xsd")
    add(format_, f"{{{OAI}}}metadataNamespace", OAI_DC)
    add(repository, f"{{{STATIC}}}ListRecords", metadataPrefix="oai_dc")
    records_out = _harvested(chosen, about, today, "oai")
    return write_elements(out, repository, records_out, into=f"{{{STATIC}}}ListRecords")
