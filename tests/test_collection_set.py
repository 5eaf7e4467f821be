"""Several collections searched as one: the hits of two collections make the list one index
holding both would give — the same scores, order, total, facets and pages — each naming its
collection; a collection chosen in the facet is searched as if alone."""

from __future__ import annotations

import json
import random
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from archive import Collection, CollectionSet
from archive.errors import CollectionNotFound

WORDS = "harbour quay ledger herring tide lamp pier net salt cod rope sail mast deck hull keel".split()
QUERIES = ["harbour", "quay ledger", "herring OR tide", '"salt cod"', "lamp -pier", "title:rope", "ha*", "sail~1"]


def write_notes(folder: Path, prefix: str, count: int, seed: int) -> None:
    chance = random.Random(seed)
    folder.mkdir(parents=True)
    weights = [1 / (rank + 1) for rank in range(len(WORDS))]  # some words common, most rare
    for number in range(count):
        title = " ".join(chance.choices(WORDS, weights, k=3))
        body = " ".join(chance.choices(WORDS, weights, k=chance.randint(5, 120)))
        (folder / f"{prefix}-{number:02d}.txt").write_text(f"{title}\n\n{body}", encoding="utf-8")


def dated(collection: Collection) -> None:
    """Give each item a date, the same for the same name in every collection."""
    collection.edit_each({path: {"date": f"19{50 + int(path[2:4]) % 40}"} for path in collection.catalog.paths()})


@pytest.fixture(scope="module")
def three(tmp_path_factory):
    """Collections A and B, and ONE holding both's files under the same names."""
    top = tmp_path_factory.mktemp("several")
    write_notes(top / "A", "a", 30, seed=1)
    write_notes(top / "B", "b", 45, seed=2)
    shutil.copytree(top / "A", top / "ONE")
    shutil.copytree(top / "B", top / "ONE", dirs_exist_ok=True)
    base = top / "indexes"
    for name in ("A", "B", "ONE"):
        with Collection.open(top / name, base, create=True) as collection:
            collection.index(jobs=1)
            dated(collection)
    return top, base


def ranked(result) -> list[tuple[str, float]]:
    return [(hit.path, hit.score) for hit in result.hits]


def in_score_order(pairs: list[tuple[str, float]]) -> list[tuple[float, str]]:
    """The hits by score, equal scores by path: what two lists of the same ranking share."""
    return sorted((-score, path) for path, score in pairs)


@pytest.mark.parametrize("query", QUERIES)
def test_two_collections_rank_as_one_index_of_both(three, query):
    top, base = three
    with CollectionSet.open([top / "A", top / "B"], base) as both, Collection.open(top / "ONE", base) as one:
        union, single = both.search(query, limit=100), one.search(query, limit=100)
        assert union.total == single.total > 0
        assert ranked(union) == sorted(ranked(union), key=lambda pair: -pair[1])  # best first
        assert in_score_order(ranked(union)) == in_score_order(ranked(single))  # the same scores, to the 4th decimal
        collections = union.facets.pop("collection")
        assert list(union.facets) == list(single.facets)
        assert union.facets == single.facets and union.timeline == single.timeline and union.timeline
        by_prefix = {"a": str(top / "A"), "b": str(top / "B")}
        assert all(hit.collection == by_prefix[hit.path[0]] for hit in union.hits)
        assert collections == {
            name: count
            for name, count in sorted(
                ((by_prefix[prefix], sum(hit.path[0] == prefix for hit in single.hits)) for prefix in "ab"),
                key=lambda pair: -pair[1],
            )
            if count
        }


def test_pages_and_sorting_run_over_the_union(three):
    top, base = three
    with CollectionSet.open([top / "A", top / "B"], base) as both, Collection.open(top / "ONE", base) as one:
        whole = [hit.path for hit in both.search("harbour OR tide", limit=63).hits]
        paged = [
            hit.path
            for offset in range(0, 63, 7)
            for hit in both.search("harbour OR tide", limit=7, offset=offset).hits
        ]
        assert paged == whole
        for sort, reverse in (("title", False), ("date", False), ("title", True)):
            key = "title" if sort == "title" else "date"  # items of equal keys may come in either order
            assert [getattr(hit, key) for hit in both.search("*", sort=sort, reverse=reverse, limit=80).hits] == [
                getattr(hit, key) for hit in one.search("*", sort=sort, reverse=reverse, limit=80).hits
            ]


def test_a_collection_chosen_in_the_facet_is_searched_as_if_alone(three):
    top, base = three
    with CollectionSet.open([top / "A", top / "B"], base) as both, Collection.open(top / "A", base) as alone:
        chosen = both.search("herring", filters={"collection": str(top / "A")}, limit=50)
        assert ranked(chosen) == ranked(alone.search("herring", limit=50))
        assert "collection" not in chosen.facets or list(chosen.facets["collection"]) == [str(top / "A")]
        with pytest.raises(CollectionNotFound):
            both.search("herring", filters={"collection": str(top / "C")})


def test_matching_streams_every_record_with_its_collection(three):
    top, base = three
    with CollectionSet.open([top / "A", top / "B"], base) as both:
        found = list(both.matching_records("ledger"))
        assert len(found) == both.search("ledger").total
        assert {collection.root.name for collection, _ in found} == {"A", "B"}
        assert all(record.path[0] == collection.root.name.lower() for collection, record in found)


def archive(*arguments) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "archive", *map(str, arguments)], capture_output=True, text=True)


def test_the_command_line_searches_named_collections_and_every_one_known(three, tmp_path):
    top, base = three
    named = archive("search", "quay", "-c", top / "A", "-c", top / "B", "--index-dir", base, "--json", "--limit", "100")
    assert named.returncode == 0, named.stderr
    answer = json.loads(named.stdout)
    assert {Path(hit["collection"]).name for hit in answer["hits"]} == {"A", "B"}
    assert list(answer["facets"])[0] == "collection"
    assert sum(answer["facets"]["collection"].values()) == answer["total"]
    every = json.loads(archive("search", "quay", "--all", "--index-dir", base, "--json").stdout)
    assert every["total"] == 2 * answer["total"]  # A, B and ONE
    text = archive("search", "quay", "-c", top / "A", "-c", top / "B", "--index-dir", base, "--limit", "3").stdout
    assert str(top / answer["hits"][0]["collection"] / answer["hits"][0]["path"]) in text  # a path archive show takes
    refused = archive("search", "quay", "-c", top / "A", "--all", "--index-dir", base)
    assert refused.returncode == 2 and refused.stderr.count("\n") == 1
    refused = archive("search", "quay", "-c", top / "A", "-c", top / "B", "--save", "q", "--index-dir", base)
    assert refused.returncode == 2 and "one collection" in refused.stderr


def test_a_collection_whose_drive_is_gone_is_still_searched(tmp_path):
    base = tmp_path / "indexes"
    write_notes(tmp_path / "here", "a", 5, seed=3)
    write_notes(tmp_path / "drive", "b", 5, seed=4)
    for name in ("here", "drive"):
        assert archive("index", tmp_path / name, "--index-dir", base).returncode == 0
    (tmp_path / "drive").rename(tmp_path / "unplugged")
    for how in (["-c", tmp_path / "here", "-c", tmp_path / "drive"], ["--all"]):
        found = archive("search", "*", *how, "--index-dir", base, "--json")
        assert found.returncode == 0, found.stderr
        assert json.loads(found.stdout)["facets"]["collection"] == {
            str(tmp_path / "drive"): 5,
            str(tmp_path / "here"): 5,
        }


def test_exports_bags_and_citations_of_several_collections_are_one_per_collection(three, tmp_path):
    top, base = three
    both = ["-c", top / "A", "-c", top / "B", "--index-dir", base]
    exported = archive("export", "*", *both, "--format", "csv", "-o", tmp_path / "out")
    assert exported.returncode == 0, exported.stderr
    assert sorted(path.name for path in (tmp_path / "out").iterdir()) == ["A.csv", "B.csv"]
    rows = {name: (tmp_path / "out" / f"{name}.csv").read_text(encoding="utf-8").count("\n") - 1 for name in "AB"}
    assert rows == {"A": 30, "B": 45}
    refused = archive("export", "*", *both, "--format", "ead")
    assert refused.returncode == 2 and "-o FOLDER" in refused.stderr and refused.stderr.count("\n") == 1
    inside = top / "B" / "exports"  # a folder inside one of the collections: refused before it is made
    refused = archive("export", "*", *both, "--format", "csv", "-o", inside)
    assert refused.returncode != 0 and refused.stderr.count("\n") == 1 and not inside.exists()
    bagged = archive("bag", "quay", *both, "-o", tmp_path / "bags")
    assert bagged.returncode == 0, bagged.stderr
    matches = json.loads(archive("search", "quay", *both, "--json").stdout)["facets"]["collection"]
    for name in "AB":
        bag = tmp_path / "bags" / name
        assert (bag / "bagit.txt").is_file()
        bagged_notes = [
            line for line in (bag / "manifest-sha256.txt").read_text().splitlines() if line.endswith(".txt")
        ]
        assert len(bagged_notes) == matches[str(top / name)]
    cited = archive("cite", top / "A" / "a-01.txt", top / "B" / "b-02.txt", "--index-dir", base, "--json")
    assert cited.returncode == 0, cited.stderr
    citations = json.loads(cited.stdout)["citations"]
    assert sorted((Path(entry["collection"]).name, entry["path"]) for entry in citations) == [
        ("A", "a-01.txt"),
        ("B", "b-02.txt"),
    ]
    assert all(entry["citation"] for entry in citations)
