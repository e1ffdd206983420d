"""parse_datetime: honest dates from every shape sources write."""

from __future__ import annotations

import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from newsdoc.analysis.dates import parse_datetime

UTC = dt.UTC


def _tz(hours: int, minutes: int = 0) -> dt.timezone:
    return dt.timezone(dt.timedelta(hours=hours, minutes=minutes))


CASES = [
    pytest.param("2019-11-22", dt.date(2019, 11, 22), id="iso day"),
    pytest.param("20191122", dt.date(2019, 11, 22), id="basic day"),
    pytest.param("2019-11-22T10:30", dt.datetime(2019, 11, 22, 10, 30), id="iso naive minute"),
    pytest.param("2019-11-22 10:30:05", dt.datetime(2019, 11, 22, 10, 30, 5), id="space for T"),
    pytest.param("2019-11-22T10:30:00Z", dt.datetime(2019, 11, 22, 10, 30, tzinfo=UTC), id="zulu"),
    pytest.param(
        "2019-11-22T10:30:00+01:00",
        dt.datetime(2019, 11, 22, 10, 30, tzinfo=_tz(1)),
        id="extended offset",
    ),
    pytest.param(
        "2019-11-22T10:30:00+0530",
        dt.datetime(2019, 11, 22, 10, 30, tzinfo=_tz(5, 30)),
        id="hhmm offset",
    ),
    pytest.param(
        "2019-11-22T10:30:00-05",
        dt.datetime(2019, 11, 22, 10, 30, tzinfo=_tz(-5)),
        id="hour-only offset",
    ),
    pytest.param(
        "20140829T134951+0000",
        dt.datetime(2014, 8, 29, 13, 49, 51, tzinfo=UTC),
        id="basic format with offset",
    ),
    pytest.param(
        "2019-11-22T10:30:00.123456789Z",
        dt.datetime(2019, 11, 22, 10, 30, 0, 123456, tzinfo=UTC),
        id="nanoseconds cut to micro",
    ),
    pytest.param("  2019-11-22 \n", dt.date(2019, 11, 22), id="stray whitespace"),
    pytest.param(
        "Fri, 22 Nov 2019 10:30:00 +0100",
        dt.datetime(2019, 11, 22, 10, 30, tzinfo=_tz(1)),
        id="rfc 2822",
    ),
    pytest.param(
        "Nov. 22, 2019 10:30 AM EST",
        dt.datetime(2019, 11, 22, 10, 30, tzinfo=_tz(-5)),
        id="us words with zone name",
    ),
    pytest.param("22 November 2019", dt.date(2019, 11, 22), id="day month year words"),
    pytest.param(
        "10 AM, November 22, 2019",
        dt.datetime(2019, 11, 22, 10, 0),
        id="hour without minutes",
    ),
    pytest.param("13/04/2019", dt.date(2019, 4, 13), id="numeric, day must be first"),
    pytest.param("04/13/2019", dt.date(2019, 4, 13), id="numeric, month must be first"),
    pytest.param("03.04.2019", dt.date(2019, 4, 3), id="dotted is day-first"),
    pytest.param("2023-12", None, id="month only is partial"),
    pytest.param("December 2023", None, id="month and year words are partial"),
    pytest.param("03/04/2019", None, id="ambiguous numeric"),
    pytest.param("2019-02-30", None, id="impossible day"),
    pytest.param("2019-11-22T25:00", None, id="impossible hour"),
    pytest.param("yesterday", None, id="relative words"),
    pytest.param("", None, id="empty"),
    pytest.param("x" * 500, None, id="too long to be a date"),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_parse_datetime(text: str, expected: dt.date | None) -> None:
    result = parse_datetime(text)
    assert result == expected
    assert type(result) is type(expected)
    if isinstance(expected, dt.datetime):
        assert isinstance(result, dt.datetime)
        assert result.utcoffset() == expected.utcoffset()


def test_dayfirst_decides_ambiguous_dates() -> None:
    assert parse_datetime("03/04/2019", dayfirst=True) == dt.date(2019, 4, 3)
    assert parse_datetime("03/04/2019", dayfirst=False) == dt.date(2019, 3, 4)


@given(st.text(max_size=60))
def test_any_text_gives_a_date_or_none(text: str) -> None:
    assert parse_datetime(text) is None or isinstance(parse_datetime(text), dt.date)


@given(st.datetimes(timezones=st.none() | st.just(UTC)))
def test_isoformat_reads_back(value: dt.datetime) -> None:
    assert parse_datetime(value.isoformat()) == value
