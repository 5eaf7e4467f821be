"""Records as citation data: CSL-JSON, and BibTeX, BibLaTeX and RIS through pandoc, a chunk of
items at a time."""

from __future__ import annotations

import json
from typing import IO, Callable, Iterable, Iterator

from .. import cite
from ..collection_record import CollectionRecord
from ..model import Record

#: One pandoc call per this many items when writing BibTeX.
CHUNK = 500


def csl_items(records: Iterable[Record], about: CollectionRecord) -> Iterator[dict]:
    keys = cite.CitationKeys()
    for record in records:
        yield cite.to_csl(record, keys.key_for(record), about)


def write_csl_json(records: Iterable[Record], out: IO[str], about: CollectionRecord) -> int:
    out.write("[")
    count = 0
    for item in csl_items(records, about):
        out.write(("," if count else "") + "\n  " + json.dumps(item, ensure_ascii=False))
        count += 1
    out.write("\n]\n")
    return count


def chunked(render: Callable[[list[dict]], str]) -> Callable[[Iterable[Record], IO[str], CollectionRecord], int]:
    def write(records: Iterable[Record], out: IO[str], about: CollectionRecord) -> int:
        count, chunk = 0, []
        for item in csl_items(records, about):
            chunk.append(item)
            if len(chunk) == CHUNK:
                out.write(render(chunk))
                count, chunk = count + len(chunk), []
        if chunk:
            out.write(render(chunk))
            count += len(chunk)
        return count

    return write


write_bibtex = chunked(cite.to_bibtex)
write_biblatex = chunked(lambda items: cite.to_bibtex(items, biblatex=True))
write_ris = chunked(cite.to_ris)
