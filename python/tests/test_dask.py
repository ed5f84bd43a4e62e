"""newsmark.dask on a real distributed.LocalCluster (two worker processes):
a few thousand documents built from the sample articles, every input id
back exactly once, from JSON lines and from Parquet."""

import collections
import json
import random

import pytest

import newsmark
from conftest import read_text, sample_paths

dask = pytest.importorskip("dask")
distributed = pytest.importorskip("distributed")
import newsmark.dask as nd  # noqa: E402

DOCS = 3000


def documents():
    """DOCS (id, text) pairs: runs of the sample articles' paragraphs, in a
    seeded order, some of them with CRLF line ends."""
    paragraphs = [p for path in sample_paths() for p in read_text(path).split("\n\n") if p.strip()]
    rng = random.Random(17)
    docs = []
    for i in range(DOCS):
        text = "\n\n".join(rng.sample(paragraphs, rng.randint(1, 4)))
        docs.append((f"doc-{i:05d}", text.replace("\n", "\r\n") if i % 5 == 0 else text))
    return docs


@pytest.fixture(scope="module")
def client():
    with distributed.LocalCluster(
        n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None
    ) as cluster, distributed.Client(cluster) as c:
        assert len(c.scheduler_info()["workers"]) == 2
        yield c


def check_some(docs, annotations):
    """A sample of the results equals annotate() on the same text."""
    by_id = dict(docs)
    for doc_id in sorted(annotations)[::250]:
        assert annotations[doc_id] == newsmark.annotate(by_id[doc_id], "codepoint"), doc_id


def test_jsonl_archive_every_id_once(client, tmp_path):
    docs = documents()
    src = tmp_path / "in"
    src.mkdir()
    # Two files, with a bad line and a blank line in the first.
    half = len(docs) // 2
    for name, part in (("a.jsonl", docs[:half]), ("b.jsonl", docs[half:])):
        lines = [json.dumps({"id": i, "text": t}) for i, t in part]
        if name == "a.jsonl":
            lines[100:100] = ["{not json", ""]
        (src / name).write_text("\n".join(lines) + "\n", encoding="utf-8")
    out = tmp_path / "out"
    written = nd.annotate_jsonl(str(src / "*.jsonl"), str(out), blocksize="64KiB")
    assert len(written) > 8, "small blocks: several partitions, one output file each"
    records = [json.loads(line) for p in sorted(out.glob("part-*.jsonl")) for line in p.read_text(encoding="utf-8").splitlines()]
    errors = [r for r in records if "error" in r]
    assert len(errors) == 1 and errors[0]["error"].startswith("malformed JSON")
    assert {"line", "partition"} <= errors[0].keys()
    counts = collections.Counter(r["id"] for r in records if "error" not in r)
    assert counts == collections.Counter(i for i, _ in docs), "every id exactly once"
    annotations = {r.pop("id"): r for r in records if "error" not in r}
    check_some(docs, annotations)
    # Both workers took part.
    assert len(client.run(lambda: 1)) == 2


def test_parquet_archive_every_id_once(client, tmp_path):
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    docs = documents()
    src = tmp_path / "in"
    src.mkdir()
    for k in range(4):
        part = docs[k::4]
        frame = pd.DataFrame({"id": [i for i, _ in part], "text": [t for _, t in part], "other": k})
        if k == 0:
            frame.loc[3, "text"] = None  # a row with no text
        frame.to_parquet(src / f"part-{k}.parquet", index=False)
    out = tmp_path / "out"
    nd.annotate_parquet(str(src), str(out))
    assert len(list(out.glob("*.parquet"))) == 4, "one output file per input partition"
    result = pd.read_parquet(out)
    assert list(result.columns) == ["id", "annotation", "error"]
    assert collections.Counter(result["id"]) == collections.Counter(i for i, _ in docs)
    bad = result[result["annotation"].isna()]
    assert list(bad["id"]) == [docs[12][0]] and bad["error"].iloc[0] == 'missing string field "text"'
    good = result[result["annotation"].notna()]
    annotations = {i: json.loads(a) for i, a in zip(good["id"], good["annotation"])}
    check_some([d for d in docs if d[0] != docs[12][0]], annotations)


def test_wrong_inputs():
    with pytest.raises(TypeError, match="got list"):
        nd.annotate_bag(["a line"])
    dd = pytest.importorskip("dask.dataframe")
    pd = pytest.importorskip("pandas")
    frame = dd.from_pandas(pd.DataFrame({"id": [1], "body": ["x"]}), npartitions=1)
    with pytest.raises(ValueError, match="text_column 'text'"):
        nd.annotate_frame(frame)
