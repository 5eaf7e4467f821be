"""Incremental indexing of a real folder: add, change, delete, rename; edits survive all of it."""

import os
import shutil

import pytest

from archive import Collection, extract, pipeline
from archive.extract import extractor_version
from archive.errors import IndexBusy, InvalidEdit


def snapshot(root):
    """Names, sizes, mtimes and contents of every file: the collection must never change."""
    return {
        path: (path.stat().st_size, path.stat().st_mtime_ns, path.read_bytes())
        for path in sorted(root.rglob("*"))
        if path.is_file()
    }


def test_first_run_indexes_everything_and_touches_nothing(sample_copy, index_base):
    before = snapshot(sample_copy)
    with Collection.open(sample_copy, index_base, create=True) as collection:
        report = collection.index(jobs=2)
        assert report.added == 15 and report.failed == [] and report.unchanged == 0
        assert len(collection) == 15
        collection.search("harbour")
        collection.verify()
    assert snapshot(sample_copy) == before
    assert not any(index_base.is_relative_to(p) for p in [sample_copy])


def test_files_read_while_a_batch_commits_go_into_the_next_one(tmp_path, index_base, monkeypatch):
    """Every file is due for a commit, so most arrive while one runs in the background."""
    monkeypatch.setattr(pipeline, "FIRST_BATCH_SECONDS", 0.0)
    monkeypatch.setattr(pipeline, "BATCH_SECONDS", 0.0)
    folder = tmp_path / "clippings"
    folder.mkdir()
    for number in range(300):
        (folder / f"clipping-{number:03d}.txt").write_text(f"Clipping {number} about the lighthouse keeper.\n")
    with Collection.open(folder, index_base, create=True) as collection:
        report = collection.index(jobs=2)
        assert report.added == 300 and report.failed == []
        assert collection.search("lighthouse", limit=1).total == 300
        assert collection.search('"clipping 123"').total == 1
        assert collection.ix.doc_count() == len(collection.catalog) == 300


def test_second_run_extracts_nothing(indexed_sample):
    report = indexed_sample.index(jobs=2)
    assert (report.added, report.updated, report.removed, report.unchanged) == (0, 0, 0, 15)


def test_add_change_delete(indexed_sample):
    root = indexed_sample.root
    (root / "clippings" / "new.txt").write_text("date 2020-01-02 By Gazette\n\nA cormorant nests on the pier.")
    changed = root / "clippings" / "2019-05-03-new-ice-house.txt"
    changed.write_text(changed.read_text().replace("Volunteers", "Seagull painters"))
    (root / "web" / "harbour-festival-2022.html").unlink()
    report = indexed_sample.index(jobs=2)
    assert (report.added, report.updated, report.removed, report.unchanged) == (1, 1, 1, 13)
    assert indexed_sample.search("cormorant").total == 1
    assert indexed_sample.search("seagull").total == 1
    assert indexed_sample.search("volunteers").total == 0
    assert indexed_sample.search("festival").total == 0


def test_touched_but_unchanged_file_is_not_re_extracted(indexed_sample):
    path = indexed_sample.root / "reports" / "harbour-survey-1998.pdf"
    os.utime(path, ns=(path.stat().st_atime_ns, path.stat().st_mtime_ns + 10**9))
    report = indexed_sample.index(jobs=2)
    assert (report.updated, report.unchanged) == (0, 15)
    assert indexed_sample.index(jobs=2).unchanged == 15


def test_edits_survive_reindex_file_change_and_rename(indexed_sample):
    root = indexed_sample.root
    rel = "clippings/1953-02-02-storm-flood.txt"
    indexed_sample.edit(rel, {"title": "The great flood of 1953", "tags": "flood; 1953", "creators": "Smith, Anna"})
    assert indexed_sample.search('title:"great flood"').hits[0].path == rel
    assert indexed_sample.search("tag:flood").total == 1

    (root / rel).write_text((root / rel).read_text() + "\nA later correction: two dykes broke.\n")
    indexed_sample.index(jobs=2)
    record = indexed_sample.record(rel)
    assert record.title == "The great flood of 1953" and "title" in record.overrides
    assert record.sources["title"] == "user"

    moved = "clippings/renamed/flood.txt"
    (root / "clippings" / "renamed").mkdir()
    shutil.move(root / rel, root / moved)
    report = indexed_sample.index(jobs=2)
    assert (report.added, report.removed) == (1, 1)
    record = indexed_sample.record(moved)
    assert record.title == "The great flood of 1953"
    assert record.tags == ["flood", "1953"] and record.creators == ["Smith, Anna"]
    assert indexed_sample.search("tag:flood").hits[0].path == moved


def test_a_lost_search_index_is_rebuilt_from_the_catalog_with_edits(indexed_sample):
    rel = "photographs/market-day.png"
    indexed_sample.edit(rel, {"title": "Market day, 1958", "date": "1958"})
    root, base = indexed_sample.root, indexed_sample.index_dir.parent
    indexed_sample.close()
    shutil.rmtree(indexed_sample.index_dir / "whoosh")
    with Collection.open(root, base) as reopened:
        report = reopened.index(jobs=1)
        assert (report.added, report.updated, report.unchanged) == (0, 0, 15)
        assert reopened.search("*").total == 15
        assert reopened.search("date:1958").hits[0].path == rel
        assert reopened.search('"market day 1958"').hits[0].title == "Market day, 1958"


def test_unset_returns_the_extracted_value(indexed_sample):
    rel = "reports/harbour-survey-1998.pdf"
    indexed_sample.edit(rel, {"title": "Wrong"})
    record = indexed_sample.edit(rel, unset=["title"])
    assert record.title == "Harbour Survey 1998" and record.overrides == []
    assert indexed_sample.search('title:"harbour survey"').total == 1


def test_invalid_edits_are_refused_with_reasons(indexed_sample):
    rel = "reports/harbour-survey-1998.pdf"
    with pytest.raises(InvalidEdit, match="sha256"):
        indexed_sample.edit(rel, {"sha256": "0"})
    with pytest.raises(InvalidEdit, match="not a date"):
        indexed_sample.edit(rel, {"date": "last Tuesday"})


def test_second_indexer_is_refused_while_one_runs(indexed_sample):
    import subprocess
    import sys

    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sys, time; from archive import Collection; "
            "c = Collection.open(sys.argv[1], __import__('pathlib').Path(sys.argv[2])); "
            "lock = c._indexer_lock(); lock.__enter__(); print('locked', flush=True); time.sleep(60)",
            str(indexed_sample.root),
            str(indexed_sample.index_dir.parent),
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(IndexBusy, match=f"PID {holder.pid}"):
            indexed_sample.index(jobs=1)
    finally:
        holder.kill()
        holder.wait()
    assert indexed_sample.index(jobs=1).unchanged == 15  # the lock died with its holder


def test_unreadable_and_broken_files_are_reported_and_the_run_goes_on(indexed_sample):
    root = indexed_sample.root
    (root / "broken.pdf").write_bytes(b"%PDF-1.4 truncated")
    (root / "bomb.docx").write_bytes(b"PK\x03\x04 not really")
    report = indexed_sample.index(jobs=2)
    failed = {f.path: f.error for f in report.failed}
    assert set(failed) == {"broken.pdf", "bomb.docx"}
    assert all(reason and "\n" not in reason for reason in failed.values())
    assert report.added == 2  # catalogued by name all the same
    assert indexed_sample.search("path:broken").total == 1
    assert indexed_sample.failures().keys() == failed.keys()


def test_catalog_upgrades_keep_edits_and_a_newer_catalog_is_refused(indexed_sample, monkeypatch):
    from archive import catalog as catalog_module
    from archive.catalog import Catalog, CatalogTooNew

    rel = "clippings/1974-rybaki.txt"
    indexed_sample.edit(rel, {"title": "Fishermen of Saltmere"})
    path = indexed_sample.catalog.path
    indexed_sample.close()
    # A future version adds a column; the upgrade runs once and keeps every edit.
    current = catalog_module.SCHEMA_VERSION
    monkeypatch.setattr(catalog_module, "SCHEMA_VERSION", current + 1)
    monkeypatch.setitem(catalog_module.MIGRATIONS, current + 1, "ALTER TABLE overrides ADD COLUMN note TEXT")
    upgraded = Catalog(path)
    assert upgraded.overrides(rel) == {"title": "Fishermen of Saltmere"}
    assert upgraded._db.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()[0] == str(current + 1)
    upgraded.close()
    monkeypatch.setattr(catalog_module, "SCHEMA_VERSION", current)
    with pytest.raises(CatalogTooNew, match="newer version"):
        Catalog(path)


def _kinds(collection) -> dict[str, int]:
    """How many items each extractor module reads ('text', 'pdf'…)."""
    kinds: dict[str, int] = {}
    for path in collection.catalog.paths():
        kind = extractor_version(collection.file_path(path)).split()[0]
        kinds[kind] = kinds.get(kind, 0) + 1
    return kinds


def test_an_improved_extractor_reads_its_files_again_and_edits_stay(indexed_sample, monkeypatch):
    indexed_sample.edit("clippings/1974-rybaki.txt", {"title": "Fishermen of Saltmere"})
    stale = "clippings/1953-02-02-storm-flood.txt"
    extracted_title = indexed_sample.record(stale).title
    # What an older extractor wrote; the content's checksum is unchanged, so only a real reading
    # (not a copy of what the catalog holds for these bytes) gives the title back.
    indexed_sample.catalog._db.execute(
        "UPDATE files SET record = json_set(record, '$.title', 'Old reading') WHERE path = ?", (stale,)
    )
    monkeypatch.setitem(extract.EXTRACTOR_VERSIONS, "text", extract.EXTRACTOR_VERSIONS["text"] + 1)
    report = indexed_sample.index(jobs=2)
    texts = _kinds(indexed_sample)["text"]
    assert (report.reread, report.added, report.updated, report.unchanged) == (texts, 0, 0, 15 - texts)
    assert indexed_sample.record(stale).title == extracted_title
    assert indexed_sample.record("clippings/1974-rybaki.txt").title == "Fishermen of Saltmere"
    assert indexed_sample.search("*").total == 15
    assert indexed_sample.index(jobs=2).reread == 0  # read once by the new version, then left alone
    monkeypatch.setattr(extract, "SHARED_VERSION", extract.SHARED_VERSION + 1)  # what every extractor uses
    assert indexed_sample.index(jobs=2).reread == 15


def test_reextract_reads_again_what_a_query_finds(indexed_sample):
    hits = indexed_sample.search("harbour", limit=100)
    stale = hits.hits[0].path
    extracted_title = indexed_sample.record(stale).title
    indexed_sample.catalog._db.execute(
        "UPDATE files SET record = json_set(record, '$.title', 'Old reading') WHERE path = ?", (stale,)
    )
    report = indexed_sample.index(jobs=2, reextract="harbour")
    assert (report.reread, report.unchanged) == (hits.total, 15 - hits.total)
    assert indexed_sample.record(stale).title == extracted_title  # read, not taken from the catalog
    assert indexed_sample.index(jobs=2, reextract="*").reread == 15
    assert indexed_sample.index(jobs=2).reread == 0


def test_a_catalog_from_before_extractor_versions_is_read_again_once(indexed_sample):
    from archive.catalog import Catalog

    rel = "clippings/1974-rybaki.txt"
    indexed_sample.edit(rel, {"title": "Fishermen of Saltmere"})
    path, root, base = indexed_sample.catalog.path, indexed_sample.root, indexed_sample.index_dir.parent
    indexed_sample.close()
    old = Catalog(path)  # as version 1 made it: no extractor, name_bytes nor container column
    old._db.execute("ALTER TABLE files DROP COLUMN extractor")
    old._db.execute("ALTER TABLE files DROP COLUMN name_bytes")
    old._db.execute("DROP INDEX files_by_container")
    old._db.execute("ALTER TABLE files DROP COLUMN container")
    old._db.execute("UPDATE meta SET value = '1' WHERE key = 'schema_version'")
    old.close()
    with Collection.open(root, base) as collection:
        assert collection.record(rel).title == "Fishermen of Saltmere"
        report = collection.index(jobs=2)
        assert (report.reread, report.unchanged) == (15, 0)
        assert collection.record(rel).title == "Fishermen of Saltmere"
