"""Every search has a bounded cost, whatever the query or the collection holds."""

from __future__ import annotations

import random
import zlib

from archive import Collection
from archive.catalog import _pages_of


def test_a_hit_in_a_huge_text_is_snippeted_from_its_first_two_million_characters(tmp_path, index_base):
    chance = random.Random(4)
    filler = [f"w{number}" for number in range(20000)]
    root = tmp_path / "huge"
    root.mkdir()
    lines = [" ".join(chance.choices(filler, k=12)) for _ in range(110_000)]  # ~8 MB, one page
    lines[1_000] += " harbour"
    lines[90_000] += " lighthouse"
    (root / "log.txt").write_text("\n".join(lines), encoding="utf-8")
    with Collection.open(root, index_base, create=True) as collection:
        collection.index(jobs=1)
        assert "<b>harbour</b>" in collection.search("harbour").hits[0].snippet
        beyond = collection.search("lighthouse")
        assert beyond.total == 1 and "<b>" not in beyond.hits[0].snippet  # found, but past the passage window
    pages = ["x" * 100_000, "y" * 3_000_000, "z"]
    blob = zlib.compress("\f".join(pages).encode())
    assert list(_pages_of(blob)) == pages
    cut = list(_pages_of(blob, 2_000_000))
    assert cut[0] == pages[0] and pages[1].startswith(cut[1]) and 1_800_000 < sum(map(len, cut)) <= 2_000_000
