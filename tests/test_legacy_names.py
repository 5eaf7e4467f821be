"""Files whose names are not UTF-8 (drives copied from old systems): indexed under the name
decoded by the best guess, marked as such, opened by their bytes, and reachable by either name."""

from __future__ import annotations

import base64
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from archive import Collection
from archive.legacy_names import decoded

NAMES = [  # (the name as a person reads it, the encoding an old system wrote it in)
    ("Protokoll_Sitzung_März_1952.txt", "cp1252"),
    ("Größe_Straße.txt", "cp1252"),
    ("café.txt", "cp1252"),
    ("Überfahrt nach Kiel.txt", "cp1252"),
    ("Résumé.txt", "latin-1"),
    ("Опись_документов_1925.txt", "cp1251"),
    ("Письма 1952 г.txt", "cp1251"),
    ("Bücher.txt", "cp437"),
    ("Ärzte_Übersicht.txt", "cp437"),
    ("Über den Hafen.txt", "cp437"),
]


@pytest.mark.parametrize(("name", "encoding"), NAMES)
def test_names_are_decoded_by_the_best_guess(name, encoding):
    assert decoded("box/" + os.fsdecode(name.encode(encoding)))[0] == "box/" + name


def write(root: Path, raw_name: bytes, text: str) -> None:
    with open(os.fsencode(root) + b"/" + raw_name, "w", encoding="utf-8") as file:
        file.write(text)


@pytest.fixture
def legacy(tmp_path, index_base):
    root = tmp_path / "drive"
    (root / "box").mkdir(parents=True)
    write(root, "Опись_документов_1925.txt".encode("cp1251"), "Опись документов городского архива за 1925 год.")
    write(root, "box/Protokoll_Sitzung_März_1952.txt".encode("cp1252"), "Protokoll der Sitzung des Hafenrats.")
    write(root, "box/März.txt".encode("utf-8"), "Eine Notiz über den Hafen.")
    write(root, "box/März.txt".encode("cp1252"), "Eine andere Notiz über die Fischer.")
    with Collection.open(root, index_base, create=True) as collection:
        report = collection.index(jobs=2)
        assert (report.added, report.failed) == (4, [])
        yield collection


def test_legacy_names_are_indexed_marked_and_kept_apart_from_utf8_ones(legacy):
    assert sorted(legacy.catalog.paths()) == [
        "box/März (cp1252 name).txt",
        "box/März.txt",
        "box/Protokoll_Sitzung_März_1952.txt",
        "Опись_документов_1925.txt",
    ]
    record = legacy.record("Опись_документов_1925.txt")
    assert base64.b64decode(record.path_bytes) == "Опись_документов_1925.txt".encode("cp1251")
    assert "not UTF-8; shown decoded as cp1251" in record.warnings[0]
    assert record.language == "ru"
    assert [hit.path for hit in legacy.search("архив").hits] == ["Опись_документов_1925.txt"]  # архива
    assert [hit.path for hit in legacy.search("fischer").hits] == ["box/März (cp1252 name).txt"]
    assert legacy.record("box/März.txt").path_bytes is None
    assert (
        legacy.file_path("box/März (cp1252 name).txt").read_text(encoding="utf-8")
        == "Eine andere Notiz über die Fischer."
    )
    assert legacy.verify().changed == [] and legacy.verify().checked == 4
    assert legacy.index(jobs=2).unchanged == 4


def archive(*arguments: str, root: Path) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "archive", *arguments], capture_output=True, cwd=root)


def test_show_edit_and_cite_take_the_name_on_disk_or_the_decoded_one(legacy):
    root = legacy.root
    on_disk = os.fsdecode(os.fsencode(root) + b"/" + "Опись_документов_1925.txt".encode("cp1251"))
    shown = archive("show", on_disk, "--json", root=root)
    assert shown.returncode == 0, shown.stderr
    document = json.loads(shown.stdout.decode("utf-8"))
    assert document["path"] == "Опись_документов_1925.txt"
    assert os.path.exists(os.fsencode(root) + b"/" + base64.b64decode(document["path_bytes"]))  # names the file exactly
    edited = archive("edit", str(root / "box" / "März (cp1252 name).txt"), "--set", "title=Fischer", root=root)
    assert edited.returncode == 0, edited.stderr
    assert legacy.record("box/März (cp1252 name).txt").title == "Fischer"
    cited = archive("cite", str(root / "Опись_документов_1925.txt"), "--style", "apa", root=root)
    assert cited.returncode == 0 and "Опись_документов_1925.txt" in cited.stdout.decode("utf-8")


def test_a_copy_under_a_utf8_name_does_not_take_the_legacy_names_facts(legacy):
    root = legacy.root
    with open(os.fsencode(root) + b"/" + "Опись_документов_1925.txt".encode("cp1251"), "rb") as original:
        (root / "copy.txt").write_bytes(original.read())
    legacy.index(jobs=2)
    copy = legacy.record("copy.txt")
    assert copy.path_bytes is None and not any("not UTF-8" in warning for warning in copy.warnings)
    assert copy.title == legacy.record("Опись_документов_1925.txt").title
