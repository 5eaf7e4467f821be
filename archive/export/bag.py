"""BagIt 1.0 bags (RFC 8493) for a repository's ingest: the Library of Congress's transfer form,
and Archivematica's. The selected files are copied into `data/` keeping their paths, each read
once: its SHA-256 and SHA-512 are worked out while it is copied, and the SHA-256 is compared with
the catalog's, so a file changed since it was indexed stops the bag with its name. Beside them,
`data/metadata/metadata.csv` carries their Dublin Core in Archivematica's form (`filename`
`objects/…`, `dc.*` columns, a column repeated for each value of a list).

An item inside a file (a message in a mailbox, a file in a zip) is bagged as itself — the message
as an `.eml`, the member as its file, under its container's path (`mail/inbox.mbox#3.eml`) — and
checked against its own checksum; its container is bagged whole only when it is chosen itself.
Items that are not open travel only when a person asks, and then bag-info.txt says how many.

A file whose path a manifest would have to %-encode (a '%', a line break) is given a safe name in
the bag, and `original-names.json`, a tag file, maps it back: RFC 8493 allows the encoding, but the
Library of Congress's bagit-python (which Archivematica runs) rejects such a bag. Every cell of
metadata.csv is made safe to open in a spreadsheet, as every CSV the program writes is.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import re
import shutil
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Callable, Sequence

from ..access import restriction
from ..errors import ArchiveError, UsageError
from ..member_paths import SEPARATOR, unused_name
from ..model import Record, readable_size
from .mapping import DC_ELEMENTS, dublin_core
from .tables import spreadsheet_safe

ALGORITHMS = ("sha256", "sha512")
METADATA_CSV = "metadata/metadata.csv"
#: The items inside the files bagged whole (a mailbox chosen itself): which file each is in,
#: whether it was chosen, and its Dublin Core.
ITEMS_CSV = "metadata/items.csv"
#: The tag file mapping a name in the bag back to its item's path in the collection, where they
#: differ (a safe name; an item inside a file).
ORIGINAL_NAMES = "original-names.json"
#: What a manifest would %-encode, and what stands for it in a safe name.
ENCODED, SAFE = re.compile(r"[%\r\n]"), "_"
CHUNK = 1 << 20
#: bag-info.txt's fields a person gives (flags of `archive bag`), in the order written.
INFO_FIELDS = ("Source-Organization", "Contact-Name", "Contact-Email", "External-Description", "External-Identifier")
#: bag-info.txt's fields, in the order written: those a person gives, then the group a bag is part of.
WRITTEN_FIELDS = (*INFO_FIELDS, "Bag-Group-Identifier")


class FileChanged(ArchiveError):
    """A file's bytes are not those the catalog has: it changed since it was indexed."""


@dataclass
class BagReport:
    files: int = 0
    octets: int = 0
    path: Path = field(default_factory=Path)


def manifest_path(path: str) -> str:
    """A path as a manifest line gives it: BagIt escapes only CR, LF and %."""
    return path.replace("%", "%25").replace("\n", "%0A").replace("\r", "%0D")


def make_bag(
    dest: Path,
    files: list[tuple[Record, Path, str]],
    info: dict[str, str],
    software: str,
    progress: Callable[[int, int], None] = lambda done, total: None,
    inside: Sequence[tuple[Record, bool]] = (),
) -> BagReport:
    """Write a bag of ``files`` ((record, its bytes on disk, its path in the bag) triples) into
    ``dest``, which must not exist or be empty; ``inside``: the items inside the files bagged whole,
    each with whether it was chosen (described in ITEMS_CSV). On any failure nothing is left behind
    (``dest`` as it was)."""
    if dest.exists() and (not dest.is_dir() or any(dest.iterdir())):
        raise UsageError(f"{dest} is not an empty folder: name a new folder for the bag")
    if any(name == "metadata" or name.startswith("metadata/") for _, _, name in files):
        raise UsageError(
            "the collection has a top folder 'metadata', which is where a bag's metadata.csv goes; "
            "bag the items inside it from a query that leaves it out, or rename the folder"
        )
    existed = dest.exists()
    try:
        report = _write(dest, files, info, software, progress, list(inside))
    except BaseException:
        if existed:
            for child in dest.iterdir():
                shutil.rmtree(child) if child.is_dir() and not child.is_symlink() else child.unlink()
        else:
            shutil.rmtree(dest, ignore_errors=True)
        raise
    return report


def _write(
    dest: Path,
    files: list[tuple[Record, Path, str]],
    info: dict[str, str],
    software: str,
    progress: Callable[[int, int], None],
    inside: list[tuple[Record, bool]],
) -> BagReport:
    payload = dest / "data"
    payload.mkdir(parents=True, exist_ok=True)
    sums: dict[str, list[tuple[str, str]]] = {name: [] for name in ALGORITHMS}
    report = BagReport(path=dest)
    names = _bag_names({record.path: name for record, _, name in files})
    for number, (record, source, _) in enumerate(files, start=1):
        target = payload / names[record.path]
        target.parent.mkdir(parents=True, exist_ok=True)
        digests = _copy(source, target, record)
        for name in ALGORITHMS:
            sums[name].append((digests[name], f"data/{names[record.path]}"))
        report.files += 1
        report.octets += target.stat().st_size
        progress(number, len(files))
    records = [record for record, _, _ in files]
    tables = {METADATA_CSV: metadata_csv(records, names)}
    if inside:
        tables[ITEMS_CSV] = items_csv(inside, names)
    octets, streams = report.octets, report.files
    for table_name, text in tables.items():
        table = text.encode("utf-8")
        (payload / table_name).parent.mkdir(parents=True, exist_ok=True)
        (payload / table_name).write_bytes(table)
        for name in ALGORITHMS:
            sums[name].append((hashlib.new(name, table).hexdigest(), f"data/{table_name}"))
        octets, streams = octets + len(table), streams + 1
    tags = {
        "bagit.txt": "BagIt-Version: 1.0\nTag-File-Character-Encoding: UTF-8\n",
        "bag-info.txt": "".join(f"{name}: {_one_line(info[name])}\n" for name in WRITTEN_FIELDS if info.get(name))
        + _restrictions_line(records)
        + (
            f"Bagging-Date: {date.today().isoformat()}\nBag-Software-Agent: {software}\n"
            f"Payload-Oxum: {octets}.{streams}\nBag-Size: {readable_size(octets)}\nBag-Count: 1 of 1\n"
        ),
        **{
            f"manifest-{name}.txt": "".join(
                f"{digest}  {manifest_path(path)}\n" for digest, path in sorted(sums[name], key=lambda s: s[1])
            )
            for name in ALGORITHMS
        },
    }
    renamed = {f"data/{name}": path for path, name in names.items() if name != path}
    if renamed:
        tags[ORIGINAL_NAMES] = json.dumps(renamed, ensure_ascii=False, indent=1) + "\n"
    for name, text in tags.items():
        (dest / name).write_text(text, encoding="utf-8")
    for algorithm in ALGORITHMS:
        (dest / f"tagmanifest-{algorithm}.txt").write_text(
            "".join(
                f"{hashlib.new(algorithm, text.encode('utf-8')).hexdigest()}  {name}\n"
                for name, text in sorted(tags.items())
            ),
            encoding="utf-8",
        )
    return report


def _copy(source: Path, target: Path, record: Record) -> dict[str, str]:
    """Copy ``source`` to ``target``, reading it once; its digests, the SHA-256 checked."""
    hashes = {name: hashlib.new(name) for name in ALGORITHMS}
    with open(source, "rb") as reading, open(target, "xb") as writing:
        while chunk := reading.read(CHUNK):
            for digest in hashes.values():
                digest.update(chunk)
            writing.write(chunk)
    shutil.copystat(source, target)  # the file's dates travel with it
    digests = {name: digest.hexdigest() for name, digest in hashes.items()}
    if record.sha256 and digests["sha256"] != record.sha256:
        raise FileChanged(f"{record.path} has changed since it was indexed: re-index the collection, then bag again")
    return digests


def _bag_names(wanted: dict[str, str]) -> dict[str, str]:
    """Each item's name in the bag (by its path): the name wanted, or with what a manifest would
    %-encode replaced (and a number added should that name be taken)."""
    taken = set(wanted.values())
    return {
        path: unused_name(ENCODED.sub(SAFE, name), taken, "-{}") if ENCODED.search(name) else name
        for path, name in wanted.items()
    }


def _restrictions_line(records: list[Record]) -> str:
    """bag-info.txt's word on the items that are not open (bagged because a person asked)."""
    closed = sum(1 for record in records if restriction(record))
    return (
        f"Access-Restrictions: {closed} of the {len(records)} items are not open; each one's restriction is in "
        f"data/{METADATA_CSV} (dc.rights)\n"
        if closed
        else ""
    )


def metadata_csv(records: list[Record], names: dict[str, str] | None = None) -> str:
    """Archivematica's metadata.csv: `filename` (objects/…, the file's name in the bag) and a `dc.`
    column per element, repeated as often as the item with most values of it needs; each cell
    safe to open in a spreadsheet."""
    names = names or {}
    return _dublin_core_table(
        ["filename"], [([f"objects/{names.get(record.path, record.path)}"], record) for record in records]
    )


def items_csv(inside: list[tuple[Record, bool]], names: dict[str, str]) -> str:
    """ITEMS_CSV: for each item inside a file bagged whole, the file (`objects/…`), the item's
    path, whether it was chosen, and its Dublin Core, as metadata.csv has it."""
    rows = []
    for record, chosen in inside:
        container = record.path.split(SEPARATOR, 1)[0]
        rows.append(([f"objects/{names.get(container, container)}", record.path, "yes" if chosen else "no"], record))
    return _dublin_core_table(["filename", "item", "chosen"], rows)


def _dublin_core_table(leading: list[str], rows: list[tuple[list[str], Record]]) -> str:
    """A CSV of ``leading`` columns and a `dc.` column per element, repeated as often as the item
    with most values of it needs; each cell safe to open in a spreadsheet."""
    described = [(cells, dublin_core(record)) for cells, record in rows]
    widths = {element: max((len(values[element]) for _, values in described), default=0) for element in DC_ELEMENTS}
    text = io.StringIO()
    table = csv.writer(text, lineterminator="\n")
    table.writerow(leading + [f"dc.{element}" for element in DC_ELEMENTS for _ in range(widths[element])])
    for cells, values in described:
        table.writerow(
            [
                spreadsheet_safe(cell)
                for cell in cells
                + [
                    values[element][i] if i < len(values[element]) else ""
                    for element in DC_ELEMENTS
                    for i in range(widths[element])
                ]
            ]
        )
    return text.getvalue()


def _one_line(text: str) -> str:
    return " ".join(text.split())
