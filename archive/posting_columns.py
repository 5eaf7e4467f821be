"""Each large index segment's posting lists as plain arrays, kept in the index folder.

Reading a word's postings from Whoosh's file costs, for every block of 128, a header read, an
unpickling of the block (positions included), a decompression and a Python loop over its
document numbers: 80 % of the 130 ms 'python' took at 100,000 documents. A segment never changes
once written (its deletions are kept apart), so the process that merges segments in the
background (merging.py) writes each large segment's postings once more: every term's document
numbers and weights one after the other in two files, found through a sorted table of 64-bit
hashes of (field, term). A query reads them from a memory map: a slice, no decoding.

A term whose hash another term of the segment shares is left out of the table, and read from
Whoosh's file like the terms of small segments (which come and go with every index run).
"""

from __future__ import annotations

import hashlib
import os
import shutil
import tempfile
from pathlib import Path

import numpy as np

from . import whoosh_patches

#: Segments of this many documents or more get their postings as arrays.
COLUMNS_FROM = 2_000
#: Raise when what a folder holds changes: older ones are then written again.
FORMAT = "1"


def term_key(fieldname: str, btext: bytes) -> int:
    """A term's 64-bit key, the same in every process (Python's own hash is not)."""
    digest = hashlib.blake2b(fieldname.encode("utf-8") + b"\0" + btext, digest_size=8).digest()
    return int.from_bytes(digest, "little")


class PostingColumns:
    """One segment's postings as arrays (read through memory maps)."""

    def __init__(self, folder: Path) -> None:
        kept_format, _, count = (folder / "FORMAT").read_text().partition(" ")
        if kept_format != FORMAT:
            raise ValueError(f"{folder} is of another format")
        self.keys = np.load(folder / "keys.npy", mmap_mode="r")
        self.spans = np.load(folder / "spans.npy", mmap_mode="r")  # (start, end) of each key's postings
        self.ids = _mapped(folder / "ids.bin", np.int32)
        self.weights = _mapped(folder / "weights.bin", np.float32)
        if not len(self.ids) == len(self.weights) == int(count) or len(self.keys) != len(self.spans):
            raise ValueError(f"{folder} is cut short")

    def postings(self, fieldname: str, btext: bytes) -> tuple[np.ndarray, np.ndarray] | None:
        """(document numbers, weights) of a term; None when the table does not hold it."""
        key = np.uint64(term_key(fieldname, btext))
        at = int(np.searchsorted(self.keys, key))
        if at == len(self.keys) or self.keys[at] != key:
            return None
        start, end = (int(bound) for bound in self.spans[at])
        return self.ids[start:end].astype(np.int64), self.weights[start:end].astype(np.float64)


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


def _readable(path: Path) -> PostingColumns | None:
    try:
        return PostingColumns(path) if path.is_dir() else None
    except (OSError, ValueError):  # damaged: read from Whoosh's file until written again (see missing)
        return None


def missing(folder: Path, segments: list) -> list:
    """The segments of COLUMNS_FROM documents or more without their arrays (or with damaged ones)."""
    return [segment for segment in segments
            if segment.doc_count_all() >= COLUMNS_FROM and _readable(folder / segment.segment_id()) is None]


def write(reader, folder: Path) -> None:
    """Write a segment's posting arrays (``reader``: a reader of that one segment), whole: a
    reader never sees half of them."""
    folder.mkdir(parents=True, exist_ok=True)
    target = folder / segment_id(reader)
    if _readable(target) is not None:
        return
    shutil.rmtree(target, ignore_errors=True)  # damaged
    partial = Path(tempfile.mkdtemp(dir=folder, prefix=".part-"))
    try:
        keys, counts = [], []  # of each term, in the terms file's order
        with (partial / "ids.bin").open("wb") as ids, (partial / "weights.bin").open("wb") as weights:
            for fieldname, btext, blocks in whoosh_patches.every_term(reader, values=False):
                count = 0
                for docnums, block_weights, _ in blocks:
                    ids.write(np.asarray(docnums, dtype=np.int32).tobytes())
                    weights.write(np.asarray(block_weights, dtype=np.float32).tobytes())
                    count += len(docnums)
                keys.append(term_key(fieldname, btext))
                counts.append(count)
        # The postings stay in the terms file's order; the table, sorted by key, says where each lie.
        keys_array = np.array(keys, dtype=np.uint64)
        ends = np.cumsum(np.array(counts, dtype=np.int64))
        spans = np.stack([ends - np.array(counts, dtype=np.int64), ends], axis=1) if keys else np.zeros((0, 2), np.int64)
        order = np.argsort(keys_array, kind="stable")
        sorted_keys = keys_array[order]
        shared = np.zeros(len(sorted_keys), dtype=bool)  # a key two terms share: neither is kept
        same = sorted_keys[1:] == sorted_keys[:-1]
        shared[1:] |= same
        shared[:-1] |= same
        order = order[~shared]
        np.save(partial / "keys.npy", keys_array[order])
        np.save(partial / "spans.npy", spans[order])
        (partial / "FORMAT").write_text(f"{FORMAT} {int(ends[-1]) if keys else 0}")
        os.replace(partial, target)
    except OSError:  # a full disk, or another process wrote them first: queries read Whoosh's file meanwhile
        pass
    finally:
        shutil.rmtree(partial, ignore_errors=True)


def remove_stale(folder: Path, current: set[str]) -> None:
    """Remove the arrays of segments the index no longer has."""
    if not folder.is_dir():
        return
    for kept in folder.iterdir():
        if kept.name not in current and not kept.name.startswith(".part-"):
            shutil.rmtree(kept, ignore_errors=True)
