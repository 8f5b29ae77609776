"""Parquet output: typed columns, dates as UTC timestamps with their offset beside them."""

from __future__ import annotations

import csv
import datetime as dt
from pathlib import Path
from typing import Any

import pytest

import newsparse
from newsparse import Article, Block, Caption, Origin, Result
from newsparse._batch.sinks import moment_columns, open_sink
from newsparse.cli import main

pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

SEEDS = Path(__file__).parents[1] / "data" / "seeds"
TIMED = SEEDS / "000_30fd85d0f1613148.txt"  # CGTN: 2025-10-29 23:38 GMT+8
DAY_ONLY = SEEDS / "002_b8bd21e240404a83.txt"  # China Daily: 2025-10-31, no time
UNDATED = SEEDS / "001_e5b85a2490f99ac8.txt"
UTC = dt.timezone.utc
INDIA = dt.timezone(dt.timedelta(hours=-5, minutes=-30))  # west of UTC, half hours
BEIJING = dt.timezone(dt.timedelta(hours=8))


def results() -> list[Result]:
    body = (Block("paragraph", "Text."),)
    return [
        Result(
            Origin("a.txt"),
            Article(
                title="Timed",
                date=dt.datetime(2024, 3, 5, 1, 2, 3, 456789, tzinfo=INDIA),
                updated=dt.datetime(2024, 3, 6, 7, 30, tzinfo=BEIJING),
                body=body,
            ),
        ),
        Result(Origin("b.txt"), Article(title="Day", date=dt.date(2025, 10, 31), body=body)),
        Result(Origin("c.txt"), Article(title="Undated", body=body)),
    ]


def write(path: Path, items: list[Result], *, full: bool = False) -> Any:
    with open(path, "wb") as fh:
        sink = open_sink("parquet", fh, full=full)
        for item in items:
            sink.write(item)
        sink.close()
    return pq.read_table(path)


def test_date_columns_are_utc_timestamps_with_offset_and_day_flag(tmp_path: Path) -> None:
    table = write(tmp_path / "a.parquet", results())
    schema = table.schema
    for name in ("date", "updated"):
        assert schema.field(name).type == pa.timestamp("us", tz="UTC")
        assert schema.field(f"{name}_offset").type == pa.int16()
        assert schema.field(f"{name}_day_only").type == pa.bool_()
    names = schema.names
    assert names[names.index("date") : names.index("date") + 6] == [
        "date", "date_offset", "date_day_only", "updated", "updated_offset", "updated_day_only",
    ]  # fmt: skip
    timed, day, undated = table.to_pylist()

    assert timed["date"] == dt.datetime(2024, 3, 5, 6, 32, 3, 456789, tzinfo=UTC)
    assert timed["date_offset"] == -330 and timed["date_day_only"] is False
    assert timed["updated"] == dt.datetime(2024, 3, 5, 23, 30, tzinfo=UTC)
    assert timed["updated_offset"] == 480 and timed["updated_day_only"] is False
    # The offset gives back the time the article showed.
    local = timed["date"].astimezone(dt.timezone(dt.timedelta(minutes=timed["date_offset"])))
    assert local == results()[0].article.date  # type: ignore[union-attr]
    assert local.hour == 1 and local.minute == 2

    assert day["date"] == dt.datetime(2025, 10, 31, tzinfo=UTC)
    assert day["date_offset"] is None and day["date_day_only"] is True
    assert (day["updated"], day["updated_offset"], day["updated_day_only"]) == (None, None, None)
    assert undated["date"] is None and undated["date_day_only"] is None


def test_full_columns_follow_the_dates(tmp_path: Path) -> None:
    table = write(tmp_path / "a.parquet", results(), full=True)
    assert table.schema.names[-3:] == ["page", "warnings", "provenance"]
    assert table.schema.field("date").type == pa.timestamp("us", tz="UTC")
    assert table.column("date_offset").to_pylist() == [-330, None, None]


def test_moment_columns() -> None:
    assert moment_columns("updated", None) == {
        "updated": None,
        "updated_offset": None,
        "updated_day_only": None,
    }
    when = dt.datetime(2020, 1, 1, 0, 30, tzinfo=BEIJING)
    assert moment_columns("date", when) == {
        "date": dt.datetime(2019, 12, 31, 16, 30, tzinfo=UTC),
        "date_offset": 480,
        "date_day_only": False,
    }


def test_cli_writes_typed_dates(tmp_path: Path) -> None:
    out = tmp_path / "articles.parquet"
    paths = [str(TIMED), str(DAY_ONLY), str(UNDATED)]
    assert main(["parse", *paths, "-o", str(out), "-q"]) == 0
    table = pq.read_table(out)
    assert table.schema.field("date").type == pa.timestamp("us", tz="UTC")
    timed, day, undated = table.to_pylist()
    assert newsparse.parse(TIMED).date == dt.datetime(2025, 10, 29, 23, 38, tzinfo=BEIJING)
    assert timed["date"] == dt.datetime(2025, 10, 29, 15, 38, tzinfo=UTC)
    assert (timed["date_offset"], timed["date_day_only"]) == (480, False)
    assert (day["date"], day["date_offset"], day["date_day_only"]) == (
        dt.datetime(2025, 10, 31, tzinfo=UTC),
        None,
        True,
    )
    assert undated["date"] is None
    assert timed["origin"]["path"] == str(TIMED)
    assert timed["authors"] == [] and day["authors"] == ["Pan Deng"]


def test_pandas_reads_the_dates_as_aware_timestamps(tmp_path: Path) -> None:
    pytest.importorskip("pandas")
    frame = write(tmp_path / "a.parquet", results()).to_pandas()
    assert str(frame["date"].dtype) in ("datetime64[us, UTC]", "datetime64[ns, UTC]")
    assert frame["date"][1].isoformat() == "2025-10-31T00:00:00+00:00"


def test_csv_dates_stay_iso_strings(tmp_path: Path) -> None:
    out = tmp_path / "articles.csv"
    assert main(["parse", str(TIMED), str(DAY_ONLY), "-o", str(out), "-q"]) == 0
    with open(out, encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    assert "date_offset" not in rows[0] and "date_day_only" not in rows[0]
    assert [r["date"] for r in rows] == ["2025-10-29T23:38:00+08:00", "2025-10-31"]


def test_page_fields_are_typed_columns(tmp_path: Path) -> None:
    article = Article(
        title="Rivers rise",
        body=(Block("paragraph", "Text."),),
        captions=(Caption("Flooded fields.", None, "https://cdn.example/a.jpg"),),
        site_name="The Valley Gazette",
        image="https://cdn.example/lead.jpg",
        tags=("Floods", "Weather"),
        canonical_url="https://news.example/rivers",
    )
    items = [Result(Origin("p.html"), article), results()[2]]
    table = write(tmp_path / "a.parquet", items)
    schema = table.schema
    assert schema.field("tags").type == pa.list_(pa.string())
    for name in ("site_name", "description", "image", "canonical_url"):
        assert schema.field(name).type == pa.string()
    assert schema.field("captions").type == pa.list_(
        pa.struct([("text", pa.string()), ("credit", pa.string()), ("image", pa.string())])
    )
    page, text = table.to_pylist()
    assert page["tags"] == ["Floods", "Weather"] and text["tags"] == []
    assert (page["site_name"], page["description"], text["site_name"]) == (
        "The Valley Gazette",
        None,
        None,
    )
    assert page["captions"] == [
        {"text": "Flooded fields.", "credit": None, "image": "https://cdn.example/a.jpg"}
    ]
