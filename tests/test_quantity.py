import pytest

from imr_rationale.quantity import QuantityError, find_quantity, parse_quantity


@pytest.mark.parametrize(
    ("text", "low", "high", "unit"),
    [
        ("2-3 times a week for 6 weeks", 12, 18, "visits"),
        ("Physical therapy for the cervical spine, 2-3 times a week for 6 weeks", 12, 18, "visits"),
        ("2 to 3 times for 6 weeks", 12, 18, "visits"),
        ("2x6", 12, 12, "visits"),
        ("3x4", 12, 12, "visits"),
        ("2-3x6", 12, 18, "visits"),
        ("3x/wk x 4 wks", 12, 12, "visits"),
        ("3 times per week x 4 weeks", 12, 12, "visits"),
        ("twice a week for 4 weeks", 8, 8, "visits"),
        ("once weekly for 6 weeks", 6, 6, "visits"),
        ("x12", 12, 12, "visits"),
        ("acupuncture x 6", 6, 6, "visits"),
        ("12 sessions", 12, 12, "visits"),
        ("six sessions", 6, 6, "visits"),
        ("12-18 visits", 12, 18, "visits"),
        ("#90", 90, 90, "units"),
        ("Norco 10/325 #90", 90, 90, "units"),
        ("Flexeril 7.5mg #60", 60, 60, "units"),
        ("chiropractic 2x4 lumbar", 8, 8, "visits"),
        ("3 injections of local anesthetic", 3, 3, "injections"),
        ("1 injection", 1, 1, "injections"),
        ("skilled nursing, 3 visits a week for 4 weeks, 2 hours a visit", 12, 12, "visits"),
        ("2 sessions per week for 3 weeks", 6, 6, "visits"),
        ("12 visits over 8 weeks", 12, 12, "visits"),  # a total over a period, not a frequency
        ("2-3 weekly sessions over 6 weeks", 12, 18, "visits"),
    ],
)
def test_reads_requests_as_written(text: str, low: int, high: int, unit: str) -> None:
    q = parse_quantity(text)
    assert (q.low, q.high, q.unit) == (low, high, unit)


@pytest.mark.parametrize("text", ["MRI of the cervical spine", "EMG/NCV bilateral upper extremities",
                                  "C5-6 epidural steroid injection", "Norco 10/325"])
def test_requests_without_a_quantity_read_none(text: str) -> None:
    assert find_quantity(text) is None


@pytest.mark.parametrize("text", ["lots", "as needed", "0 visits"])
def test_unparseable_quantity_is_an_error_that_quotes_it(text: str) -> None:
    with pytest.raises(QuantityError) as info:
        parse_quantity(text)
    assert repr(text) in str(info.value)


def test_display_uses_singular_for_one() -> None:
    assert parse_quantity("1 injection").display() == "1 injection"
    assert parse_quantity("2-3 times a week for 6 weeks").display() == "12-18 visits"


def test_a_hyphenated_frequency_with_its_sessions_and_weeks_multiplies() -> None:
    q = find_quantity("a short course of twice-weekly sessions for four weeks")
    assert q is not None and (q.low, q.high, q.unit) == (8, 8, "visits")
