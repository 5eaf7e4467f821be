"""The results table's model: a window onto a search result that fetches rows a page at a time,
so 50,000 hits cost no more than the rows a person scrolls to."""

from __future__ import annotations

import gc
import html
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QMimeData,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)

from archive import Collection, Hit, Passage, SearchResult, container_label, is_open, member_name

from .badges import format_badge
from .i18n import access_summary, local_date, translate, type_name
from .timers import timer

PAGE_SIZE = 200
#: How long the list must rest before the snippets of the rows on screen are worked out.
ASK_AFTER_MS = 120
#: (header, what the core sorts by) for each column.
COLUMNS = (  # (heading, what it sorts by); headings are translated where shown
    (QT_TRANSLATE_NOOP("Columns", "Title"), "title"),
    (QT_TRANSLATE_NOOP("Columns", "Creators"), "creator"),
    (QT_TRANSLATE_NOOP("Columns", "Date"), "date"),
    (QT_TRANSLATE_NOOP("Columns", "Type"), "type"),
    (QT_TRANSLATE_NOOP("Columns", "Source"), "source"),
    (QT_TRANSLATE_NOOP("Columns", "Pages"), "pages"),
)
#: The marks in a snippet's HTML (<b>…</b>), taken off for a screen reader.
_TAGS = re.compile(r"<[^>]+>")
PathRole = Qt.ItemDataRole.UserRole + 1
#: The hit's best passage (snippet HTML and page) once worked out, else None (it is being fetched).
PassageRole = Qt.ItemDataRole.UserRole + 2
#: The item's format (a MIME type): what kind of thumbnail it can have.
FormatRole = Qt.ItemDataRole.UserRole + 3
#: 'restricted' or 'closed' for an item that is not open (a padlock is drawn), else None.
AccessRole = Qt.ItemDataRole.UserRole + 4
#: What dragged rows carry: their items' paths, one a line.
PATHS_MIME = "application/x-archive-viewer-paths"


@dataclass
class Query:
    """Everything that decides a result list."""

    text: str = "*"
    filters: dict[str, str] = field(default_factory=dict)
    sort: str = "relevance"
    reverse: bool = False
    #: The first and last year chosen on the timeline, or None for all.
    years: tuple[int, int] | None = None

    def narrowing(self) -> dict:
        """What the core narrows the search by: facet values and the years."""
        years = {"date_from": str(self.years[0]), "date_to": str(self.years[1])} if self.years else {}
        return {"filters": self.filters, **years}


def first_page(collection: Collection, query: Query) -> SearchResult:
    """The first page of a query's results, with facets (safe to call on any thread, with that
    thread's own Collection)."""
    return collection.search(
        query.text, limit=PAGE_SIZE, sort=query.sort, reverse=query.reverse, snippets=False, **query.narrowing()
    )


def next_page(collection: Collection, query: Query, offset: int, total: int) -> list[Hit]:
    """The rows from ``offset`` on (any thread, with that thread's own Collection). The whole
    result is ranked with the first of them, so that no later page ranks it again."""
    return collection.search(
        query.text,
        limit=PAGE_SIZE,
        offset=offset,
        sort=query.sort,
        reverse=query.reverse,
        facets=False,
        snippets=False,
        rank_depth=total,
        **query.narrowing(),
    ).hits


class ResultsModel(QAbstractTableModel):
    """Signals: ``passages_wanted(generation, query text, paths)``: rows being shown whose snippets
    are not known yet; answer with ``add_passages`` (worked out off the GUI thread: a snippet
    reads the item's text)."""

    passages_wanted = Signal(int, str, list)
    #: ``page_wanted(generation, offset)``: the next page of rows, to be searched off the GUI
    #: thread (a page deep in a large result ranks it again) and given to ``add_page``.
    page_wanted = Signal(int, int)
    #: A page asked for by page_wanted has come back (with rows or, at the end, without).
    page_done = Signal()

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.collection: Collection | None = None
        self.several = False  # the rows are of several collections: each names its own
        #: The collection of a row and its item's path there (scope.py: several may be searched).
        self.owner_of: Callable[[str], tuple[Collection, str]] = lambda path: (self.collection, path)  # type: ignore[return-value]
        self.query = Query()
        self.result: SearchResult | None = None
        self._hits: list[Hit] = []
        self._rows: dict[str, int] = {}  # path → row
        self._exhausted = False
        self._fetching = False
        self._passages: dict[str, Passage] = {}
        self._filled: set[int] = set()  # the columns some row has a value in
        self._generation = 0  # of the rows: a passage worked out for an older result is dropped
        self._wanted: list[str] = []
        self._asked: set[str] = set()
        # Rows flown past while scrolling are not worth a snippet: ask once the list rests a moment.
        self._ask_timer = timer(self, ASK_AFTER_MS)
        self._ask_timer.timeout.connect(self._ask)

    # -- running queries (GUI thread; the core answers in milliseconds) --------------------

    def run(self, collection: Collection | None, query: Query) -> SearchResult | None:
        """Replace the rows with the first page of ``query``'s results; facets come with it."""
        result = first_page(collection, query) if collection is not None else None
        self.show(collection, query, result)
        return result

    def show(self, collection: Collection | None, query: Query, result: SearchResult | None) -> None:
        """Replace the rows with ``result`` (searched here or on another thread)."""
        gc.unfreeze()  # the rows about to go may be collected again (see add_page)
        self.beginResetModel()
        self.collection, self.query, self.result = collection, query, result
        self._hits, self._passages, self._exhausted, self._rows, self._fetching = [], {}, False, {}, False
        self._filled = set()
        self._generation += 1
        self._wanted, self._asked = [], set()
        if result is not None:
            self._add(result.hits)
        self.endResetModel()
        # The next page is read now, while the first is being looked at: it ranks the whole result
        # off the GUI thread, so scrolling later never waits for that.
        QTimer.singleShot(0, self.fetchMore)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return (
            self.result is not None
            and self.collection is not None
            and not parent.isValid()
            and not self._exhausted
            and not self._fetching
            and len(self._hits) < self.result.total
        )

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if self.canFetchMore(parent):
            self._fetching = True
            self.page_wanted.emit(self._generation, len(self._hits))

    def add_page(self, generation: int, offset: int, hits: list[Hit] | None) -> None:
        """The page asked for by ``page_wanted`` (None if it could not be read: no more are asked)."""
        if generation != self._generation or offset != len(self._hits):
            return
        self._fetching = False
        if not hits:  # fewer than counted (items removed meanwhile), or a failure: stop asking
            self._exhausted = True
            self.page_done.emit()
            return
        self.beginInsertRows(QModelIndex(), len(self._hits), len(self._hits) + len(hits) - 1)
        self._add(hits)
        self.endInsertRows()
        self.page_done.emit()
        # Tens of thousands of rows make every full garbage collection scan them (200 ms with
        # 50,000, in whichever thread it falls, holding up the GUI's): the rows are kept out of
        # it until the next result replaces them.
        gc.freeze()

    def _add(self, hits: list[Hit]) -> None:
        for hit in hits:
            if hit.record is not None:
                self._rows[hit.path] = len(self._hits)
                self._hits.append(hit)
                if len(self._filled) < len(COLUMNS) - 1:
                    self._filled.update(
                        column
                        for column, (_, key) in enumerate(COLUMNS[1:], start=1)
                        if column not in self._filled and _cell_text(hit, key, self.several)
                    )

    # -- the model interface ---------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        """Rows may be dragged (onto a series in the side pane, which places them in it)."""
        return super().flags(index) | Qt.ItemFlag.ItemIsDragEnabled if index.isValid() else super().flags(index)

    def mimeTypes(self) -> list[str]:
        return [PATHS_MIME]

    def mimeData(self, indexes) -> QMimeData:
        """The dragged rows' paths, one a line."""
        data = QMimeData()
        rows = sorted({index.row() for index in indexes})
        data.setData(PATHS_MIME, "\n".join(self._hits[row].path for row in rows).encode("utf-8"))
        return data

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return translate("Columns", COLUMNS[section][0])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        hit = self._hits[index.row()]
        if role == Qt.ItemDataRole.DecorationRole and index.column() == 0:
            return format_badge(hit.format)
        if role == PassageRole:
            return self._known_passage(hit.path)
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                self._title(hit) if index.column() == 0 else _cell_text(hit, COLUMNS[index.column()][1], self.several)
            )
        if role == Qt.ItemDataRole.AccessibleTextRole and index.column() == 0:  # what a screen reader says of a row
            return ", ".join(
                filter(None, (self._title(hit), local_date(hit.date), "; ".join(hit.creators), _restriction(hit)))
            )
        if role == Qt.ItemDataRole.AccessibleDescriptionRole and index.column() == 0:
            passage = self._known_passage(hit.path)
            return html.unescape(_TAGS.sub("", passage.html)) if passage and passage.html else hit.path
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole title, where it is, why it matched
            passage = self._known_passage(hit.path)
            restriction = _restriction(hit)
            return (
                f"<b>{html.escape(self._title(hit))}</b><br>{html.escape(hit.path)}"
                + (f"<br><b>{html.escape(restriction)}</b>" if restriction else "")
                + (f"<br>{passage.html}" if passage and passage.html else "")
            )
        if role == Qt.ItemDataRole.TextAlignmentRole and COLUMNS[index.column()][1] == "pages":
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == PathRole:
            return hit.path
        if role == FormatRole:
            return hit.format
        if role == AccessRole:
            return None if is_open(hit.record) else hit.record.access
        return None

    def _title(self, hit: Hit) -> str:
        """The title: a message's is its subject (the file it is in is its source: _cell_text),
        not the mailbox's path before it, which made every row of a mailbox look alike when cut."""
        return hit.title or member_name(hit.path)

    # -- helpers for the window ------------------------------------------------------------

    def empty_columns(self) -> set[int]:
        """The columns (after the title) that no row read so far has a value in."""
        return set(range(1, len(COLUMNS))) - self._filled

    def passage(self, path: str) -> Passage:
        """The best passage of one hit (its page, a snippet), worked out now if not known yet."""
        if path not in self._passages:
            if self.collection is None:
                return Passage(None, "")
            owner, relative = self.owner_of(path)
            self._passages[path] = owner.passage(self.query.text, relative)
        return self._passages[path]

    def _known_passage(self, path: str) -> Passage | None:
        """The passage if known; else None, and it is asked for (rows shown together, in one go)."""
        passage = self._passages.get(path)
        if passage is None and path not in self._asked:
            self._asked.add(path)
            self._wanted.append(path)
            self._ask_timer.start()
        return passage

    def _ask(self) -> None:
        wanted, self._wanted = self._wanted, []
        if wanted and self.collection is not None:
            self.passages_wanted.emit(self._generation, self.query.text, wanted)

    def not_fetched(self, paths: list[str]) -> None:
        """Passages asked for but not worked out (their rows scrolled away): ask again when shown."""
        self._asked.difference_update(paths)

    def add_passages(self, generation: int, passages: dict[str, Passage]) -> None:
        if generation != self._generation:
            return
        self._passages.update(passages)
        rows = [row for row in (self.row_of(path) for path in passages) if row is not None]
        if rows:
            # The whole row: its passage runs under every column.
            self.dataChanged.emit(self.index(min(rows), 0), self.index(max(rows), len(COLUMNS) - 1), [PassageRole])

    @property
    def fetching(self) -> bool:
        """A page has been asked for and has not come back yet."""
        return self._fetching

    def hit(self, row: int) -> Hit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def row_of(self, path: str) -> int | None:
        return self._rows.get(path)


def _restriction(hit: Hit) -> str:
    """The item's restriction in words ('closed until 01.01.2060: medical records'), or '' if open."""
    record = hit.record
    return "" if is_open(record) else access_summary(record.access, record.access_until, record.access_note)


def _cell_text(hit: Hit, column: str, several: bool = False) -> str:
    """What a column other than the title shows of ``hit``; of several collections' rows, the
    source begins with the item's collection."""
    if column == "creator":
        return "; ".join(hit.creators)
    if column == "date":
        return local_date(hit.date, short=True)
    if column == "type":
        return type_name(hit.type or "")
    if column == "source":  # an item inside a file: that file, when nothing else is its source
        source = hit.record.publisher or hit.record.source or container_label(hit.record.path)
        return " · ".join(part for part in (Path(hit.collection).name if several else "", source) if part)
    return str(hit.record.pages) if hit.record.pages else ""
