import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kuroshio.dates import DateMention, find_dates, is_anchor, shift_month


@pytest.mark.parametrize(
    ("sentence", "doc_date", "expected"),
    [
        ("On March 16, 2021, the ministers met in Tokyo.", "2021-05-20", ("2021-03-16", "day")),
        ("The summit took place on 16 April 2021.", "2021-05-20", ("2021-04-16", "day")),
        ("The talks began in November 2020.", "2021-05-20", ("2020-11-01", "month")),
        ("Kishi spoke on February 10.", "2021-05-20", ("2021-02-10", "day")),
        ("He said on Monday that talks would continue.", "2021-05-20", ("2021-05-17", "day")),
        ("She spoke on Thursday.", "2021-05-20", ("2021-05-20", "day")),
        ("Officials met yesterday.", "2021-05-20", ("2021-05-19", "day")),
        ("The drills started last month.", "2021-05-20", ("2021-04-01", "month")),
        ("The pact was signed last year.", "2021-05-20", ("2020-01-01", "year")),
        ("Relations soured in 2019.", "2021-05-20", ("2019-01-01", "year")),
        ("The envoy arrived two days ago.", "2021-05-20", ("2021-05-18", "day")),
        ("The statement of 2021-03-16 named the strait.", "2021-05-20", ("2021-03-16", "day")),
        ("Troops withdrew in December.", "2021-03-02", ("2020-12-01", "month")),
    ],
)
def test_dates_resolve_against_document_date(sentence, doc_date, expected):
    found = find_dates(sentence, doc_date)
    assert [(m.date, m.precision) for m in found][:1] == [expected]


def test_dates_future_weekday_looks_ahead():
    found = find_dates("The ministers will meet on Monday.", "2021-05-20", future=True)
    assert found[0].date == "2021-05-24"


def test_dates_may_alone_is_not_a_month():
    assert find_dates("Japan may consider joining the exercise.", "2021-05-20") == []


def test_dates_genocide_year_is_not_an_event_date():
    assert find_dates("The 1994 genocide shaped relations.", "2021-05-20") == []


def test_shift_month_crosses_years():
    assert shift_month(dt.date(2021, 1, 31), -1) == dt.date(2020, 12, 1)
    assert shift_month(dt.date(2021, 12, 5), 1) == dt.date(2022, 1, 1)


_MONTHS = "January February March April May June July August September October November December".split()


@given(
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 31)),
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 31)),
)
def test_dates_explicit_full_dates_round_trip(day, anchor):
    sentence = f"The two sides met on {_MONTHS[day.month - 1]} {day.day}, {day.year}, in Manila."
    found = find_dates(sentence, anchor.isoformat())
    assert [(m.date, m.precision) for m in found] == [(day.isoformat(), "day")]


@given(
    st.dates(min_value=dt.date(1950, 1, 1), max_value=dt.date(2049, 12, 31)),
    st.sampled_from("Monday Tuesday Wednesday Thursday Friday Saturday Sunday".split()),
)
def test_dates_weekdays_fall_in_the_week_before_the_document(anchor, weekday):
    found = find_dates(f"The minister spoke on {weekday}.", anchor.isoformat())
    resolved = dt.date.fromisoformat(found[0].date)
    assert 0 <= (anchor - resolved).days < 7
    assert resolved.strftime("%A") == weekday


@pytest.mark.parametrize(
    ("sentence", "since", "expected"),
    [
        ("China protested the next day.", ("2021-04-16", "day"), ("2021-04-17", "day")),
        ("A month later, the two leaders met again.", ("2021-03-16", "day"), ("2021-04-01", "month")),
        ("Two weeks later, the talks resumed.", ("2021-03-16", "day"), ("2021-03-30", "day")),
        ("Three days earlier, the ships had sailed.", ("2021-03-16", "day"), ("2021-03-13", "day")),
        ("The following year, the treaty lapsed.", ("2019-06-01", "month"), ("2020-01-01", "year")),
    ],
)
def test_dates_later_counts_from_the_texts_last_date(sentence, since, expected):
    anchor = DateMention(0, 10, since[0], since[1], since[0], "iso")
    found = find_dates(sentence, "2021-05-20", since=anchor)
    assert [(m.date, m.precision) for m in found] == [expected]


def test_dates_later_is_no_finer_than_what_it_counts_from():
    # "the next day" after "in March" names no day
    anchor = find_dates("It began in March 2021.", "2021-05-20")[0]
    assert find_dates("China protested the next day.", "2021-05-20", since=anchor) == []
    assert find_dates("China protested the next day.", "2021-05-20") == []


def test_dates_later_in_the_same_sentence_counts_from_its_own_date():
    found = find_dates("They met on April 16 and signed a pact two days later.", "2021-05-20")
    assert [(m.date, m.precision) for m in found] == [("2021-04-16", "day"), ("2021-04-18", "day")]


def test_dates_since_a_month_is_no_anchor():
    assert not any(is_anchor(m) for m in find_dates("the first meeting since March 2019", "2021-05-20"))
