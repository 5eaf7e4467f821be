"""Saved searches: kept with the collection (in its index folder), run from the command line as
@name, with their narrowing and order."""

from __future__ import annotations

import json

from cli_runner import archive


def test_a_search_saved_from_the_command_line_runs_as_at_name(indexed_sample):
    root = str(indexed_sample.root)
    saved = archive("search", "harbour", "-c", root, "--format", "pdf", "--sort", "date", "--save", "Harbour PDFs")
    assert saved.returncode == 0 and "saved as @Harbour PDFs" in saved.stderr
    assert (indexed_sample.index_dir / "saved_searches.json").exists()
    assert not any(path.name == "saved_searches.json" for path in indexed_sample.root.rglob("*"))
    run = archive("search", "@harbour pdfs", "-c", root, "--json")  # names are matched without case
    hits = json.loads(run.stdout)["hits"]
    assert [hit["path"] for hit in hits] == [
        "reports/harbour-survey-1998.pdf",
        "letters/letter-to-the-harbour-master-1952.pdf",
    ]
    listed = json.loads(archive("saved", "-c", root, "--json").stdout)["searches"]
    assert [(search["name"], search["query"], search["format"], search["sort"]) for search in listed] == [
        ("Harbour PDFs", "harbour", "pdf", "date")
    ]
    unknown = archive("search", "@nothing", "-c", root)
    assert unknown.returncode == 2 and "no saved search named 'nothing' (saved: Harbour PDFs)" in unknown.stderr
    assert archive("saved", "-c", root, "--remove", "@Harbour PDFs").returncode == 0
    assert json.loads(archive("saved", "-c", root, "--json").stdout)["searches"] == []


def test_searches_saved_at_the_same_moment_are_all_kept(indexed_sample):
    import subprocess
    import sys

    runs = [
        subprocess.Popen(
            [
                sys.executable,
                "-m",
                "archive",
                "search",
                f"harbour{number}",
                "-c",
                indexed_sample.root,
                "--save",
                f"search {number:02}",
            ],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        for number in range(20)
    ]
    assert all(run.wait(timeout=120) == 0 for run in runs)
    names = [
        search["name"]
        for search in json.loads(archive("saved", "-c", indexed_sample.root, "--json").stdout)["searches"]
    ]
    assert names == [f"search {number:02}" for number in range(20)]


def test_what_a_newer_version_wrote_is_kept_and_an_unreadable_file_is_never_replaced(indexed_sample):
    path = indexed_sample.index_dir / "saved_searches.json"
    path.write_text(json.dumps([{"name": "Future", "query": "lamp", "pinned_colour": "teal"}]), encoding="utf-8")
    assert archive("search", "harbour", "-c", indexed_sample.root, "--save", "Now").returncode == 0
    kept = {entry["name"]: entry for entry in json.loads(path.read_text(encoding="utf-8"))}
    assert set(kept) == {"Future", "Now"} and kept["Future"]["pinned_colour"] == "teal"
    assert archive("search", "@Future", "-c", indexed_sample.root).returncode == 0
    path.write_text('[{"name": "Half written', encoding="utf-8")
    refused = archive("search", "harbour", "-c", indexed_sample.root, "--save", "Later")
    assert refused.returncode == 3 and "cannot be read" in refused.stderr and "kept as it is" in refused.stderr
    assert path.read_text(encoding="utf-8") == '[{"name": "Half written'
