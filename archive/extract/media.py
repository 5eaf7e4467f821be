"""Sound and video: tags and technical facts (duration, codec) of MP3, FLAC, Ogg/Opus, MPEG-4,
WAV, WMA and AIFF, read by tinytag (MIT; mutagen, the better-known reader, is GPL and would make
this program GPL); of QuickTime, Matroska and AVI films by ffprobe (from ffmpeg; optional, as
Tesseract is). For an oral history the tags are the catalogue record: title, artist (creators),
date, album (the collection it belongs to), comment (description), language."""

from __future__ import annotations

import json
import re
from typing import Any
import shutil
from pathlib import Path

from ..programs import ProgramTimedOut, could_not_read, run_program
from .base import ExtractOptions, Extraction, ExtractionError, language_code, one_line
from .dates import parse_loose_date

#: Tags that say how the file was made, not what it holds ('Lavf59.27.100').
_NOT_WORDS = frozenset(
    {
        "encoder",
        "encoded_by",
        "encoder_settings",
        "handler_name",
        "vendor_id",
        "major_brand",
        "minor_version",
        "compatible_brands",
        "creation_time",
        "duration",
    }
)


def extract_media(path: Path, options: ExtractOptions | None = None) -> Extraction:
    from tinytag import TinyTag, TinyTagException

    try:
        tags = TinyTag.get(str(path), image=False)
    except (TinyTagException, OSError, ValueError, KeyError, IndexError) as error:
        raise ExtractionError(f"cannot read its tags: {one_line(error)}") from error
    other = {key: values for key, values in (tags.other or {}).items() if values and key not in _NOT_WORDS}
    named = {
        "title": tags.title,
        "artist": tags.artist,
        "composer": tags.composer,
        "albumartist": tags.albumartist,
        "year": tags.year,
        "album": tags.album,
        "comment": tags.comment,
        "genre": tags.genre,
        **{key: _first(values) for key, values in other.items()},
    }
    facts = {
        "duration_seconds": round(tags.duration, 1) if tags.duration else None,
        "bitrate_kbps": tags.bitrate,
        "samplerate": tags.samplerate,
        "channels": tags.channels,
    }
    video = (tags.mime_type or "").startswith("video/") or path.suffix.lower() in (".mp4", ".m4v")
    extra = [value for values in other.values() for value in values if isinstance(value, str)]
    return _described(named, facts, extra, video)


def extract_probed(path: Path, options: ExtractOptions | None = None) -> Extraction:
    """A QuickTime, Matroska or AVI film as ffprobe reads it: its tags, running time, picture
    size and codecs; without ffprobe, catalogued and the record says what to install."""
    program = shutil.which("ffprobe")
    if program is None:
        result = Extraction()
        result.warn(
            "the tags of this film are read by ffprobe, which is not installed (Debian/Ubuntu: apt-get install ffmpeg)"
        )
        result.add("type", "MovingImage", "format")
        return result
    try:
        run = run_program([program, "-v", "error", "-print_format", "json", "-show_format", "-show_streams", str(path)])
    except ProgramTimedOut as error:
        raise ExtractionError(str(error)) from error
    if run.returncode != 0:
        raise ExtractionError(could_not_read("ffprobe", run))
    probed = json.loads(run.stdout or b"{}")
    container = probed.get("format", {})
    named = {
        key.lower(): value
        for key, value in container.get("tags", {}).items()
        if isinstance(value, str) and key.lower() not in _NOT_WORDS
    }
    streams = probed.get("streams", [])
    picture: dict[str, Any] = next((stream for stream in streams if stream.get("codec_type") == "video"), {})
    sound: dict[str, Any] = next((stream for stream in streams if stream.get("codec_type") == "audio"), {})
    facts = {
        "duration_seconds": round(float(container["duration"]), 1) if container.get("duration") else None,
        "bitrate_kbps": int(container["bit_rate"]) / 1000 if str(container.get("bit_rate", "")).isdigit() else None,
        "samplerate": int(sound["sample_rate"]) if str(sound.get("sample_rate", "")).isdigit() else None,
        "channels": sound.get("channels"),
        "video_codec": picture.get("codec_name"),
        "audio_codec": sound.get("codec_name"),
    }
    result = _described(
        {**named, "year": named.get("date") or named.get("year")},
        facts,
        [value for key, value in named.items() if key not in ("title", "artist", "album", "comment")],
        True,
    )
    result.add("width", picture.get("width"), "ffprobe")
    result.add("height", picture.get("height"), "ffprobe")
    subtitles = [stream for stream in streams if stream.get("codec_type") == "subtitle"]
    for stream in subtitles[:MAX_SUBTITLE_TRACKS]:
        _read_subtitles(path, stream, result)
    return result


#: Subtitle tracks of one film whose words are read (a film may carry dozens of languages).
MAX_SUBTITLE_TRACKS = 4
#: What a subtitle file has besides words: cue numbers, times, styling tags.
_CUE_LINE = re.compile(r"^\d+$|-->|^WEBVTT")
_STYLING = re.compile(r"<[^>]+>|\{[^}]*\}")


def _read_subtitles(path: Path, stream: dict[str, Any], result: Extraction) -> None:
    """A text subtitle track's words (ffmpeg, optional, writes it out as SubRip), a page of
    their own after the tags; a picture track (DVD, Blu-ray subtitles) has none to read."""
    program = shutil.which("ffmpeg")
    if program is None or stream.get("codec_name") in ("dvd_subtitle", "hdmv_pgs_subtitle", "dvb_subtitle"):
        return
    try:
        run = run_program([program, "-v", "error", "-i", str(path), "-map", f"0:{stream['index']}", "-f", "srt", "-"])
    except ProgramTimedOut as error:
        result.warn(f"its subtitles were not read: {error}")
        return
    if run.returncode != 0:
        result.warn(f"its subtitles could not be read ({could_not_read('ffmpeg', run)})")
        return
    lines = run.stdout.decode("utf-8", "replace").splitlines()
    words = [_STYLING.sub("", line).strip() for line in lines if line.strip() and not _CUE_LINE.search(line)]
    if words:
        result.pages.append("\n".join(words))


def _described(named: dict, facts: dict, extra: list[str], video: bool) -> Extraction:
    """The record and words of a recording from its tags (lower-case names) and technical facts."""
    result = Extraction()
    result.add("title", named.get("title"), "tags")
    result.add_creators(
        [name for name in (named.get("artist"), named.get("composer"), named.get("albumartist")) if name] or None,
        "tags",
    )
    result.add("date", parse_loose_date(named["year"]) if named.get("year") else None, "tags")
    result.add("source", named.get("album"), "tags")
    result.add("description", named.get("comment") or named.get("description"), "tags")
    result.add("subjects", [named["genre"]] if named.get("genre") else [], "tags")
    result.add("language", language_code(named.get("language")), "tags")
    result.add("rights", named.get("copyright"), "tags")
    result.add("publisher", named.get("publisher"), "tags")
    result.add("exif", {key: value for key, value in facts.items() if value}, "tags")
    words = [named.get("title"), named.get("artist"), named.get("album"), named.get("comment"), *extra]
    result.pages = ["\n".join(dict.fromkeys(word for word in words if word))] if any(words) else []
    result.add("type", "MovingImage" if video else "Sound", "format")
    return result


def _first(values) -> str | None:
    return values[0] if values else None
