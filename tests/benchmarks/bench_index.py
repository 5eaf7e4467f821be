"""Index, re-index and query benchmark, with Recoll (the speed peer) measured in the same run.

    python tests/benchmarks/bench_index.py CORPUS            # a real folder (shared/corpus/build.sh)
    python tests/benchmarks/bench_index.py --synthetic 10000 # N made-up documents
    options: --jobs N, --no-recoll, --json, --keep DIR (keep the work folder)

The corpus is copied to a work folder first (the "edit 1 %" step changes files; the copy keeps the
original untouched). Memory is sampled from /proc over every process of the run: the largest one,
and all of them together.
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
from processes import descendants, rss_kb  # noqa: E402  (tests/processes.py)

QUERIES = [
    # single words
    "python", "socket", "table", "hyphenation", "package", "font", "thread", "unicode", "error",
    "документов", "fichier", "Datei", "resume",
    # phrases and boolean
    '"regular expression"', '"standard library"', '"command line"', "font AND size",
    "socket OR network", "python NOT tutorial",
    # fields
    "title:hyphenation", "title:tutorial", "creator:oberdiek", "type:text", "format:pdf",
    "language:en", "path:man",
    # dates
    "date:[2015 TO 2018]", "date:[2000 TO 2010-06]", "date:2022",
    # wildcards and fuzzy
    "pyth*", "hyphen*", "lamguage~", "documnt~",
]
SEARCH_PROCESS_QUERY = "regular expression"


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


def peak_rss_of(command: list[str], env: dict | None = None) -> tuple[float, float, tuple[int, int], subprocess.CompletedProcess]:
    """(wall seconds, the whole machine's CPU seconds, (peak RSS of the largest process, peak RSS
    of all its processes together) in MB, the process). Memory is sampled from /proc ten times a
    second over the command and every process it starts (rusage misses the extraction workers)."""
    busy = machine_busy_seconds()
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)
    peaks = [0, 0]
    finished = threading.Event()

    def sample() -> None:
        while not finished.wait(0.1):
            sizes = [rss_kb(pid) for pid in (process.pid, *descendants(process.pid))]
            peaks[0], peaks[1] = max(peaks[0], max(sizes, default=0)), max(peaks[1], sum(sizes))

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    out, err = process.communicate()
    wall = time.perf_counter() - started
    finished.set()
    sampler.join()
    busy = machine_busy_seconds() - busy
    if process.returncode not in (0, 1):
        sys.exit(f"benchmark: {' '.join(command[:3])}… failed:\n{err[-2000:]}")
    return wall, busy, (peaks[0] // 1024, peaks[1] // 1024), subprocess.CompletedProcess(command, process.returncode, out, err)


def archive_command(*arguments: str) -> list[str]:
    return [sys.executable, "-m", "archive", *arguments]


def percentile(values: list[float], fraction: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, math.ceil(fraction * len(ordered)) - 1))]


def measure_project(corpus: Path, index_dir: Path, jobs: int | None) -> dict:
    job_args = ["--jobs", str(jobs)] if jobs else []
    wall, cpu, rss, done = peak_rss_of(archive_command("index", str(corpus), "--index-dir", str(index_dir), "--json", *job_args))
    report = json.loads(done.stdout)
    results = {"files": report["added"] + len(report["failed"]), "failed": len(report["failed"]),
               "index_s": wall, "cpu_percent": 100 * cpu / wall, "peak_rss_mb": rss[0], "total_rss_mb": rss[1]}
    results["reindex_nochange_s"] = min(
        run_timed(archive_command("index", str(corpus), "--index-dir", str(index_dir), "--json"))[0] for _ in range(3))

    files = sorted(p for p in corpus.rglob("*") if p.is_file())
    sample = random.Random(1).sample(files, max(1, len(files) // 100))
    for path in sample:
        stat = path.stat()
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 1_000_000_000))
    results["reindex_touch1_s"] = run_timed(archive_command("index", str(corpus), "--index-dir", str(index_dir), "--json"))[0]
    texts = [p for p in files if p.suffix in (".txt", ".html")]
    for path in random.Random(2).sample(texts, max(1, len(files) // 100)):
        with path.open("a", encoding="utf-8") as handle:
            handle.write("\nAppended by the benchmark: quokka.\n")
    wall, done = run_timed(archive_command("index", str(corpus), "--index-dir", str(index_dir), "--json"))
    results["reindex_edit1_s"] = wall
    results["edited_files"] = json.loads(done.stdout)["updated"]
    results.update(measure_queries(corpus, index_dir))
    results["text_mb"] = extracted_text_mb(corpus, index_dir)
    search_walls = [run_timed(archive_command("search", SEARCH_PROCESS_QUERY, "-c", str(corpus), "--index-dir", str(index_dir), "--json"))[0]
                    for _ in range(5)]
    results["search_process_s"] = statistics.median(search_walls)
    return results


def measure_queries(corpus: Path, index_dir: Path, repeats: int = 5) -> dict:
    sys.path.insert(0, str(Path(__file__).resolve().parents[2]))
    from archive import Collection

    with Collection.open(corpus, index_dir) as collection:
        started = time.perf_counter()
        collection.search(QUERIES[0], limit=10)
        first = (time.perf_counter() - started) * 1000
        timings = []
        for _ in range(repeats):
            for query in QUERIES:
                started = time.perf_counter()
                collection.search(query, limit=10)  # facets and snippets for the top 10 included
                timings.append((time.perf_counter() - started) * 1000)
        by_query = {}
        for query in QUERIES:
            started = time.perf_counter()
            result = collection.search(query, limit=10)
            by_query[query] = (result.total, round((time.perf_counter() - started) * 1000, 1))
    return {"query_first_ms": first, "query_p50_ms": percentile(timings, 0.5), "query_p95_ms": percentile(timings, 0.95),
            "query_max_ms": max(timings), "queries": len(QUERIES), "per_query": by_query}


def extracted_text_mb(corpus: Path, index_dir: Path) -> float:
    from archive import Collection

    with Collection.open(corpus, index_dir) as collection:
        total = sum(len("\f".join(collection.text(path))) for path in collection.catalog.paths())
    return total / 1e6


def measure_recoll(corpus: Path, work: Path) -> dict | None:
    if shutil.which("recollindex") is None:
        return None
    config = work / "recoll-config"
    config.mkdir(exist_ok=True)
    (config / "recoll.conf").write_text(f"topdirs = {corpus}\nloglevel = 1\n")
    env = dict(os.environ, RECOLL_CONFDIR=str(config), HOME=str(work))
    wall, cpu, rss, _ = peak_rss_of(["recollindex", "-c", str(config), "-z"], env)
    again = min(run_timed(["recollindex", "-c", str(config)], env)[0] for _ in range(3))
    return {"index_s": wall, "cpu_percent": 100 * cpu / wall, "peak_rss_mb": rss[0], "total_rss_mb": rss[1], "reindex_nochange_s": again,
            "pdftotext": shutil.which("pdftotext") is not None}


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
            f"date {year}-{1 + number % 12:02d}-{1 + number % 28:02d} By Gazette {number % 40}\n\n{body}\n", encoding="utf-8")
    return target


def table(project: dict, recoll: dict | None, cpus: int) -> str:
    rows = [
        ("files", f"{project['files']:,} ({project['failed']} failed)", "", ""),
        ("extracted text", f"{project['text_mb']:.1f} MB", "", ""),
        ("full index, wall", f"{project['index_s']:.1f} s", _r(recoll, "index_s", "{:.1f} s"), _ratio(project, recoll, "index_s")),
        ("files / s", f"{project['files'] / project['index_s']:.0f}", _r(recoll, "index_s", "{}", lambda v: f"{project['files'] / v:.0f}"), ""),
        ("CPU use (whole machine; 100 % = one core)", f"{project['cpu_percent']:.0f} %", _r(recoll, "cpu_percent", "{:.0f} %"), ""),
        ("peak RSS, largest process", f"{project['peak_rss_mb']} MB", _r(recoll, "peak_rss_mb", "{} MB"), ""),
        ("peak RSS, all processes together", f"{project['total_rss_mb']} MB", _r(recoll, "total_rss_mb", "{} MB"), ""),
        ("re-index, nothing changed", f"{project['reindex_nochange_s']:.2f} s", _r(recoll, "reindex_nochange_s", "{:.2f} s"), _ratio(project, recoll, "reindex_nochange_s")),
        ("re-index, 1 % touched", f"{project['reindex_touch1_s']:.2f} s", "", ""),
        (f"re-index, 1 % edited ({project['edited_files']} files)", f"{project['reindex_edit1_s']:.2f} s", "", ""),
        (f"query p50 / p95 / max ({project['queries']} queries, top 10 with snippets and facets)",
         f"{project['query_p50_ms']:.1f} / {project['query_p95_ms']:.1f} / {project['query_max_ms']:.0f} ms", "", ""),
        ("first query after opening", f"{project['query_first_ms']:.0f} ms", "", ""),
        ("`archive search` as a whole process", f"{project['search_process_s']:.2f} s", "", ""),
    ]
    lines = [f"machine: {cpus} CPUs; Recoll {'reads PDFs with pdftotext' if recoll and recoll['pdftotext'] else 'not measured' if not recoll else 'WITHOUT pdftotext (PDFs by name only)'}",
             "", "| | archive | Recoll | archive / Recoll |", "|---|---|---|---|"]
    lines += [f"| {a} | {b} | {c} | {d} |" for a, b, c, d in rows]
    return "\n".join(lines)


def _r(recoll, key, fmt, convert=None):
    if not recoll:
        return ""
    value = recoll[key]
    return convert(value) if convert else fmt.format(value)


def _ratio(project, recoll, key):
    return f"{project[key] / recoll[key]:.2f}" if recoll and recoll[key] else ""


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
        recoll = None if args.no_recoll else measure_recoll(corpus, work)
        if recoll is not None and not recoll["pdftotext"]:
            print("benchmark: warning: pdftotext is missing, so Recoll indexes PDFs by name only "
                  "(apt-get install poppler-utils); its times are not comparable", file=sys.stderr)
        index_dir = work / "index"
        shutil.rmtree(index_dir, ignore_errors=True)
        project = measure_project(corpus, index_dir, args.jobs)
        cpus = os.cpu_count() or 1
        if args.json:
            print(json.dumps({"cpus": cpus, "archive": project, "recoll": recoll}, indent=2, ensure_ascii=False))
        else:
            print(table(project, recoll, cpus))
    finally:
        if not args.keep:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
