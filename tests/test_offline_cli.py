"""The whole command line with the network taken away: every command run as a real process whose
sockets cannot reach any address but a local (AF_UNIX) one. A command that tried to go online
fails with the guard's message instead of working."""

from __future__ import annotations

import json

from cli_runner import archive

GUARD = '''
import socket

_connect = socket.socket.connect


def _refuse(self, address, *args, **kwargs):
    if self.family in (socket.AF_INET, socket.AF_INET6):
        raise SystemExit(f"NETWORK ATTEMPT to {address!r}")
    return _connect(self, address, *args, **kwargs)


socket.socket.connect = _refuse
socket.socket.connect_ex = _refuse
socket.getaddrinfo = lambda *args, **kwargs: (_ for _ in ()).throw(SystemExit(f"NETWORK LOOKUP of {args[0]!r}"))
'''


def test_every_command_works_with_the_network_taken_away(sample_copy, index_base, tmp_path, monkeypatch):
    guard = tmp_path / "guard"
    guard.mkdir()
    (guard / "sitecustomize.py").write_text(GUARD, encoding="utf-8")
    monkeypatch.setenv("PYTHONPATH", str(guard))
    letter = sample_copy / "letters" / "letter-to-the-harbour-master-1952.pdf"
    runs = [
        ("index", sample_copy, "--jobs", "2"),
        ("search", "harbour", "-c", sample_copy, "--save", "harbour"),
        ("search", "@harbour", "-c", sample_copy, "--json"),
        ("show", letter),
        ("edit", letter, "--set", "title=The east pier lamp"),
        ("history", "-c", sample_copy),
        ("revert", letter, "--last"),
        *(("cite", letter, "--style", style) for style in ("apa", "chicago", "mla", "ieee", "harvard", "2d-materials")),
        *(("cite", letter, "--format", fmt) for fmt in ("html", "bibtex", "biblatex", "ris", "csl-json")),
        *(
            ("export", "*", "-c", sample_copy, "--format", fmt, "-o", tmp_path / f"all.{fmt}")
            for fmt in ("csv", "jsonl", "csl-json", "bibtex", "biblatex", "ris")
        ),
        ("export", "--manifest", tmp_path / "manifest-sha256.txt", "-c", sample_copy),
        ("import", tmp_path / "all.csv", "-c", sample_copy),
        ("duplicates", "-c", sample_copy, "--near"),
        ("verify", "-c", sample_copy),
        ("orphans", "-c", sample_copy),
        ("saved", "-c", sample_copy),
    ]
    for arguments in runs:
        run = archive(*arguments)
        assert "NETWORK" not in run.stderr + run.stdout, (arguments, run.stderr)
        assert run.returncode == 0, (arguments, run.stderr)
    assert json.loads(archive("search", "@harbour", "-c", sample_copy, "--json").stdout)["total"] > 0
