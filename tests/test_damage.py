"""A damaged search index says so and is rebuilt from the catalog by the next index run, edits
intact; a damaged catalog is named with its last backup and how to restore it; the backup is the
catalog as the run that took it found it."""

from __future__ import annotations

import random
import shutil

import pytest
from cli_runner import archive

from archive.catalog import Catalog, CatalogEntry

EDITED = "clippings/1974-rybaki.txt"


def scramble(path, count: int = 300) -> None:
    data = bytearray(path.read_bytes())
    chance = random.Random(path.name)
    for _ in range(count):
        data[chance.randrange(len(data))] = chance.randrange(256)
    path.write_bytes(bytes(data))


DAMAGES = {
    "random bytes in a segment": lambda whoosh: [scramble(path) for path in whoosh.glob("*.seg")],
    "a missing segment": lambda whoosh: [path.unlink() for path in whoosh.glob("*.seg")],
    "a garbled table of contents": lambda whoosh: [path.write_bytes(b"garbage") for path in whoosh.glob("*.toc")],
}


@pytest.mark.parametrize("damage", DAMAGES)
def test_a_damaged_search_index_is_named_then_rebuilt_with_the_edits(indexed_sample, damage):
    root, base = indexed_sample.root, indexed_sample.index_dir.parent
    indexed_sample.edit(EDITED, {"title": "Fishermen of Saltmere, 1974", "tags": ["fishing"]})
    DAMAGES[damage](indexed_sample.index_dir / "whoosh")
    run = archive("search", "harbour", "-c", root, "--index-dir", base)
    assert run.returncode == 3 and run.stderr.count("\n") == 1
    assert f"the search index of {root} is damaged" in run.stderr and f"repair it: archive index {root}" in run.stderr
    run = archive("index", root, "--index-dir", base)
    assert run.returncode == 0
    assert (
        run.stderr
        == "archive: the search index was damaged; it has been rebuilt from the catalog (your edits are kept)\n"
    )
    run = archive("search", "tag:fishing", "-c", root, "--index-dir", base, "--json")
    assert run.returncode == 0 and [hit["path"] for hit in __import__("json").loads(run.stdout)["hits"]] == [EDITED]
    assert archive("index", root, "--index-dir", base).stderr == ""  # repaired once, not again


def test_a_damaged_catalog_is_named_with_its_last_backup(indexed_sample):
    root, base = indexed_sample.root, indexed_sample.index_dir.parent
    catalog = indexed_sample.index_dir / "catalog.sqlite"
    backup = indexed_sample.index_dir / "catalog.backup.sqlite"
    assert backup.exists()  # the first run wrote, so it kept a copy first
    indexed_sample.close()
    good = catalog.with_name("good.sqlite")
    shutil.copy(catalog, good)
    with catalog.open("r+b") as file:
        file.write(b"\x00" * 100)  # the header gone: no longer a database
    run = archive("search", "harbour", "-c", root, "--index-dir", base)
    assert run.returncode == 3 and run.stderr.count("\n") == 1 and "internal error" not in run.stderr
    assert f"the catalog {catalog} is damaged" in run.stderr and "the last backup, from " in run.stderr
    # The safe way first (keep the damaged catalog: it holds the edits), the backup last, with what it lacks.
    message = run.stderr
    assert message.index("first copy the index folder") < message.index(".recover") < message.index(str(backup))
    assert "it lacks every edit made since" in message and "only if nothing can be recovered" in message
    shutil.copy(backup, catalog)  # the last resort the message names
    assert archive("index", root, "--index-dir", base).returncode == 0
    assert archive("search", "harbour", "-c", root, "--index-dir", base).returncode == 0


def test_the_backup_holds_the_catalog_as_the_run_found_it(tmp_path):
    """The copy is made while the run writes (a thread of its own), from a snapshot taken first."""
    catalog = Catalog(tmp_path / "catalog.sqlite")
    catalog.begin()
    for number in range(5000):
        catalog.put(CatalogEntry(f"box/{number}.txt", 1, 1, "0" * 64, {"title": f"Letter {number}"}, ["words " * 300]))
    catalog.commit()
    (tmp_path / "catalog.backup.part").write_bytes(b"left by a run stopped while copying")
    wait_for_backup = catalog.back_up()
    catalog.begin()
    catalog.put(CatalogEntry("box/new.txt", 1, 1, "1" * 64, {"title": "Written during the copy"}, ["new"]))
    catalog.remove(["box/0.txt"])
    catalog.commit()
    wait_for_backup()
    backup = Catalog(catalog.backup_path)
    assert len(backup) == 5000 and "box/0.txt" in backup and "box/new.txt" not in backup
    assert backup.record("box/4999.txt").title == "Letter 4999"
    assert not (tmp_path / "catalog.backup.part").exists()
    backup.close()
    catalog.close()
