"""Styles never take the program online: a dependent style's parent is a shipped style or a file
beside it, and pandoc itself runs with nowhere to connect to. A real HTTP server on loopback
counts the requests that reach it."""

from __future__ import annotations

import http.server
import threading
from pathlib import Path

import pytest
from cli_runner import archive

from archive.cite import CitationError, _pandoc, find_style, format_bibliography

pytestmark = pytest.mark.loopback


@pytest.fixture
def server():
    """A loopback HTTP server; yields (its base URL, the paths asked of it)."""
    asked: list[str] = []

    class Handler(http.server.BaseHTTPRequestHandler):
        def do_GET(self) -> None:
            asked.append(self.path)
            self.send_error(404)

        def log_message(self, *args) -> None:
            pass

    httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    thread = threading.Thread(target=httpd.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{httpd.server_address[1]}", asked
    httpd.shutdown()
    httpd.server_close()


def dependent_style(folder: Path, parent: str, name: str = "dependent.csl") -> Path:
    path = folder / name
    path.write_text(
        f"""<?xml version="1.0" encoding="utf-8"?>
<style xmlns="http://purl.org/net/xbiblio/csl" version="1.0" default-locale="en-US">
  <info><title>A dependent style</title><id>urn:test:{name}</id>
    <link href="{parent}" rel="independent-parent"/><updated>2020-01-01T00:00:00+00:00</updated></info>
</style>
""",
        encoding="utf-8",
    )
    return path


ITEM = {
    "id": "a",
    "type": "book",
    "title": "Harbour lamps",
    "author": [{"family": "Brandt", "given": "Elsa"}],
    "issued": {"date-parts": [[1952]]},
}


def test_a_parent_anywhere_but_here_is_refused_in_one_line(server, tmp_path, indexed_sample):
    base, asked = server
    style = dependent_style(tmp_path, f"{base}/parent.csl")
    with pytest.raises(CitationError, match="never fetched from the network"):
        find_style(str(style))
    run = archive("cite", indexed_sample.root / "letters" / "letter-to-the-harbour-master-1952.pdf", "--style", style)
    assert run.returncode == 3 and len(run.stderr.strip().splitlines()) == 1 and "parent.csl" in run.stderr
    assert asked == []


def test_a_parent_is_the_shipped_style_of_its_name_or_a_file_beside(server, tmp_path):
    base, asked = server
    shipped = dependent_style(tmp_path, f"{base}/styles/apa")
    assert format_bibliography([ITEM], str(shipped))[0][1].startswith("Brandt, E. (1952)")
    (tmp_path / "house-style.csl").write_bytes(find_style("ieee").read_bytes())
    beside = dependent_style(tmp_path, f"{base}/somewhere/house-style.csl", name="journal.csl")
    assert format_bibliography([ITEM], str(beside))[0][1].startswith("[1] E. Brandt")
    assert asked == []


def test_pandoc_itself_cannot_reach_a_server(server, tmp_path):
    """Even given a style that names a URL (as nothing here does now), pandoc's request fails."""
    base, asked = server
    style = dependent_style(tmp_path, f"{base}/parent.csl")
    with pytest.raises(CitationError):
        _pandoc(
            ["--citeproc", "--bibliography=items.json", f"--csl={style}", "--to=html"],
            "---\nnocite: '@*'\n---\n",
            {"items.json": '[{"id": "a", "type": "book", "title": "T"}]'},
        )
    assert asked == []
