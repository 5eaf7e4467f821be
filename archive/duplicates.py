"""Copies in a collection: identical files, by their SHA-256 (the catalog has it), and near
copies, by the similarity of their texts — the same clipping typed and OCR'd from a scan, a page
saved twice with other line breaks — estimated with MinHash and found with LSH (rensa) over
shingles of five characters of the text, folded: case, accents, spacing, line breaks and words
hyphenated across lines do not count. OCR errors change a few shingles, not the whole text.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from typing import Any, Iterator

#: Estimated Jaccard similarity of two texts' shingles from which they are near copies: a text
#: and its OCR with 3 % of its characters wrong, lines broken elsewhere, share 0.82 of them (5 %:
#: 0.71); two letters of one office written in the same 28 words, 0.35 (tests/test_duplicates.py).
NEAR_THRESHOLD = 0.7
SHINGLE = 5
PERMUTATIONS = 128
#: LSH bands of PERMUTATIONS / BANDS rows: texts 70 % alike share a band with a chance of 0.9998,
#: 35 % alike with 0.38 (those are then told apart by their estimated similarity).
BANDS = 32
SEED = 1853
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


def identical_groups(by_checksum: dict[str, list[str]]) -> list[DuplicateGroup]:
    """Files with the same bytes (see Catalog.paths_by_checksum); the largest groups first."""
    groups = [DuplicateGroup("identical", 1.0, paths) for paths in by_checksum.values() if len(paths) > 1]
    return sorted(groups, key=lambda group: (-len(group.paths), group.paths))


def near_groups(texts: Iterator[tuple[str, str]], threshold: float = NEAR_THRESHOLD) -> list[DuplicateGroup]:
    """Items whose texts are near copies, from (path, text) pairs (one path per identical file:
    its copies are identical groups); the most alike first. ``similarity``: the least between
    the group's first member and another."""
    from rensa import RMinHash, RMinHashLSH

    lsh = RMinHashLSH(threshold=threshold, num_perm=PERMUTATIONS, num_bands=BANDS)
    signatures: dict[str, RMinHash] = {}
    paths: list[str] = []  # the index keys of the LSH
    for path, text in texts:
        shingles = shingles_of(text)
        if len(shingles) < MIN_SHINGLES:
            continue
        signature = RMinHash(num_perm=PERMUTATIONS, seed=SEED)
        signature.update(list(shingles))
        signatures[path] = signature
        lsh.insert(len(paths), signature)
        paths.append(path)
    # The most alike pairs come first; a group gathers around the first of its first pair the items
    # alike to that one (not merely to one another: chains of look-alikes — short pages sharing
    # their boilerplate — made groups of 35).
    pairs = sorted(
        (
            (signature.jaccard(signatures[other]), path, other)
            for path, signature in signatures.items()
            for other in (paths[key] for key in lsh.query(signature))
            if other > path
        ),
        reverse=True,
    )
    leaders: dict[str, dict[str, float]] = {}  # the first member of each group → the others, with their similarity
    leader_of: dict[str, str] = {}
    for similarity, first, second in pairs:
        if similarity < threshold:
            break
        if first not in leader_of and second not in leader_of:
            leaders[first], leader_of[first], leader_of[second] = {second: similarity}, first, first
            continue
        grouped, newcomer = (first, second) if first in leader_of else (second, first)
        if newcomer in leader_of:
            continue
        leader = leader_of[grouped]
        alike = similarity if grouped == leader else signatures[leader].jaccard(signatures[newcomer])
        if alike >= threshold:
            leaders[leader][newcomer], leader_of[newcomer] = alike, leader
    groups = [
        DuplicateGroup("near", min(others.values()), sorted([leader, *others])) for leader, others in leaders.items()
    ]
    return sorted(groups, key=lambda group: (-group.similarity, group.paths))


def shingles_of(text: str) -> set[str]:
    """The text's shingles of SHINGLE characters, folded (see the module's docstring)."""
    text = _HYPHENATED.sub("", text[:COMPARED_CHARS])
    text = unicodedata.normalize("NFKD", text.casefold())
    text = " ".join("".join(char for char in text if not unicodedata.combining(char)).split())
    return {text[start : start + SHINGLE] for start in range(max(0, len(text) - SHINGLE + 1))}
