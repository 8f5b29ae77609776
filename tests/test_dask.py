"""newsparse.dask on a real (local) cluster of worker processes."""

from __future__ import annotations

import json
import shutil
import zipfile
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

pytest.importorskip("dask.bag")
pytest.importorskip("pandas")
distributed = pytest.importorskip("distributed")

import newsparse  # noqa: E402
import newsparse.dask as nd  # noqa: E402
from newsparse import Dump, Origin, parse_many  # noqa: E402

SEEDS = Path(__file__).parent / "data" / "seeds"
NAMES = sorted(p.name for p in SEEDS.glob("*.txt"))


@pytest.fixture(scope="module")
def client() -> Iterator[Any]:
    with (
        distributed.LocalCluster(
            n_workers=2,
            threads_per_worker=1,
            processes=True,
            dashboard_address=None,
            worker_dashboard_address=None,
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        yield client


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    (root / "sub").mkdir(parents=True)
    for i in range(3):
        for name in NAMES:
            shutil.copy(SEEDS / name, root / f"{i}-{name}")
    with zipfile.ZipFile(root / "sub" / "more.zip", "w") as zf:
        for name in NAMES:
            zf.write(SEEDS / name, name)
    text = (SEEDS / NAMES[2]).read_text(encoding="utf-8")
    lines = [json.dumps({"html": text, "url": "https://u/1"}), "{broken"]
    (root / "sub" / "dumps.jsonl").write_text("\n".join(lines) + "\n")
    (root / "sub" / "link.txt").symlink_to(tmp_path / "missing.txt")
    return root


def test_from_paths_equals_parse_many(client: Any, corpus: Path) -> None:
    expected = list(parse_many([corpus], jobs=1))
    bag = nd.from_paths(corpus, files_per_partition=4)
    assert bag.npartitions > 2
    results = bag.compute()
    assert results == expected
    assert sum(not r.ok for r in results) == 2  # the broken line, the broken link
    # The workers really were other processes.
    assert len(client.scheduler_info()["workers"]) == 2

    frame = nd.to_dataframe(bag).compute()
    assert len(frame) == sum(r.ok for r in expected)
    import pandas as pd

    titles = [None if pd.isna(t) else t for t in frame["title"]]
    assert titles == [r.article.title for r in expected if r.article]
    assert list(frame.columns[:4]) == [
        "origin_path",
        "origin_member",
        "origin_record_id",
        "origin_line",
    ]
    failed = nd.errors(bag).compute()
    assert [f["error"] for f in failed] == ["InputError", "UnreadableInputError"]
    assert nd.articles(bag).compute() == [r.article for r in expected if r.article]


def test_parse_bag_of_raw_dumps(client: Any) -> None:
    import dask.bag as db

    texts = [(SEEDS / n).read_text(encoding="utf-8") for n in NAMES]
    raw: list[Any] = [Dump(t, Origin("db", record_id=str(i))) for i, t in enumerate(texts)] + [
        {"text": texts[0], "url": "https://u/x"},
        b"",
        {"nope": 1},
    ]
    results = nd.parse_bag(db.from_sequence(raw, npartitions=3)).compute()
    assert results == list(parse_many(raw, jobs=1))
    assert results[0].article == newsparse.parse(texts[0])
    assert [r.ok for r in results[-3:]] == [True, True, False]


def test_unknown_parser_fails_on_the_client(corpus: Path) -> None:
    with pytest.raises(newsparse.UnknownParserError):
        nd.from_paths(corpus, parser="nope")
