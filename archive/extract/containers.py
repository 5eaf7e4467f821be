"""Containers: ZIP, tar (plain, gzip, bzip2, xz), a single gzipped file, and through the 7z program
when it is installed (as Tesseract is: optional, named when missing) 7-Zip archives and disk
images (raw, FAT, NTFS, ISO 9660; EnCase images through libewf's ewfexport). Their files are items
of their own (archive.members reads them); nothing is written anywhere by a member's name. What a
container holds is bounded: MAX_MEMBERS files, MAX_INFLATED bytes in all, no file inflating more
than ziputil.MAX_RATIO times; an encrypted member is named in the warnings; a damaged container is read as
far as it goes."""

from __future__ import annotations

import gzip
import shutil
import subprocess
import tarfile
import tempfile
import zipfile
import zlib
from pathlib import Path
from typing import Iterable, Iterator

from .base import ExtractOptions, Extraction, ExtractionError, one_line
from .decode import decode_names
from .ziputil import inflates_like_a_bomb

MAX_MEMBERS = 10_000
MAX_INFLATED = 2 * 1024**3
MAX_MEMBER_BYTES = 512 * 1024**2


def extract_zip(path: Path, options: ExtractOptions | None = None) -> Extraction:
    result = Extraction()
    try:
        archive = zipfile.ZipFile(path)
    except (zipfile.BadZipFile, OSError, ValueError) as error:
        raise ExtractionError(f"damaged ZIP: {one_line(error)}") from error
    entries = [info for info in archive.infolist() if not info.is_dir()]
    _name_by_evidence(entries)
    result.pages = ["\n".join(info.filename for info in entries)]
    result.members = _zip_members(archive, entries, result)
    result.add("type", "Collection", "format")
    return result


#: A ZIP entry's flag saying its name is UTF-8 (APPNOTE 4.4.4, bit 11).
UTF8_NAME = 0x800


def _name_by_evidence(entries: list[zipfile.ZipInfo]) -> None:
    """Names without the UTF-8 flag, which Python reads as code page 437, read instead in the
    encoding their bytes are in (decode.decode_names): a DOS-era zip from Moscow in 866."""
    undeclared = [info for info in entries if not info.flag_bits & UTF8_NAME]
    names, _ = decode_names([info.filename.encode("cp437", errors="replace") for info in undeclared])
    for info, name in zip(undeclared, names):
        info.filename = name


def _zip_members(
    archive: zipfile.ZipFile, entries: list[zipfile.ZipInfo], result: Extraction
) -> Iterator[tuple[str, bytes, str]]:
    def refusal(info: zipfile.ZipInfo, room: int) -> str | None:
        if info.flag_bits & 0x1:
            return "encrypted"
        if info.file_size > room or inflates_like_a_bomb(info):
            return f"would inflate to {info.file_size:,} bytes (a zip bomb?)"
        return None

    with archive:
        yield from _bounded(entries, result, lambda info: info.filename, refusal, archive.read)


def _bounded(entries: list, result: Extraction, name_of, refusal, read) -> Iterator[tuple[str, bytes, str]]:
    """Each entry's (name, bytes), within MAX_MEMBERS entries and MAX_INFLATED bytes; an entry
    refused (``refusal`` gives why) or damaged (whatever reading it raises: a corrupt deflate
    stream is a zlib.error) is named in the warnings and skipped."""
    budget = MAX_INFLATED
    for count, entry in enumerate(entries):
        if count == MAX_MEMBERS:
            result.leave_out(f"only the first {MAX_MEMBERS:,} of its {len(entries):,} files were read")
            return
        why = refusal(entry, min(MAX_MEMBER_BYTES, budget))
        if why:
            result.leave_out(f"{name_of(entry)}: {why}; not read")
            continue
        try:
            data = read(entry)
        except Exception as error:
            result.leave_out(f"{name_of(entry)}: damaged ({one_line(error)}); not read")
            continue
        budget -= len(data)
        yield name_of(entry), data, ""


def extract_tar(path: Path, options: ExtractOptions | None = None) -> Extraction:
    result = Extraction()
    try:
        archive = tarfile.open(path, "r:*")
        entries = [info for info in archive.getmembers()[: MAX_MEMBERS + 1] if info.isfile()]
    except (tarfile.TarError, OSError, EOFError, ValueError) as error:
        raise ExtractionError(f"damaged tar archive: {one_line(error)}") from error
    result.pages = ["\n".join(info.name for info in entries)]
    result.members = _tar_members(archive, entries, result)
    result.add("type", "Collection", "format")
    return result


def _tar_members(
    archive: tarfile.TarFile, entries: list[tarfile.TarInfo], result: Extraction
) -> Iterator[tuple[str, bytes, str]]:
    def read(info: tarfile.TarInfo) -> bytes:
        member = archive.extractfile(info)
        return member.read() if member else b""

    def refusal(info: tarfile.TarInfo, room: int) -> str | None:
        return f"{info.size:,} bytes, more than is read from one archive" if info.size > room else None

    with archive:
        yield from _bounded(entries, result, lambda info: info.name, refusal, read)


#: Seconds the 7z program may take to list an archive, or give one file of it.
SEVEN_ZIP_SECONDS = 50
#: Seconds ewfexport may take to write an EnCase image's media out.
EWF_SECONDS = 600
#: The 7z stream is read in pieces of this many bytes.
STREAM_PIECE = 1024 * 1024


def extract_7z(path: Path, options: ExtractOptions | None = None) -> Extraction:
    return _read_with_7z(path, Extraction(), "a 7-Zip archive")


def extract_disk_image(path: Path, options: ExtractOptions | None = None) -> Extraction:
    """A disk or disc image — raw (a floppy, a USB stick's dd copy, a partitioned disk), FAT,
    NTFS, ISO 9660 with Joliet or Rock Ridge names — its files items inside it, read in place by
    7z (a partitioned disk's partitions are items inside it, and their files inside them)."""
    return _read_with_7z(path, Extraction(), "a disk image")


def extract_ewf(path: Path, options: ExtractOptions | None = None) -> Extraction:
    """An EnCase image (E01, Expert Witness Format): its media exported by libewf's ewfexport
    (optional) into a temporary raw image, outside the collection, read as a disk image; the
    temporary image goes when its files have been read."""
    result = Extraction()
    result.add("type", "Collection", "format")
    program = shutil.which("ewfexport")
    if program is None:
        result.leave_out(
            "the files inside an EnCase image are read through libewf's ewfexport, which is not installed "
            "(Debian/Ubuntu: apt-get install ewf-tools)"
        )
        return result
    folder = tempfile.mkdtemp(prefix="archive-ewf-")
    raw = Path(folder, path.stem + ".raw")
    try:
        with raw.open("wb") as out:
            run = subprocess.run(
                [program, "-u", "-q", "-f", "raw", "-B", str(MAX_INFLATED + 1), "-t", "-", str(path)],
                stdout=out,
                stderr=subprocess.PIPE,
                stdin=subprocess.DEVNULL,
                timeout=EWF_SECONDS,
            )
        if run.returncode != 0 or raw.stat().st_size == 0:
            message = (run.stderr.decode("utf-8", "replace").strip().splitlines() or ["no message"])[-1]
            raise ExtractionError(f"ewfexport could not read it: {message}")
        if raw.stat().st_size > MAX_INFLATED:
            raise ExtractionError(f"its media is larger than the {MAX_INFLATED:,} bytes read from one image")
        inner = _read_with_7z(raw, result, "an EnCase image")
    except BaseException:
        shutil.rmtree(folder, ignore_errors=True)
        raise
    inner.members = _removing(inner.members, folder)
    return inner


def _removing(members: Iterable[tuple[str, bytes, str]], folder: str) -> Iterator[tuple[str, bytes, str]]:
    try:
        yield from members
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _read_with_7z(path: Path, result: Extraction, what: str) -> Extraction:
    """The files of an archive or image 7z reads (`7z`, optional), as items inside it."""
    result.add("type", "Collection", "format")
    program = shutil.which("7z") or shutil.which("7za") or shutil.which("7zz")
    if program is None:
        result.leave_out(
            f"the files inside {what} are read by 7z, which is not installed "
            "(Debian/Ubuntu: apt-get install p7zip-full)"
        )
        return result
    # -p with no password: an encrypted archive fails instead of asking; -spd: names are names, not wildcards.
    listing = _seven_zip(program, ["l", "-slt", "-ba", "-p", str(path)])
    entries = [
        entry
        for entry in _seven_zip_entries(listing.decode("utf-8", "replace"))
        if "D" not in entry.get("Attributes", "") and entry.get("Folder") != "+"
    ]
    result.pages = ["\n".join(entry["Path"] for entry in entries)]

    def refusal(entry: dict[str, str], room: int) -> str | None:
        if entry.get("Encrypted") == "+":
            return "encrypted"
        size = int(entry.get("Size") or 0)
        return f"{size:,} bytes, more than is read from one archive" if size > room else None

    stream = _SevenZipStream(program, path, entries)
    result.members = _closing(_bounded(entries, result, lambda entry: entry["Path"], refusal, stream.read), stream)
    return result


def _closing(members: Iterator[tuple[str, bytes, str]], stream: _SevenZipStream) -> Iterator[tuple[str, bytes, str]]:
    try:
        yield from members
    finally:
        stream.close()


class _SevenZipStream:
    """The files of a 7-Zip archive in one pass: `7z x -so` writes them all, in the listing's
    order, one after another; each is cut from the stream by its listed size and checked by its
    CRC. One `7z e` per file decompressed a solid archive's block again for every file (0.55 s a
    file). An archive the stream does not match (an encrypted file, damage) is read a file at a
    time from there on."""

    def __init__(self, program: str, path: Path, entries: list[dict[str, str]]) -> None:
        self.program, self.path = program, path
        self.offsets, offset = {}, 0
        for entry in entries:
            self.offsets[entry["Path"]] = offset
            offset += int(entry.get("Size") or 0)
        self.process: subprocess.Popen | None = None
        self.position = 0
        self.one_by_one = any(entry.get("Encrypted") == "+" for entry in entries)

    def read(self, entry: dict[str, str]) -> bytes:
        if self.one_by_one:
            return self._alone(entry)
        if self.process is None:
            self.process = subprocess.Popen(
                [self.program, "x", "-so", "-p", "-spd", "-y", str(self.path)],
                stdout=subprocess.PIPE,
                stderr=subprocess.DEVNULL,
                stdin=subprocess.DEVNULL,
            )
        size = int(entry.get("Size") or 0)
        self._take(self.offsets[entry["Path"]] - self.position)  # files refused before it, passed over
        data = self._take(size)
        expected = entry.get("CRC")
        if len(data) == size and (not expected or zlib.crc32(data) == int(expected, 16)):
            return data
        self.close()
        self.one_by_one = True
        return self._alone(entry)

    def _take(self, count: int) -> bytes:
        assert self.process is not None and self.process.stdout is not None  # started by read, with a pipe
        pieces = []
        while count > 0:
            piece = self.process.stdout.read(min(count, STREAM_PIECE))
            if not piece:
                break
            pieces.append(piece)
            count -= len(piece)
            self.position += len(piece)
        return b"".join(pieces)

    def _alone(self, entry: dict[str, str]) -> bytes:
        return _seven_zip(self.program, ["e", "-so", "-p", "-spd", str(self.path), "--", entry["Path"]])

    def close(self) -> None:
        if self.process is not None:
            self.process.kill()
            self.process.wait()
            if self.process.stdout is not None:
                self.process.stdout.close()
            self.process = None


def _seven_zip(program: str, arguments: list[str]) -> bytes:
    try:
        run = subprocess.run(
            [program, *arguments], capture_output=True, timeout=SEVEN_ZIP_SECONDS, stdin=subprocess.DEVNULL
        )
    except subprocess.TimeoutExpired:
        raise ExtractionError(f"7z took longer than {SEVEN_ZIP_SECONDS} s") from None
    if run.returncode != 0:
        message = (run.stderr.decode("utf-8", "replace").strip().splitlines() or ["no message"])[-1]
        raise ExtractionError(f"7z could not read it: {message}")
    return run.stdout


def _seven_zip_entries(listing: str) -> list[dict[str, str]]:
    """7z's technical listing (-slt): a block of 'Key = value' lines per entry."""
    entries = []
    for block in listing.split("\n\n"):
        fields = dict(line.split(" = ", 1) for line in block.splitlines() if " = " in line)
        if fields.get("Path"):
            entries.append(fields)
    return entries


def extract_gzip(path: Path, options: ExtractOptions | None = None) -> Extraction:
    """A gzipped file: a tar inside is read as one; otherwise the one file, named without .gz."""
    if tarfile.is_tarfile(path):
        return extract_tar(path, options)
    result = Extraction()
    name = path.name[:-3] if path.name.lower().endswith(".gz") else f"{path.name}.inflated"
    try:
        with gzip.open(path) as inflated:
            data = inflated.read(MAX_MEMBER_BYTES + 1)
    except (OSError, EOFError) as error:
        raise ExtractionError(f"damaged gzip file: {one_line(error)}") from error
    if len(data) > MAX_MEMBER_BYTES:
        result.leave_out(f"inflates past {MAX_MEMBER_BYTES:,} bytes (a bomb?); not read")
    else:
        result.members = [(name, data, "")]
    result.pages = [name]
    result.add("type", "Collection", "format")
    return result
