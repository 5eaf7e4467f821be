"""The records and results the core hands out (plain data, JSON-ready), and the rules a value
of an editable field must follow (normalise_field)."""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass, field
from typing import Any

from .errors import InvalidEdit

#: Where a scan's record keeps (in ``exif``) how far each page was turned, clockwise, to be read
#: upright by OCR: a viewer shows it so.
UPRIGHT_TURNS = "Turned upright for OCR"
#: Where a photograph's words may stand besides its XMP description, as kept in a record's ``exif``
#: (shown, and searchable): the first found is the ``description``. Windows' XP tags are UTF-16.
DESCRIPTIONS = (
    "ImageDescription",
    "UserComment",
    "XPTitle",
    "XPComment",
    "XPSubject",
    "XPKeywords",
    "DocumentName",
    "PNG text",
    "GIF comment",
    "IPTC caption",
    "XMP description",
)
#: Descriptive fields (Dublin Core terms, CSL-friendly) a person may correct.
DESCRIPTIVE_FIELDS = (
    "title",
    "creators",
    "recipients",
    "date",
    "publisher",
    "source",
    "type",
    "format",
    "language",
    "subjects",
    "description",
    "rights",
    "identifier",
)
#: Fields that only a person sets; they never come from a file. ``sensitive_dismissed``: the kinds
#: of finding a person judged false on this item (see sensitive.py), kept whatever is read again.
USER_FIELDS = ("tags", "notes", "sensitive_dismissed")
#: Restrictions on access a person sets (see access.py), and the values of ``access``.
ACCESS_FIELDS = ("access", "access_until", "access_note")
ACCESS_VALUES = ("open", "restricted", "closed")
#: Archival description a person gives: ``series``, the item's place in the arrangement
#: ('Series 2: Administration/Memoranda', '/' between levels), independent of the disk's folders;
#: ``location``, its place in the repository ('Box 3, Folder 2'; 'Ф. 42. Оп. 1. Д. 17'), which
#: archival citations give; ``transcription``, its text as a person read it (a handwritten page).
ARCHIVAL_FIELDS = ("series", "location", "transcription")
#: An item of several files (groups.py): on each part, the group's identifier and its place in it.
GROUP_FIELDS = ("part_of", "part")
EDITABLE_FIELDS = DESCRIPTIVE_FIELDS + USER_FIELDS + ACCESS_FIELDS + ARCHIVAL_FIELDS + GROUP_FIELDS
#: Technical fields, read from the file system or the file itself.
TECHNICAL_FIELDS = (
    "path",
    "path_bytes",
    "size",
    "sha256",
    "modified",
    "created",
    "content_modified",
    "pages",
    "producer",
    "creator_tool",
    "encrypted",
    "width",
    "height",
    "exif",
    "ocr",
    "ocr_confidence",
    "warnings",
    "thread",
)
#: DCMI Type vocabulary, by the lower-case word people type.
DCMI_TYPES = {
    t.lower(): t
    for t in (
        "Collection",
        "Dataset",
        "Event",
        "Image",
        "InteractiveResource",
        "MovingImage",
        "PhysicalObject",
        "Service",
        "Software",
        "Sound",
        "StillImage",
        "Text",
    )
}


def letters(number: int) -> str:
    """1 → 'a', 26 → 'z', 27 → 'aa': a count in letters that never runs out (citation keys'
    suffixes, a spreadsheet's column names)."""
    written = ""
    while number:
        number, remainder = divmod(number - 1, 26)
        written = chr(ord("a") + remainder) + written
    return written


def readable_size(octets: int) -> str:
    """'512 bytes', '3.4 KB', '1.2 MB': a size for people (1 KB = 1,024 bytes)."""
    size, unit = float(octets), "bytes"
    for unit in ("bytes", "KB", "MB", "GB", "TB"):
        if size < 1024 or unit == "TB":
            break
        size /= 1024
    return f"{octets:,} bytes" if unit == "bytes" else f"{size:.1f} {unit}"


def dcmi_type(word: str) -> str:
    """'stillimage' → 'StillImage'; words outside the vocabulary are kept as typed."""
    return DCMI_TYPES.get(word.strip().lower(), word.strip())


LIST_FIELDS = frozenset({"creators", "recipients", "subjects", "tags", "warnings", "thread", "sensitive_dismissed"})


@dataclass
class Record:
    """An item's metadata: what was extracted, with a person's overrides laid on top."""

    path: str = ""
    #: A path whose name on disk is not UTF-8 (``path`` is then its best-guess decoding): the
    #: bytes on disk, base64-encoded, so that JSON output names the file exactly.
    path_bytes: str | None = None
    title: str | None = None
    creators: list[str] = field(default_factory=list)
    #: Whom a letter or a message was sent to (a message's To and Cc).
    recipients: list[str] = field(default_factory=list)
    date: str | None = None
    publisher: str | None = None
    source: str | None = None
    type: str | None = None
    format: str | None = None
    #: The PRONOM format (The National Archives' registry, via Siegfried): 'fmt/276', its name, its version.
    puid: str | None = None
    format_name: str | None = None
    format_version: str | None = None
    language: str | None = None
    subjects: list[str] = field(default_factory=list)
    description: str | None = None
    rights: str | None = None
    identifier: str | None = None
    tags: list[str] = field(default_factory=list)
    notes: str | None = None
    size: int | None = None
    sha256: str | None = None
    modified: str | None = None
    created: str | None = None
    content_modified: str | None = None
    pages: int | None = None
    producer: str | None = None
    creator_tool: str | None = None
    encrypted: bool | None = None
    width: int | None = None
    height: int | None = None
    exif: dict[str, Any] = field(default_factory=dict)
    ocr: bool = False
    ocr_confidence: float | None = None
    warnings: list[str] = field(default_factory=list)
    #: A message's Message-ID and those it answers (References, from the thread's first message,
    #: then In-Reply-To): ``thread:ID`` finds a message and every reply that refers to it.
    thread: list[str] = field(default_factory=list)
    #: What its text holds that must not leave without a person deciding (sensitive.py): for each
    #: kind ('card', 'iban', 'ssn', 'national-id', 'email', 'phone', 'lexicon') how many were
    #: found and a few masked samples; the kinds a person dismissed are left out.
    sensitive: dict[str, dict[str, Any]] = field(default_factory=dict)
    sensitive_dismissed: list[str] = field(default_factory=list)
    #: Restrictions a person set (see access.py): 'open' (when unset), 'restricted' or 'closed';
    #: the day it opens; why.
    access: str | None = None
    access_until: str | None = None
    access_note: str | None = None
    #: Archival description (ARCHIVAL_FIELDS): its series, its place in the repository, its transcription.
    series: str | None = None
    location: str | None = None
    transcription: str | None = None
    #: A part of an item of several files (GROUP_FIELDS): the group it is in, its place there (1…).
    part_of: str | None = None
    part: int | None = None
    #: The parts of the item of several files this one leads, in order, itself first (else empty).
    parts: list[str] = field(default_factory=list)
    overrides: list[str] = field(default_factory=list)
    sources: dict[str, str] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> Record:
        known = cls.__dataclass_fields__
        return cls(**{k: v for k, v in data.items() if k in known})


@dataclass
class Hit:
    """One search result, with the best passage and, for paged documents, its page (1-based)."""

    path: str
    title: str | None
    creators: list[str]
    date: str | None
    type: str | None
    format: str | None
    score: float
    snippet: str
    page: int | None
    #: Every page where the query's words or phrases occur (the first 40 that do), 1-based.
    pages: list[int] = field(default_factory=list)
    #: The effective record, for callers that show more than the hit's fields (not in to_dict).
    record: Record | None = field(default=None, repr=False, compare=False)
    #: The folder of the collection holding the item.
    collection: str = ""

    def to_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__ if name != "record"}


@dataclass
class Change:
    """One field of one item changed by a save (see Catalog.history). ``old`` and ``new`` are
    the corrections before and after (None: none, the extracted value stood); ``shown_old`` and
    ``shown_new`` what the record showed."""

    batch: int
    path: str
    field: str
    old: Any
    new: Any
    shown_old: Any
    shown_new: Any
    at: str
    source: str

    def to_dict(self) -> dict[str, Any]:
        return {
            "batch": self.batch,
            "path": self.path,
            "field": self.field,
            "old": self.shown_old,
            "new": self.shown_new,
            "edited_before": self.old is not None,
            "edited_after": self.new is not None,
            "at": self.at,
            "source": self.source,
        }


@dataclass
class EditReport:
    """What a batch edit changed (or, with ``dry_run``, would change): for each item changed, its
    path and each field's value before and after."""

    changed: int
    unchanged: int
    items: list[dict[str, Any]]
    batch: int | None = None
    dry_run: bool = False
    #: Saved, but not yet searchable (a full disk, a damaged index), and why.
    warning: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "changed": self.changed,
            "unchanged": self.unchanged,
            "dry_run": self.dry_run,
            "items": self.items,
            **({"warning": self.warning} if self.warning else {}),
        }


@dataclass
class SearchResult:
    query: str
    total: int
    took_ms: float
    hits: list[Hit]
    facets: dict[str, dict[str, int]]
    #: True when the search ran out of time: the total, hits and facets are those found by then.
    partial: bool = False
    #: What a person should know about how the query was run (a word that stood for too many terms).
    notices: list[str] = field(default_factory=list)
    #: Items per year (every year, oldest first), counted without the search's date range.
    timeline: dict[str, int] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        return {
            "query": self.query,
            "total": self.total,
            "took_ms": round(self.took_ms, 2),
            "hits": [h.to_dict() for h in self.hits],
            "facets": self.facets,
            "partial": self.partial,
            "notices": self.notices,
            "timeline": self.timeline,
        }


@dataclass
class FailedFile:
    path: str
    error: str


@dataclass
class IndexReport:
    collection: str
    added: int = 0
    updated: int = 0
    removed: int = 0
    unchanged: int = 0
    #: Unchanged files read again: by an improved extractor, or as asked (index --reextract).
    reread: int = 0
    #: Items inside the files read (messages, attachments, files in archives), at every depth.
    members: int = 0
    failed: list[FailedFile] = field(default_factory=list)
    #: Files and items read, but not whole: items inside them refused, damaged or past a cap.
    partly_read: list[FailedFile] = field(default_factory=list)
    seconds: float = 0.0
    cancelled: bool = False
    #: The search index was found damaged and rebuilt from the catalog (edits kept).
    repaired: bool = False
    #: What would have read some items better: a package → the items it would have (said once a run).
    to_install: dict[str, list[str]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["seconds"] = round(self.seconds, 3)
        return data

    def counts(self) -> str:
        """'3 added, 1 updated, 0 removed, 40 unchanged' (and how many were read again, if any)."""
        read_again = f", {self.reread} read again" if self.reread else ""
        inside = f", {self.members} items inside them" if self.members else ""
        return (
            f"{self.added} added, {self.updated} updated, {self.removed} removed, {self.unchanged} unchanged"
            f"{read_again}{inside}"
        )


@dataclass
class IndexProgress:
    """An event from an indexing run; the CLI's bar and the GUI's bar read the same events."""

    done: int
    total: int
    path: str | None = None


@dataclass
class FixityReport:
    collection: str
    checked: int = 0
    changed: list[str] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    new: list[str] = field(default_factory=list)

    @property
    def intact(self) -> bool:
        return not (self.changed or self.missing)

    def to_dict(self) -> dict[str, Any]:
        return asdict(self) | {"intact": self.intact}


#: Words a person (or a file) may put in `type` that name a kind of publication.
TYPE_WORDS = {
    "letter": "manuscript",
    "manuscript": "manuscript",
    "book": "book",
    "chapter": "chapter",
    "article": "article-journal",
    "journal article": "article-journal",
    "report": "report",
    "newspaper article": "article-newspaper",
    "clipping": "article-newspaper",
    "webpage": "webpage",
    "thesis": "thesis",
    "map": "map",
    "photograph": "graphic",
    "interview": "interview",
}


def normalise_field(name: str, value: Any) -> Any:
    """Check one edit; lists may be given as 'a; b' text. Raises InvalidEdit with the reason."""
    if name not in EDITABLE_FIELDS:
        raise InvalidEdit(f"{name!r} cannot be edited; editable fields: {', '.join(EDITABLE_FIELDS)}")
    if value is None:
        return None
    if name == "access" and value not in (None, ""):
        if str(value).strip().lower() not in ACCESS_VALUES:
            raise InvalidEdit(f"access {value!r} is not one of: {', '.join(ACCESS_VALUES)}")
        return str(value).strip().lower()
    if name == "access_until" and value not in (None, ""):
        from .extract.dates import parse_loose_date

        until = parse_loose_date(str(value))
        if until is None:
            raise InvalidEdit(f"access_until {value!r} is not a date; write 2060, 2060-01 or 2060-01-01")
        return until
    if name == "sensitive_dismissed":
        return _dismissed_kinds(value)
    if name in LIST_FIELDS:
        items = value if isinstance(value, list) else str(value).split(";")
        return [str(item).strip() for item in items if str(item).strip()]
    value = str(value).strip()
    if name == "date" and value:
        from .extract.dates import day_and_month_ambiguous, parse_loose_date

        if day_and_month_ambiguous(value):
            first, second, year = re.split(r"[./-]", value)
            raise InvalidEdit(
                f"date {value!r} is ambiguous (day and month could be either way); write it year-month-day: "
                f"{year}-{second:0>2}-{first:0>2} or {year}-{first:0>2}-{second:0>2}"
            )
        from .periods import period

        ends = [parse_loose_date(end) for end in value.split("/")] if value.count("/") == 1 else [None]
        if len(ends) == 2 and None not in ends and period(f"{ends[0]}/{ends[1]}"):
            return f"{ends[0]}/{ends[1]}"  # a range: '1920/1991'
        parsed = parse_loose_date(value)
        if parsed is None:
            raise InvalidEdit(f"date {value!r} is not a date; write 2021, 2021-02, 2021-02-26 or a range 1920/1991")
        return parsed
    if name == "type" and value:
        if value.lower() not in DCMI_TYPES and value.lower() not in TYPE_WORDS:
            raise InvalidEdit(
                f"unknown type {value!r}; types: {', '.join(DCMI_TYPES.values())} (DCMI), "
                f"or a kind of publication: {', '.join(TYPE_WORDS)}"
            )
        return dcmi_type(value)
    if name == "part" and value:
        if not value.isdigit() or int(value) < 1:
            raise InvalidEdit(f"part {value!r} is not a part's number (1, 2, 3…)")
        return int(value)
    if name == "series" and value:  # levels parted by '/', each trimmed: 'Series 2: Administration/Memoranda'
        return "/".join(level.strip() for level in value.split("/") if level.strip())
    if name == "language" and value:
        from .language import language_tag

        return language_tag(value)
    return value


def _dismissed_kinds(value: Any) -> list[str]:
    from .sensitive import KINDS

    kinds = [kind.strip().lower() for kind in (value if isinstance(value, list) else str(value).split(";"))]
    unknown = [kind for kind in kinds if kind and kind not in KINDS]
    if unknown:
        raise InvalidEdit(f"unknown kind of finding {unknown[0]!r}; kinds: {', '.join(KINDS)}")
    return sorted(set(filter(None, kinds)))
