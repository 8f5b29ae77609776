"""The reads of byline and date lines shared by the cluster and the fallbacks."""

from __future__ import annotations

import datetime as dt

from newsparse._engine.meta_lines import day, labelled_byline, later

UTC = dt.timezone.utc


def test_later_compares_instants_when_both_have_a_time() -> None:
    early = dt.datetime(2025, 3, 3, 8, 0, tzinfo=UTC)
    late = dt.datetime(2025, 3, 3, 9, 0, tzinfo=UTC)
    assert later(late, early)
    assert not later(early, late)


def test_later_compares_days_when_either_has_no_time() -> None:
    evening = dt.datetime(2025, 3, 3, 23, 0, tzinfo=UTC)
    assert not later(evening, dt.date(2025, 3, 3))
    assert later(dt.date(2025, 3, 4), evening)


def test_day_drops_the_time() -> None:
    assert day(dt.datetime(2025, 3, 3, 23, 0, tzinfo=UTC)) == dt.date(2025, 3, 3)
    assert day(dt.date(2025, 3, 3)) == dt.date(2025, 3, 3)


def test_a_label_over_a_name_reads_as_one_byline() -> None:
    byline = labelled_byline("Written by", "Jane Doe")
    assert byline is not None
    assert byline.authors == ("Jane Doe",)


def test_a_bare_label_keeps_the_name_as_printed() -> None:
    byline = labelled_byline("Author", "Jane Doe")
    assert byline is not None
    assert byline.authors == ("Jane Doe",)
    assert byline.printed == "Jane Doe"
