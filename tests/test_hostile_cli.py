"""A hostile collection and the command line: nothing from a file reaches the terminal as a
control sequence, and JSON carries it escaped."""

from __future__ import annotations

import json
import re

from cli_runner import archive

#: Any control character but newline and tab, and DEL and C1 — allowed only as the bold codes.
RAW_CONTROL = re.compile(r"(?!\x1b\[[01]m)[\x00-\x08\x0b-\x1f\x7f-\x9f]")
SCREEN_CLEAR = "\x1b[2J"
TITLE_SET = "\x1b]0;pwned\x07"


def test_escape_codes_from_files_names_and_saved_searches_are_printed_escaped(tmp_path, index_base):
    root = tmp_path / "hostile"
    root.mkdir()
    (root / "note.txt").write_text(
        f"Harbour note {TITLE_SET} and {SCREEN_CLEAR} cleared, lamp here \x9b31m.\n", encoding="utf-8"
    )
    (root / "name\x1b[31mred.txt").write_text("The lamp of the east pier.\n", encoding="utf-8")
    assert archive("index", root).returncode == 0
    for run in (
        archive("search", "lamp", "-c", root),
        archive("show", root / "name\x1b[31mred.txt"),
        archive("search", "lamp", "-c", root, "--save", f"lamps{SCREEN_CLEAR}"),
        archive("saved", "-c", root),
    ):
        assert run.returncode == 0, run.stderr
        assert not RAW_CONTROL.search(run.stdout + run.stderr), repr(run.stdout + run.stderr)
    shown = archive("search", "lamp", "-c", root).stdout
    assert "\\x1b[2J" in shown and "\\x1b]0;pwned\\x07" in shown and "name\\x1b[31mred.txt" in shown
    as_json = archive("search", "lamp", "-c", root, "--json")
    assert not RAW_CONTROL.search(as_json.stdout)
    snippets = [hit["snippet"] for hit in json.loads(as_json.stdout)["hits"]]
    assert any(SCREEN_CLEAR in snippet and "\x9b" in snippet for snippet in snippets)  # the text, kept exact
