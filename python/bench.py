"""Throughput of the Python package: documents/s and MB/s (UTF-8 text bytes)
on one core and on all cores, beside the CLI's --jsonl on the same texts in
the same run, and spaCy en_core_web_sm + textacy when they are installed.

    ./run bench python          (builds and installs the wheel first)
    .venv-python/bin/python python/bench.py [--dev ../shared/eval/dev] [--runs 5]

Corpus: the `text` of every record of polnear_dev.jsonl and conll2003_dev.jsonl
in the dev folder (as scripts/bench/bench.py's batch figures), or the
repository's sample articles when the folder is not there. Runs interleave
the configurations and the median is reported.
"""

import argparse
import json
import os
import pathlib
import resource
import statistics
import subprocess
import sys
import tempfile
import time

# This file sits beside the package's source folder (python/newsmark/, which
# has no compiled module): measure the installed wheel, not that folder.
HERE = pathlib.Path(__file__).resolve().parent
sys.path[:] = [p for p in sys.path if pathlib.Path(p or ".").resolve() != HERE]

import newsmark  # noqa: E402

ROOT = HERE.parent


def corpus(dev):
    files = [dev / "polnear_dev.jsonl", dev / "conll2003_dev.jsonl"]
    if all(f.exists() for f in files):
        texts = [json.loads(line)["text"] for f in files for line in f.open(encoding="utf-8") if line.strip()]
        return texts, ", ".join(f"{dev.name}/{f.name}" for f in files)
    paths = sorted((ROOT / "seeds").glob("*.txt")) + sorted((ROOT / "tests" / "fixtures").glob("*.txt"))
    texts = [p.read_text(encoding="utf-8") for p in paths] * 100
    return texts, f"the {len(paths)} sample articles (seeds/, tests/fixtures/) x 100 ({dev} is not here)"


def cpu_seconds():
    """CPU time of this process (all its threads) and of its finished children."""
    own, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    return own.ru_utime + own.ru_stime + kids.ru_utime + kids.ru_stime


def spacy_runner():
    """spaCy en_core_web_sm + textacy's direct quotations, or why not."""
    try:
        import spacy
        import textacy.extract
    except ImportError as e:
        return None, f"skipped: {e.name} is not installed"
    try:
        nlp = spacy.load("en_core_web_sm")
    except OSError:
        return None, "skipped: the model en_core_web_sm is not installed"

    def run(texts):
        for doc in nlp.pipe(texts):
            list(doc.ents)
            list(textacy.extract.triples.direct_quotations(doc))

    return run, f"spaCy {spacy.__version__} en_core_web_sm + textacy"


def main():
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--dev", type=pathlib.Path, default=ROOT.parent / "shared" / "eval" / "dev")
    ap.add_argument("--runs", type=int, default=5)
    ap.add_argument("--cli", default=str(ROOT / "target" / "release" / "newsmark"))
    args = ap.parse_args()

    texts, source = corpus(args.dev)
    mb = sum(len(t.encode()) for t in texts) / 1e6
    cores = os.cpu_count() or 1
    with tempfile.NamedTemporaryFile("w", suffix=".jsonl", delete=False, encoding="utf-8") as f:
        for i, t in enumerate(texts):
            f.write(json.dumps({"id": i, "text": t}) + "\n")
        jsonl = f.name

    def cli(jobs):
        subprocess.run([args.cli, "--jsonl", "--jobs", str(jobs), jsonl], check=True, stdout=subprocess.DEVNULL)

    def module(jobs):
        subprocess.run([sys.executable, "-m", "newsmark", "--jobs", str(jobs), jsonl], check=True,
                       stdout=subprocess.DEVNULL)

    configs = {
        "annotate() in a Python loop, 1 core": lambda: [newsmark.annotate(t) for t in texts],
        "annotate_many(threads=1)": lambda: newsmark.annotate_many(texts, threads=1),
        f"annotate_many() (threads=None: {cores} cores)": lambda: newsmark.annotate_many(texts),
        "python -m newsmark --jobs 1 (process, JSON in and out)": lambda: module(1),
        f"python -m newsmark (all {cores} cores)": lambda: module(cores),
    }
    if os.path.exists(args.cli):
        configs["CLI newsmark --jsonl --jobs 1 (same run, for reference)"] = lambda: cli(1)
        configs[f"CLI newsmark --jsonl (all {cores} cores)"] = lambda: cli(cores)
    spacy_run, spacy_note = spacy_runner()
    if spacy_run:
        configs[spacy_note + ", 1 core"] = lambda: spacy_run(texts)

    newsmark.annotate_many(texts[:20])  # warm up (weights parsed once)
    times = {name: [] for name in configs}
    busy = {name: [] for name in configs}
    for _ in range(args.runs):
        for name, run in configs.items():
            c0 = cpu_seconds()
            t = time.perf_counter()
            run()
            wall = time.perf_counter() - t
            times[name].append(wall)
            busy[name].append((cpu_seconds() - c0) / wall)
    os.unlink(jsonl)

    print(f"newsmark {newsmark.__version__}, Python {sys.version.split()[0]}, {cores} cores, "
          f"load average {os.getloadavg()[0]:.2f} at the end, {time.strftime('%Y-%m-%d %H:%M UTC', time.gmtime())}")
    print(f"Corpus: {len(texts)} documents, {mb:.2f} MB of UTF-8 text ({source}); median of {args.runs} runs\n")
    print("| configuration | median s | documents/s | MB/s | cores busy (CPU s / wall s) |")
    print("| --- | --- | --- | --- | --- |")
    for name, ts in times.items():
        med = statistics.median(ts)
        print(f"| {name} | {med:.3f} | {len(texts) / med:.0f} | {mb / med:.2f} | {statistics.median(busy[name]):.2f} |")
    if not spacy_run:
        print(f"\nspaCy comparison {spacy_note}.")


if __name__ == "__main__":
    main()
