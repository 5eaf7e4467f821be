"""Thumbnails for the result views: made (or read back from the index folder's cache, see
archive.thumbnails) on worker threads, only for the items on screen once the view rests, and kept
in memory for the items lately shown."""

from __future__ import annotations

from collections import OrderedDict
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal
from PySide6.QtGui import QImage, QPixmap

from archive import Collection, Thumbnails, has_thumbnail
from .timers import timer

#: Pixmaps kept in memory (a 256-pixel thumbnail is about 200 KB): several screenfuls of a grid.
KEPT = 400
#: How long a view must rest before the thumbnails of what it shows are made: items flown past
#: while scrolling are not worth one.
ASK_AFTER_MS = 80
WORKERS = 2


class _Signals(QObject):
    loaded = Signal(int, str, QImage)


class _Make(QRunnable):
    def __init__(
        self, generation: int, path: str, source: Path, mime: str, cache: Thumbnails, signals: _Signals
    ) -> None:
        super().__init__()
        self.generation, self.path, self.source, self.mime, self.cache, self.signals = (
            generation,
            path,
            source,
            mime,
            cache,
            signals,
        )

    def run(self) -> None:
        try:
            made = self.cache.get(self.source, self.mime)
        except OSError:  # the index folder is full or unwritable: no thumbnail, the badge shows
            made = None
        self.signals.loaded.emit(self.generation, self.path, QImage(str(made)) if made else QImage())


class ThumbnailLoader(QObject):
    """Signals: ``ready(path)`` when an item's thumbnail has been made (or found impossible)."""

    ready = Signal(str)

    def __init__(self, is_shown: Callable[[str], bool], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._is_shown = is_shown
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(WORKERS)
        self._signals = _Signals(self)
        self._signals.loaded.connect(self._loaded)
        self._collection: Collection | None = None
        #: The collection of a row and its item's path there (several may be searched: scope.py).
        self.owner_of: Callable[[str], tuple[Collection, str]] = lambda path: (self._collection, path)  # type: ignore[return-value]
        self._generation = 0  # of the collection: a thumbnail made for another one is dropped
        self._pixmaps: OrderedDict[str, QPixmap | None] = OrderedDict()
        self._wanted: dict[str, str] = {}  # path → format, asked for since the last dispatch
        self._asked: set[str] = set()
        self._timer = timer(self, ASK_AFTER_MS)
        self._timer.timeout.connect(self._dispatch)

    def set_collection(self, collection: Collection | None) -> None:
        self._collection = collection
        self._generation += 1
        self._pool.clear()
        self._pixmaps.clear()
        self._wanted.clear()
        self._asked.clear()

    def pixmap(self, path: str, mime: str | None) -> QPixmap | None:
        """The item's thumbnail if it is at hand; else None (and it is asked for, when the item
        has a picture to show: ``ready`` follows)."""
        if path in self._pixmaps:
            self._pixmaps.move_to_end(path)
            return self._pixmaps[path]
        if has_thumbnail(mime) and path not in self._asked:
            self._asked.add(path)
            self._wanted[path] = mime or ""
            self._timer.start()
        return None

    def _dispatch(self) -> None:
        wanted, self._wanted = self._wanted, {}
        if self._collection is None:
            return
        for path, mime in wanted.items():
            if self._is_shown(path):
                collection, relative = self.owner_of(path)  # each collection's thumbnails in its own index folder
                source = collection.file_path(relative)
                self._pool.start(_Make(self._generation, path, source, mime, collection.thumbnails, self._signals))
            else:
                self._asked.discard(path)  # scrolled away: asked again when shown again

    def _loaded(self, generation: int, path: str, image: QImage) -> None:
        if generation != self._generation:
            return
        self._asked.discard(path)
        self._pixmaps[path] = None if image.isNull() else QPixmap.fromImage(image)
        while len(self._pixmaps) > KEPT:
            self._pixmaps.popitem(last=False)
        self.ready.emit(path)

    def wait(self, milliseconds: int = 30000) -> bool:
        self._pool.clear()
        return self._pool.waitForDone(milliseconds)
