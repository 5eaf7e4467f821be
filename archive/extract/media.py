"""Sound and video: tags and technical facts (duration, codec) of MP3, FLAC, Ogg/Opus, MPEG-4,
WAV, WMA and AIFF, read by tinytag (MIT; mutagen, the better-known reader, is GPL and would make
this program GPL). For an oral history the tags are the catalogue record: title, artist
(creators), date, album (the collection it belongs to), comment (description), language."""

from __future__ import annotations

from pathlib import Path

from .base import ExtractOptions, Extraction, ExtractionError, language_code, one_line
from .dates import parse_loose_date


def extract_media(path: Path, options: ExtractOptions | None = None) -> Extraction:
    from tinytag import TinyTag, TinyTagException

    result = Extraction()
    try:
        tags = TinyTag.get(str(path), image=False)
    except (TinyTagException, OSError, ValueError, KeyError, IndexError) as error:
        raise ExtractionError(f"cannot read its tags: {one_line(error)}") from error
    other = {key: values for key, values in (tags.other or {}).items() if values}
    result.add("title", tags.title, "tags")
    result.add_creators([name for name in (tags.artist, tags.composer, tags.albumartist) if name] or None, "tags")
    result.add("date", parse_loose_date(tags.year) if tags.year else None, "tags")
    result.add("source", tags.album, "tags")
    result.add("description", tags.comment, "tags")
    result.add("subjects", [tags.genre] if tags.genre else [], "tags")
    result.add("language", language_code(_first(other.get("language"))), "tags")
    result.add("rights", _first(other.get("copyright")), "tags")
    result.add("publisher", _first(other.get("publisher")), "tags")
    facts = {"duration_seconds": round(tags.duration, 1) if tags.duration else None, "bitrate_kbps": tags.bitrate,
             "samplerate": tags.samplerate, "channels": tags.channels}
    result.add("exif", {key: value for key, value in facts.items() if value}, "tags")
    words = [tags.title, tags.artist, tags.album, tags.comment, *(value for values in other.values() for value in values
                                                                  if isinstance(value, str))]
    result.pages = ["\n".join(dict.fromkeys(word for word in words if word))] if any(words) else []
    result.add("type", "MovingImage" if (tags.mime_type or "").startswith("video/") or path.suffix.lower() in (".mp4", ".m4v")
               else "Sound", "format")
    return result


def _first(values) -> str | None:
    return values[0] if values else None
