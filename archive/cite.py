"""Citations: Record → CSL-JSON (the single source for every format), formatted bibliographies
through pandoc's citeproc, BibTeX/BibLaTeX through pandoc, RIS through rispy.

pandoc is the bundled executable of the `pypandoc-binary` wheel; styles are the 10,000-odd CSL
styles shipped compressed in resources/csl (each taken out into the user's cache on first use) or
a `.csl` file the person names. A batch of items is
formatted in one pandoc call. Nothing here touches the network: dependent styles are resolved to
their local parent instead of letting pandoc fetch it.
"""

from __future__ import annotations

import difflib
import html
import json
import lzma
import os
import re
import subprocess
import tarfile
import tempfile
import unicodedata
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from resources import CSL_FILES

from .analysis import fold
from .collection_record import CollectionRecord
from .errors import ArchiveError, UsageError
from .formats import MESSAGES
from .model import TYPE_WORDS, Record, letters
from .outputs import written_whole

DEFAULT_STYLE = "apa"
#: None: the style's own default-locale (en-GB for Cite Them Right…), else pandoc's en-US.
DEFAULT_LOCALE: str | None = None
#: Short names people use for the common styles.
STYLE_ALIASES = {
    "apa": "apa",
    "apa7": "apa",
    "chicago": "chicago-author-date",
    "chicago-notes": "chicago-notes-bibliography",
    "mla": "modern-language-association",
    "mla9": "modern-language-association",
    "harvard": "harvard-cite-them-right",
    "ieee": "ieee",
}
PANDOC_TIMEOUT_SECONDS = 120


class CitationError(ArchiveError):
    pass


# -- Record → CSL-JSON -------------------------------------------------------------------------

_CORPORATE_WORDS = re.compile(
    r"\b(council|society|cooperative|co-operative|association|committee|commission|company|inc|ltd|"
    r"university|college|department|ministry|museum|library|archives?|institute|foundation|bureau|"
    r"board|agency|office|press|project|team|group|service|government|church|club|union|unknown|"
    r"corporation|gmbh|ag|s\.a\.)\b",
    re.IGNORECASE,
)
_PARTICLES = frozenset(
    {"de", "da", "del", "della", "der", "di", "du", "la", "le", "van", "von", "den", "ten", "ter", "dos", "das"}
)


#: Tesseract's mean confidence from which a picture is a scanned document, not a photograph
#: (a page of type reads at 90 or more; a photograph's stray letters, if any, far below).
DOCUMENT_CONFIDENCE = 60


def csl_type(record: Record) -> str:
    """The CSL item type: what the record says it is, else what the file is."""
    said = TYPE_WORDS.get((record.type or "").strip().lower())
    if said:
        return said
    if record.format in MESSAGES:
        return "personal_communication"
    if "clipping-header" in (record.sources.get("date"), record.sources.get("publisher")):
        return "article-newspaper"
    # A scan of a document (read by OCR, or by a person; its pages grouped) is a manuscript.
    if record.type == "StillImage":
        document = record.transcription or record.parts or (record.ocr_confidence or 0) >= DOCUMENT_CONFIDENCE
        return "manuscript" if document else "graphic"
    fmt = record.format or ""
    if fmt in ("text/html", "application/xhtml+xml"):
        return "webpage"
    if fmt == "application/epub+zip":
        return "book"
    if fmt == "application/pdf":
        return "report"
    return "document"


def split_name(name: str) -> dict[str, str]:
    """'Smith, Anna' / 'Anna Smith' / 'Pieter de Vries' → CSL name; organisations stay literal."""
    name = " ".join(name.split())
    if "," in name:
        family, _, given = name.partition(",")
        return _with_particle(family.strip(), given.strip())
    words = name.split()
    if len(words) == 1 or len(words) > 4 or _CORPORATE_WORDS.search(name) or any(c.isdigit() for c in name):
        return {"literal": name}
    family_start = len(words) - 1
    while family_start > 1 and words[family_start - 1].lower() in _PARTICLES:
        family_start -= 1
    return _with_particle(" ".join(words[family_start:]), " ".join(words[:family_start]))


def _with_particle(family: str, given: str) -> dict[str, str]:
    parts = family.split()
    particles = []
    while len(parts) > 1 and parts[0].lower() in _PARTICLES:
        particles.append(parts.pop(0))
    name = {"family": " ".join(parts)}
    if given:
        name["given"] = given
    if particles:
        name["non-dropping-particle"] = " ".join(particles)
    return name


def date_parts(iso: str | None) -> dict[str, Any] | None:
    """'2021', '2021-02', '2021-02-26' → CSL {'date-parts': [[2021, 2, 26]]}; a range
    '1920/1991' → {'date-parts': [[1920], [1991]]}."""
    if not iso:
        return None
    try:
        ends = [[int(part) for part in end.strip()[:10].split("-") if part][:3] for end in iso.split("/")[:2]]
    except ValueError:
        return None
    return {"date-parts": ends} if all(ends) else None


def to_csl(record: Record, key: str, about: CollectionRecord | None = None) -> dict[str, Any]:
    """One item in CSL-JSON. The record is the effective one, so a person's corrections win;
    ``about``: the collection it is in (CSL's archive: its repository, else its title; then
    archive_collection: its title)."""
    kind = csl_type(record)
    item: dict[str, Any] = {"id": key, "type": kind, "title": record.title or None}
    if record.creators:
        item["author"] = [split_name(name) for name in record.creators]
    if record.recipients:
        item["recipient"] = [split_name(name) for name in record.recipients]
    item["issued"] = date_parts(record.date)
    if kind == "article-newspaper":
        item["container-title"] = record.publisher or record.source
    else:
        item["publisher"] = record.publisher
        item["container-title"] = record.source
    identifier = record.identifier or ""
    if identifier.startswith(("http://", "https://")):
        item["URL"] = identifier
    elif re.match(r"^(doi:)?10\.\d{4,}/", identifier, re.IGNORECASE):
        item["DOI"] = re.sub(r"^doi:", "", identifier, flags=re.IGNORECASE)
    elif re.fullmatch(r"(isbn:?\s*)?[\d-]{9,16}[\dxX]", identifier, re.IGNORECASE):
        item["ISBN"] = re.sub(r"(?i)^isbn:?\s*", "", identifier)
    if kind == "webpage" and record.modified:
        item["accessed"] = date_parts(record.modified[:10])  # a saved page was read when it was saved
    if kind == "graphic":
        item["medium"] = "Photograph"
    if record.pages and kind in ("report", "book", "thesis", "document"):
        item["number-of-pages"] = str(record.pages)
    item.update(
        {
            "abstract": record.description,
            "keyword": ", ".join(record.subjects) or None,
            "language": record.language,
            "archive": (about.repository or about.shown_title) if about else None,
            "archive_collection": about.shown_title if about and about.repository else None,
            "archive_location": (record.location or record.path) if about else None,
            "note": record.notes,
        }
    )
    return {name: value for name, value in item.items() if value not in (None, "", [])}


class CitationKeys:
    """Stable keys 'family-year-firstword', made unique across one export ('…-2019-harbour-b')."""

    def __init__(self) -> None:
        self._used: set[str] = set()
        self._last_suffix: dict[str, int] = {}  # each base's last suffix: 20,000 alike items are not 20,000² tries

    def key_for(self, record: Record) -> str:
        base = "-".join(
            part
            for part in (
                _slug(_first_family(record)) or "anon",
                (record.date or "")[:4] or "nd",
                _slug(_first_word(record.title or Path(record.path).stem)) or "untitled",
            )
        )
        key, number = base, self._last_suffix.get(base, 1)
        if number > 1:
            key = f"{base}-{letters(number)}"
        while key in self._used:
            number += 1
            key = f"{base}-{letters(number)}"
        self._used.add(key)
        self._last_suffix[base] = number
        return key


_STOP_WORDS = frozenset({"a", "an", "the", "of", "on", "in", "and", "der", "die", "das", "le", "la", "les", "el"})


def _first_family(record: Record) -> str:
    """The first author's family name; for an organisation or a publisher, its first real word."""
    if not record.creators:
        return _first_word(record.publisher or "")
    name = split_name(record.creators[0])
    return name.get("family") or _first_word(name.get("literal", ""))


def _first_word(title: str) -> str:
    words = re.findall(r"[^\W_]+", title)
    meaningful = [w for w in words if w.lower() not in _STOP_WORDS]
    return (meaningful or words or [""])[0]


def _slug(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", fold(text)).encode("ascii", "ignore").decode()
    return re.sub(r"[^a-z0-9]+", "", ascii_text.lower())


# -- styles --------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def _style_index() -> dict[str, dict[str, Any]]:
    """Every shipped style: name → its file in the archive, its title and, for a dependent style,
    the independent one whose layout it uses (see resources/csl/build_styles.py)."""
    return json.loads(lzma.decompress((CSL_FILES / "styles.json.xz").read_bytes()))


@lru_cache(maxsize=1)
def styles_folder() -> Path:
    """Where the styles used so far are, extracted from the shipped archive (the user's cache,
    one folder per version of the archive: never the collection)."""
    from platformdirs import user_cache_dir

    stamp = (CSL_FILES / "styles.tar.xz").stat()
    return Path(user_cache_dir("archive-viewer")) / f"csl-styles-{stamp.st_size}-{int(stamp.st_mtime)}"


def _style_file(name: str) -> Path:
    """The file of the shipped style ``name``, taken out of the archive on its first use (about
    half a second: the archive is read up to it)."""
    member = _style_index()[name]["file"]
    target = styles_folder() / member
    if not target.exists():
        target.parent.mkdir(parents=True, exist_ok=True)
        with tarfile.open(CSL_FILES / "styles.tar.xz", "r:xz") as archive:
            packed = archive.extractfile(member)
            assert packed is not None, member  # a style's file, not a folder
            data = packed.read()
        with written_whole(target, binary=True) as out:  # whoever extracts it at the same time
            out.write(data)
    return target


def available_styles() -> list[str]:
    return sorted(set(_style_index()) | set(_own_styles()))


def style_titles() -> dict[str, str]:
    """Every style's name → its title ('apa' → 'APA Style 7th edition')."""
    own = {name: title for name, (_, title) in _own_styles().items()}
    return {**{name: entry["title"] for name, entry in _style_index().items()}, **own}


@lru_cache(maxsize=1)
def _own_styles() -> dict[str, tuple[Path, str]]:
    """The styles written for this program (resources/csl/local: GOST R 7.0.100-2018, which the
    public collection lacks): name → (file, title)."""
    found = {}
    for path in sorted((CSL_FILES / "local").glob("*.csl")):
        title = re.search(r"<title>(.*?)</title>", path.read_text(encoding="utf-8"), re.DOTALL)
        found[path.stem] = (path, html.unescape(title.group(1).strip()) if title else path.stem)
    return found


def find_style(name: str) -> Path:
    """A style by name ('apa', 'chicago-author-date', an alias) or a path to a .csl file."""
    candidate = Path(name).expanduser()
    if candidate.suffix == ".csl" and candidate.is_file():
        return _independent(candidate)
    stem = STYLE_ALIASES.get(name.lower(), name.lower().removesuffix(".csl"))
    if stem in _own_styles():
        return _own_styles()[stem][0]
    if stem in _style_index():
        return _style_file(_style_index()[stem]["parent"] or stem)  # a dependent style: its parent's layout
    close = suggested_styles(name)
    hint = f"; did you mean: {', '.join(close)}" if close else "; try apa, chicago, mla, harvard or ieee"
    raise UsageError(f"unknown citation style {name!r}{hint}")


#: Cyrillic letters as Latin ones, as style names and titles spell them (ГОСТ → gost).
_LATIN = str.maketrans(
    {
        **dict(zip("абвгдезийклмнопрстуфыэ", "abvgdeziiklmnoprstufye")),
        **{"ё": "e", "ж": "zh", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh", "щ": "shch", "ю": "yu", "я": "ya"},
        **{"ь": "", "ъ": ""},
    }
)


def suggested_styles(typed: str, most: int = 5) -> list[str]:
    """Styles for what a person typed: those whose name or title hold each of its words (in Latin
    or Cyrillic letters: 'ГОСТ 2008', 'chicago note'), else names close to it."""
    words = [word for word in re.split(r"[\s\-_]+", fold(typed).translate(_LATIN)) if word]
    titles = style_titles()
    found = [
        name
        for name, title in titles.items()
        if words and all(word in name or word in fold(title).translate(_LATIN) for word in words)
    ]
    if found:
        return sorted(found, key=lambda name: (len(name), name))[:most]
    stem = typed.lower().removesuffix(".csl")
    return difflib.get_close_matches(stem, sorted(set(titles) | set(STYLE_ALIASES)), n=most, cutoff=0.6)


#: The CSL locales pandoc's citeproc carries (github.com/citation-style-language/locales).
CSL_LOCALES = (
    "af-ZA ar bg-BG ca-AD cs-CZ cy-GB da-DK de-AT de-CH de-DE el-GR en-GB en-US es-CL es-ES es-MX et-EE eu "
    "fa-IR fi-FI fr-CA fr-FR he-IL hi-IN hr-HR hu-HU id-ID is-IS it-IT ja-JP km-KH ko-KR la lt-LT lv-LV "
    "mn-MN nb-NO nl-NL nn-NO pl-PL pt-BR pt-PT ro-RO ru-RU sk-SK sl-SI sr-RS sv-SE th-TH tr-TR uk-UA "
    "vi-VN zh-CN zh-TW"
).split()


def check_locale(locale: str | None) -> None:
    """Refuse a locale pandoc would silently replace by en-US ('de' alone is German)."""
    if (
        locale
        and locale not in CSL_LOCALES
        and locale.split("-")[0] not in {known.split("-")[0] for known in CSL_LOCALES}
    ):
        raise UsageError(f"unknown locale {locale!r}; known locales: {', '.join(CSL_LOCALES)}")


CSL_NAMESPACE = "{http://purl.org/net/xbiblio/csl}"


def _independent(path: Path) -> Path:
    """The style file pandoc is given, never one that makes it go online: a dependent style only
    names its parent by URL, which pandoc would fetch. The parent is the shipped style of that
    name (the URL's last segment), else a .csl file of that name beside the dependent one;
    anything else is refused."""
    from xml.etree.ElementTree import ParseError

    from defusedxml import ElementTree

    try:
        root = ElementTree.parse(path).getroot()
    except (ParseError, ElementTree.DefusedXmlException) as error:
        raise CitationError(f"style {path.name!r} is not a CSL style: {error}") from None
    links = [
        link.get("href", "")
        for link in root.iterfind(f"{CSL_NAMESPACE}info/{CSL_NAMESPACE}link")
        if link.get("rel") == "independent-parent"
    ]
    if not links:
        return path
    name = links[0].rstrip("/").rsplit("/", 1)[-1].removesuffix(".csl")
    if name in _style_index():
        return _style_file(_style_index()[name]["parent"] or name)
    beside = path.with_name(f"{name}.csl")
    if name and beside.is_file() and beside != path:
        return _independent(beside)
    raise CitationError(
        f"style {path.name!r} depends on {links[0]!r}, which is neither an installed style nor "
        f"a file beside it ({beside.name}); styles are never fetched from the network"
    )


# -- pandoc --------------------------------------------------------------------------------------


@lru_cache(maxsize=1)
def pandoc_path() -> str:
    try:
        import pypandoc

        return pypandoc.get_pandoc_path()
    except (ImportError, OSError) as error:
        raise CitationError(f"pandoc is not available ({error}); reinstall with: pip install pypandoc-binary") from None


def pandoc_version() -> str | None:
    """The version of the pandoc that formats citations, or None when there is none."""
    try:
        return _pandoc(["--version"], "", {}).split("\n", 1)[0].removeprefix("pandoc").strip()
    except CitationError:
        return None


def _offline_environment() -> dict[str, str]:
    """pandoc's environment with every proxy set to a closed port of this machine: should anything
    still make pandoc reach for a URL, the request fails at once, here."""
    closed = "http://127.0.0.1:9"
    proxies = {
        name: closed for name in ("http_proxy", "https_proxy", "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")
    }
    unset = {"no_proxy", "NO_PROXY"}
    return {**{key: value for key, value in os.environ.items() if key not in unset}, **proxies}


def _pandoc(arguments: list[str], stdin: str, files: dict[str, str]) -> str:
    with tempfile.TemporaryDirectory(prefix="archive-cite-") as folder:
        for name, content in files.items():
            Path(folder, name).write_text(content, encoding="utf-8")
        try:
            run = subprocess.run(
                [pandoc_path(), *arguments],
                input=stdin,
                capture_output=True,
                text=True,
                cwd=folder,
                timeout=PANDOC_TIMEOUT_SECONDS,
                env=_offline_environment(),
            )
        except subprocess.TimeoutExpired:
            raise CitationError("pandoc took too long formatting the citations") from None
    if run.returncode != 0:
        message = (run.stderr.strip().splitlines() or ["no message"])[-1]
        raise CitationError(f"pandoc could not format the citations: {message}")
    return run.stdout


def _entries(output: str) -> list[tuple[str, str]]:
    """pandoc's HTML bibliography → (key, entry markup). Entries are <div id="ref-KEY">; some
    styles nest divs inside (IEEE's number and text), which become spaces."""
    entries = []
    for chunk in output.split('<div id="ref-')[1:]:
        key, _, rest = chunk.partition('"')
        body = rest[rest.index(">") + 1 :]
        entries.append((key, " ".join(re.sub(r"</?div[^>]*>", " ", body).split())))
    return entries


def _case_kept(item: dict[str, Any]) -> dict[str, Any]:
    """The item with its path marked 'nocase' (CSL-JSON's markup, which pandoc reads like
    citeproc-js): a style that capitalises the first word of a sentence (Chicago's
    'Text/letters/1952.txt') must not change a file's name."""
    if "archive_location" not in item:
        return item
    return {**item, "archive_location": f'<span class="nocase">{item["archive_location"]}</span>'}


def format_bibliography(
    items: list[dict[str, Any]],
    style: str = DEFAULT_STYLE,
    locale: str | None = DEFAULT_LOCALE,
    html_output: bool = False,
) -> list[tuple[str, str]]:
    """(key, formatted entry) for each item, in the style's order, from one pandoc call."""
    if not items:
        return []
    style_path = find_style(style)
    check_locale(locale)
    document = "---\nnocite: '@*'\n---\n"
    arguments = ["--citeproc", "--bibliography=items.json", f"--csl={style_path}", "--to=html", "--wrap=none"]
    if locale:
        arguments.append(f"--metadata=lang:{locale}")
    output = _pandoc(
        arguments, document, {"items.json": json.dumps([_case_kept(item) for item in items], ensure_ascii=False)}
    )
    entries = _entries(output)
    if (locale or "").lower().startswith("ru"):
        entries = [(key, _months_after_days(body)) for key, body in entries]
    if html_output:
        return entries
    return [(key, html.unescape(re.sub(r"<[^>]+>", "", body))) for key, body in entries]


#: Russian months as CSL's ru-RU locale names them (the nominative), and as a day before them
#: needs them (the genitive): CSL has no grammatical case, and gave '12 март 1987 г.' and 'март 12'.
_RU_GENITIVE = dict(
    zip(
        "январь февраль март апрель май июнь июль август сентябрь октябрь ноябрь декабрь".split(),
        "января февраля марта апреля мая июня июля августа сентября октября ноября декабря".split(),
    )
)
_RU_MONTH = "(" + "|".join(_RU_GENITIVE) + ")"
_DAY_MONTH = re.compile(rf"\b(\d{{1,2}})\s+{_RU_MONTH}\b", re.IGNORECASE)
_MONTH_DAY = re.compile(rf"\b{_RU_MONTH}\s+(\d{{1,2}})(?!\d)", re.IGNORECASE)


def _months_after_days(text: str) -> str:
    """A Russian date as Russian writes it: '12 марта 1987 г.', a month after its day in the genitive."""
    text = _DAY_MONTH.sub(lambda m: f"{m[1]} {_RU_GENITIVE[m[2].lower()]}", text)
    return _MONTH_DAY.sub(lambda m: f"{m[2]} {_RU_GENITIVE[m[1].lower()]}", text)


def to_bibtex(items: list[dict[str, Any]], biblatex: bool = False) -> str:
    """BibTeX (or BibLaTeX) written by pandoc, which escapes LaTeX's special characters."""
    if not items:
        return ""
    output = _pandoc(
        ["--from=csljson", f"--to={'biblatex' if biblatex else 'bibtex'}", "items.json"],
        "",
        {"items.json": json.dumps(items, ensure_ascii=False)},
    )
    return _REPORT_PUBLISHER.sub(r"\1institution =", output)


#: pandoc writes a report's issuer as ``publisher``; @techreport (BibTeX) and @report (BibLaTeX)
#: name it ``institution``, and BibTeX styles ignore ``publisher`` there.
_REPORT_PUBLISHER = re.compile(r"(^@(?:techreport|report)\{(?:(?!^@).)*?^\s*)publisher =", re.MULTILINE | re.DOTALL)


_RIS_TYPES = {
    "article-newspaper": "NEWS",
    "report": "RPRT",
    "graphic": "ART",
    "manuscript": "MANSCPT",
    "webpage": "ELEC",
    "book": "BOOK",
    "chapter": "CHAP",
    "article-journal": "JOUR",
    "thesis": "THES",
    "map": "MAP",
    "interview": "PCOMM",
}


def to_ris_entry(item: dict[str, Any]) -> dict[str, Any]:
    """A CSL-JSON item as rispy's fields (RIS tags TY, TI, AU, PY, DA, …)."""
    entry: dict[str, Any] = {"type_of_reference": _RIS_TYPES.get(item["type"], "GEN"), "id": item["id"]}
    if item.get("title"):
        entry["title"] = item["title"]
    authors = [_ris_name(name) for name in item.get("author", [])]
    if authors:
        entry["authors"] = authors
    parts = (item.get("issued") or {}).get("date-parts", [[]])[0]
    if parts:
        entry["year"] = str(parts[0])
        entry["date"] = "/".join([f"{parts[0]:04d}"] + [f"{p:02d}" for p in parts[1:]] + [""] * (3 - len(parts))) + "/"
    for csl_name, ris_name in (
        ("publisher", "publisher"),
        ("abstract", "abstract"),
        ("language", "language"),
        ("DOI", "doi"),
        ("archive", "name_of_database"),
        ("archive_location", "accession_number"),
        ("note", "notes_abstract"),
        ("ISBN", "issn"),
    ):
        if item.get(csl_name):
            entry[ris_name] = item[csl_name]
    if item.get("container-title"):
        entry["journal_name" if item["type"] == "article-newspaper" else "secondary_title"] = item["container-title"]
    if item.get("URL"):
        entry["urls"] = [item["URL"]]
    if item.get("keyword"):
        entry["keywords"] = [k.strip() for k in item["keyword"].split(",") if k.strip()]
    return entry


def _ris_name(name: dict[str, str]) -> str:
    if "literal" in name:
        return name["literal"]
    family = " ".join(p for p in (name.get("non-dropping-particle"), name.get("family")) if p)
    return f"{family}, {name['given']}" if name.get("given") else family


def to_ris(items: Iterable[dict[str, Any]]) -> str:
    import rispy

    # RIS is one field a line: a line break inside a value would start a bogus tag.
    entries = [{k: _one_line_value(v) for k, v in to_ris_entry(item).items()} for item in items]
    return rispy.dumps(entries) if entries else ""


def _one_line_value(value: Any) -> Any:
    if isinstance(value, list):
        return [_one_line_value(v) for v in value]
    return " ".join(value.split()) if isinstance(value, str) else value
