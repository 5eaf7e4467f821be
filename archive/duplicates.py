"""Copies in a collection: identical files, by their SHA-256 (the catalog has it), and near
copies, by the similarity of their texts — the same clipping typed and OCR'd from a scan, a page
saved twice with other line breaks — estimated with MinHash and found with LSH (datasketch) over
shingles of five characters of the text, folded: case, accents, spacing, line breaks and words
hyphenated across lines do not count. OCR errors change a few shingles, not the whole text.
"""

from __future__ import annotations

import re
import unicodedata
import zlib
from dataclasses import dataclass
from typing import Any, Iterator

#: Estimated Jaccard similarity of two texts' shingles from which they are near copies: a text
#: and its OCR with 3 % of its characters wrong, lines broken elsewhere, share 0.82 of them (5 %:
#: 0.71); two letters of one office written in the same 28 words, 0.35 (tests/test_duplicates.py).
NEAR_THRESHOLD = 0.7
SHINGLE = 5
PERMUTATIONS = 128
#: Texts with fewer shingles than this are too short to tell copies from look-alikes (a title page).
MIN_SHINGLES = 50
#: Only the beginning of a long text is compared: enough to tell a copy, at a bounded cost.
COMPARED_CHARS = 50_000
_HYPHENATED = re.compile(r"-\s*\n\s*")


@dataclass
class DuplicateGroup:
    kind: str  # 'identical' or 'near'
    similarity: float  # 1.0 for identical files; for near ones, the least between two linked members
    paths: list[str]

    def to_dict(self) -> dict[str, Any]:
        return {"kind": self.kind, "similarity": round(self.similarity, 3), "paths": self.paths}


def identical_groups(checksums: Iterator[tuple[str, str]]) -> list[DuplicateGroup]:
    """Files with the same bytes, from (path, sha256) pairs; the largest groups first."""
    by_checksum: dict[str, list[str]] = {}
    for path, sha256 in checksums:
        by_checksum.setdefault(sha256, []).append(path)
    groups = [DuplicateGroup("identical", 1.0, sorted(paths)) for paths in by_checksum.values() if len(paths) > 1]
    return sorted(groups, key=lambda group: (-len(group.paths), group.paths))


def near_groups(texts: Iterator[tuple[str, str]], threshold: float = NEAR_THRESHOLD) -> list[DuplicateGroup]:
    """Items whose texts are near copies, from (path, text) pairs (one path per identical file:
    its copies are identical groups); the most alike first. ``similarity``: the least between
    the group's first member and another."""
    from datasketch import MinHash, MinHashLSH

    lsh = MinHashLSH(threshold=threshold, num_perm=PERMUTATIONS)
    signatures: dict[str, MinHash] = {}
    for path, text in texts:
        shingles = shingles_of(text)
        if len(shingles) < MIN_SHINGLES:
            continue
        signature = MinHash(num_perm=PERMUTATIONS, hashfunc=zlib.crc32)
        signature.update_batch([shingle.encode("utf-8") for shingle in shingles])
        signatures[path] = signature
        lsh.insert(path, signature)
    # Each group gathers around its first member the items alike to that one (not to one another:
    # chains of look-alikes — short pages sharing their boilerplate — made groups of 35).
    groups, grouped = [], set()
    for path, signature in signatures.items():
        if path in grouped:
            continue
        alike = {other: signature.jaccard(signatures[other]) for other in lsh.query(signature) if other != path and other not in grouped}
        alike = {other: similarity for other, similarity in alike.items() if similarity >= threshold}
        if alike:
            grouped.update(alike, [path])
            groups.append(DuplicateGroup("near", min(alike.values()), sorted([path, *alike])))
    return sorted(groups, key=lambda group: (-group.similarity, group.paths))


def shingles_of(text: str) -> set[str]:
    """The text's shingles of SHINGLE characters, folded (see the module's docstring)."""
    text = _HYPHENATED.sub("", text[:COMPARED_CHARS])
    text = unicodedata.normalize("NFKD", text.casefold())
    text = " ".join("".join(char for char in text if not unicodedata.combining(char)).split())
    return {text[start:start + SHINGLE] for start in range(max(0, len(text) - SHINGLE + 1))}
