"""Index, re-index and query benchmark, with Recoll (the speed peer) measured in the same run.

    python tests/benchmarks/bench_index.py CORPUS            # a real folder (shared/corpus/build.sh)
    python tests/benchmarks/bench_index.py --synthetic 10000 # N made-up documents
    options: --jobs N, --no-recoll, --json, --keep DIR (keep the work folder)

The corpus is copied to a work folder first (the "edit 1 %" step changes files; the copy keeps the
original untouched). Memory is sampled from /proc over every process of the run: the largest one,
and all of them together. Recoll (Debian recoll, python3-recoll, poppler-utils) indexes the same
copy, re-indexes it after the same changes, and answers the same queries in its own syntax: in
process through its Python module (run by the system's python3, which has it; top 10, each with
its abstract) and as a whole process (recollq -A -n 10).
"""

from __future__ import annotations

import argparse
import json
import math
import os
import random
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
from processes import descendants, pss_kb, rss_kb  # noqa: E402  (tests/processes.py)

#: (ours, Recoll's). Recoll has no fuzzy words and does not index languages: None there. Its
#: dates are the files' (ours the documents'), and type:text is its "text" category.
QUERIES = [
    # single words
    *(
        (word, word)
        for word in (
            "python",
            "socket",
            "table",
            "hyphenation",
            "package",
            "font",
            "thread",
            "unicode",
            "error",
            "документов",
            "fichier",
            "Datei",
            "resume",
        )
    ),
    # phrases and boolean
    ('"regular expression"', '"regular expression"'),
    ('"standard library"', '"standard library"'),
    ('"command line"', '"command line"'),
    ("font AND size", "font AND size"),
    ("socket OR network", "socket OR network"),
    ("python NOT tutorial", "python -tutorial"),
    # fields
    ("title:hyphenation", "title:hyphenation"),
    ("title:tutorial", "title:tutorial"),
    ("creator:oberdiek", "author:oberdiek"),
    ("type:text", "rclcat:text"),
    ("format:pdf", "mime:application/pdf"),
    ("language:en", None),
    ("path:man", "dir:man"),
    # dates
    ("date:[2015 TO 2018]", "date:2015-01-01/2018-12-31"),
    ("date:[2000 TO 2010-06]", "date:2000-01-01/2010-06-30"),
    ("date:2022", "date:2022-01-01/2022-12-31"),
    # wildcards and fuzzy
    ("pyth*", "pyth*"),
    ("hyphen*", "hyphen*"),
    ("lamguage~", None),
    ("documnt~", None),
]
SHARED = [(ours, theirs) for ours, theirs in QUERIES if theirs is not None]
REPEATS = 5
PROCESS_REPEATS = 3
#: Run by the system's python3 (Debian's python3-recoll): Recoll's queries in process, as ours.
RECOLL_IN_PROCESS = r"""
import json, sys, time
from recoll import recoll

confdir, repeats = sys.argv[1], int(sys.argv[2])
queries = json.loads(sys.stdin.read())
db = recoll.connect(confdir)

def run(text):
    query = db.query()
    total = query.execute(text, stemming=1)
    for doc in query.fetchmany(10):
        query.makedocabstract(doc)
    return total

started = time.perf_counter()
run(queries[0])
first = (time.perf_counter() - started) * 1000
timings = {text: [] for text in queries}
for _ in range(repeats):
    for text in queries:
        started = time.perf_counter()
        run(text)
        timings[text].append((time.perf_counter() - started) * 1000)
print(json.dumps({"first_ms": first, "timings": timings, "totals": {text: run(text) for text in queries}}))
"""


def run_timed(command: list[str], env: dict | None = None) -> tuple[float, subprocess.CompletedProcess]:
    """(wall seconds, the process)."""
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, env=env)
    wall = time.perf_counter() - started
    if done.returncode not in (0, 1):
        sys.exit(f"benchmark: {' '.join(command[:3])}… failed:\n{done.stderr[-2000:]}")
    return wall, done


def machine_busy_seconds() -> float:
    """CPU time the whole machine has spent busy: rusage misses the extraction workers, which
    are children of a fork server that nobody waits for. Run the benchmark on an idle machine."""
    with open("/proc/stat") as stat:
        user, nice, system, idle, iowait, irq, softirq, steal = map(int, stat.readline().split()[1:9])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def peak_rss_of(
    command: list[str], env: dict | None = None
) -> tuple[float, float, tuple[int, int, int], subprocess.CompletedProcess]:
    """(wall seconds, the whole machine's CPU seconds, (peak RSS of the largest process, peak RSS
    of all its processes together, peak PSS of them together) in MB, the process). Memory is
    sampled from /proc ten times a second over the command and every process it starts (rusage
    misses the extraction workers). Summed RSS counts the pages that forked processes share once
    per process; PSS counts each once."""
    busy = machine_busy_seconds()
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    peaks = [0, 0, 0]
    finished = threading.Event()

    def sample() -> None:
        while not finished.wait(0.1):
            pids = [process.pid, *descendants(process.pid)]
            sizes = [rss_kb(pid) for pid in pids]
            peaks[0], peaks[1] = max(peaks[0], max(sizes, default=0)), max(peaks[1], sum(sizes))
            peaks[2] = max(peaks[2], sum(map(pss_kb, pids)))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = process.communicate()
    wall = time.perf_counter() - started
    finished.set()
    sampler.join()
    busy = machine_busy_seconds() - busy
    if process.returncode not in (0, 1):
        sys.exit(f"benchmark: {' '.join(command[:3])}… failed:\n{err[-2000:]}")
    return (
        wall,
        busy,
        (peaks[0] // 1024, peaks[1] // 1024, peaks[2] // 1024),
        subprocess.CompletedProcess(command, process.returncode, out, err),
    )


def archive_command(*arguments: str) -> list[str]:
    return [sys.executable, "-m", "archive", *arguments]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(fraction * len(ordered)) - 1))]


def latencies(timings: dict[str, list[float]], prefix: str) -> dict:
    """p50, p95 and max over every timing of every query."""
    every = [ms for runs in timings.values() for ms in runs]
    return {
        f"{prefix}_p50_ms": percentile(every, 0.5),
        f"{prefix}_p95_ms": percentile(every, 0.95),
        f"{prefix}_max_ms": max(every),
    }


class Recoll:
    """Recoll over the same copy of the corpus, with a configuration of its own in the work folder."""

    def __init__(self, corpus: Path, work: Path) -> None:
        self.config = work / "recoll-config"
        self.config.mkdir(exist_ok=True)
        (self.config / "recoll.conf").write_text(f"topdirs = {corpus}\nloglevel = 1\nnoaspell = 1\n")
        self.env = dict(os.environ, RECOLL_CONFDIR=str(self.config), HOME=str(work))

    @staticmethod
    def available() -> bool:
        return shutil.which("recollindex") is not None

    def index(self) -> dict:
        wall, cpu, rss, _ = peak_rss_of(["recollindex", "-c", str(self.config), "-z"], self.env)
        return {
            "index_s": wall,
            "cpu_percent": 100 * cpu / wall,
            "peak_rss_mb": rss[0],
            "total_rss_mb": rss[1],
            "total_pss_mb": rss[2],
            "reindex_nochange_s": min(self.reindex() for _ in range(3)),
            "pdftotext": shutil.which("pdftotext") is not None,
        }

    def reindex(self) -> float:
        return run_timed(["recollindex", "-c", str(self.config)], self.env)[0]

    def queries(self) -> dict:
        """In process, through Recoll's Python module, as measure_queries does ours."""
        texts = [theirs for _, theirs in SHARED]
        done = subprocess.run(
            ["/usr/bin/python3", "-c", RECOLL_IN_PROCESS, str(self.config), str(REPEATS)],
            input=json.dumps(texts),
            capture_output=True,
            text=True,
            env=self.env,
        )
        if done.returncode != 0:
            print(
                f"benchmark: Recoll's Python module did not run (apt-get install python3-recoll): "
                f"{done.stderr.strip().splitlines()[-1:]}",
                file=sys.stderr,
            )
            return {}
        measured = json.loads(done.stdout)
        return {
            "query_first_ms": measured["first_ms"],
            **latencies(measured["timings"], "shared_query"),
            "per_query": {
                text: (measured["totals"][text], round(statistics.median(measured["timings"][text]), 1))
                for text in texts
            },
        }

    def process_queries(self) -> dict:
        timings = {
            theirs: [
                run_timed(["recollq", "-c", str(self.config), "-A", "-n", "10", theirs], self.env)[0] * 1000
                for _ in range(PROCESS_REPEATS)
            ]
            for _, theirs in SHARED
        }
        return latencies(timings, "process")


def merges_of(corpus: Path) -> list[int]:
    """The processes merging the corpus's index in the background (archive/merging.py)."""
    found = []
    for entry in Path("/proc").iterdir():
        try:
            words = (entry / "cmdline").read_bytes().split(b"\0") if entry.name.isdigit() else []
        except OSError:
            continue
        if b"merge" in words and str(corpus).encode() in words:
            found.append(int(entry.name))
    return found


def background_merge(corpus: Path, index_dir: Path) -> tuple[float, int]:
    """(seconds until the merges and posting arrays an index run left to a process of its own
    are done, that work's peak PSS in MB). Whatever is still due then is done in the foreground
    (``archive merge``) and counted. Queries are measured after it, as a person would meet them
    a few minutes after a large run; the run's own time stops when it returns."""
    started, peak = time.perf_counter(), 0
    time.sleep(0.5)  # a merge started as the run ended may not show its command line yet
    while pids := merges_of(corpus):
        peak = max(peak, sum(map(pss_kb, pids)) // 1024)
        time.sleep(0.1)
    rest = peak_rss_of(archive_command("merge", str(corpus), "--index-dir", str(index_dir)))
    return time.perf_counter() - started, max(peak, rest[2][2])


def measure(corpus: Path, index_dir: Path, jobs: int | None, recoll: Recoll | None) -> tuple[dict, dict | None]:
    """Both indexers through the same steps, each step on the same files: (ours, Recoll's)."""
    theirs = recoll.index() if recoll else None
    job_args = ["--jobs", str(jobs)] if jobs else []
    wall, cpu, rss, done = peak_rss_of(
        archive_command("index", str(corpus), "--index-dir", str(index_dir), "--json", *job_args)
    )
    report = json.loads(done.stdout)
    ours = {
        "files": report["added"] + len(report["failed"]),
        "failed": len(report["failed"]),
        "index_s": wall,
        "cpu_percent": 100 * cpu / wall,
        "peak_rss_mb": rss[0],
        "total_rss_mb": rss[1],
        "total_pss_mb": rss[2],
    }
    ours["merge_after_s"], ours["merge_pss_mb"] = background_merge(corpus, index_dir)
    reindex = archive_command("index", str(corpus), "--index-dir", str(index_dir), "--json")
    ours["reindex_nochange_s"] = min(run_timed(reindex)[0] for _ in range(3))

    files = sorted(p for p in corpus.rglob("*") if p.is_file())
    for path in random.Random(1).sample(files, max(1, len(files) // 100)):
        stat = path.stat()
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    ours["reindex_touch1_s"] = run_timed(reindex)[0]
    background_merge(corpus, index_dir)  # not timed: the next step starts on a quiet machine
    if theirs:
        theirs["reindex_touch1_s"] = recoll.reindex()
    texts = [p for p in files if p.suffix in (".txt", ".html")]
    for path in random.Random(2).sample(texts, max(1, len(files) // 100)):
        with path.open("a", encoding="utf-8") as handle:
            handle.write("\nAppended by the benchmark: quokka.\n")
    wall, done = run_timed(reindex)
    ours["reindex_edit1_s"], ours["edited_files"] = wall, json.loads(done.stdout)["updated"]
    ours["merge_after_edit1_s"] = background_merge(corpus, index_dir)[0]
    if theirs:
        theirs["reindex_edit1_s"] = recoll.reindex()

    ours.update(measure_queries(corpus, index_dir))
    ours["text_mb"] = extracted_text_mb(corpus, index_dir)
    timings = {
        query: [
            run_timed(
                archive_command("search", query, "-c", str(corpus), "--index-dir", str(index_dir), "--limit", "10")
            )[0]
            * 1000
            for _ in range(PROCESS_REPEATS)
        ]
        for query, _ in SHARED
    }
    ours.update(latencies(timings, "process"))
    if theirs:
        theirs.update(recoll.queries())
        theirs.update(recoll.process_queries())
    return ours, theirs


def measure_queries(corpus: Path, index_dir: Path) -> dict:
    """Every query in process, top 10 with snippets and facets, REPEATS times: over all of them,
    and over those Recoll has too (``shared_…``)."""
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from archive import Collection

    with Collection.open(corpus, index_dir) as collection:
        started = time.perf_counter()
        collection.search(QUERIES[0][0], limit=10)
        first = (time.perf_counter() - started) * 1000
        timings: dict[str, list[float]] = {query: [] for query, _ in QUERIES}
        for _ in range(REPEATS):
            for query in timings:
                started = time.perf_counter()
                collection.search(query, limit=10)  # facets and snippets for the top 10 included
                timings[query].append((time.perf_counter() - started) * 1000)
        totals = {query: collection.search(query, limit=10).total for query in timings}
    shared = {query: timings[query] for query, _ in SHARED}
    return {
        "query_first_ms": first,
        **latencies(timings, "query"),
        **latencies(shared, "shared_query"),
        "queries": len(QUERIES),
        "shared_queries": len(SHARED),
        "per_query": {query: (totals[query], round(statistics.median(runs), 1)) for query, runs in timings.items()},
    }


def extracted_text_mb(corpus: Path, index_dir: Path) -> float:
    from archive import Collection

    with Collection.open(corpus, index_dir) as collection:
        total = sum(len("\f".join(collection.text(path))) for path in collection.catalog.paths())
    return total / 1e6


def synthetic_corpus(target: Path, count: int, source: Path | None) -> Path:
    """N text documents with realistic sizes and a Zipfian vocabulary taken from a real corpus
    (or, without one, from this project's own source files)."""
    words = Counter()
    roots = [source] if source else [Path(__file__).resolve().parents[2] / "archive"]
    for root in roots:
        for path in list(root.rglob("*"))[:3000]:
            if path.is_file() and path.suffix in (".txt", ".html", ".py", ".rst"):
                words.update(re.findall(r"[^\W\d_]{3,}", path.read_text(encoding="utf-8", errors="ignore").lower()))
    vocabulary = [word for word, _ in words.most_common(50000)]
    weights = [1 / (rank + 1) for rank in range(len(vocabulary))]
    rng = random.Random(7)
    target.mkdir(parents=True)
    for number in range(count):
        size = int(min(60000, max(80, rng.lognormvariate(6.5, 1.0))))  # words: median ~650
        body = " ".join(rng.choices(vocabulary, weights, k=size))
        folder = target / f"box-{number // 1000:03d}"
        folder.mkdir(exist_ok=True)
        year = 1950 + number % 70
        (folder / f"doc-{number:06d}.txt").write_text(
            f"date {year}-{1 + number % 12:02d}-{1 + number % 28:02d} By Gazette {number % 40}\n\n{body}\n",
            encoding="utf-8",
        )
    return target


def table(ours: dict, recoll: dict | None, cpus: int) -> str:
    def row(label: str, key: str, form: str, ratio: bool = False) -> tuple[str, str, str, str] | None:
        if key not in ours:  # measured by later versions of this benchmark
            return None
        theirs = recoll.get(key) if recoll else None
        return (
            label,
            form.format(ours[key]),
            "" if theirs is None else form.format(theirs),
            f"{ours[key] / theirs:.2f}" if ratio and theirs else "",
        )

    shared = f"{ours['shared_queries']} queries both have"
    rows = [
        ("files", f"{ours['files']:,} ({ours['failed']} failed)", "", ""),
        ("extracted text", f"{ours['text_mb']:.1f} MB", "", ""),
        row("full index, wall", "index_s", "{:.1f} s", ratio=True),
        (
            "files / s",
            f"{ours['files'] / ours['index_s']:.0f}",
            f"{ours['files'] / recoll['index_s']:.0f}" if recoll else "",
            "",
        ),
        row("CPU use (whole machine; 100 % = one core)", "cpu_percent", "{:.0f} %"),
        row("peak RSS, largest process", "peak_rss_mb", "{} MB"),
        row("peak RSS, all processes together", "total_rss_mb", "{} MB"),
        row("peak PSS, all processes together (shared pages once)", "total_pss_mb", "{} MB"),
        row("background merge and posting arrays after the full index (not in its time)", "merge_after_s", "{:.1f} s"),
        row("peak PSS of that background work", "merge_pss_mb", "{} MB"),
        row("re-index, nothing changed", "reindex_nochange_s", "{:.2f} s", ratio=True),
        row("re-index, 1 % touched", "reindex_touch1_s", "{:.2f} s", ratio=True),
        row(f"re-index, 1 % edited ({ours['edited_files']} files)", "reindex_edit1_s", "{:.2f} s", ratio=True),
        row("background merge after that re-index (not in its time)", "merge_after_edit1_s", "{:.1f} s"),
        (
            f"in process: query p50 / p95 / max ({ours['queries']} queries, top 10 with snippets and facets)",
            f"{ours['query_p50_ms']:.1f} / {ours['query_p95_ms']:.1f} / {ours['query_max_ms']:.0f} ms",
            "",
            "",
        ),
        row(
            f"in process: p50 ({shared}; Recoll: top 10 with abstracts)", "shared_query_p50_ms", "{:.1f} ms", ratio=True
        ),
        row(f"in process: p95 ({shared})", "shared_query_p95_ms", "{:.1f} ms", ratio=True),
        row("first query after opening", "query_first_ms", "{:.0f} ms"),
        row(
            f"whole process p50 (`archive search` / `recollq -A -n 10`, {shared})",
            "process_p50_ms",
            "{:.0f} ms",
            ratio=True,
        ),
        row(f"whole process p95 ({shared})", "process_p95_ms", "{:.0f} ms", ratio=True),
    ]
    lines = [
        f"machine: {cpus} CPUs; Recoll {'reads PDFs with pdftotext' if recoll and recoll['pdftotext'] else 'not measured' if not recoll else 'WITHOUT pdftotext (PDFs by name only)'}",  # noqa: E501
        "",
        "| | archive | Recoll | archive / Recoll |",
        "|---|---|---|---|",
    ]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in filter(None, rows)]
    return "\n".join(lines)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("corpus", nargs="?", type=Path)
    parser.add_argument("--synthetic", type=int, metavar="N")
    parser.add_argument("--jobs", type=int)
    parser.add_argument("--no-recoll", action="store_true")
    parser.add_argument("--json", action="store_true")
    parser.add_argument("--keep", type=Path, metavar="DIR", help="work in DIR and keep it")
    args = parser.parse_args()
    if not args.corpus and not args.synthetic:
        parser.error("give a CORPUS folder or --synthetic N")
    work = args.keep or Path(tempfile.mkdtemp(prefix="archive-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    try:
        corpus = work / "corpus"
        if corpus.exists():
            shutil.rmtree(corpus)
        if args.synthetic:
            synthetic_corpus(corpus, args.synthetic, args.corpus)
        else:
            shutil.copytree(args.corpus, corpus, symlinks=True)
        recoll = None if args.no_recoll or not Recoll.available() else Recoll(corpus, work)
        if recoll is not None and shutil.which("pdftotext") is None:
            print(
                "benchmark: warning: pdftotext is missing, so Recoll indexes PDFs by name only "
                "(apt-get install poppler-utils); its times are not comparable",
                file=sys.stderr,
            )
        index_dir = work / "index"
        shutil.rmtree(index_dir, ignore_errors=True)
        ours, theirs = measure(corpus, index_dir, args.jobs, recoll)
        cpus = os.cpu_count() or 1
        if args.json:
            print(json.dumps({"cpus": cpus, "archive": ours, "recoll": theirs}, indent=2, ensure_ascii=False))
        else:
            print(table(ours, theirs, cpus))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
