"""An ICAO Doc 9303 parser for machine-readable zones: TD3 (passports, 2 x 44), TD2 (2 x 36) and TD1 (cards,
3 x 30), written from the specification (Doc 9303 parts 3, 4, 5 and 6).

Text read by OCR confuses letters and digits that look alike (O/0, I/1, B/8, S/5, Z/2, G/6...). A character is
corrected only where the field's type and its check digits confirm it:

- in a numeric field (dates, check digits) a letter cannot stand, so a look-alike letter becomes its digit, and
  the field's check digit must then hold;
- in an alphabetic field (names, issuing state, nationality, sex) a digit cannot stand, so a look-alike digit
  becomes its letter;
- in an alphanumeric field (document number, optional data) both are possible: when the check digits fail as
  read, every combination of look-alike swaps is tried, and one is taken only if it is the only one, with the
  fewest swaps, for which the field's check digit and the composite check digit hold.

A zone whose check digits still fail is unreadable: it is reported as such, never guessed.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from functools import cache

FILLER = "<"
ALPHABET = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789<")
WEIGHTS = (7, 3, 1)

# Look-alikes in OCR-B as OCR engines read them: letter -> digit, and digit -> letter.
LETTER_TO_DIGIT = {
    "O": "0",
    "Q": "0",
    "D": "0",
    "I": "1",
    "L": "1",
    "T": "7",
    "Z": "2",
    "B": "8",
    "S": "5",
    "G": "6",
    "A": "4",
}
DIGIT_TO_LETTER = {"0": "O", "1": "I", "2": "Z", "4": "A", "5": "S", "6": "G", "8": "B", "7": "T"}
# In a name no check digit confirms a correction: only digits that look like one letter alone are corrected
# (1 may be I or L, 4 and 7 are seldom confused): any other digit makes the zone unreadable.
NAME_DIGIT_TO_LETTER = {"0": "O", "2": "Z", "5": "S", "6": "G", "8": "B"}
# In a country code, the code list confirms a correction: every letter a digit may be is tried.
CODE_DIGIT_TO_LETTERS = {
    "0": ("O", "D", "Q"),
    "1": ("I", "L"),
    "2": ("Z",),
    "4": ("A",),
    "5": ("S",),
    "6": ("G",),
    "7": ("T",),
    "8": ("B",),
}
# For alphanumeric fields: each character and the characters it may really be.
_SWAPS: dict[str, tuple[str, ...]] = {}
for _letter, _digit in LETTER_TO_DIGIT.items():
    _SWAPS.setdefault(_letter, ())
    _SWAPS[_letter] += (_digit,)
for _digit, _letter in DIGIT_TO_LETTER.items():
    _SWAPS.setdefault(_digit, ())
    _SWAPS[_digit] += (_letter,)
_SWAPS["0"] = ("O", "D", "Q")
_SWAPS["1"] = ("I", "L")

MAX_SWAP_POSITIONS = 16  # beyond this many look-alike characters in the fields searched: unreadable
MAX_SWAPS = 2  # at most this many look-alikes swapped in one zone


class MrzFormat(StrEnum):
    TD1 = "TD1"  # identity cards: 3 lines of 30
    TD2 = "TD2"  # 2 lines of 36
    TD3 = "TD3"  # passports: 2 lines of 44


FORMAT_SHAPE = {MrzFormat.TD1: (3, 30), MrzFormat.TD2: (2, 36), MrzFormat.TD3: (2, 44)}


class MrzProblem(StrEnum):
    """Why a zone is unreadable (codes printed by --json: never rename one)."""

    SHAPE = "shape"  # not 2 x 44, 2 x 36 or 3 x 30 characters
    CHARACTERS = "characters"  # a character outside A-Z, 0-9 and <
    CHECK_DIGIT = "check_digit"  # a check digit fails and no confirmed correction makes it hold
    DATE = "date"  # a date that is not a calendar date
    FIELD = "field"  # a field that cannot hold what it holds (a digit in a name that is no look-alike...)


@cache
def known_codes() -> frozenset[str]:
    """The issuing-state and nationality codes a zone may carry (resources/mrz/codes.json, with its sources)."""
    import json

    from ttps_desktop.core.resources import resource

    data = json.loads(resource("mrz", "codes.json").read_text(encoding="utf-8"))
    return frozenset(data["iso3166_alpha3"]) | frozenset(data["icao_extra"])


@cache
def country_of_code() -> dict[str, str]:
    """The ISO 3166-1 country a zone's code stands for, where it is not the code itself (D: DEU, GBN: GBR)."""
    import json

    from ttps_desktop.core.resources import resource

    data = json.loads(resource("mrz", "codes.json").read_text(encoding="utf-8"))
    return {code: country for code, country in data["icao_extra"].items() if country}


def char_value(ch: str) -> int:
    if ch.isdigit():
        return ord(ch) - ord("0")
    if "A" <= ch <= "Z":
        return ord(ch) - ord("A") + 10
    if ch == FILLER:
        return 0
    raise ValueError(f"not an MRZ character: {ch!r}")


def check_digit(text: str) -> str:
    """The ICAO 9303 check digit of ``text``: weights 7, 3, 1 repeated, sum modulo 10."""
    return str(sum(char_value(ch) * WEIGHTS[i % 3] for i, ch in enumerate(text)) % 10)


def check_holds(text: str, digit: str) -> bool:
    """Whether ``digit`` checks ``text``. A field left empty (all fillers) may carry a filler as its digit."""
    if digit == FILLER:
        return set(text) <= {FILLER}
    return digit.isdigit() and check_digit(text) == digit


@dataclass(frozen=True)
class Correction:
    line: int  # 0-based
    column: int  # 0-based
    read: str
    corrected: str


@dataclass(frozen=True)
class MrzData:
    """A zone whose every check digit holds, with its fields decoded."""

    format: MrzFormat
    lines: tuple[str, ...]  # as corrected
    document_code: str  # P, I, A, C... with its second letter when given (PO, ID...)
    issuing_state: str
    surname: str
    given_names: str
    document_number: str
    nationality: str
    birth_date: date | None  # None: not known (fillers in the zone)
    sex: str  # M, F, X or < (unspecified)
    expiry_date: date | None
    optional_data: str
    corrections: tuple[Correction, ...] = ()

    @property
    def name(self) -> str:
        return " ".join(p for p in (self.given_names, self.surname) if p)


@dataclass(frozen=True)
class MrzResult:
    """What reading a zone gave: its data, or why it is unreadable."""

    data: MrzData | None
    problem: MrzProblem | None = None
    detail: str = ""

    @property
    def valid(self) -> bool:
        return self.data is not None


def _unreadable(problem: MrzProblem, detail: str) -> MrzResult:
    return MrzResult(None, problem, detail)


# Greek and Cyrillic capitals that OCR engines trained on many scripts return for their Latin twins, and the
# angle brackets (and a lambda) they return for the filler.
_HOMOGLYPHS = str.maketrans(
    "ΑΒΕΖΗΙΚΜΝΟΡΤΥΧАВЕКМНОРСТУХ‹〈⟨Λ",
    "ABEZHIKMNOPTYXABEKMHOPCTYX<<<<",
)


def normalize_line(text: str) -> str:
    """Upper case, no spaces, Latin letters for their Greek and Cyrillic twins, fillers for OCR's renderings
    of them (« ‹ and the like)."""
    text = unicodedata.normalize("NFKC", text).upper().translate(_HOMOGLYPHS).replace("«", "<<")
    return re.sub(r"\s+", "", text)


def fit_line(text: str, width: int, name_line: bool = False) -> str:
    """Make a line read by OCR ``width`` characters long where only the number of fillers in a run is in doubt.

    A name line gains or loses fillers at its end; another line in its longest run of fillers (at least two),
    where OCR miscounts. The check digits then say whether the fit was right."""
    text = normalize_line(text)
    if len(text) == width:
        return text
    if name_line:
        if len(text) < width:
            return text + FILLER * (width - len(text))
        trimmed = text.rstrip(FILLER)
        return (trimmed + FILLER * width)[:width] if len(trimmed) <= width else text
    runs = list(re.finditer(r"<{2,}", text))
    if not runs:
        return text
    run = max(runs, key=lambda m: (len(m.group()), m.start()))
    new_length = len(run.group()) + width - len(text)
    if new_length < 1:
        return text
    return text[: run.start()] + FILLER * new_length + text[run.end() :]


class _Zone:
    """The lines being parsed, and the corrections made to them."""

    def __init__(self, lines: Sequence[str]) -> None:
        self.lines = [list(line) for line in lines]
        self.corrections: list[Correction] = []

    def get(self, line: int, start: int, end: int) -> str:
        return "".join(self.lines[line][start:end])

    def set(self, line: int, column: int, value: str) -> None:
        read = self.lines[line][column]
        if read != value:
            self.lines[line][column] = value
            self.corrections.append(Correction(line, column, read, value))

    def numeric(self, line: int, start: int, end: int, allow_filler: bool = True) -> bool:
        """Turn look-alike letters into digits; False if a character cannot be a digit."""
        for col in range(start, end):
            ch = self.lines[line][col]
            if ch.isdigit() or (allow_filler and ch == FILLER):
                continue
            if ch in LETTER_TO_DIGIT:
                self.set(line, col, LETTER_TO_DIGIT[ch])
            else:
                return False
        return True

    def alphabetic(self, line: int, start: int, end: int) -> bool:
        """Turn digits that look like one letter alone into it; False if a character cannot be a letter."""
        for col in range(start, end):
            ch = self.lines[line][col]
            if ch.isdigit():
                if ch not in NAME_DIGIT_TO_LETTER:
                    return False
                self.set(line, col, NAME_DIGIT_TO_LETTER[ch])
        return True

    def code(self, line: int, start: int) -> bool:
        """A three-character country code: it must be a known one; digits are turned into the letters they look
        like when exactly one way gives a known code."""
        read = self.get(line, start, start + 3)
        options = [CODE_DIGIT_TO_LETTERS.get(ch, (ch,)) if ch.isdigit() else (ch,) for ch in read]
        known = [
            c for c in ("".join(p) for p in itertools.product(*options)) if c.rstrip(FILLER) in known_codes()
        ]
        if len(known) != 1:
            return False
        for offset, ch in enumerate(known[0]):
            self.set(line, start + offset, ch)
        return True

    def text(self) -> tuple[str, ...]:
        return tuple("".join(line) for line in self.lines)


@dataclass(frozen=True)
class _Span:
    line: int
    start: int
    end: int


@dataclass(frozen=True)
class _Check:
    """A check digit at ``digit`` over the concatenation of ``spans``."""

    spans: tuple[_Span, ...]
    digit: tuple[int, int]


def _holds(zone: _Zone, check: _Check) -> bool:
    text = "".join(zone.get(s.line, s.start, s.end) for s in check.spans)
    line, col = check.digit
    return check_holds(text, zone.lines[line][col])


def _resolve_alphanumeric(zone: _Zone, spans: Sequence[_Span], checks: Sequence[_Check]) -> bool:
    """Make every check hold by swapping look-alikes inside ``spans`` (alphanumeric fields), if exactly one way
    with the fewest swaps does it. Returns whether the checks hold afterwards."""
    if all(_holds(zone, c) for c in checks):
        return True
    positions = [
        (s.line, col) for s in spans for col in range(s.start, s.end) if zone.lines[s.line][col] in _SWAPS
    ]
    if len(positions) > MAX_SWAP_POSITIONS:
        return False
    for count in range(1, min(MAX_SWAPS, len(positions)) + 1):
        found: list[list[tuple[int, int, str]]] = []
        for chosen in itertools.combinations(positions, count):
            options = [_SWAPS[zone.lines[line][col]] for line, col in chosen]
            saved = [zone.lines[line][col] for line, col in chosen]
            for replacement in itertools.product(*options):
                for (line, col), ch in zip(chosen, replacement, strict=True):
                    zone.lines[line][col] = ch
                if all(_holds(zone, c) for c in checks):
                    found.append(
                        [(line, col, ch) for (line, col), ch in zip(chosen, replacement, strict=True)]
                    )
            for (line, col), ch in zip(chosen, saved, strict=True):
                zone.lines[line][col] = ch
        if len(found) > 1:
            return False  # more than one way with as few swaps: never guessed
        if found:
            for line, col, ch in found[0]:
                zone.set(line, col, ch)
            return True
    return False


def _date(text: str, birth: bool, today: date) -> date | None:
    """YYMMDD; None when not known (fillers). Birth dates are in the past; expiry dates in 2000-2069."""
    if FILLER in text:
        return None
    yy, month, day = int(text[0:2]), int(text[2:4]), int(text[4:6])
    year = 2000 + yy if (2000 + yy <= today.year if birth else yy < 70) else 1900 + yy
    return date(year, month, day)


def _names(field: str) -> tuple[str, str]:
    surname, _, given = field.partition("<<")
    return surname.replace(FILLER, " ").strip(), given.replace(FILLER, " ").strip()


def detect_format(lines: Sequence[str]) -> MrzFormat | None:
    for fmt, (count, width) in FORMAT_SHAPE.items():
        if len(lines) == count and all(len(line) == width for line in lines):
            return fmt
    return None


def parse(lines: Sequence[str], today: date | None = None) -> MrzResult:
    """Parse the lines of a zone (as OCR read them, or typed). ``today`` decides the century of birth dates."""
    today = today or date.today()
    clean = [normalize_line(line) for line in lines]
    fmt = detect_format(clean)
    if fmt is None:
        shape = " x ".join(str(len(line)) for line in clean)
        return _unreadable(MrzProblem.SHAPE, f"{len(clean)} lines ({shape} characters)")
    bad = sorted({ch for line in clean for ch in line if ch not in ALPHABET})
    if bad:
        return _unreadable(MrzProblem.CHARACTERS, "".join(bad))
    zone = _Zone(clean)
    if fmt is MrzFormat.TD1:
        return _parse_td1(zone, today)
    return _parse_two_line(zone, fmt, today)


def _parse_two_line(zone: _Zone, fmt: MrzFormat, today: date) -> MrzResult:
    width = FORMAT_SHAPE[fmt][1]
    # line 0: document code, issuing state, name; line 1: the data
    if not (zone.alphabetic(0, 0, 2) and zone.alphabetic(0, 5, width)):
        return _unreadable(MrzProblem.FIELD, "a digit in a name")
    if not (zone.code(0, 2) and zone.code(1, 10)):
        return _unreadable(MrzProblem.FIELD, "an unknown country code")
    if not zone.alphabetic(1, 20, 21):
        return _unreadable(MrzProblem.FIELD, "sex")
    for start, end in ((13, 20), (21, 28), (9, 10)):
        if not zone.numeric(1, start, end):
            return _unreadable(MrzProblem.FIELD, "a letter in a date or check digit")
    opt_end = width - 2 if fmt is MrzFormat.TD3 else width - 1
    if fmt is MrzFormat.TD3 and not zone.numeric(1, 42, 43):
        return _unreadable(MrzProblem.FIELD, "a letter in a check digit")
    if not zone.numeric(1, width - 1, width, allow_filler=False):
        return _unreadable(MrzProblem.FIELD, "a letter in the composite check digit")
    number = _Span(1, 0, 9)
    optional = _Span(1, 28, opt_end)
    composite = _Check((_Span(1, 0, 10), _Span(1, 13, 20), _Span(1, 21, width - 1)), (1, width - 1))
    checks = [_Check((number,), (1, 9)), composite]
    long_number = zone.lines[1][9] == FILLER and fmt is MrzFormat.TD2
    if fmt is MrzFormat.TD3:
        checks.append(_Check((optional,), (1, 42)))
    for check in (_Check((_Span(1, 13, 19),), (1, 19)), _Check((_Span(1, 21, 27),), (1, 27))):
        if not _holds(zone, check):
            return _unreadable(MrzProblem.CHECK_DIGIT, "date")
    if long_number:
        return _long_number_result(zone, fmt, today, composite)
    if not _resolve_alphanumeric(zone, (number, optional), checks):
        return _unreadable(MrzProblem.CHECK_DIGIT, "document number, optional data or composite")
    return _two_line_data(zone, fmt, today, zone.get(1, 0, 9).rstrip(FILLER), zone.get(1, 28, opt_end))


def _long_number_result(zone: _Zone, fmt: MrzFormat, today: date, composite: _Check) -> MrzResult:
    """TD2 with a document number over 9 characters: it goes on in the optional data, then its check digit."""
    opt_end = FORMAT_SHAPE[fmt][1] - 1
    optional = zone.get(1, 28, opt_end).rstrip(FILLER)
    if len(optional) < 2:
        return _unreadable(MrzProblem.CHECK_DIGIT, "document number")
    number = zone.get(1, 0, 9) + optional[:-1]
    if not check_holds(number, optional[-1]) or not _holds(zone, composite):
        return _unreadable(MrzProblem.CHECK_DIGIT, "document number or composite")
    return _two_line_data(zone, fmt, today, number, zone.get(1, 28 + len(optional), opt_end))


def _two_line_data(zone: _Zone, fmt: MrzFormat, today: date, number: str, optional: str) -> MrzResult:
    width = FORMAT_SHAPE[fmt][1]
    surname, given = _names(zone.get(0, 5, width))
    try:
        birth = _date(zone.get(1, 13, 19), True, today)
        expiry = _date(zone.get(1, 21, 27), False, today)
    except ValueError:
        return _unreadable(MrzProblem.DATE, "not a calendar date")
    sex = zone.get(1, 20, 21)
    if sex not in ("M", "F", "X", FILLER):
        return _unreadable(MrzProblem.FIELD, "sex")
    return MrzResult(
        MrzData(
            fmt,
            zone.text(),
            zone.get(0, 0, 2).rstrip(FILLER),
            zone.get(0, 2, 5).rstrip(FILLER),
            surname,
            given,
            number,
            zone.get(1, 10, 13).rstrip(FILLER),
            birth,
            sex,
            expiry,
            optional.strip(FILLER),
            tuple(zone.corrections),
        )
    )


def _parse_td1(zone: _Zone, today: date) -> MrzResult:
    if not (zone.alphabetic(0, 0, 2) and zone.alphabetic(2, 0, 30)):
        return _unreadable(MrzProblem.FIELD, "a digit in a name")
    if not (zone.code(0, 2) and zone.code(1, 15)):
        return _unreadable(MrzProblem.FIELD, "an unknown country code")
    if not zone.alphabetic(1, 7, 8):
        return _unreadable(MrzProblem.FIELD, "sex")
    if not (zone.numeric(1, 0, 7) and zone.numeric(1, 8, 15) and zone.numeric(1, 29, 30, allow_filler=False)):
        return _unreadable(MrzProblem.FIELD, "a letter in a date or check digit")
    composite = _Check((_Span(0, 5, 30), _Span(1, 0, 7), _Span(1, 8, 15), _Span(1, 18, 29)), (1, 29))
    for check in (_Check((_Span(1, 0, 6),), (1, 6)), _Check((_Span(1, 8, 14),), (1, 14))):
        if not _holds(zone, check):
            return _unreadable(MrzProblem.CHECK_DIGIT, "date")
    number_span, optional1 = _Span(0, 5, 14), _Span(0, 15, 30)
    if zone.lines[0][14] == FILLER:  # a long document number, continued in optional data 1
        rest = zone.get(0, 15, 30).rstrip(FILLER)
        if len(rest) < 2 or not rest[-1].isdigit():
            return _unreadable(MrzProblem.CHECK_DIGIT, "document number")
        number = zone.get(0, 5, 14) + rest[:-1]
        if not check_holds(number, rest[-1]) or not _holds(zone, composite):
            return _unreadable(MrzProblem.CHECK_DIGIT, "document number or composite")
        optional = zone.get(0, 15 + len(rest), 30)
    else:
        if not zone.numeric(0, 14, 15):
            return _unreadable(MrzProblem.FIELD, "a letter in a check digit")
        checks = [_Check((number_span,), (0, 14)), composite]
        spans = (number_span, optional1, _Span(1, 18, 29))
        if not _resolve_alphanumeric(zone, spans, checks):
            return _unreadable(MrzProblem.CHECK_DIGIT, "document number, optional data or composite")
        number = zone.get(0, 5, 14).rstrip(FILLER)
        optional = zone.get(0, 15, 30)
    surname, given = _names(zone.get(2, 0, 30))
    try:
        birth = _date(zone.get(1, 0, 6), True, today)
        expiry = _date(zone.get(1, 8, 14), False, today)
    except ValueError:
        return _unreadable(MrzProblem.DATE, "not a calendar date")
    sex = zone.get(1, 7, 8)
    if sex not in ("M", "F", "X", FILLER):
        return _unreadable(MrzProblem.FIELD, "sex")
    optional_all = (optional + zone.get(1, 18, 29)).strip(FILLER)
    return MrzResult(
        MrzData(
            MrzFormat.TD1,
            zone.text(),
            zone.get(0, 0, 2).rstrip(FILLER),
            zone.get(0, 2, 5).rstrip(FILLER),
            surname,
            given,
            number,
            zone.get(1, 15, 18).rstrip(FILLER),
            birth,
            sex,
            expiry,
            optional_all,
            tuple(zone.corrections),
        )
    )


# ---- writing zones: for the demo, the synthetic pages and the tests ----


def mrz_name(surname: str, given_names: str, width: int) -> str:
    """The name field: SURNAME<<GIVEN<NAMES, filled or cut to ``width``."""

    def part(text: str) -> str:
        return re.sub(r"[^A-Z]+", FILLER, text.upper()).strip(FILLER)

    name = part(surname) + "<<" + part(given_names)
    return (name + FILLER * width)[:width]


def _yymmdd(day: date | None) -> str:
    return day.strftime("%y%m%d") if day else FILLER * 6


def _pad(text: str, width: int) -> str:
    return (text + FILLER * width)[:width]


def make_td3(
    *,
    document_code: str = "P",
    issuing_state: str,
    surname: str,
    given_names: str,
    document_number: str,
    nationality: str,
    birth_date: date | None,
    sex: str,
    expiry_date: date | None,
    optional_data: str = "",
) -> tuple[str, str]:
    line1 = _pad(document_code, 2) + _pad(issuing_state, 3) + mrz_name(surname, given_names, 39)
    number = _pad(document_number, 9)
    birth, expiry = _yymmdd(birth_date), _yymmdd(expiry_date)
    optional = _pad(optional_data, 14)
    optional_check = check_digit(optional) if optional_data else FILLER
    head = number + check_digit(number) + _pad(nationality, 3) + birth + check_digit(birth) + _pad(sex, 1)
    tail = expiry + check_digit(expiry) + optional + optional_check
    composite = check_digit(head[0:10] + head[13:20] + tail)
    return line1, head + tail + composite


def make_td1(
    *,
    document_code: str = "I",
    issuing_state: str,
    surname: str,
    given_names: str,
    document_number: str,
    nationality: str,
    birth_date: date | None,
    sex: str,
    expiry_date: date | None,
    optional_data: str = "",
) -> tuple[str, str, str]:
    number = _pad(document_number, 9)
    line1 = _pad(document_code, 2) + _pad(issuing_state, 3) + number + check_digit(number)
    line1 += _pad(optional_data, 15)
    birth, expiry = _yymmdd(birth_date), _yymmdd(expiry_date)
    line2 = birth + check_digit(birth) + _pad(sex, 1) + expiry + check_digit(expiry) + _pad(nationality, 3)
    line2 += FILLER * 11
    line2 += check_digit(line1[5:30] + line2[0:7] + line2[8:15] + line2[18:29])
    return line1, line2, mrz_name(surname, given_names, 30)


def make_td2(
    *,
    document_code: str = "I",
    issuing_state: str,
    surname: str,
    given_names: str,
    document_number: str,
    nationality: str,
    birth_date: date | None,
    sex: str,
    expiry_date: date | None,
    optional_data: str = "",
) -> tuple[str, str]:
    line1 = _pad(document_code, 2) + _pad(issuing_state, 3) + mrz_name(surname, given_names, 31)
    number = _pad(document_number, 9)
    birth, expiry = _yymmdd(birth_date), _yymmdd(expiry_date)
    head = number + check_digit(number) + _pad(nationality, 3) + birth + check_digit(birth) + _pad(sex, 1)
    tail = expiry + check_digit(expiry) + _pad(optional_data, 7)
    return line1, head + tail + check_digit(head[0:10] + head[13:20] + tail)
