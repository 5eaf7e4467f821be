"""Each large index segment's posting lists as plain arrays, kept in the index folder.

Reading a word's postings from Whoosh's file costs, for every block of 128, a header read, an
unpickling of the block (positions included), a decompression and a Python loop over its
document numbers: 80 % of the 130 ms 'python' took at 100,000 documents. A segment never changes
once written (its deletions are kept apart), so the process that merges segments in the
background (merging.py) writes each large segment's postings once more: every term's document
numbers and weights one after the other in two files, found through a sorted table of 64-bit
hashes of (field, term). A query reads them from a memory map: a slice, no decoding. The words'
positions in fields that keep them lie in a third file (two bytes each, four for a term found
past the 65,536th word of a text), each posting's as many as its weight counts: a phrase reads
those of its candidate documents only (Whoosh unpickles a block's positions whole: '"command
line"' at 100,000 documents took 180 ms, 35 ms from the arrays).

A term whose hash another term of the segment shares is left out of the table, and read from
Whoosh's file like the terms of small segments (which come and go with every index run).
"""

from __future__ import annotations

import hashlib
import os
import pickle
import shutil
import tempfile
from itertools import chain
from pathlib import Path

import numpy as np

from . import whoosh_internals

#: Segments of this many documents or more get their postings as arrays.
COLUMNS_FROM = 2_000
#: Raise when what a folder holds changes: older ones are then written again.
FORMAT = "2"
#: A term's positions' place when they are not kept (a field without them): (offset, count, width).
NO_POSITIONS = (-1, 0, 0)
#: The width of positions, in bytes: two for a term whose every position is below 65,536.
_WIDTHS = {2: np.uint16, 4: np.uint32}


def term_key(fieldname: str, btext: bytes) -> int:
    """A term's 64-bit key, the same in every process (Python's own hash is not)."""
    digest = hashlib.blake2b(fieldname.encode("utf-8") + b"\0" + btext, digest_size=8).digest()
    return int.from_bytes(digest, "little")


class PostingColumns:
    """One segment's postings as arrays (read through memory maps)."""

    def __init__(self, folder: Path) -> None:
        kept_format, *counts = (folder / "FORMAT").read_text().split()
        if kept_format != FORMAT or len(counts) != 2:
            raise ValueError(f"{folder} is of another format")
        self.keys = np.load(folder / "keys.npy", mmap_mode="r")
        self.spans = np.load(folder / "spans.npy", mmap_mode="r")  # (start, end) of each key's postings
        self.position_spans = np.load(folder / "position_spans.npy", mmap_mode="r")  # or NO_POSITIONS
        self.ids = _mapped(folder / "ids.bin", np.int32)
        self.weights = _mapped(folder / "weights.bin", np.float32)
        self.positions = _mapped(folder / "positions.bin", np.uint8)
        if (
            not len(self.ids) == len(self.weights) == int(counts[0])
            or len(self.positions) != int(counts[1])
            or not len(self.keys) == len(self.spans) == len(self.position_spans)
        ):
            raise ValueError(f"{folder} is cut short")

    def _at(self, fieldname: str, btext: bytes) -> int | None:
        key = np.uint64(term_key(fieldname, btext))
        at = int(np.searchsorted(self.keys, key))
        return at if at < len(self.keys) and self.keys[at] == key else None

    def postings(self, fieldname: str, btext: bytes) -> tuple[np.ndarray, np.ndarray] | None:
        """(document numbers, weights) of a term; None when the table does not hold it."""
        at = self._at(fieldname, btext)
        if at is None:
            return None
        start, end = (int(bound) for bound in self.spans[at])
        return self.ids[start:end].astype(np.int64), self.weights[start:end].astype(np.float64)

    def positions_in(
        self, fieldname: str, btext: bytes, boost: float, wanted: np.ndarray
    ) -> tuple[np.ndarray, np.ndarray] | None:
        """(document, position) of each occurrence of a term in the ``wanted`` documents
        (ascending) that hold it, in that order; None when its positions are not kept. A
        posting's positions are as many as its weight over the field's ``boost``."""
        at = self._at(fieldname, btext)
        offset, count, width = (int(value) for value in self.position_spans[at]) if at is not None else NO_POSITIONS
        if offset < 0:
            return None
        kept = self.positions[offset : offset + count * width].view(_WIDTHS[width])
        start, end = (int(bound) for bound in self.spans[at])
        ids = self.ids[start:end]
        counts = np.rint(self.weights[start:end] / boost).astype(np.int64)
        firsts = np.cumsum(counts) - counts
        places = np.minimum(np.searchsorted(ids, wanted), len(ids) - 1)
        chosen = places[ids[places] == wanted]
        counts, firsts = counts[chosen], firsts[chosen]
        # Each chosen posting's run of positions, gathered in one indexing.
        runs = np.arange(int(counts.sum())) + np.repeat(firsts - (np.cumsum(counts) - counts), counts)
        return np.repeat(ids[chosen].astype(np.int64), counts), kept[runs].astype(np.int64)


def _mapped(path: Path, dtype) -> np.ndarray:
    return np.memmap(path, dtype=dtype, mode="r") if path.stat().st_size else np.zeros(0, dtype)


_opened: dict[Path, PostingColumns | None] = {}


def segment_id(reader) -> str | None:
    """The name of the one segment a reader reads; None for a reader of no one segment (of an
    index being written, an empty one)."""
    segment = getattr(reader, "segment", None)
    found = segment() if callable(segment) else None
    return found.segment_id() if found is not None else None


def columns_of(folder: Path | None, segment_ids: list[str | None]) -> list[PostingColumns | None]:
    """The posting arrays of each segment (None: it has none yet). Those kept open for segments
    no longer asked for (merged away) are let go: their files' disk space returns."""
    if folder is None:
        return [None] * len(segment_ids)
    wanted = {folder / name for name in segment_ids if name is not None}
    for stale in [path for path in _opened if path.parent == folder and path not in wanted]:
        del _opened[stale]
    for path in wanted:
        if _opened.get(path) is None:
            _opened[path] = _readable(path)
    return [_opened[folder / name] if name is not None else None for name in segment_ids]


def columns_in(folders: list[Path | None], segment_ids: list[str | None]) -> list[PostingColumns | None]:
    """columns_of for segments of several indexes (collections searched as one): ``folders[i]``
    keeps segment i's arrays."""
    found: list[PostingColumns | None] = [None] * len(segment_ids)
    for folder in dict.fromkeys(folders):
        at = [number for number, held_in in enumerate(folders) if held_in == folder]
        for number, columns in zip(at, columns_of(folder, [segment_ids[number] for number in at])):
            found[number] = columns
    return found


def _readable(path: Path) -> PostingColumns | None:
    try:
        return PostingColumns(path) if path.is_dir() else None
    except (OSError, ValueError):  # damaged: read from Whoosh's file until written again (see missing)
        return None


def missing(folder: Path, segments: list) -> list:
    """The segments of COLUMNS_FROM documents or more without their arrays (or with damaged ones)."""
    return [
        segment
        for segment in segments
        if segment.doc_count_all() >= COLUMNS_FROM and _readable(folder / segment.segment_id()) is None
    ]


def write(reader, folder: Path) -> None:
    """Write a segment's posting arrays (``reader``: a reader of that one segment), whole: a
    reader never sees half of them."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / str(segment_id(reader))
    if _readable(target) is not None:
        return
    shutil.rmtree(target, ignore_errors=True)  # damaged
    partial = Path(tempfile.mkdtemp(dir=folder, prefix=".part-"))
    try:
        keys, counts, position_spans = [], [], []  # of each term, in the terms file's order
        kept_positions = 0  # bytes
        with (
            (partial / "ids.bin").open("wb") as ids,
            (partial / "weights.bin").open("wb") as weights,
            (partial / "positions.bin").open("wb") as positions,
        ):
            for fieldname, btext, blocks in whoosh_internals.every_term(reader):
                format_ = reader.schema[fieldname].format
                positional = format_.supports("positions")
                count = 0
                weight_blocks: list[np.ndarray] = []
                values: list[bytes] = []
                for docnums, block_weights, block_values in blocks:
                    ids.write(np.asarray(docnums, dtype=np.int32).tobytes())
                    weight_blocks.append(np.asarray(block_weights, dtype=np.float32))
                    if positional:
                        values.extend(value or b"" for value in block_values)
                    count += len(docnums)
                term_weights = np.concatenate(weight_blocks) if weight_blocks else np.zeros(0, np.float32)
                weights.write(term_weights.tobytes())
                span = NO_POSITIONS
                if positional:
                    counted, term_positions = positions_of(values, format_)
                    # Kept only when the weights count them (else a phrase reads Whoosh's file).
                    if np.array_equal(np.rint(term_weights / format_.field_boost), counted):
                        width = 2 if not len(term_positions) or term_positions.max() < 1 << 16 else 4
                        padding = -kept_positions % width  # each term's positions aligned to their width
                        positions.write(bytes(padding))
                        positions.write(term_positions.astype(_WIDTHS[width]).tobytes())
                        span = (kept_positions + padding, len(term_positions), width)
                        kept_positions += padding + len(term_positions) * width
                keys.append(term_key(fieldname, btext))
                counts.append(count)
                position_spans.append(span)
        # The postings stay in the terms file's order; the table, sorted by key, says where each lie.
        keys_array = np.array(keys, dtype=np.uint64)
        ends = np.cumsum(np.array(counts, dtype=np.int64))
        spans = (
            np.stack([ends - np.array(counts, dtype=np.int64), ends], axis=1) if keys else np.zeros((0, 2), np.int64)
        )
        order = np.argsort(keys_array, kind="stable")
        sorted_keys = keys_array[order]
        shared = np.zeros(len(sorted_keys), dtype=bool)  # a key two terms share: neither is kept
        same = sorted_keys[1:] == sorted_keys[:-1]
        shared[1:] |= same
        shared[:-1] |= same
        order = order[~shared]
        np.save(partial / "keys.npy", keys_array[order])
        np.save(partial / "spans.npy", spans[order])
        np.save(partial / "position_spans.npy", np.array(position_spans, dtype=np.int64).reshape(-1, 3)[order])
        (partial / "FORMAT").write_text(f"{FORMAT} {int(ends[-1]) if keys else 0} {kept_positions}")
        os.replace(partial, target)
    except OSError:  # a full disk, or another process wrote them first: queries read Whoosh's file meanwhile
        pass
    finally:
        shutil.rmtree(partial, ignore_errors=True)


def positions_of(values: list[bytes], format_) -> tuple[np.ndarray, np.ndarray]:
    """(how many positions each posting holds, all their positions one after another) from the
    postings' values in Whoosh's Positions format (a count, then a pickled list of gaps)."""
    gaps = _gap_lists(values, format_)
    counts = np.fromiter(map(len, gaps), dtype=np.int64, count=len(gaps))
    positions = np.cumsum(np.fromiter(chain.from_iterable(gaps), dtype=np.int64, count=int(counts.sum())))
    # Each posting's positions were counted on from the last one's: take that back.
    firsts = np.cumsum(counts) - counts
    before = np.where(firsts > 0, positions[np.maximum(firsts - 1, 0)] if len(positions) else 0, 0)
    return counts, positions - np.repeat(before, counts)


def _gap_lists(values: list[bytes], format_) -> list[list[int]]:
    """The gaps between positions that each value holds, unpickled all in one call (one each
    cost 70 % of a phrase)."""
    head = 4 + 2  # the count, and the pickle's protocol mark
    if all(value[4:6] == b"\x80\x02" for value in values):
        bodies = (value[head:-1] if value.endswith(b".") else value[head:] for value in values)
        return pickle.loads(b"\x80\x02](" + b"".join(bodies) + b"e.")
    return [list(np.diff(format_.decode_positions(value), prepend=0)) for value in values]


def remove_stale(folder: Path, current: set[str]) -> None:
    """Remove the arrays of segments the index no longer has."""
    if not folder.is_dir():
        return
    for kept in folder.iterdir():
        if kept.name not in current and not kept.name.startswith(".part-"):
            shutil.rmtree(kept, ignore_errors=True)
