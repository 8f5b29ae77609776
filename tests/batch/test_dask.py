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

SEEDS = Path(__file__).parents[1] / "data" / "seeds"
CHINA_DAILY = Path(__file__).parents[1] / "data" / "chinadaily"
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


def _value(item: Any) -> Any:
    """A data frame cell as plain Python: None for missing, datetime for timestamps."""
    import pandas as pd

    if item is None or item is pd.NA or item is pd.NaT:
        return None
    if isinstance(item, pd.Timestamp):
        return item.to_pydatetime()
    return item.item() if hasattr(item, "item") else item


def test_to_dataframe_is_typed_and_writes_parquet(
    client: Any, corpus: Path, tmp_path: Path
) -> None:
    import pandas as pd

    pytest.importorskip("pyarrow")
    from newsparse._batch.sinks import moment_columns

    bag = nd.from_paths(corpus, files_per_partition=4)
    frame = nd.to_dataframe(bag)
    dtypes = {name: str(dtype) for name, dtype in frame.dtypes.items()}
    assert dtypes["date"] == dtypes["updated"] == "datetime64[us, UTC]"
    assert dtypes["date_offset"] == dtypes["updated_offset"] == "Int16"
    assert dtypes["date_day_only"] == dtypes["updated_day_only"] == "boolean"
    assert dtypes["origin_line"] == "Int64"
    assert frame.dtypes["title"] == pd.StringDtype("pyarrow")
    assert all(dtypes[c] == "string" for c in ("origin_path", "authors", "body", "captions"))

    # The documented pipeline; with `object` columns it raised ArrowInvalid.
    frame.to_parquet(tmp_path / "articles")
    back = pd.read_parquet(tmp_path / "articles")
    computed = frame.compute()
    assert {n: str(t) for n, t in computed.dtypes.items()} == dtypes

    expected = [r.article for r in parse_many([corpus], jobs=1) if r.article]
    assert len(back) == len(computed) == len(expected) == 21
    for table in (back, computed):
        assert [_value(t) for t in table["title"]] == [a.title for a in expected]
        for name in ("date", "updated"):
            columns = [name, f"{name}_offset", f"{name}_day_only"]
            got = [{c: _value(row[c]) for c in columns} for _, row in table.iterrows()]
            assert got == [moment_columns(name, getattr(a, name)) for a in expected]
    # The seeds hold a timed date (GMT+8) and a day-only one.
    assert {(r.date_offset, r.date_day_only) for r in back.itertuples()} >= {(480, False)}
    day_only = sum(a.date is not None and not hasattr(a.date, "hour") for a in expected)
    assert sum(back["date_day_only"].fillna(False)) == day_only == 5
    assert back["authors"].tolist() == ["; ".join(a.authors) for a in expected]


def test_full_dataframe_writes_parquet(client: Any, tmp_path: Path) -> None:
    import dask.bag as db
    import pandas as pd

    pytest.importorskip("pyarrow")
    dumps = [Dump((SEEDS / n).read_bytes(), Origin(n)) for n in NAMES]
    frame = nd.to_dataframe(nd.parse_bag(db.from_sequence(dumps, npartitions=2)), full=True)
    assert list(frame.columns[-3:]) == ["page", "warnings", "provenance"]
    assert str(frame.dtypes["page"]) == "Int64"
    frame.to_parquet(tmp_path / "full")
    back = pd.read_parquet(tmp_path / "full")
    assert back["origin_path"].tolist() == NAMES
    articles = [newsparse.parse(SEEDS / n) for n in NAMES]
    assert [json.loads(p) for p in back["provenance"]] == [
        a.to_dict(full=True)["provenance"] for a in articles
    ]


def test_dataframe_has_the_page_fields(client: Any, tmp_path: Path) -> None:
    import dask.bag as db
    import pandas as pd

    pytest.importorskip("pyarrow")
    dumps = [
        Dump((CHINA_DAILY / "chinadaily_article.html").read_bytes(), Origin("page.html")),
        Dump((SEEDS / NAMES[0]).read_bytes(), Origin(NAMES[0])),
    ]
    frame = nd.to_dataframe(nd.parse_bag(db.from_sequence(dumps, npartitions=2)))
    for name in ("site_name", "description", "image", "tags", "canonical_url"):
        assert frame.dtypes[name] == pd.StringDtype("pyarrow")
    frame.to_parquet(tmp_path / "pages")
    back = pd.read_parquet(tmp_path / "pages")
    expected = [newsparse.parse(d.data) for d in dumps]
    assert back["tags"].tolist() == ["; ".join(a.tags) for a in expected]
    assert back["tags"].tolist()[0] == "grain; harvest; agriculture"
    assert back["canonical_url"].tolist()[0] == expected[0].canonical_url
    assert pd.isna(back["canonical_url"].tolist()[1])  # a text dump has none
