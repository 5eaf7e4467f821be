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
    assert [hit["path"] for hit in hits] == ["reports/harbour-survey-1998.pdf", "letters/letter-to-the-harbour-master-1952.pdf"]
    listed = json.loads(archive("saved", "-c", root, "--json").stdout)["searches"]
    assert [(search["name"], search["query"], search["format"], search["sort"]) for search in listed] == [
        ("Harbour PDFs", "harbour", "pdf", "date")]
    unknown = archive("search", "@nothing", "-c", root)
    assert unknown.returncode == 2 and "no saved search named 'nothing' (saved: Harbour PDFs)" in unknown.stderr
    assert archive("saved", "-c", root, "--remove", "@Harbour PDFs").returncode == 0
    assert json.loads(archive("saved", "-c", root, "--json").stdout)["searches"] == []
