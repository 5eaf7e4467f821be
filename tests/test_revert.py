"""Taking changes back: to a moment given with any offset, a whole batch at once; impossible
times refused."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

from cli_runner import archive

LETTER = "letters/letter-to-the-harbour-master-1952.pdf"
SURVEY = "reports/harbour-survey-1998.pdf"


def test_revert_to_honours_the_offset_and_refuses_what_is_no_time(indexed_sample):
    root = indexed_sample.root
    original = indexed_sample.record(LETTER).title
    indexed_sample.edit(LETTER, {"title": "The east pier lamp"})
    at = datetime.fromisoformat(indexed_sample.history(LETTER)[-1].at)
    same_instant_in_kiritimati = (at + timedelta(hours=14)).replace(tzinfo=timezone(timedelta(hours=14))).isoformat()
    before_in_baker_island = (
        (at - timedelta(hours=12, seconds=1)).replace(tzinfo=timezone(timedelta(hours=-12))).isoformat()
    )
    nothing = archive("revert", root / LETTER, "--to", same_instant_in_kiritimati)
    assert nothing.returncode == 2 and "nothing to revert" in nothing.stderr
    run = archive("revert", root / LETTER, "--to", before_in_baker_island, "--json")
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["title"] == original
    for impossible in ("2026-02-30", "yesterday", "2026-13-01T00:00"):
        refused = archive("revert", root / LETTER, "--to", impossible)
        assert refused.returncode == 2 and "cannot read the time" in refused.stderr and refused.stderr.count("\n") == 1


def test_a_whole_batch_is_taken_back_at_once(indexed_sample):
    root = indexed_sample.root
    before = {path: indexed_sample.record(path).publisher for path in (LETTER, SURVEY)}
    assert archive("edit", root / LETTER, root / SURVEY, "--set", "publisher=Saltmere Harbour Board").returncode == 0
    listed = archive("history", "-c", root).stdout
    batch = indexed_sample.history(LETTER)[-1].batch
    assert f"#{batch}  cli" in listed
    run = archive("revert", "--batch", str(batch), "-c", root, "--json")
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout)["paths"] == sorted([LETTER, SURVEY])
    assert {path: indexed_sample.record(path).publisher for path in (LETTER, SURVEY)} == before
    unknown = archive("revert", "--batch", "999", "-c", root)
    assert unknown.returncode == 2 and "no batch #999" in unknown.stderr


def test_every_command_refuses_a_catalog_from_a_newer_version(indexed_sample):
    import sqlite3

    root = indexed_sample.root
    indexed_sample.edit(LETTER, {"title": "The east pier lamp"})
    indexed_sample.close()
    with sqlite3.connect(indexed_sample.index_dir / "catalog.sqlite") as db:
        db.execute("UPDATE meta SET value = '99' WHERE key = 'schema_version'")
    for command in (
        ["show", root / LETTER],
        ["cite", root / LETTER],
        ["search", "lamp", "-c", root],
        ["history", "-c", root],
        ["edit", root / LETTER, "--set", "title=x"],
        ["export", "*", "-c", root],
    ):
        run = archive(*command)
        assert run.returncode == 3 and "made by a newer version" in run.stderr and run.stdout == "", (
            command,
            run.stderr,
        )
