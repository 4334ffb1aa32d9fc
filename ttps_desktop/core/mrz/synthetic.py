"""Synthetic travel-document data pages with a valid MRZ: invented people, for the tests, the benchmark and the
demo. Nothing here shows a real person; every page carries a SPECIMEN mark.

A page is drawn as the document is (a TD3 passport page 125 x 88 mm, a TD1 card 85.6 x 54 mm, OCR at 10
characters an inch), then captured as a 300 dpi scan or a 12 MP phone photo: rotation, perspective, blur, noise,
uneven light and JPEG artefacts.
"""

from __future__ import annotations

import io
import math
import random
from dataclasses import dataclass
from datetime import date, timedelta
from enum import StrEnum
from pathlib import Path

from PIL import Image, ImageDraw, ImageFilter, ImageFont

from ttps_desktop.core.mrz.parse import MrzFormat, make_td1, make_td3

# Monospace fonts: an OCR-B (fonts-ocr-b) and look-alikes of what other states print (Debian packages
# fonts-dejavu-core, fonts-liberation, fonts-freefont-ttf). Those missing on a machine are skipped.
FONT_CANDIDATES = (
    "/usr/share/fonts/opentype/ocr-b/OCRB.otf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSansMono.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationMono-Regular.ttf",
    "/usr/share/fonts/truetype/freefont/FreeMono.ttf",
    "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf",
    "/usr/share/fonts/truetype/liberation/LiberationMono-Bold.ttf",
    "/usr/share/fonts/truetype/freefont/FreeMonoBold.ttf",
)

_SYLLABLES = (
    "LIN",
    "WA",
    "NG",
    "CHE",
    "NO",
    "RA",
    "KI",
    "SU",
    "MEI",
    "TAN",
    "HO",
    "YU",
    "LA",
    "VE",
    "DOR",
    "IS",
)
_STATES = ("CHN", "GBR", "USA", "IND", "AUS", "CAN", "DEU", "FRA", "JPN", "KOR", "SGP", "MYS", "NZL", "D<<")
MM_PER_INCH = 25.4


class Capture(StrEnum):
    SCAN = "scan"  # a 300 dpi flatbed scan
    PHOTO = "photo"  # a 12 MP phone photo


def available_fonts() -> list[Path]:
    return [Path(p) for p in FONT_CANDIDATES if Path(p).is_file()]


@dataclass(frozen=True)
class Person:
    surname: str
    given_names: str
    document_number: str
    issuing_state: str
    nationality: str
    birth_date: date
    sex: str
    expiry_date: date


@dataclass(frozen=True)
class SyntheticPage:
    jpeg: bytes
    lines: tuple[str, ...]  # the zone as printed
    person: Person
    format: MrzFormat
    capture: Capture
    font: str


def _name(rng: random.Random, parts: int) -> str:
    return " ".join("".join(rng.choice(_SYLLABLES) for _ in range(rng.randint(1, 3))) for _ in range(parts))


def invent_person(rng: random.Random) -> Person:
    # Most issuers number documents with a letter or two and digits; some mix letters and digits throughout, and
    # avoid O and I, which read as 0 and 1.
    letters, digits = "ABCDEFGHJKLMNPRSTUVWXYZ", "0123456789"
    if rng.random() < 0.7:
        head = "".join(rng.choice(letters) for _ in range(rng.randint(1, 2)))
        number = head + "".join(rng.choice(digits) for _ in range(rng.randint(7, 9 - len(head))))
    else:
        number = "".join(rng.choice(letters + digits) for _ in range(9))
    birth = date(1950, 1, 1) + timedelta(days=rng.randint(0, 365 * 55))
    expiry = date(2020, 1, 1) + timedelta(days=rng.randint(0, 365 * 15))
    state = rng.choice(_STATES)
    return Person(
        _name(rng, 1),
        _name(rng, rng.randint(1, 2)),
        number,
        state,
        state if rng.random() < 0.85 else rng.choice(_STATES),
        birth,
        rng.choice("MF"),
        expiry,
    )


def zone_for(person: Person, fmt: MrzFormat) -> tuple[str, ...]:
    maker = make_td1 if fmt is MrzFormat.TD1 else make_td3
    return maker(
        document_code="ID" if fmt is MrzFormat.TD1 else "P",
        issuing_state=person.issuing_state,
        surname=person.surname,
        given_names=person.given_names,
        document_number=person.document_number,
        nationality=person.nationality,
        birth_date=person.birth_date,
        sex=person.sex,
        expiry_date=person.expiry_date,
    )


def _fit_font(path: Path, pitch_px: float, height_px: float) -> ImageFont.FreeTypeFont:
    """The size at which the font's capitals are about ``height_px`` tall (OCR-B: 2.4 mm at 2.54 mm pitch)."""
    size = max(8, int(height_px * 1.4))
    font = ImageFont.truetype(str(path), size)
    box = font.getbbox("E")
    scale = height_px / max(1, box[3] - box[1])
    return ImageFont.truetype(str(path), max(8, int(size * scale)))


def draw_zone(
    image: Image.Image,
    lines: tuple[str, ...],
    font_path: Path,
    left: float,
    top: float,
    px_per_mm: float,
    fill_pitch: bool = False,
) -> None:
    """Print the zone at 10 characters an inch, 2.4 mm capitals, one line every 4.2 mm (ICAO 9303 part 3).
    ``fill_pitch``: size a proportional font by its digits' width instead, so that it reads as a monospace one."""
    draw = ImageDraw.Draw(image)
    pitch = 2.54 * px_per_mm
    font = _fit_font(font_path, pitch, 2.4 * px_per_mm)
    if fill_pitch:
        size = font.size * 0.8 * pitch / max(1.0, font.getlength("0"))
        font = ImageFont.truetype(str(font_path), int(size))
    for row, line in enumerate(lines):
        y = top + row * 4.23 * px_per_mm
        for col, ch in enumerate(line):
            width = font.getlength(ch)
            draw.text((left + col * pitch + (pitch - width) / 2, y), ch, font=font, fill=(18, 18, 22))


def _label_font(size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    fonts = available_fonts()
    return ImageFont.truetype(str(fonts[0]), size) if fonts else ImageFont.load_default()


def draw_page(
    person: Person, fmt: MrzFormat, font_path: Path, px_per_mm: float, rng: random.Random
) -> Image.Image:
    """The data page (TD3) or card (TD1) with its visual zone and its machine-readable zone."""
    width_mm, height_mm = (125.0, 88.0) if fmt is MrzFormat.TD3 else (85.6, 54.0)
    w, h = round(width_mm * px_per_mm), round(height_mm * px_per_mm)
    tint = tuple(rng.randint(215, 245) for _ in range(3))
    image = Image.new("RGB", (w, h), tint)
    draw = ImageDraw.Draw(image)
    for i in range(0, w + h, max(4, int(3 * px_per_mm))):  # a faint guilloche-like background
        draw.line((i, 0, i - h, h), fill=tuple(max(0, c - 14) for c in tint), width=1)
    draw.rectangle((0, 0, w, int(9 * px_per_mm)), fill=(110, 30, 45))
    header = _label_font(max(8, int(4 * px_per_mm)))
    draw.text((4 * px_per_mm, 2 * px_per_mm), "SPECIMEN · INVENTED STATE", font=header, fill=(250, 235, 200))
    photo_w = 30 if fmt is MrzFormat.TD3 else 22
    draw.rectangle(
        (5 * px_per_mm, 13 * px_per_mm, (5 + photo_w) * px_per_mm, (13 + photo_w * 1.3) * px_per_mm),
        fill=(190, 198, 205),
        outline=(80, 80, 80),
    )
    label, value = _label_font(max(6, int(2 * px_per_mm))), _label_font(max(7, int(3 * px_per_mm)))
    x, y = (photo_w + 10) * px_per_mm, 12 * px_per_mm
    for caption, text in (
        ("Surname", person.surname),
        ("Given names", person.given_names),
        ("Nationality", person.nationality),
        ("Date of birth", person.birth_date.strftime("%d %b %Y").upper()),
        ("Document No.", person.document_number),
        ("Date of expiry", person.expiry_date.strftime("%d %b %Y").upper()),
    ):
        if y > h - 30 * px_per_mm:
            break
        draw.text((x, y), caption, font=label, fill=(90, 90, 90))
        draw.text((x, y + 2.4 * px_per_mm), text, font=value, fill=(20, 20, 20))
        y += 7 * px_per_mm
    lines = zone_for(person, fmt)
    zone_top = height_mm - (4.23 * len(lines) + 3)
    draw_zone(
        image,
        lines,
        font_path,
        left=(width_mm - 2.54 * len(lines[0])) / 2 * px_per_mm,
        top=zone_top * px_per_mm,
        px_per_mm=px_per_mm,
    )
    return image


def _find_coeffs(source: list[tuple[float, float]], target: list[tuple[float, float]]) -> list[float]:
    """Coefficients of PIL's perspective transform mapping ``target`` corners back onto ``source``."""
    import numpy as np

    rows = []
    for (x, y), (u, v) in zip(target, source, strict=True):
        rows.append([x, y, 1, 0, 0, 0, -u * x, -u * y])
        rows.append([0, 0, 0, x, y, 1, -v * x, -v * y])
    a = np.array(rows, dtype=float)
    b = np.array([c for p in source for c in p], dtype=float)
    return [float(c) for c in np.linalg.solve(a, b)]


def _jpeg(image: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    image.save(out, "JPEG", quality=quality)
    return out.getvalue()


def _noise(image: Image.Image, rng: random.Random, sigma: float) -> Image.Image:
    import numpy as np

    array = np.asarray(image, dtype=np.int16)
    noisy = array + np.random.default_rng(rng.randint(0, 2**31)).normal(0, sigma, array.shape).astype(
        np.int16
    )
    return Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8))


def capture_scan(page: Image.Image, rng: random.Random) -> Image.Image:
    """A flatbed scan at 300 dpi: the page on white, slightly turned, a little noise."""
    angle = rng.uniform(-5, 5)
    turned = page.rotate(angle, resample=Image.Resampling.BICUBIC, expand=True, fillcolor=(250, 250, 250))
    margin = 60
    sheet = Image.new("RGB", (turned.width + 2 * margin, turned.height + 2 * margin), (250, 250, 250))
    sheet.paste(turned, (margin, margin))
    if rng.random() < 0.5:
        sheet = sheet.filter(ImageFilter.GaussianBlur(rng.uniform(0.3, 1.0)))
    return _noise(sheet, rng, rng.uniform(2, 6))


def capture_photo(page: Image.Image, rng: random.Random, size: tuple[int, int] = (4000, 3000)) -> Image.Image:
    """A 12 MP phone photo: the page on a table, seen at an angle (perspective), turned, blurred, unevenly lit."""
    w, h = size
    table = Image.new("RGB", size, tuple(rng.randint(60, 150) for _ in range(3)))
    scale = rng.uniform(0.55, 0.8) * w / page.width
    pw, ph = page.width * scale, page.height * scale
    cx, cy = w / 2 + rng.uniform(-0.08, 0.08) * w, h / 2 + rng.uniform(-0.08, 0.08) * h
    angle = math.radians(rng.uniform(-5, 5))
    corners = []
    for dx, dy in ((-pw / 2, -ph / 2), (pw / 2, -ph / 2), (pw / 2, ph / 2), (-pw / 2, ph / 2)):
        jitter = 0.04 * pw
        x = cx + dx * math.cos(angle) - dy * math.sin(angle) + rng.uniform(-jitter, jitter)
        y = cy + dx * math.sin(angle) + dy * math.cos(angle) + rng.uniform(-jitter, jitter)
        corners.append((x, y))
    source = [
        (0.0, 0.0),
        (float(page.width), 0.0),
        (float(page.width), float(page.height)),
        (0.0, float(page.height)),
    ]
    coeffs = _find_coeffs(source, corners)
    warped = page.transform(size, Image.Transform.PERSPECTIVE, coeffs, Image.Resampling.BICUBIC)
    mask = Image.new("L", page.size, 255).transform(size, Image.Transform.PERSPECTIVE, coeffs)
    table.paste(warped, (0, 0), mask)
    light = Image.linear_gradient("L").resize(size).rotate(rng.uniform(0, 360))
    table = Image.composite(table, Image.new("RGB", size, (20, 20, 20)), light.point(lambda v: 190 + v // 4))
    table = table.filter(ImageFilter.GaussianBlur(rng.uniform(0.5, 2.0)))
    return _noise(table, rng, rng.uniform(3, 8))


def synthetic_page(
    seed: int, fmt: MrzFormat | None = None, capture: Capture | None = None, font: Path | None = None
) -> SyntheticPage:
    """One page, the same for the same arguments."""
    rng = random.Random(seed)
    fmt = fmt or (MrzFormat.TD3 if rng.random() < 0.6 else MrzFormat.TD1)
    capture = capture or (Capture.SCAN if rng.random() < 0.5 else Capture.PHOTO)
    fonts = available_fonts()
    if font is None:
        if not fonts:
            raise FileNotFoundError("no monospace font found: " + ", ".join(FONT_CANDIDATES))
        font = rng.choice(fonts)
    person = invent_person(rng)
    if capture is Capture.SCAN:
        image = capture_scan(draw_page(person, fmt, font, 300 / MM_PER_INCH, rng), rng)
    else:
        image = capture_photo(draw_page(person, fmt, font, 16.0, rng), rng)
    return SyntheticPage(
        _jpeg(image, rng.randint(60, 92)), zone_for(person, fmt), person, fmt, capture, font.name
    )
