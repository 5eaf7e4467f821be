"""Collection: the one façade over a folder of documents and its index directory.

Everything the command line and the viewer do goes through here. A Collection object belongs to
the thread that opened it (SQLite and Whoosh searchers are per-thread); open another one in a
worker thread. Nothing here ever writes inside the collection folder.
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import signal
from contextlib import contextmanager
from functools import cached_property
from pathlib import Path
from typing import IO, TYPE_CHECKING, Any, Callable, Iterable, Iterator

from whoosh.index import FileIndex

from .catalog import Catalog
from .engine import index as search_index
from .engine.search import SearchEngine
from .engine.sources import IndexSource
from .errors import CollectionNotFound, IndexBusy, IndexDamaged, Interrupted, NotIndexed
from .legacy_names import decoded, is_legacy
from .locks import ProcessLock, held_elsewhere
from .member_paths import SEPARATOR, file_key, is_child
from .model import Change, EditReport, FixityReport, IndexReport, Record, SearchResult
from .saved_searches import SavedSearch, SavedSearches
from .scan import is_inside
from .settings import MARKER, CollectionSettings, indexed_roots
from .snippets import Marks, Passage

if TYPE_CHECKING:  # and imported where first used: a search process loads none of them (-X importtime)
    from .collection_record import CollectionRecord
    from .curation import Curation
    from .edits import EditPlan
    from .handoffs import Handoffs
    from .thumbnails import Thumbnails
    from .duplicates import DuplicateGroup
    from .export.bag import BagReport
    from .export.mail_out import MailReport
    from .names import Name
    from .export.iiif import IiifReport
    from .extract.base import ExtractOptions
    from .importing import ImportReport
    from .index_process import IndexProcess
    from .limits import Limits

INDEX_DIR_ENV = "ARCHIVE_INDEX_DIR"


def default_index_base() -> Path:
    """Where indexes live unless ``--index-dir`` says otherwise: one sub-folder per collection."""
    if os.environ.get(INDEX_DIR_ENV):
        return Path(os.environ[INDEX_DIR_ENV])
    from platformdirs import user_data_dir  # here: a command given --index-dir need not load it

    return Path(user_data_dir("archive-viewer", appauthor=False)) / "collections"


def index_dir_for(root: Path, base: Path) -> Path:
    """The index folder of a collection, keyed by its absolute path."""
    digest = hashlib.sha256(str(root).encode("utf-8", "surrogateescape")).hexdigest()[:12]
    slug = re.sub(r"[^\w.-]+", "-", root.name).strip("-")[:40] or "root"
    return base / f"{slug}-{digest}"


class Collection:
    def __init__(self, root: Path, index_dir: Path) -> None:
        self.root = root
        self.index_dir = index_dir
        self.catalog = Catalog(index_dir / "catalog.sqlite")
        self._engine: SearchEngine | None = None
        self.ix: FileIndex | None = None
        self._damage: BaseException | None = None
        self._open_search_index()

    # -- opening ----------------------------------------------------------------------------

    @classmethod
    def open(cls, root: str | Path, index_base: Path | None = None, *, create: bool = False) -> Collection:
        """Open the collection at ``root``. With ``create`` its index directory is made if needed;
        without, a collection never indexed raises NotIndexed."""
        folder = Path(root).expanduser()
        if folder.exists() and not folder.is_dir():
            raise CollectionNotFound(f"{root} is a file, not a folder: index its folder, {folder.resolve().parent}")
        if not folder.is_dir():
            raise CollectionNotFound(f"collection folder not found: {root}")
        folder = folder.resolve()
        index_dir = index_dir_for(folder, index_base or default_index_base())
        if create:
            from .outputs import refuse_inside

            refuse_inside(index_dir, folder)  # the index would index itself, and write into the collection
        if not (index_dir / MARKER).exists():
            if not create:
                raise NotIndexed(f"{folder} has not been indexed yet; run: archive index {folder}")
            index_dir.mkdir(parents=True, exist_ok=True)
            (index_dir / MARKER).write_text(json.dumps({"root": str(folder)}), encoding="utf-8")
        return cls(folder, index_dir)

    @classmethod
    def open_indexed(cls, root: str | Path, index_base: Path | None = None) -> Collection:
        """The indexed collection at ``root``, opened from its index when its folder cannot be
        reached now (a drive not plugged in: its index stays searchable)."""
        base = index_base or default_index_base()
        folder = Path(root).expanduser().absolute()
        if not folder.exists():
            for known, index_dir in indexed_roots(base):
                if known == folder:
                    return cls(known, index_dir)
        return cls.open(root, base)

    @classmethod
    def containing(cls, path: str | Path, index_base: Path | None = None) -> Collection | None:
        """The indexed collection whose folder holds ``path`` (the innermost one), if any."""
        absolute = Path(os.path.abspath(Path(path).expanduser()))
        target = absolute.parent.resolve() / absolute.name  # a link is where it stands, not where it points
        best: Path | None = None
        base = index_base or default_index_base()
        for root, _ in indexed_roots(base):
            if target.is_relative_to(root) and (best is None or len(root.parts) > len(best.parts)):
                best = root
        return cls.open(best, base) if best else None

    def close(self) -> None:
        if self._engine is not None:
            self._engine.close()
            self._engine = None
        self.catalog.close()

    def __enter__(self) -> Collection:
        return self

    def __exit__(self, *exc_info: Any) -> None:
        self.close()

    @property
    def name(self) -> str:
        return self.root.name

    @property
    def collection_record(self) -> CollectionRecord:
        """The collection's own description (title, identifier, repository…: collection_record.py)."""
        return self.settings.collection_record()

    def set_collection_record(self, changes: dict[str, str]) -> CollectionRecord:
        """Set fields of the collection's own description (field → text; '' unsets one)."""
        return self.settings.set_collection_record(changes)

    def set_authorities(self, authorities: dict[str, str]) -> CollectionRecord:
        """Keep the authority URIs of the collection's names (name → URI; see names.py)."""
        return self.settings.set_authorities(authorities)

    def names(self) -> list[Name]:
        """Every person and organisation the records give, with counts by role (see names.py)."""
        from .names import names_of

        return names_of(self.matching_records("*"), self.collection_record.authorities)

    def merge_names(
        self, aliases: list[str], into: str, authority: str | None = None, dry_run: bool = False
    ) -> EditReport:
        """Replace the aliases by ``into`` in every record, one batch (see names.merge_names)."""
        from .names import merge_names

        return merge_names(self, aliases, into, authority, dry_run)

    @property
    def saved_searches(self) -> SavedSearches:
        """The searches saved with this collection (in its index folder)."""
        return SavedSearches(self.index_dir)

    def saved_search(self, name: str) -> SavedSearch:
        """The search saved as ``name`` (refused, naming those saved, when there is none)."""
        return self.saved_searches.get(name)

    @property
    def thumbnails(self) -> Thumbnails:
        """The thumbnail cache of the items' pictures (in the index folder; any thread may use it)."""
        from .thumbnails import Thumbnails

        return Thumbnails(self.index_dir / "thumbnails")

    def relative(self, path: str | Path) -> str:
        """A path as a person typed it (absolute, relative to the current folder, or — when no
        such file is there — relative to the collection, as searches print it) → the
        collection-relative '/'-path the catalog uses."""
        typed = Path(path).expanduser()
        absolute = Path(os.path.abspath(typed))
        candidates = [absolute, absolute.resolve()]
        if not typed.is_absolute() and not os.path.exists(absolute):  # False, not an error, for a name too long
            candidates.append(Path(os.path.normpath(self.root / typed)))  # '..' cannot lead out
        for number, candidate in enumerate(candidates):
            if candidate.is_relative_to(self.root):
                relative = candidate.relative_to(self.root).as_posix()
                if is_legacy(relative):  # a name that is not UTF-8, as the shell gave it
                    return self.catalog.key_of(relative) or decoded(relative)[0]
                if number == 2 and relative in self.catalog:  # as a search printed it: 'a.zip#x.txt' is x.txt in a.zip
                    return relative
                return file_key(relative) if os.path.exists(candidate) else relative
        raise CollectionNotFound(f"{path} is not inside the collection {self.root}")

    def file_path(self, path: str) -> Path:
        """Where an item's file is on disk (its name there may not be UTF-8; see legacy_names);
        for an item inside a file (archive.members), where that file is."""
        return self.root / self.catalog.os_path(self.catalog.container(path) or path)

    def is_member(self, path: str) -> bool:
        """Whether the item is inside a file (a message of a mailbox, a file of a zip). Asked for
        each row the result list paints: a path without the separator, most of them, is answered
        without the catalog."""
        return SEPARATOR in path and self.catalog.container(path) is not None

    def members(self, path: str) -> list[str]:
        """The items inside a file, at every depth, in order."""
        return self.catalog.members(path)

    def children(self, path: str) -> list[str]:
        """The items directly inside ``path`` (a mailbox's messages, a message's attachments), in order."""
        container = self.catalog.container(path) or path
        return [member for member in self.catalog.members(container) if is_child(member, path)]

    def copy_member(self, path: str, folder: str | Path) -> Path:
        """Write the item inside a file ``path`` into ``folder`` (outside the collection) under its
        own name, to be opened by another program; returns the copy."""
        return self.handoffs.copy_member(path, folder)

    def leads_outside(self, file: Path) -> bool:
        """Whether ``file`` is now a link out of the collection (swapped in since it was indexed):
        such a file is neither read nor shown."""
        return not is_inside(str(file), os.path.realpath(self.root))

    # -- indexing ---------------------------------------------------------------------------

    @staticmethod
    def index_process(root: Path, index_base: Path | None) -> IndexProcess:
        """An index run of ``root`` in a process of its own, for a window that must never wait
        for it (see index_process.IndexProcess)."""
        from .index_process import IndexProcess

        return IndexProcess(root, index_base, _index_for_a_window)

    def index(
        self,
        jobs: int | None = None,
        progress: Callable | None = None,
        cancelled: Callable[[], bool] = lambda: False,
        limits: Limits | None = None,
        reextract: str | None = None,
        scheduler: str | None = None,
        ship_files: bool = False,
    ) -> IndexReport:
        """Bring the index up to date with the folder. Only one run at a time per collection:
        a second one raises IndexBusy naming the process that holds the collection.
        ``limits`` bounds what one file may cost (time, memory); see workers.Limits. OCR follows
        the collection's settings (see ocr_settings). ``reextract`` (a query, '*' for all) reads
        the items it finds again even when nothing changed; edits stay. ``scheduler`` (a Dask
        scheduler's address) reads the files on that cluster, sending their bytes with
        ``ship_files`` (see cluster.DaskCluster); ``jobs`` then only counts local threads."""
        from .limits import Limits
        from .pipeline import run_index  # keeps worker machinery out of search-only start-up
        from .workers import ReadAll, extract_all

        read_all: ReadAll = extract_all
        if scheduler is not None:
            from .cluster import DaskCluster

            read_all = DaskCluster(scheduler, ship_files)

        reread: frozenset[str] = frozenset()
        if reextract is not None:
            reread = frozenset(self.catalog.paths() if reextract.strip() == "*" else self.matching_paths(reextract))

        def run() -> IndexReport:
            assert self.ix is not None  # a damaged index is repaired before the run
            return run_index(
                self.root,
                self.catalog,
                self.ix,
                jobs or os.cpu_count() or 1,
                progress,
                cancelled,
                limits or Limits(),
                self.extract_options(),
                reread,
                read_all,
                self._merge_when_due,
            )

        try:
            return self._index_locked(run)
        except KeyboardInterrupt:  # before the run began to write (it says how much it committed)
            raise Interrupted(signal.SIGINT, 0) from None
        except Interrupted as stop:
            if stop.committed is None:
                raise Interrupted(stop.signal_number, 0) from None
            raise

    #: Whether index runs and edits start a merge of the search index's segments, when one is
    #: due, in a process of its own (merging.py). The command line and the viewer do; a library
    #: caller (a test) merges when it chooses, with merge().
    merges_in_background = False

    @property
    def _postings_dir(self) -> Path:  # large segments' postings as arrays (posting_columns.py)
        return self.index_dir / "postings"

    @property
    def _facets_dir(self) -> Path:  # each segment's facet table (facet_columns.py)
        return self.index_dir / "facets"

    @property
    def _merging_lock(self) -> Path:  # held by the one process merging the index
        return self.index_dir / "merging.lock"

    def merge(self) -> int:
        """Merge the search index's segments that are due now, write large segments' postings as
        arrays (merging.py) and every segment's facet table (facet_columns.py: else the first
        search after a large merge builds it, 0.35 s at 100,000 documents); how many segments were
        merged, 0 also when another process is merging this index."""
        from .engine import merging
        from .engine.facet_columns import facet_postings

        if self.ix is None:
            return 0
        try:
            with ProcessLock(self._merging_lock, self.root):
                merged = merging.merge(
                    self.ix,
                    self.index_dir / merging.STAGING,
                    self._postings_dir,
                    indexing=lambda: held_elsewhere(self._indexer_lock_path),
                )
                with self.ix.searcher() as searcher:
                    facet_postings(
                        searcher, search_index.FACET_FIELDS, [self._facets_dir] * len(searcher.leaf_searchers())
                    )
                return merged
        except IndexBusy:
            return 0

    def _merge_when_due(self) -> None:
        """Start a merge in a process of its own (see merges_in_background) if one is due and
        none is running."""
        from .engine import merging

        if not self.merges_in_background or self.ix is None or not merging.work_due(self.ix, self._postings_dir):
            return
        try:
            with ProcessLock(self._merging_lock, self.root):
                pass
        except IndexBusy:
            return
        merging.start(self.root, self.index_dir.parent)

    def _index_locked(self, run: Callable[[], IndexReport]) -> IndexReport:
        with self._indexer_lock():
            repaired = self._damage is not None or search_index.is_marked_damaged(self.index_dir / "whoosh")
            if repaired:
                self._repair()
            try:
                report = run()
            except Exception as error:  # found damaged while merging into it: rebuilt, then the run again
                if not search_index.is_damage(error):
                    raise
                self._repair()
                repaired = True
                report = run()
        report.collection = str(self.root)
        report.repaired = repaired
        self._merge_when_due()
        return report

    def _repair(self) -> None:
        """Start the search index anew; the run that follows rebuilds it from the catalog."""
        if self._engine is not None:
            self._engine.close()
            self._engine = None
        self.ix = search_index.open_index(self.index_dir / "whoosh", fresh=True)
        self._damage = None

    # -- settings of this collection (kept in its index folder; see settings.py) --------------

    @cached_property
    def settings(self) -> CollectionSettings:
        return CollectionSettings(self.index_dir, self.root, self.catalog)

    def set_ocr(self, enabled: bool | None = None, languages: str | None = None) -> None:
        """Turn OCR on or off, or choose its languages ('eng+rus+aze', or 'auto'), for this collection."""
        self.settings.set_ocr(enabled, languages)

    def ocr_settings(self) -> tuple[bool, str]:
        """(OCR wanted, its languages)."""
        return self.settings.ocr()

    def extract_options(self) -> ExtractOptions:
        """How this collection's files are read: OCR, its languages, its lexicon."""
        return self.settings.extract_options()

    def _indexer_lock(self):
        return ProcessLock(self._indexer_lock_path, self.root)

    @property
    def _indexer_lock_path(self) -> Path:  # held by the one process indexing the collection
        return self.index_dir / "indexer.lock"

    # -- reading ----------------------------------------------------------------------------

    @property
    def engine(self) -> SearchEngine:
        source = self.index_source()  # found damaged on opening, repaired since by an index run perhaps
        if self._engine is None:
            with self._reading():
                self._engine = SearchEngine([source])
        return self._engine

    def index_source(self) -> IndexSource:
        """The collection's index as a search reads it (several are searched as one: CollectionSet)."""
        if self.ix is None:
            self._open_search_index()
        if self._damage is not None or self.ix is None or search_index.is_marked_damaged(self.index_dir / "whoosh"):
            raise self._damaged(self._damage)
        return IndexSource(str(self.root), self.ix, self.catalog, self._facets_dir, self._postings_dir)

    def _open_search_index(self) -> None:
        """Open the search index; found damaged, ``ix`` stays None and searching says so (the next
        index run rebuilds it)."""
        try:
            self.ix, self._damage = search_index.open_index(self.index_dir / "whoosh"), None
        except Exception as error:
            if not search_index.is_damage(error):
                raise
            self._damage = error

    @contextmanager
    def _reading(self) -> Iterator[None]:
        """Reading the search index: damage found is noted (the next index run rebuilds it) and said."""
        try:
            yield
        except Exception as error:
            if not search_index.is_damage(error):
                raise
            search_index.mark_damaged(self.index_dir / "whoosh", error)
            raise self._damaged(error) from None

    def _damaged(self, error: BaseException | None) -> IndexDamaged:
        cause = f" ({type(error).__name__})" if error is not None else ""
        return IndexDamaged(
            f"the search index of {self.root} is damaged{cause}; repair it: archive index {self.root} "
            "(the catalog keeps every item and your edits)"
        )

    def search(self, query: str, **options: Any) -> SearchResult:
        """See SearchEngine.search for the options (limit, offset, sort, type, date_from…)."""
        with self._reading():
            return self.engine.search(query, **options)

    def passage(self, query: str, path: str) -> Passage:
        """The best passage of one item for ``query``: its page, a marked snippet, and every page
        where the query's words stand (a search lists the first 40 of them under each hit)."""
        from .snippets import MAX_LISTED_CHARS, MAX_LISTED_PAGES, best_passage, typed_pages

        record = self.record(path)
        pages = list(self.catalog.lazy_texts([path], MAX_LISTED_CHARS).get(path, ()))
        if not any(page.strip() for page in pages):  # a photograph's text is what a person read in it
            pages = typed_pages(record)
        return best_passage(pages, self._highlight_marks(query), self.engine.languages(), MAX_LISTED_PAGES)

    def match_spans(self, query: str, text: str) -> list[tuple[int, int]]:
        """Where the query's words and phrases occur in ``text`` (for highlighting a preview)."""
        return self.span_finder(query)(text)

    def span_finder(self, query: str) -> Callable[[str], list[tuple[int, int]]]:
        """match_spans for one query, as a function of the text alone: made here, it may be
        called from any thread (a preview finds its marks off the GUI thread)."""
        from .snippets import match_spans

        marks, languages = self._highlight_marks(query), self.engine.languages()
        return (lambda text: match_spans(text, marks, languages)) if marks else (lambda text: [])

    def _highlight_marks(self, query: str) -> Marks:
        """The analysed words and phrases a preview should mark for ``query`` (none when browsing everything)."""
        return self.engine.highlight_marks(query) if query.strip() not in ("", "*") else Marks()

    def record(self, path: str) -> Record:
        """The effective record of a catalogued item, by its collection-relative path."""
        record = self.catalog.record(path)
        if record is None:
            raise NotIndexed(f"{path} is not in the index of {self.root}; run: archive index {self.root}")
        return record

    def text(self, path: str) -> list[str]:
        """The extracted text of an item, page by page."""
        pages = self.catalog.text(path)
        if pages is None:
            raise NotIndexed(f"{path} is not in the index of {self.root}")
        return pages

    def __len__(self) -> int:
        return len(self.catalog)

    def orphans(self) -> dict[str, dict[str, Any]]:
        """Edits whose file is gone (path → field → value): kept, never lost, until a file comes
        back at that path (or those bytes arrive at one new path); ``archive orphans`` lists them."""
        return self.catalog.orphans()

    def failures(self) -> dict[str, str]:
        """Catalogued files whose content could not be read, with the reason."""
        return self.catalog.errors()

    def records(self, paths: list[str], chunk: int = 500) -> Iterator[Record]:
        """Effective records of ``paths`` in that order, read from the catalog a chunk at a time."""
        for start in range(0, len(paths), chunk):
            part = paths[start : start + chunk]
            found = self.catalog.records(part)
            yield from (found[path] for path in part if path in found)

    def matching_records(self, query: str, **options: Any) -> Iterator[Record]:
        """Every record the query matches (options as for search, less paging), streamed."""
        return self.records(self.matching_paths(query, **options))

    def matching_paths(self, query: str, **options: Any) -> list[str]:
        """Every path the query matches, in order (options as for search, less paging)."""
        with self._reading():
            return [path for _, path in self.engine.matching(query, **options)]

    def duplicates(self, near: bool = False) -> list[DuplicateGroup]:
        """Groups of identical files and, with ``near``, of items whose texts are near copies
        (see duplicates); an identical file's copies join its near group."""
        from .duplicates import identical_groups, near_groups

        identical = identical_groups(self.catalog.paths_by_checksum())
        if not near:
            return identical
        copies = {group.paths[0]: group.paths for group in identical}
        skipped = {path for group in identical for path in group.paths[1:]}
        compared = [path for path in self.catalog.paths() if path not in skipped]

        def texts() -> Iterator[tuple[str, str]]:
            for start in range(0, len(compared), 500):
                for path, pages in self.catalog.texts(compared[start : start + 500]).items():
                    yield path, "\n".join(pages)

        nearly = near_groups(texts())
        for group in nearly:
            group.paths = sorted(path for member in group.paths for path in copies.get(member, [member]))
        return identical + nearly

    # -- hand-offs (see handoffs.Handoffs: what is not open stays unless include_restricted) ----

    @cached_property
    def handoffs(self) -> Handoffs:
        from .handoffs import Handoffs

        return Handoffs(self)

    def csl_items(self, paths: list[str], include_restricted: bool = False) -> list[dict[str, Any]]:
        """CSL-JSON for the given items, with citation keys unique among them."""
        return self.handoffs.csl_items(paths, include_restricted)

    def cite(
        self,
        paths: list[str],
        style: str = "apa",
        locale: str | None = None,
        html: bool = False,
        include_restricted: bool = False,
        page: int | None = None,
    ) -> list[tuple[str, str]]:
        """(path, formatted citation) for each item, in the style's bibliography order (``page``: the leaf cited)."""
        return self.handoffs.cite(paths, style, locale, html, include_restricted, page)

    def write_export(
        self,
        records: Iterable[Record],
        fmt: str,
        out: IO[str],
        history: bool = False,
        include_restricted: bool = False,
        **options: Any,
    ) -> int:
        """Write ``records`` in ``fmt`` to ``out`` (see Handoffs.write_export)."""
        return self.handoffs.write_export(records, fmt, out, history, include_restricted, **options)

    def export_to(
        self,
        target: str | Path,
        records: Iterable[Record],
        fmt: str,
        history: bool = False,
        include_restricted: bool = False,
        **options: Any,
    ) -> int:
        """Write ``records`` in ``fmt`` to the file ``target``, whole or not at all, never inside the collection."""
        return self.handoffs.export_to(target, records, fmt, history, include_restricted, **options)

    def bag(
        self,
        paths: list[str],
        dest: str | Path,
        info: dict[str, str] | None = None,
        progress: Callable[[int, int], None] = lambda done, total: None,
        include_restricted: bool = False,
    ) -> BagReport:
        """A BagIt bag of the items ``paths`` in the new folder ``dest`` (see Handoffs.bag)."""
        return self.handoffs.bag(paths, dest, info, progress, include_restricted)

    def export_mail(
        self, paths: list[str], target: str | Path, fmt: str, include_restricted: bool = False
    ) -> MailReport:
        """The e-mail messages among ``paths`` as an mbox file or a folder of .eml (see Handoffs.export_mail)."""
        return self.handoffs.export_mail(paths, target, fmt, include_restricted)

    def export_iiif(
        self,
        paths: list[str],
        dest: str | Path,
        base_url: str,
        progress: Callable[[int, int], None] = lambda done, total: None,
    ) -> IiifReport:
        """IIIF manifests of the pictures and PDFs among ``paths`` in the new folder ``dest``."""
        return self.handoffs.export_iiif(paths, dest, base_url, progress)

    def write_manifest(self, out: IO[str]) -> int:
        """A BagIt-style manifest-sha256.txt of every catalogued file."""
        return self.handoffs.write_manifest(out)

    def refuse_inside(self, target: str | Path) -> None:
        """Nothing is ever written into the collection: refuse an output file inside it."""
        from .outputs import refuse_inside

        refuse_inside(target, self.root)

    # -- editing (see curation.Curation) ----------------------------------------------------

    @cached_property
    def curation(self) -> Curation:
        from .curation import Curation

        return Curation(self)

    def edit(
        self, path: str, values: dict[str, Any] | None = None, unset: Iterable[str] = (), source: str = "cli"
    ) -> Record:
        """Store a person's corrections to one item (never in the file), searchable at once."""
        return self.curation.edit(path, values, unset, source)

    def edit_many(self, paths: Iterable[str], plan: EditPlan, source: str = "cli", dry_run: bool = False) -> EditReport:
        """Apply ``plan`` to every item of ``paths`` in one transaction (all or none)."""
        return self.curation.edit_many(paths, plan, source, dry_run)

    def edit_each(self, changes: dict[str, dict[str, Any]], source: str = "cli", dry_run: bool = False) -> EditReport:
        """Set each item's own values (path → field → value) in one transaction: one batch."""
        return self.curation.edit_each(changes, source, dry_run)

    def group(self, paths: list[str], title: str | None = None, source: str = "cli") -> EditReport:
        """Make several items one, in this order (groups.py), titled ``title`` when given."""
        return self.curation.group(paths, title, source)

    def ungroup(self, path: str, source: str = "cli") -> EditReport:
        """Take apart the group ``path`` is a part of."""
        return self.curation.ungroup(path, source)

    def parts(self, path: str) -> list[str]:
        """The parts of the item ``path``, in order, when it leads a group; else none."""
        record = self.catalog.record(path)
        return record.parts if record else []

    def group_of(self, path: str) -> list[str]:
        """The parts of the item of several files ``path`` is a part of (leading or not), in order; else none."""
        return self.catalog.group_of(path)

    def import_file(
        self, path: Path, dry_run: bool = False, accept_mojibake: bool = False, overwrite_newer: bool = False
    ) -> ImportReport:
        """Apply the corrections of a spreadsheet of records in one transaction (a stale value is a
        conflict, not applied unless ``overwrite_newer``)."""
        return self.curation.import_file(path, dry_run, accept_mojibake, overwrite_newer)

    def history(self, path: str | None = None) -> list[Change]:
        """Every change to what people typed, oldest first (of one item, or all)."""
        return self.catalog.history(path)

    def revert(self, path: str, to: str | None = None) -> Record:
        """Bring an item's corrections back to what they were at ``to``, or before its last save."""
        return self.curation.revert(path, to)

    def undo(self, source: str) -> list[str]:
        """Undo the last save made from ``source`` not undone yet; the paths it touched."""
        return self.curation.undo(source)

    def revert_batch(self, batch: int) -> list[str]:
        """Take back one batch of changes as one new batch; the paths it touched."""
        return self.curation.revert_batch(batch)

    # -- fixity -----------------------------------------------------------------------------

    def verify(self, jobs: int | None = None) -> FixityReport:
        """Re-hash every catalogued file; report changed, missing and new files."""
        from .fixity import verify

        return verify(self.root, self.catalog, jobs)


def _index_for_a_window(
    root: Path, index_base: Path | None, progress: Callable, cancelled: Callable[[], bool]
) -> IndexReport:
    """One index run in the process Collection.index_process starts."""
    with Collection.open(root, index_base, create=True) as collection:
        collection.merges_in_background = True
        return collection.index(progress=progress, cancelled=cancelled)
