"""Segment files read from the memory map instead of copied (or, unmapped, with a read-ahead of
their own), written with their sizes counted, and a refreshed reader that sees the index as it now is."""

from __future__ import annotations

import io
from typing import BinaryIO, cast
import os

from whoosh.codec.base import Segment
from whoosh.filedb import compound
from whoosh.filedb.structfile import BufferFile
from whoosh.reading import EmptyReader, IndexReader, MultiReader, SegmentReader

_Posting = tuple[str, bytes, int, float, bytes | None]


class _MemoryviewReader(io.RawIOBase):
    """A read-only file over a memoryview (a stretch of a memory-mapped segment). Unbuffered:
    Whoosh seeks before nearly every small read, and a buffered reader then refills 8 KB."""

    def __init__(self, view: memoryview) -> None:
        self._view = view
        self._position = 0

    def readable(self) -> bool:
        return True

    def seekable(self) -> bool:
        return True

    def read(self, size: int | None = -1) -> bytes:
        end = len(self._view) if size is None or size < 0 else min(len(self._view), self._position + size)
        data = bytes(self._view[self._position : end])
        self._position += len(data)
        return data

    def readinto(self, buffer) -> int:
        data = self.read(len(buffer))
        buffer[: len(data)] = data
        return len(data)

    def readline(self, size: int | None = -1) -> bytes:
        limit = len(self._view) if size is None or size < 0 else min(len(self._view), self._position + size)
        end = self._position
        while end < limit:
            chunk = bytes(self._view[end : min(end + 256, limit)])
            newline = chunk.find(b"\n")
            end += newline + 1 if newline >= 0 else len(chunk)
            if newline >= 0:
                break
        return self.read(end - self._position)

    def seek(self, offset: int, whence: int = io.SEEK_SET) -> int:
        base = {io.SEEK_SET: 0, io.SEEK_CUR: self._position, io.SEEK_END: len(self._view)}[whence]
        self._position = base + offset
        return self._position

    def tell(self) -> int:
        return self._position


class MappedBufferFile(BufferFile):
    """Whoosh's file inside a compound segment, read straight from the memory map. Whoosh
    wraps the mapped stretch in a BytesIO, which copies it: every searcher copied every segment's
    postings and terms into memory when it first touched them."""

    def __init__(self, buf, name=None, onclose=None) -> None:
        super().__init__(b"", name=name, onclose=onclose)
        self._buf = buf
        self.file = cast(BinaryIO, _MemoryviewReader(buf)) if isinstance(buf, memoryview) else io.BytesIO(buf)


class ReadAheadSubFile(compound.SubFile):
    """A file inside a segment read without a memory map (a merge reads its segments so, see
    merging.py), with a read-ahead buffer of its own filled by ``os.pread``. Whoosh's
    sub-files of a segment share one file object, and a merge reads two of them side by side
    (terms and postings): every read sought that file away from its buffer, and refilled it."""

    READ_AHEAD = 256 * 1024

    def __init__(self, parentfile, offset, length, name=None) -> None:
        super().__init__(parentfile, offset, length, name=name)
        self._buffer = b""
        self._buffer_at = 0  # the sub-file position of the buffer's first byte

    def read(self, size=None) -> bytes:
        remaining = max(0, self._length - self._pos)
        size = remaining if size is None else max(0, min(size, remaining))
        start = self._pos - self._buffer_at
        if start < 0 or start + size > len(self._buffer):
            wanted = min(remaining, max(size, self.READ_AHEAD))
            self._buffer = os.pread(self._file.fileno(), wanted, self._offset + self._pos)
            self._buffer_at, start = self._pos, 0
        self._pos += size
        return self._buffer[start : start + size]


class CountingSubStream(compound.CompoundWriter.SubStream):
    """A file being written into a compound segment that knows its length. Whoosh's ``tell`` adds
    up every 32 KB stretch written so far, and the posting writer asks twice per term: the cost
    grew with the square of a segment's size."""

    def __init__(self, dbfile, buffersize: int) -> None:
        super().__init__(dbfile, buffersize)
        self._flushed = 0

    def tell(self) -> int:
        return self._flushed + self._buffer.tell()

    def write(self, inbytes: bytes) -> None:
        stretches = len(self.blocks)
        super().write(inbytes)
        if len(self.blocks) > stretches:
            self._flushed += self.blocks[-1][2]


def open_reader(storage, schema, segments: list[Segment], generation: int, reuse: IndexReader | None = None):
    """``FileIndex._reader``: a reader on ``segments``, reusing a reader of ``reuse`` only for a
    segment that is unchanged, deletions included.

    Whoosh's version put every segment of the old reader back beside the new ones (a segment
    merged away was read twice) and reused a reader whenever its segment kept its name, though an
    edit marks the old version of a document deleted in a segment that keeps its name: a
    searcher refreshed after an edit counted the item twice ("16 results" in 15 files)."""
    reusable: dict[str, tuple[IndexReader, Segment]] = {}
    if reuse is not None:
        reusable = {
            segment.segment_id(): (reader, segment)
            for reader, _ in reuse.leaf_readers()
            if (segment := reader.segment()) is not None
        }
    readers: list[IndexReader] = []
    fresh: list[SegmentReader] = []
    try:
        for segment in segments:
            old = reusable.get(segment.segment_id())
            if old is not None and set(old[1].deleted_docs()) == set(segment.deleted_docs()):
                readers.append(reusable.pop(segment.segment_id())[0])
            else:
                fresh.append(SegmentReader(storage, schema, segment, generation=generation))
                readers.append(fresh[-1])
    except BaseException:  # Whoosh tries again (a writer may have just deleted a file): keep reuse whole
        for reader in fresh:
            reader.close()
        raise
    for unused, _ in reusable.values():
        unused.close()
    if not readers:
        return EmptyReader(schema)
    return readers[0] if len(readers) == 1 else MultiReader(readers, generation=generation)


#: An expanded word is looked for as at most this many terms per segment, the most frequent ones:
#: '*a*' matched 62,000 terms of the benchmark corpus and took 48 s; capped, about a second.
