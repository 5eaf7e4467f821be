"""Pictures of files that Pillow and Qt cannot open, made by optional outside programs as Tesseract
is used: a HEIC/HEIF photograph as a JPEG (heif-convert, from libheif: its HEVC decoder's licence
stays outside this program) and a video's poster frame (ffmpeg). A missing program is named with
the package that has it; nothing is ever written beside the original."""

from __future__ import annotations

import shutil
from pathlib import Path

from .formats import FORMATS
from .programs import ProgramTimedOut, could_not_read, run_program

HEIC = "image/heic"
#: Where in a video its poster frame is taken (seconds; the first frame when it is shorter).
POSTER_AT_SECONDS = 1.0
PACKAGES = {"heif-convert": "libheif-examples", "ffmpeg": "ffmpeg"}


class PictureError(Exception):
    """Why no picture was made, in one line."""


class MissingProgram(PictureError):
    """The outside program that makes it is not installed."""


def is_video(mime: str | None) -> bool:
    return (mime or "").startswith("video/") and mime in FORMATS


def needs_program(mime: str | None) -> str | None:
    """The outside program a picture of this type is made by, if any."""
    return "heif-convert" if mime == HEIC else "ffmpeg" if is_video(mime) else None


def make_picture(source: Path, mime: str | None, target: Path) -> None:
    """Write a JPEG of ``source`` (a HEIC photograph whole, with its EXIF; a video's poster frame)
    to ``target``. Raises PictureError."""
    program = needs_program(mime)
    found = shutil.which(program) if program else None
    if program is None:
        raise PictureError(f"no picture is made of a {mime} file")
    if found is None:
        raise MissingProgram(f"{program} is not installed (Debian/Ubuntu: apt-get install {PACKAGES[program]})")
    if program == "heif-convert":
        command = [found, "-q", "92", str(source), str(target)]
    else:
        command = [
            found,
            "-v",
            "error",
            "-nostdin",
            "-y",
            "-ss",
            str(POSTER_AT_SECONDS),
            "-i",
            str(source),
            "-frames:v",
            "1",
            "-f",
            "image2",
            str(target),
        ]
    try:
        run = run_program(command)
        if (
            program == "ffmpeg" and run.returncode == 0 and not target.exists()
        ):  # shorter than a second: its first frame
            command[command.index("-ss") : command.index("-ss") + 2] = []
            run = run_program(command)
    except ProgramTimedOut as error:
        raise PictureError(str(error)) from error
    if run.returncode != 0 or not target.exists() or not target.stat().st_size:
        raise PictureError(could_not_read(program, run))
