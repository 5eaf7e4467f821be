"""What leaves a collection: citations, exports in the standards institutions ingest, BagIt
bags and IIIF manifests, each written outside the collection folder. Collection hands these here.

Nothing that is not open, and nothing holding sensitive data no person has reviewed, leaves unless
a person asks (``include_restricted``; see access.held_back): what was left out, and why, is in
``left_out`` after each hand-off."""

from __future__ import annotations

import tempfile
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Callable, Iterable, Iterator

from .access import held_back
from .errors import ArchiveError
from .member_paths import member_file_name, member_name, member_names
from .model import Record

if TYPE_CHECKING:
    from .collection import Collection
    from .export.bag import BagReport
    from .export.mail_out import MailReport
    from .export.iiif import IiifReport


class Handoffs:
    """The citations and exports of one open collection."""

    def __init__(self, collection: Collection) -> None:
        self.collection = collection
        #: (path, why) of each item the last hand-off left out.
        self.left_out: list[tuple[str, str]] = []

    def _open_only(self, records: Iterable[Record], include_restricted: bool) -> Iterator[Record]:
        """``records`` less those not open (unless ``include_restricted``), noted in left_out."""
        self.left_out = []

        def kept() -> Iterator[Record]:
            for record in records:
                why = None if include_restricted else held_back(record)
                if why is None:
                    yield record
                else:
                    self.left_out.append((record.path, why))

        return kept()

    def _with_parts(self, records: Iterable[Record], include_restricted: bool = False) -> Iterator[Record]:
        """Each record, then the other parts of the item of several files it leads (groups.py): a
        hand-off of files hands on every part, each part held back as an item is (left_out)."""
        for record in records:
            yield record
            for part in self.collection.records(record.parts[1:]):
                why = None if include_restricted else held_back(part)
                if why is None:
                    yield part
                else:
                    self.left_out.append((part.path, why))

    def csl_items(self, paths: list[str], include_restricted: bool = False) -> list[dict[str, Any]]:
        """CSL-JSON for the given items, with citation keys unique among them; of several items,
        those held back are left out unless ``include_restricted`` (one item is cited as asked)."""
        return [item for _, item in self.cited(paths, include_restricted or len(paths) == 1)]

    def cited(
        self, paths: list[str], include_restricted: bool, page: int | None = None
    ) -> list[tuple[str, dict[str, Any]]]:
        """(path, CSL-JSON item) of each item cited, those held back left out unless
        ``include_restricted``; ``page``: the page (leaf) cited."""
        from .export.citations import csl_items

        records = list(self._open_only(self.collection.records(paths), include_restricted))
        cited = [
            (record.path, item)
            for record, item in zip(records, csl_items(records, self.collection.collection_record), strict=True)
        ]
        for _, item in cited if page else ():
            item["page"] = str(page)
        return cited

    def cite(
        self,
        paths: list[str],
        style: str = "apa",
        locale: str | None = None,
        html: bool = False,
        include_restricted: bool = False,
        page: int | None = None,
    ) -> list[tuple[str, str]]:
        """(path, formatted citation) for each item, in the style's bibliography order; ``page``:
        the page (leaf) cited, as CSL's page (an archival reference's 'Л. 3')."""
        from .cite import format_bibliography

        cited = self.cited(paths, include_restricted or len(paths) == 1, page)
        path_of = {item["id"]: path for path, item in cited}
        items = [item for _, item in cited]
        return [(path_of[key], text) for key, text in format_bibliography(items, style, locale, html)]

    def write_export(
        self,
        records: Iterable[Record],
        fmt: str,
        out: IO[str],
        history: bool = False,
        include_restricted: bool = False,
        **options: Any,
    ) -> int:
        """Write ``records`` in ``fmt``; with ``history``, each with its changes (JSON Lines);
        ``options``: the settings a format takes (oai-static: base_url, contact_email; warn: told
        (path, what) of an item not written whole)."""
        from .export import write_records

        changes = (
            (lambda path: [change.to_dict() for change in self.collection.catalog.history(path)]) if history else None
        )
        kept = self._open_only(records, include_restricted)
        return write_records(kept, fmt, out, self.collection.collection_record, changes, **options)

    def export_to(
        self,
        target: str | Path,
        records: Iterable[Record],
        fmt: str,
        history: bool = False,
        include_restricted: bool = False,
        **options: Any,
    ) -> int:
        """Write ``records`` in ``fmt`` to the file ``target``, whole or not at all, and never
        inside the collection; returns how many were written."""
        from .export import BINARY_FORMATS
        from .outputs import replacing

        self.collection.refuse_inside(target)
        with replacing(target, binary=fmt in BINARY_FORMATS) as out:
            return self.write_export(records, fmt, out, history, include_restricted, **options)

    def bag(
        self,
        paths: list[str],
        dest: str | Path,
        info: dict[str, str] | None = None,
        progress: Callable[[int, int], None] = lambda done, total: None,
        include_restricted: bool = False,
    ) -> BagReport:
        """A BagIt bag of the items ``paths`` in the new folder ``dest`` (see export.bag): their
        files, an item inside a file as a file of its own, each checked against the catalog as it
        is copied, with their Dublin Core; ``info``: bag-info.txt's fields (Source-Organization…).
        A file holding an item that is not open is left out with it."""
        from . import version
        from .export.bag import make_bag

        self.collection.refuse_inside(dest)
        files: list[tuple[Record, Path, str]] = []
        inside: dict[str, list[Record]] = {}
        chosen = set(paths)
        described: list[tuple[Record, bool]] = []  # the items inside the files bagged whole
        kept = self._open_only(self.collection.records(paths), include_restricted)
        for record in self._with_parts(kept, include_restricted):
            container = self.collection.catalog.container(record.path)
            if container is not None:
                inside.setdefault(container, []).append(record)
                continue
            within = list(self.collection.records(self.collection.catalog.members(record.path)))
            closed_inside = None if include_restricted else next((i.path for i in within if held_back(i)), None)
            if closed_inside:  # a file is bagged whole: an item held back inside it keeps it back
                self.left_out.append((record.path, f"it holds {closed_inside}, which is held back"))
            else:
                files.append((record, self._readable(record.path), record.path))
                described += [(item, item.path in chosen) for item in within]
        with tempfile.TemporaryDirectory(prefix="archive-bag-") as folder:
            for container, records in inside.items():
                files.extend(self._taken_out(container, records, Path(folder)))
            return make_bag(
                Path(dest), files, self._bag_info(info or {}), f"archive-viewer {version()}", progress, described
            )

    def _bag_info(self, given: dict[str, str]) -> dict[str, str]:
        """bag-info.txt's fields: those given, else the collection's own description's."""
        about = self.collection.collection_record
        described = {
            "Source-Organization": about.repository,
            "External-Identifier": about.identifier,
            "External-Description": about.title,
            "Bag-Group-Identifier": about.identifier,
        }
        return {**{name: value for name, value in described.items() if value}, **given}

    def _readable(self, path: str) -> Path:
        """The file ``path`` on disk, as it was indexed: still there, not a link out."""
        source = self.collection.file_path(path)
        if self.collection.leads_outside(source):
            raise ArchiveError(
                f"{path} has been replaced by a link out of the collection since it was indexed; it is not read"
            )
        if not source.is_file():
            raise ArchiveError(f"{path} is gone from the folder since it was indexed: re-index, then try again")
        return source

    def _taken_out(self, container: str, records: list[Record], folder: Path) -> Iterator[tuple[Record, Path, str]]:
        """The items ``records`` inside the file ``container``, each written into ``folder`` with
        the name it is handed on by (see member_file_name)."""
        folder = Path(tempfile.mkdtemp(dir=folder))
        for number, (record, data, suffix) in enumerate(self._member_bytes(container, records)):
            copy = folder / str(number)
            copy.write_bytes(data)
            yield record, copy, member_file_name(record.path, suffix)

    def _member_bytes(self, container: str, records: list[Record]) -> Iterator[tuple[Record, bytes, str]]:
        """(record, bytes, its type's suffix) of the items ``records`` inside the file
        ``container``, one reading of the file for all; an item no longer there stops the hand-off."""
        from .extract import ExtractionError
        from .members import members_data

        wanted = {tuple(member_names(record.path, container)): record for record in records}
        source = self._readable(container)
        try:
            for names, data, suffix in members_data(
                source, [list(names) for names in wanted], self.collection.extract_options()
            ):
                yield wanted.pop(names), data, suffix
        except ExtractionError as error:
            raise ArchiveError(f"{container} could not be read again: {error}") from None
        if wanted:
            missing = next(iter(wanted.values())).path
            raise ArchiveError(f"{missing} is no longer in {container} (it changed since it was indexed): re-index")

    def export_mail(
        self, paths: list[str], target: str | Path, fmt: str, include_restricted: bool = False
    ) -> MailReport:
        """The e-mail messages among ``paths`` as mail (see export.mail_out): ``fmt`` 'mbox' one
        file ``target``, 'eml' the new folder ``target``; what is not a message is counted out."""
        from .export.mail_out import RFC822, MailReport, message_bytes, write_eml_folder, write_mbox
        from .formats import MESSAGES
        from .outputs import replacing

        self.collection.refuse_inside(target)
        report = MailReport()

        def messages() -> Iterator[tuple[Record, bytes]]:
            inside: dict[str, list[Record]] = {}
            for record in self._open_only(self.collection.records(paths), include_restricted):
                if record.format != RFC822:
                    why = (
                        "an Outlook message is not RFC 5322 mail: bag it" if record.format in MESSAGES else "no message"
                    )
                    report.not_mail.append((record.path, why))
                elif (container := self.collection.catalog.container(record.path)) is not None:
                    inside.setdefault(container, []).append(record)
                else:
                    yield record, message_bytes(self._readable(record.path))
            for container, records in inside.items():
                yield from ((record, data) for record, data, _ in self._member_bytes(container, records))

        if fmt == "mbox":
            with replacing(target, binary=True) as out:
                report.messages = write_mbox(messages(), out)
        else:
            report.messages = write_eml_folder(messages(), Path(target))
        return report

    def export_iiif(
        self,
        paths: list[str],
        dest: str | Path,
        base_url: str,
        progress: Callable[[int, int], None] = lambda done, total: None,
    ) -> IiifReport:
        """IIIF manifests of the photographs, scans and PDFs among ``paths`` in the new folder
        ``dest``, to be served at ``base_url`` (see export.iiif): an item of several files one
        manifest of all its parts' pages; those inside files are taken out of them to be shown, and
        what has no pages is counted."""
        from .export.iiif import can_show, write_iiif

        self.collection.refuse_inside(dest)
        wanted: list[tuple[Record, list[Record]]] = []  # each item and what is shown of it: its parts, or itself
        for record in self._open_only(self.collection.records(paths), include_restricted=False):
            shown = list(self.collection.records(record.parts)) if record.parts else [record]
            wanted.append((record, [part for part in shown if can_show(part)]))
        sources: dict[str, Path] = {}
        inside: dict[str, list[Record]] = {}
        gone: list[tuple[str, str]] = []
        for part in (part for _, shown in wanted for part in shown):
            container = self.collection.catalog.container(part.path)
            if container is not None:
                inside.setdefault(container, []).append(part)
            elif self.collection.leads_outside(source := self.collection.file_path(part.path)):
                gone.append((part.path, "replaced by a link out of the collection since it was indexed"))
            else:
                sources[part.path] = source  # never read unless it has pages (can_show)
        with tempfile.TemporaryDirectory(prefix="archive-iiif-") as folder:
            for container, records in inside.items():
                sources.update(
                    (record.path, copy) for record, copy, _ in self._taken_out(container, records, Path(folder))
                )
            files = [
                (record, [(part, sources[part.path]) for part in shown if part.path in sources])
                for record, shown in wanted
                if not shown or any(part.path in sources for part in shown)
            ]
            report = write_iiif(Path(dest), files, base_url, self.collection.collection_record, progress)
        report.failed.extend(gone)
        return report

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
        source = self._readable(container)
        try:
            data, suffix = member_data(source, member_names(path, container), self.collection.extract_options())
        except ExtractionError as error:
            raise ArchiveError(str(error)) from None
        name = Path(member_name(path)).name or "member"
        copy = Path(folder) / (name if Path(name).suffix else name + suffix)
        copy.write_bytes(data)
        return copy
