"""Outside programs, used when they are installed as Tesseract is (antiword, catdoc, djvutxt,
ps2ascii, ffmpeg, ffprobe, heif-convert): each run under a time limit on nothing from standard
input, and what went wrong said in one line."""

from __future__ import annotations

import subprocess
from pathlib import Path

#: Seconds an outside program may take for one file (the worker's own limit still holds).
PROGRAM_SECONDS = 50


class ProgramTimedOut(Exception):
    """'ffmpeg took longer than 50 s'."""


def run_program(command: list[str]) -> subprocess.CompletedProcess:
    """Run ``command`` (the program's path first), its output kept. Raises ProgramTimedOut."""
    try:
        return subprocess.run(command, capture_output=True, timeout=PROGRAM_SECONDS, stdin=subprocess.DEVNULL)
    except subprocess.TimeoutExpired as error:
        raise ProgramTimedOut(f"{Path(command[0]).name} took longer than {PROGRAM_SECONDS} s") from error


def last_said(run: subprocess.CompletedProcess) -> str:
    """The last line the program wrote to its error output ('' when it said nothing)."""
    lines = run.stderr.decode("utf-8", "replace").strip().splitlines()
    return lines[-1] if lines else ""


def could_not_read(program: str, run: subprocess.CompletedProcess) -> str:
    """'ffprobe could not read it (Invalid data found when processing input)'."""
    said = last_said(run)
    return f"{program} could not read it" + (f" ({said[:200]})" if said else "")
