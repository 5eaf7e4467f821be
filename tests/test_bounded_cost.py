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


def test_a_word_that_stands_for_too_many_terms_is_searched_as_the_most_frequent_and_says_so(tmp_path, index_base):
    from archive.engine import whoosh_internals

    root = tmp_path / "words"
    root.mkdir()
    chance = random.Random(7)
    for number in range(30):
        words = [f"ab{chance.randrange(3000):04d}" for _ in range(200)] + ["abcommon"] * (number % 3)
        (root / f"list-{number}.txt").write_text(" ".join(words), encoding="utf-8")
    with Collection.open(root, index_base, create=True) as collection:
        collection.index(jobs=1)
        whole = collection.search("ab*")
        assert whole.total == 30 and whole.notices and "the 1,000 most frequent were searched" in whole.notices[0]
        assert int(whole.notices[0].split(" matches ")[1].split()[0].replace(",", "")) > whoosh_internals.MAX_EXPANSION
        assert collection.search("abcommon*").notices == []  # a few terms: nothing to say
        assert collection.search("abcommon*").total == 20


def test_a_search_by_whooshs_matchers_past_its_time_budget_returns_what_it_found_and_says_so(
    tmp_path, index_base, monkeypatch
):
    import time

    from archive.engine import search, vector_query

    root = tmp_path / "notes"
    root.mkdir()
    for number in range(60):
        (root / f"note-{number}.txt").write_text(f"harbour note {number}", encoding="utf-8")

    class SlowCollector(search.TopAndAllCollector):  # the real collector, as slow as a huge collection
        def _collect(self, global_docnum, score):
            time.sleep(0.01)
            return super()._collect(global_docnum, score)

    with Collection.open(root, index_base, create=True) as collection:
        collection.index(jobs=1)
        assert collection.search("harbour").total == 60 and not collection.search("harbour").partial
        monkeypatch.setattr(search, "SEARCH_SECONDS", 0.1)
        monkeypatch.setattr(search, "TopAndAllCollector", SlowCollector)
        # The budget is for the queries Whoosh's matchers run (one Python call per posting); one
        # computed with numpy costs a few array operations per word and is not cut short.
        monkeypatch.setattr(
            vector_query, "ranked_matches", lambda *_: (_ for _ in ()).throw(vector_query.NotVectorised("the test"))
        )
        found = collection.search("harbour", limit=5)
        assert found.partial and 0 < found.total < 60 and len(found.hits) == 5
        assert "took longer than 0.1 s" in found.notices[-1]
        assert found.to_dict()["partial"] is True
