"""What leaves a collection: citations, exports in the standards institutions ingest, BagIt
bags and IIIF manifests, each written outside the collection folder. Collection hands these here."""

from __future__ import annotations

from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Callable, Iterable

from .errors import ArchiveError
from .member_paths import member_name, member_names
from .model import Record

if TYPE_CHECKING:
    from .collection import Collection
    from .export.bag import BagReport
    from .export.iiif import IiifReport


class Handoffs:
    """The citations and exports of one open collection."""

    def __init__(self, collection: Collection) -> None:
        self.collection = collection

    def csl_items(self, paths: list[str]) -> list[dict[str, Any]]:
        """CSL-JSON for the given items, with citation keys unique among them."""
        from .export.citations import csl_items

        return list(csl_items(self.collection.records(paths), self.collection.name))

    def cite(
        self, paths: list[str], style: str = "apa", locale: str | None = None, html: bool = False
    ) -> list[tuple[str, str]]:
        """(path, formatted citation) for each item, in the style's bibliography order."""
        from .cite import format_bibliography

        items = self.csl_items(paths)
        path_of = {item["id"]: item["archive_location"] for item in items}
        return [(path_of[key], text) for key, text in format_bibliography(items, style, locale, html)]

    def write_export(
        self, records: Iterable[Record], fmt: str, out: IO[str], history: bool = False, **options: Any
    ) -> int:
        """Write ``records`` in ``fmt``; with ``history``, each with its changes (JSON Lines);
        ``options``: the settings a format takes (oai-static: base_url, contact_email; warn: told
        (path, what) of an item not written whole)."""
        from .export import write_records

        changes = (
            (lambda path: [change.to_dict() for change in self.collection.catalog.history(path)]) if history else None
        )
        return write_records(records, fmt, out, self.collection.name, changes, **options)

    def export_to(
        self, target: str | Path, records: Iterable[Record], fmt: str, history: bool = False, **options: Any
    ) -> int:
        """Write ``records`` in ``fmt`` to the file ``target``, whole or not at all, and never
        inside the collection; returns how many were written."""
        from .export import BINARY_FORMATS
        from .outputs import replacing

        self.collection.refuse_inside(target)
        with replacing(target, binary=fmt in BINARY_FORMATS) as out:
            return self.write_export(records, fmt, out, history, **options)

    def bag(
        self,
        paths: list[str],
        dest: str | Path,
        info: dict[str, str] | None = None,
        progress: Callable[[int, int], None] = lambda done, total: None,
    ) -> BagReport:
        """A BagIt bag of the items ``paths`` in the new folder ``dest`` (see export.bag): their
        files (an item inside a file: the file it is in), checked against the catalog as they are
        copied, with their Dublin Core; ``info``: bag-info.txt's fields (Source-Organization…)."""
        from . import version
        from .export.bag import make_bag

        self.collection.refuse_inside(dest)
        files, seen = [], set()
        for record in self.collection.records(paths):
            container = self.collection.catalog.container(record.path)
            if container is not None:
                record = self.collection.record(container)
            if record.path in seen:
                continue
            seen.add(record.path)
            source = self.collection.file_path(record.path)
            if self.collection.leads_outside(source):
                raise ArchiveError(
                    f"{record.path} has been replaced by a link out of the collection since it was indexed; "
                    "it is not bagged"
                )
            if not source.is_file():
                raise ArchiveError(
                    f"{record.path} is gone from the folder since it was indexed: re-index, then bag again"
                )
            files.append((record, source))
        return make_bag(Path(dest), files, info or {}, f"archive-viewer {version()}", progress)

    def export_iiif(
        self,
        paths: list[str],
        dest: str | Path,
        base_url: str,
        progress: Callable[[int, int], None] = lambda done, total: None,
    ) -> IiifReport:
        """IIIF manifests of the photographs, scans and PDFs among ``paths`` in the new folder
        ``dest``, to be served at ``base_url`` (see export.iiif)."""
        from .export.iiif import write_iiif

        self.collection.refuse_inside(dest)
        files = [
            (record, self.collection.file_path(record.path))
            for record in self.collection.records(paths)
            if not self.collection.is_member(record.path)
            and not self.collection.leads_outside(self.collection.file_path(record.path))
        ]
        return write_iiif(Path(dest), files, base_url, self.collection.name, progress)

    def write_manifest(self, out: IO[str]) -> int:
        """A BagIt-style manifest-sha256.txt of every catalogued file."""
        from .export import write_manifest

        return write_manifest(self.collection.catalog.checksums(files_only=True), out)

    def copy_member(self, path: str, folder: str | Path) -> Path:
        """Write the item inside a file ``path`` into ``folder`` (outside the collection) under its
        own name, to be opened by another program; returns the copy. Read from its container again."""
        from .extract import ExtractionError
        from .members import member_data

        container = self.collection.catalog.container(path)
        if container is None:
            raise ArchiveError(f"{path} is not an item inside a file")
        self.collection.refuse_inside(folder)
        source = self.collection.file_path(path)
        if self.collection.leads_outside(source):
            raise ArchiveError(f"{container} has been replaced by a link out of the collection; it is not read")
        try:
            data, suffix = member_data(source, member_names(path, container), self.collection.extract_options())
        except ExtractionError as error:
            raise ArchiveError(str(error)) from None
        name = Path(member_name(path)).name or "member"
        copy = Path(folder) / (name if Path(name).suffix else name + suffix)
        copy.write_bytes(data)
        return copy
