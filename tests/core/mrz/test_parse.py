"""The ICAO 9303 parser: the specification's own specimens, every check digit, look-alike corrections only where
the field's type and the check digits confirm them, and round trips over generated zones."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ttps_desktop.core.mrz.parse import (
    DIGIT_TO_LETTER,
    LETTER_TO_DIGIT,
    MrzFormat,
    MrzProblem,
    check_digit,
    fit_line,
    known_codes,
    make_td1,
    make_td2,
    make_td3,
    parse,
)

TODAY = date(2026, 1, 1)
# ICAO Doc 9303 part 4 and part 5 specimens (Utopia is the specification's invented state).
TD3 = ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", "L898902C36UTO7408122F1204159ZE184226B<<<<<10")
TD1 = ("I<UTOD231458907<<<<<<<<<<<<<<<", "7408122F1204159UTO<<<<<<<<<<<6", "ERIKSSON<<ANNA<MARIA<<<<<<<<<<")
TD2 = ("I<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", "D231458907UTO7408122F1204159<<<<<<<6")


@pytest.mark.parametrize(
    ("text", "digit"),
    [
        ("L898902C3", "6"),
        ("740812", "2"),
        ("120415", "9"),
        ("ZE184226B<<<<<", "1"),
        ("D23145890", "7"),
        ("", "0"),
    ],
)
def test_check_digits_of_the_specimens(text, digit):
    assert check_digit(text) == digit


@pytest.mark.parametrize("lines", [TD3, TD1, TD2])
def test_specimens_read_with_every_field(lines):
    result = parse(lines, TODAY)
    assert result.valid and result.data is not None
    data = result.data
    assert (data.surname, data.given_names, data.issuing_state, data.nationality) == (
        "ERIKSSON",
        "ANNA MARIA",
        "UTO",
        "UTO",
    )
    assert (data.birth_date, data.expiry_date, data.sex) == (date(1974, 8, 12), date(2012, 4, 15), "F")
    assert data.document_number == ("L898902C3" if data.format is MrzFormat.TD3 else "D23145890")
    assert data.corrections == ()


def test_the_formats_are_told_apart():
    assert [parse(z, TODAY).data.format for z in (TD3, TD1, TD2)] == [
        MrzFormat.TD3,
        MrzFormat.TD1,
        MrzFormat.TD2,
    ]


@pytest.mark.parametrize(
    ("line2", "problem"),
    [
        ("L898902C36UTO7408122F1204159ZE184226B<<<<<11", MrzProblem.CHECK_DIGIT),  # composite
        ("L898902C37UTO7408122F1204159ZE184226B<<<<<10", MrzProblem.CHECK_DIGIT),  # document number
        ("L898902C36UTO7408123F1204159ZE184226B<<<<<10", MrzProblem.CHECK_DIGIT),  # birth date
        ("L898902C36UTO7408122F1204158ZE184226B<<<<<10", MrzProblem.CHECK_DIGIT),  # expiry date
        ("L898902C36UTO7408122F1204159ZE184226B<<<<<20", MrzProblem.CHECK_DIGIT),  # optional data
        ("L898902C36UTO7408122F1204159ZE184226B<<<<<1", MrzProblem.SHAPE),
        ("L898902C36UTO7408122F1204159ZE184226B<<<<<1!", MrzProblem.CHARACTERS),
        ("L898902C36UTO7408122Q1204159ZE184226B<<<<<10", MrzProblem.FIELD),  # sex
    ],
)
def test_a_zone_whose_checks_fail_is_unreadable(line2, problem):
    result = parse((TD3[0], line2), TODAY)
    assert not result.valid and result.data is None
    assert result.problem is problem


def test_a_month_13_is_not_a_date_even_with_its_check_digit():
    bad = "131301"
    line2 = make_td3(
        issuing_state="UTO",
        surname="A",
        given_names="B",
        document_number="X1",
        nationality="UTO",
        birth_date=date(1980, 1, 1),
        sex="M",
        expiry_date=date(2030, 1, 1),
    )[1]
    line2 = line2[:13] + bad + check_digit(bad) + line2[20:43]
    line2 += check_digit(line2[0:10] + line2[13:20] + line2[21:43])
    assert parse((TD3[0], line2), TODAY).problem is MrzProblem.DATE


def test_look_alike_letters_in_numeric_fields_become_digits():
    line2 = "L898902C36UTO74O8I22F12O4159ZE184226B<<<<<1O"
    result = parse((TD3[0], line2), TODAY)
    assert result.data is not None and result.data.lines == TD3
    assert [(c.read, c.corrected) for c in result.data.corrections] == [
        ("O", "0"),
        ("I", "1"),
        ("O", "0"),
        ("O", "0"),
    ]


def test_look_alike_digits_in_names_and_codes_become_letters():
    result = parse(("P<UT0ERIKSS0N<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", TD3[1]), TODAY)
    assert result.data is not None
    assert (result.data.issuing_state, result.data.surname, result.data.given_names) == (
        "UTO",
        "ERIKSSON",
        "ANNA MARIA",
    )


def test_a_digit_that_looks_like_no_letter_or_like_two_makes_a_name_unreadable():
    assert parse(("P<UTOERIKSS9N<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", TD3[1]), TODAY).problem is MrzProblem.FIELD
    assert parse(("P<UTOER1KSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<", TD3[1]), TODAY).problem is MrzProblem.FIELD


@pytest.mark.parametrize(
    ("code", "read", "valid"),
    [
        ("NZL", "NZ1", True),
        ("NZL", "NZI", False),
        ("GBR", "G8R", True),
        ("DEU", "DEV", False),
        ("D<<", "0<<", True),
    ],
)
def test_country_codes_are_corrected_only_to_the_one_known_code_a_digit_can_be(code, read, valid):
    zone = make_td3(
        issuing_state=code,
        surname="A",
        given_names="B",
        document_number="X1234567",
        nationality=code,
        birth_date=date(1980, 1, 1),
        sex="M",
        expiry_date=date(2030, 1, 1),
    )
    result = parse((zone[0], zone[1][:10] + read + zone[1][13:]), TODAY)
    assert result.valid is valid
    if valid:
        assert result.data is not None and result.data.nationality == code.rstrip("<")


def test_a_look_alike_in_the_document_number_is_corrected_when_one_swap_alone_makes_the_checks_hold():
    result = parse((TD3[0], "L8989O2C36UTO7408122F1204159ZE184226B<<<<<10"), TODAY)
    assert result.data is not None and result.data.document_number == "L898902C3"


def test_a_look_alike_that_more_than_one_swap_would_explain_is_never_guessed():
    # 1ZO8OSSS5 with its 8 read as B: several single swaps of look-alikes make both check digits hold.
    zone = make_td3(
        issuing_state="UTO",
        surname="A",
        given_names="B",
        document_number="1ZO8OSSS5",
        nationality="UTO",
        birth_date=date(1980, 1, 1),
        sex="M",
        expiry_date=date(2030, 1, 1),
    )
    damaged = zone[1][:3] + "B" + zone[1][4:]
    assert parse(zone, TODAY).valid
    result = parse((zone[0], damaged), TODAY)
    assert not result.valid and result.problem is MrzProblem.CHECK_DIGIT


def test_g_and_6_are_blind_to_the_check_digits_so_they_are_never_swapped_to_make_a_check_hold():
    zone = make_td3(
        issuing_state="UTO",
        surname="A",
        given_names="B",
        document_number="G6B12",
        nationality="UTO",
        birth_date=date(1980, 1, 1),
        sex="M",
        expiry_date=date(2030, 1, 1),
    )
    result = parse((zone[0], zone[1][:2] + "8" + zone[1][3:]), TODAY)  # B read as 8
    assert result.data is not None and result.data.document_number == "G6B12"
    assert [(c.read, c.corrected) for c in result.data.corrections] == [("8", "B")]


def test_long_document_numbers_continue_in_the_optional_data():
    number = "D23145890123"
    line1 = "I<UTO" + number[:9] + "<" + number[9:] + check_digit(number) + "<" * 11
    line2 = "7408122F1204159UTO<<<<<<<<<<<"
    line2 += check_digit(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29])
    result = parse((line1, line2, TD1[2]), TODAY)
    assert result.data is not None and result.data.document_number == number


@pytest.mark.parametrize(
    ("text", "width", "name_line", "fitted"),
    [
        ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<", 44, True, TD3[0]),
        ("P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<<<<<", 44, True, TD3[0]),
        ("L898902C36UTO7408122F1204159ZE184226B<<<10", 44, False, TD3[1]),
        ("L898902C36UTO7408122F1204159ZE184226B<<<<<<<<10", 44, False, TD3[1]),
        ("l898902c36 uto7408122f1204159ze184226b«<<<10", 44, False, TD3[1]),
    ],
)
def test_lines_are_fitted_where_ocr_miscounts_fillers(text, width, name_line, fitted):
    assert fit_line(text, width, name_line) == fitted


def test_birth_dates_are_in_the_past_expiry_dates_in_this_century():
    zone = make_td3(
        issuing_state="HKG",
        surname="CHAN",
        given_names="TAI MAN",
        document_number="K12345678",
        nationality="CHN",
        birth_date=date(2024, 2, 29),
        sex="M",
        expiry_date=date(2034, 2, 28),
    )
    data = parse(zone, TODAY).data
    assert data is not None and data.birth_date == date(2024, 2, 29) and data.expiry_date == date(2034, 2, 28)
    old = make_td3(
        issuing_state="HKG",
        surname="CHAN",
        given_names="TAI MAN",
        document_number="K12345678",
        nationality="CHN",
        birth_date=date(1930, 5, 1),
        sex="M",
        expiry_date=date(2069, 1, 1),
    )
    data = parse(old, TODAY).data
    assert data is not None and data.birth_date == date(1930, 5, 1) and data.expiry_date == date(2069, 1, 1)


# ---- round trips over generated zones ----

_NAME = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ", min_size=1, max_size=12)
_CODE = st.sampled_from(sorted(c for c in known_codes() if len(c) == 3))
_NUMBER = st.text(alphabet="ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789", min_size=5, max_size=9)
_BIRTH = st.dates(date(1930, 1, 1), date(2025, 12, 31))
_EXPIRY = st.dates(date(2000, 1, 1), date(2069, 12, 31))
_MAKERS = {MrzFormat.TD3: make_td3, MrzFormat.TD1: make_td1, MrzFormat.TD2: make_td2}


@st.composite
def zones(draw):
    fmt = draw(st.sampled_from(list(_MAKERS)))
    person = {
        "issuing_state": draw(_CODE),
        "surname": draw(_NAME),
        "given_names": draw(_NAME),
        "document_number": draw(_NUMBER),
        "nationality": draw(_CODE),
        "birth_date": draw(_BIRTH),
        "sex": draw(st.sampled_from(["M", "F", "<"])),
        "expiry_date": draw(_EXPIRY),
    }
    return fmt, person, _MAKERS[fmt](**person)


@settings(max_examples=300, deadline=None)
@given(zones())
def test_generated_zones_read_back_exactly(case):
    fmt, person, lines = case
    result = parse(lines, TODAY)
    assert result.data is not None, result
    data = result.data
    assert data.format is fmt and data.corrections == ()
    assert (data.surname, data.given_names) == (person["surname"], person["given_names"])
    assert (data.document_number, data.nationality, data.issuing_state) == (
        person["document_number"],
        person["nationality"],
        person["issuing_state"],
    )
    assert (data.birth_date, data.expiry_date, data.sex) == (
        person["birth_date"],
        person["expiry_date"],
        person["sex"],
    )


_CONFUSE = {**LETTER_TO_DIGIT, **DIGIT_TO_LETTER}


@settings(max_examples=400, deadline=None)
@given(zones(), st.data())
def test_a_corrupted_zone_reads_back_right_or_not_at_all(case, data):
    """Corrupt up to 3 characters with their OCR look-alikes, at most one of them where check digits look: the parser
    gives the true zone or nothing; a wrong value is never accepted, except where ICAO's check digits cannot see
    the change (G/6, whose values differ by 10), or in a field no check digit covers (names, codes, sex).
    (Two look-alikes together can be blind to the check digits too: O0 read as 00 weighs 7*24 + 3*24 = 240.)"""
    _fmt, _person, lines = case
    corrupted = [list(line) for line in lines]
    count = data.draw(st.integers(1, 3))
    covered_done = False
    for _ in range(count):
        row = data.draw(st.integers(0, len(lines) - 1))
        col = data.draw(st.integers(0, len(lines[row]) - 1))
        ch = corrupted[row][col]
        covered = _covered(len(lines), len(lines[row]), row, col)
        if ch in _CONFUSE and not (covered and covered_done):
            corrupted[row][col] = _CONFUSE[ch]
            covered_done = covered_done or covered
    result = parse(["".join(line) for line in corrupted], TODAY)
    if result.data is None:
        return
    truth = parse(lines, TODAY).data
    assert truth is not None
    changed = [
        (a, b)
        for got, want in zip(result.data.lines, truth.lines, strict=True)
        for a, b in zip(got, want, strict=True)
        if a != b
    ]
    # every difference left is one that the check digits are blind to, or one in a field no check digit covers
    for got_ch, want_ch in changed:
        blind = (_value(got_ch) - _value(want_ch)) % 10 == 0
        assert blind or _uncovered(result.data.lines, truth.lines, got_ch, want_ch), (
            changed,
            result.data.lines,
        )


def _value(ch: str) -> int:
    return 0 if ch == "<" else int(ch) if ch.isdigit() else ord(ch) - 55


def _uncovered(got_lines: tuple[str, ...], want_lines: tuple[str, ...], got_ch: str, want_ch: str) -> bool:
    """Whether the difference lies in the name, the codes, the sex or fillers: fields no check digit covers."""
    for r, (got, want) in enumerate(zip(got_lines, want_lines, strict=True)):
        for c, (a, b) in enumerate(zip(got, want, strict=True)):
            if (a, b) == (got_ch, want_ch) and not _covered(len(got_lines), len(got), r, c):
                return True
    return False


def _covered(rows: int, width: int, r: int, c: int) -> bool:
    if rows == 3:  # TD1: line 1 from the number on, line 2 except sex and nationality
        return (r == 0 and c >= 5) or (r == 1 and c != 7 and not 15 <= c < 18)
    # TD2/TD3: line 2 except nationality and sex
    return r == 1 and not 10 <= c < 13 and c != 20


@settings(max_examples=300, deadline=None)
@given(zones(), st.data())
def test_any_other_error_in_a_date_or_check_digit_makes_the_zone_unreadable(case, data):
    fmt, _person, lines = case
    date_columns = {
        MrzFormat.TD3: [13, 19, 21, 27],
        MrzFormat.TD2: [13, 19, 21, 27],
        MrzFormat.TD1: [0, 6, 8, 14],
    }
    col = data.draw(st.sampled_from(date_columns[fmt])) + data.draw(st.integers(0, 5)) % 1
    row = 1
    original = lines[row][col]
    ch = data.draw(st.sampled_from([d for d in "0123456789" if d != original]))
    damaged = list(lines)
    damaged[row] = lines[row][:col] + ch + lines[row][col + 1 :]
    assert not parse(damaged, TODAY).valid
