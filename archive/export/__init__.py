"""Writing many records out, one module per standard, as archive/extract/ reads one per format:
tables (CSV, XLSX, JSON Lines), citations (CSL-JSON, BibTeX, RIS), Dublin Core (OAI-PMH), MODS,
MARC 21 and EAD for the systems institutions ingest, BagIt bags (bag.py), IIIF manifests (iiif.py)
and fixity manifests.

Every descriptive standard takes its values from mapping.py, one set of field rules. Everything
streams: records arrive in chunks and are written as they come (an EAD finding aid, which orders
its items by folder, holds their records, not their texts).
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from typing import IO, Any, Callable, Iterable

from ..collection_record import CollectionRecord
from ..errors import UsageError
from ..model import Record


@dataclass(frozen=True)
class Exporter:
    """A format: its writer ("module:function" in this package, loaded when used), whether it is
    written as bytes (to a file only), and what it is for."""

    writer: str
    binary: bool
    what: str
    #: Settings the writer takes besides the records (given by name to write_records); 'warn' is
    #: told (item's path, what happened) of each item it could not write whole.
    options: tuple[str, ...] = ()

    def load(self) -> Callable[..., int]:
        module, function = self.writer.split(":")
        return getattr(importlib.import_module(f"{__name__}.{module}"), function)


EXPORTERS: dict[str, Exporter] = {
    "csv": Exporter("tables:write_csv", False, "a spreadsheet of every field (archive import reads it back)"),
    "xlsx": Exporter("tables:write_xlsx", True, "the same as an Excel workbook"),
    "jsonl": Exporter("tables:write_jsonl", False, "one JSON record a line"),
    "csl-json": Exporter("citations:write_csl_json", False, "citation data for Zotero, pandoc, citeproc"),
    "bibtex": Exporter("citations:write_bibtex", False, "BibTeX"),
    "biblatex": Exporter("citations:write_biblatex", False, "BibLaTeX"),
    "ris": Exporter("citations:write_ris", False, "RIS, for reference managers"),
    "oai-dc": Exporter("dublin_core:write_oai_dc", False, "Dublin Core records in an OAI-PMH ListRecords response"),
    "oai-static": Exporter(
        "dublin_core:write_static_repository",
        False,
        "the same as an OAI static repository, harvestable from a web folder",
        ("base_url", "contact_email"),
    ),
    "mods": Exporter("mods:write_mods", False, "MODS 3.8 records (a modsCollection)"),
    "marc": Exporter("marc:write_marc", True, "MARC 21 records (ISO 2709)", ("warn",)),
    "marcxml": Exporter("marc:write_marcxml", False, "MARC 21 records as MARCXML"),
    "ead": Exporter("ead:write_ead", False, "an EAD 2002 finding aid: folders as series, items as files"),
}
FORMATS = tuple(EXPORTERS)
#: Formats written as a folder (`archive export QUERY --format iiif -o FOLDER`; see Collection.export_iiif).
FOLDER_FORMATS = ("iiif", "eml")
#: Mail handed on as mail: the messages' own bytes, as one mbox file or a folder of .eml files
#: (see Collection.export_mail).
MAIL_FORMATS = ("mbox", "eml")
#: The file name ending of each format's output (a folder format's output has none).
SUFFIXES = {
    **{name: f".{name}" for name in ("csv", "xlsx", "jsonl", "ris", "mbox")},
    **dict.fromkeys(("oai-dc", "oai-static", "mods", "marcxml", "ead"), ".xml"),
    **dict.fromkeys(("bibtex", "biblatex"), ".bib"),
    "csl-json": ".json",
    "marc": ".mrc",
    **dict.fromkeys(FOLDER_FORMATS, ""),
}
#: Formats written as bytes (to a file, never to a terminal).
BINARY_FORMATS = frozenset(name for name, exporter in EXPORTERS.items() if exporter.binary)


def write_records(
    records: Iterable[Record],
    fmt: str,
    out: IO,
    about: CollectionRecord,
    history: Callable[[str], list[dict]] | None = None,
    **options: Any,
) -> int:
    """Write ``records`` to ``out`` in ``fmt``; returns how many were written. ``history``: each
    item's changes, written with its record (JSON Lines only); ``options``: the settings a
    format takes (see Exporter.options), the others left aside."""
    exporter = EXPORTERS.get(fmt)
    if exporter is None:
        raise UsageError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if history is not None:
        if fmt != "jsonl":
            raise UsageError("--history goes with --format jsonl (one record and its changes per line)")
        from .tables import write_jsonl

        return write_jsonl(records, out, about, history)
    return exporter.load()(
        records, out, about, **{name: options[name] for name in exporter.options if options.get(name)}
    )


def write_manifest(entries: Iterable[tuple[str, str]], out: IO[str]) -> int:
    """A BagIt-style manifest-sha256.txt: '<sha256>  <path>' per file, paths relative to the collection."""
    from .bag import manifest_path

    count = 0
    for path, sha256 in entries:
        out.write(f"{sha256}  {manifest_path(path)}\n")
        count += 1
    return count
