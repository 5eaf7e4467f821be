"""Words findable on an estate's drive, ours against Recoll's, file by file.

    python tests/benchmarks/eval_estate.py [--keep DIR]

Builds a drive in the style of a real estate (several languages, several decades), each file made
as its program makes it, with the words a person would look for in it: scans in Russian,
Azerbaijani and German; a Russian letter whose mail program declared the wrong charset; a
DOS-era zip of Cyrillic names; a vCard 2.1, a folded iCalendar; a floppy image, an E01 and an ISO;
Apple Mail and Maildir messages, a Twitter archive, BibTeX, Word notes and comments, workbook
comments, PNG, GIF and TIFF text, PostScript, MARC, FictionBook, flat and old OpenDocument, KML,
GPX, a PDF form, an EAD finding aid. Both programs index it in place (Recoll, Debian's recoll with
its helpers, run with Debian's python3 first on PATH); each word is asked of each, and the table
says which files each finds by it. Not part of the test run: it needs Recoll, Tesseract's rus, aze
and deu models and the disk tools (dosfstools, mtools, xorriso, ewf-tools, Info-ZIP's zip).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

TESTS = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(TESTS), str(TESTS.parent)]  # the tests' builders, and the program itself

import test_disk_images as images  # noqa: E402
import test_more_formats as formats  # noqa: E402
import test_ocr_and_languages as ocr  # noqa: E402
import test_read_by_evidence as evidence  # noqa: E402


def build(root: Path, work: Path) -> dict[str, list[str]]:
    """The drive's files, and the words each must be found by (exact forms, as they stand)."""
    words: dict[str, list[str]] = {}
    for name, query in ((name, wanted["query"]) for name, wanted in formats.build(root).items()):
        words[name] = [query]
    for language, (lines, _, _) in ocr.SCANS.items():
        ocr.scan_of(lines).save(root / f"scan-{language}.png")
        words[f"scan-{language}.png"] = [lines[-1].split()[-2], lines[0].split()[-1]]
    evidence.mislabelled_mail(root / "letter.eml")
    words["letter.eml"] = ["экспертной", "ханым"]
    evidence.dos_zip(work, root / "dos.zip")
    words["dos.zip"] = ["протокол", "опись"]
    evidence.vcard_21(root / "contacts.vcf")
    words["contacts.vcf"] = ["Хранитель", "Алиева"]
    evidence.folded_calendar(root / "meeting.ics")
    words["meeting.ics"] = ["передаче", "экспертной"]
    evidence.english_template(root / "act.docx")
    words["act.docx"] = ["бескислотной", "коробки"]
    shutil.copy(images.floppy(work), root / "floppy.img")
    words["floppy.img"] = ["harbour", "minutes"]
    images.encase(root / "floppy.img", root / "stick")
    words["stick.E01"] = ["harbour"]
    disc = work / "disc" / "Письма"
    disc.mkdir(parents=True)
    (disc / "письмо.txt").write_text("Дорогая Лейла, посылаю протокол заседания комиссии.", encoding="utf-8")
    images.disc(disc.parent, root / "disc.iso")
    words["disc.iso"] = ["посылаю"]
    return words


def ours(root: Path, index: Path, word: str) -> set[str]:
    run = subprocess.run(
        [
            sys.executable,
            "-m",
            "archive",
            "search",
            word,
            "--json",
            "--limit",
            "1000",
            "--index-dir",
            str(index),
            "--collection",
            str(root),
        ],
        capture_output=True,
        text=True,
    )
    hits = json.loads(run.stdout)["hits"] if run.returncode == 0 else []
    return {hit["path"].split("#", 1)[0] for hit in hits}


def theirs(config: Path, environment: dict, root: Path, word: str) -> set[str]:
    run = subprocess.run(
        ["recollq", "-c", str(config), "-b", "-n", "1000", word], capture_output=True, text=True, env=environment
    )
    found = set()
    for line in run.stdout.splitlines():
        if line.startswith("file://"):
            path = line[len("file://") :].split("#", 1)[0]
            if path.startswith(str(root)):
                found.add(os.path.relpath(path, root).split("|", 1)[0])
    return found


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--keep", type=Path, metavar="DIR", help="work in DIR and keep it")
    args = parser.parse_args()
    work = args.keep or Path(tempfile.mkdtemp(prefix="estate-"))
    root, making = work / "drive", work / "making"
    root.mkdir(parents=True)
    making.mkdir()
    words = build(root, making)
    index = work / "index"
    subprocess.run(
        [sys.executable, "-m", "archive", "index", str(root), "--index-dir", str(index)],
        check=True,
        capture_output=True,
    )
    config = work / "recoll-config"
    config.mkdir()
    (config / "recoll.conf").write_text(f"topdirs = {root}\nloglevel = 1\nnoaspell = 1\n")
    environment = dict(
        os.environ, RECOLL_CONFDIR=str(config), HOME=str(work), PATH="/usr/bin:/bin:" + os.environ["PATH"]
    )
    subprocess.run(["recollindex", "-c", str(config), "-z"], env=environment, capture_output=True)
    rows, mine, recolls, only_theirs = [], 0, 0, []
    for name, wanted in sorted(words.items()):
        for word in wanted:
            found_here = name in ours(root, index, word)
            found_there = name in theirs(config, environment, root, word)
            mine += found_here
            recolls += found_there
            if found_there and not found_here:
                only_theirs.append(f"{name}: {word}")
            rows.append(f"| {name} | {word} | {'yes' if found_here else 'no'} | {'yes' if found_there else 'no'} |")
    total = sum(len(wanted) for wanted in words.values())
    print("| file | word | archive | Recoll |\n|---|---|---|---|\n" + "\n".join(rows))
    print(f"\nwords found: archive {mine} of {total}, Recoll {recolls} of {total}")
    print("found by Recoll only: " + (", ".join(only_theirs) or "none"))
    if not args.keep:
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
