"""Merging the search index's segments, off the path of index runs and edits.

Every commit of an index run or an edit adds a segment; a query pays for each one, so segments
of about the same size are merged, MERGE_FACTOR at a time. A merge inside a run made the run wait
for it, most of a small re-index's time at 100,000 files. Here a merge
runs in a process of its own after the run (``archive merge``), and does not hold the index's
write lock while it works: the merged segment is written into a staging folder from segments
that never change once written, then swapped in under the lock in milliseconds. Documents
deleted from the merged segments meanwhile (files edited or removed by a run or an edit that
committed during the merge) are deleted from the new segment too, so a reader never counts a
removed item or misses one; if the segments were replaced meanwhile (a rebuild), the merge is
dropped.
"""

from __future__ import annotations

import math
import os
import shutil
import subprocess
import sys
import time
from collections import defaultdict
from pathlib import Path
from typing import Callable

from whoosh.filedb.filestore import FileStorage
from whoosh.index import TOC, FileIndex, clean_files
from whoosh.reading import SegmentReader
from whoosh.util.filelock import try_for
from whoosh.writing import SegmentWriter

from . import posting_columns, whoosh_internals

#: Segments are merged this many at a time, once that many of about the same size have gathered.
MERGE_FACTOR = 8
#: Segments are not merged past this many documents: every document of a merge is rewritten, and
#: a posting is rewritten about log(n) / log(MERGE_FACTOR) times in all.
LARGEST_MERGE = 400_000
#: How long a finished merge waits for an index run's batch to commit before it is swapped in.
SWAP_WAIT_SECONDS = 600
#: How often a merge started during an index run looks for segments due and for the run's end.
RUN_POLL_SECONDS = 2.0
STAGING = "merging"


def due(segments: list, largest: int = LARGEST_MERGE) -> list[list]:
    """The groups of segments to merge, smallest first: segments grouped by size, in powers of
    MERGE_FACTOR documents, and a group of MERGE_FACTOR or more becomes one segment. Whoosh's own
    policy merges by a Fibonacci rule that, at 100,000 documents, merged thousands of documents at
    nearly every commit."""
    tiers: defaultdict[int, list] = defaultdict(list)
    for segment in segments:
        if segment.doc_count_all():  # a writer process that was given no document leaves an empty one
            tiers[int(math.log(segment.doc_count_all(), MERGE_FACTOR))].append(segment)
    groups = []
    for _, members in sorted(tiers.items()):
        if len(members) >= MERGE_FACTOR and sum(member.doc_count_all() for member in members) <= largest:
            groups.append(members)
    return groups


def work_due(ix: FileIndex, columns: Path) -> bool:
    """Whether a merge is due, or a large segment's posting arrays are missing."""
    segments = whoosh_internals.table_of_contents(ix).segments
    return bool(due(segments) or posting_columns.missing(columns, segments))


def merge(ix: FileIndex, staging: Path, columns: Path, indexing: Callable[[], bool] = lambda: False) -> int:
    """Merge every group of segments due, one after another, then write the posting arrays of
    the large segments that lack them (posting_columns.py); returns how many segments were
    merged. The caller makes sure only one merge runs per index (Collection.merge holds a lock).

    While ``indexing`` says an index run is going, its new segments are merged as they come due
    and the arrays wait for its end: written for segments a later merge replaces, they were most
    of a merge's work at 100,000 documents (two bytes for each position of every word)."""
    merged = 0
    while True:
        groups = due(whoosh_internals.table_of_contents(ix).segments)
        if groups and _merge_group(ix, staging, groups[0]):
            merged += len(groups[0])
            continue
        if not indexing():
            break
        time.sleep(RUN_POLL_SECONDS)
    segments = whoosh_internals.table_of_contents(ix).segments
    unmapped = FileStorage(ix.storage.folder, supports_mmap=False)  # as a merge reads them
    for segment in posting_columns.missing(columns, segments):
        with SegmentReader(unmapped, ix.schema, segment) as reader:
            posting_columns.write(reader, columns)
    posting_columns.remove_stale(
        columns, {segment.segment_id() for segment in whoosh_internals.table_of_contents(ix).segments}
    )
    return merged


def _merge_group(ix: FileIndex, staging_folder: Path, members: list) -> bool:
    """Write ``members`` as one segment, then swap it in; False when the index changed under it
    so that the merge no longer applies."""
    shutil.rmtree(staging_folder, ignore_errors=True)  # what a killed merge left
    staging = FileStorage(str(staging_folder)).create()
    writer = SegmentWriter(whoosh_internals.StagedIndex(staging, ix), _lk=False, limitmb=64)
    try:
        # Read without a memory map: the merged segments are read side by side, and mapped,
        # every page read would count in this process's memory (346 MB against 56 MB for a
        # merge of 10,000 documents).
        unmapped = FileStorage(ix.storage.folder, supports_mmap=False)
        renumbering = []
        for member in members:
            base = writer.docnum
            docmap = whoosh_internals.add_segment(writer, SegmentReader(unmapped, ix.schema, member))
            renumbering.append((member, base, docmap))
        segment = whoosh_internals.finished_segment(writer)
    finally:
        writer.pool.cleanup()
        whoosh_internals.drop_temporary_files(writer)
    try:
        return _swap_in(ix, staging_folder, segment, renumbering)
    finally:
        shutil.rmtree(staging_folder, ignore_errors=True)


def _swap_in(ix: FileIndex, staging_folder: Path, segment, renumbering: list) -> bool:
    """Under the index's write lock: the merged segment replaces its members in a new table of
    contents, with the deletions made since the merge began."""
    lock = ix.lock("WRITELOCK")
    if not try_for(
        lock.acquire, timeout=SWAP_WAIT_SECONDS, delay=0.01
    ):  # an index run frees it between batches briefly
        return False
    try:
        toc = whoosh_internals.table_of_contents(ix)
        current = {kept.segment_id(): kept for kept in toc.segments}
        if any(member.segment_id() not in current for member, _, _ in renumbering):
            return False  # rebuilt or merged meanwhile
        for member, base, docmap in renumbering:
            since = set(current[member.segment_id()].deleted_docs()) - set(member.deleted_docs())
            for docnum in since:
                segment.delete_document(docmap[docnum] if docmap is not None else base + docnum)
        for name in os.listdir(staging_folder):
            os.replace(staging_folder / name, Path(ix.storage.folder) / name)
        gone = {member.segment_id() for member, _, _ in renumbering}
        segments = [kept for kept in toc.segments if kept.segment_id() not in gone] + [segment]
        generation = toc.generation + 1
        TOC(toc.schema, segments, generation).write(ix.storage, ix.indexname)
        clean_files(ix.storage, ix.indexname, generation, segments)
        return True
    finally:
        lock.release()


def start(root: Path, index_base: Path) -> None:
    """Run ``archive merge`` on a collection in a process of its own that outlives the program
    starting it: an index run on the command line returns as soon as it has committed."""
    if getattr(sys, "frozen", False):  # the bundle's one executable, under its command-line name
        program = [str(Path(sys.executable).with_name("archive"))]
    else:
        program = [sys.executable, "-m", "archive"]
    subprocess.Popen(
        [*program, "merge", str(root), "--index-dir", str(index_base)],
        stdin=subprocess.DEVNULL,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
