"""Finding and reading the MRZ in a picture of a travel document, offline, with RapidOCR (its models ship inside
its wheel; it runs on onnxruntime and opencv-python-headless).

This runs in worker processes (``MrzPool``): the OCR model is loaded once per worker, each page under the pool's
memory cap and time limit. If the OCR runtime cannot load (an unsupported CPU, a missing library), reading says
so (``OcrUnavailableError``) and nothing else is affected.

The zone's text is personal data: nothing here logs it.
"""

from __future__ import annotations

import io
import re
import sys
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date
from enum import StrEnum
from typing import Any

from ttps_desktop.core.mrz.parse import FORMAT_SHAPE, MrzFormat, MrzResult, fit_line, normalize_line, parse

SEARCH_LONG_EDGE = (
    1024  # lines are found on a copy of the page this size, then read from the full-size picture
)
BAND_CHAR_HEIGHT = 36  # pixels a line is tall (before its margin) when it is read
MIN_LINE_CHARS = 20
_MRZ_CHARS = re.compile(r"^[A-Z0-9<]+$")


class OcrUnavailableError(RuntimeError):
    """The OCR runtime cannot run on this machine; ``reason`` says why, in English (for the log)."""


class ReadStatus(StrEnum):
    READ = "read"  # a zone whose check digits all hold
    UNREADABLE = "unreadable"  # a zone was found, but its check digits fail
    NOT_FOUND = "not_found"  # no zone in the picture
    OCR_UNAVAILABLE = "ocr_unavailable"  # the OCR runtime cannot load here
    NOT_AN_IMAGE = "not_an_image"  # the file holds no picture to read
    FAILED = "failed"  # the reader ran out of time or memory


@dataclass(frozen=True)
class MrzReading:
    status: ReadStatus
    result: MrzResult | None = None
    detail: str = ""  # why not read (English, for logs and --debug); never the zone's text
    seconds: float = 0.0
    attempts: tuple[str, ...] = field(default=())  # which passes were tried (whole page, band, rotations)


_ENGINE: Any = None
_ENGINE_ERROR: str | None = None


def _load_engine() -> Any:
    """RapidOCR with its bundled models, quiet (it would log what it reads), two threads."""
    global _ENGINE, _ENGINE_ERROR
    if _ENGINE is not None:
        return _ENGINE
    if _ENGINE_ERROR is not None:
        raise OcrUnavailableError(_ENGINE_ERROR)
    try:
        import onnxruntime  # noqa: F401  (fails first, and clearly, on an unsupported CPU)
        from rapidocr import RapidOCR

        _ENGINE = RapidOCR(
            params={
                "Global.log_level": "critical",
                "Global.max_side_len": 2400,
                "EngineConfig.onnxruntime.intra_op_num_threads": 2,
                "EngineConfig.onnxruntime.inter_op_num_threads": 1,
            }
        )
    except Exception as exc:  # ImportError, OSError from a shared library, onnxruntime's own errors
        _ENGINE_ERROR = f"{type(exc).__name__}: {exc}"
        raise OcrUnavailableError(_ENGINE_ERROR) from exc
    return _ENGINE


def ocr_available() -> str | None:
    """None when the OCR runtime loads here, else why not."""
    try:
        _load_engine()
    except OcrUnavailableError as exc:
        return str(exc)
    return None


@dataclass(frozen=True)
class _Line:
    """A detected line of text: its corners (top-left, top-right, bottom-right, bottom-left) in the small picture."""

    corners: tuple[tuple[float, float], ...]

    @property
    def length(self) -> float:
        (x0, y0), (x1, y1) = self.corners[0], self.corners[1]
        return float(((x1 - x0) ** 2 + (y1 - y0) ** 2) ** 0.5)

    @property
    def height(self) -> float:
        (x0, y0), (x3, y3) = self.corners[0], self.corners[3]
        return float(((x3 - x0) ** 2 + (y3 - y0) ** 2) ** 0.5)

    @property
    def centre(self) -> tuple[float, float]:
        return (sum(p[0] for p in self.corners) / 4, sum(p[1] for p in self.corners) / 4)


def _lines(boxes: Any) -> list[_Line]:
    """Detected boxes joined into lines (the detector may cut a zone's line at a long run of fillers), sorted top
    to bottom. Two boxes are one line when each one's centre lies on the other's axis, side by side."""
    if boxes is None:
        return []
    pieces = [_Line(tuple((float(p[0]), float(p[1])) for p in box)) for box in boxes]
    pieces.sort(key=lambda line: line.centre[0])
    lines: list[_Line] = []
    for piece in pieces:
        for index, line in enumerate(lines):
            if _same_line(line, piece):
                tl, _tr, _br, bl = line.corners
                _tl2, tr2, br2, _bl2 = piece.corners
                lines[index] = _Line((tl, tr2, br2, bl))
                break
        else:
            lines.append(piece)
    lines.sort(key=lambda line: line.centre[1])
    return lines


def _same_line(line: _Line, piece: _Line) -> bool:
    (x0, y0), (x1, y1) = line.corners[0], line.corners[1]
    length = max(1.0, line.length)
    ux, uy = (x1 - x0) / length, (y1 - y0) / length
    cx, cy = piece.centre
    lx, ly = line.centre
    across = abs(-(cx - lx) * uy + (cy - ly) * ux)  # distance from the line's axis
    along = (cx - lx) * ux + (cy - ly) * uy
    height = max(line.height, piece.height)
    return across < 0.5 * height and along > 0 and abs(piece.height - line.height) < 0.5 * height


def _wide(lines: Sequence[_Line]) -> list[_Line]:
    """Lines long and thin enough to be a zone's line (30 to 44 characters of 2.54 mm, 2.4 mm tall)."""
    return [line for line in lines if line.height > 4 and line.length / line.height >= 10]


def _rectify(image: Any, line: _Line, scale: float) -> Any:
    """The line cut from the full-size picture, straightened, with a margin, about 48 pixels tall."""
    import cv2
    import numpy as np

    corners = np.array(line.corners, dtype=np.float32) * scale
    height = line.height * scale
    length = line.length * scale
    out_h = int(BAND_CHAR_HEIGHT * 1.3)
    factor = out_h / max(1.0, height * 1.3)
    out_w = max(8, int(length * 1.04 * factor))
    pad_y, pad_x = 0.15 * out_h, 0.02 * out_w
    target = np.array(
        [[pad_x, pad_y], [out_w - pad_x, pad_y], [out_w - pad_x, out_h - pad_y], [pad_x, out_h - pad_y]],
        dtype=np.float32,
    )
    matrix = cv2.getPerspectiveTransform(corners, target)
    return cv2.warpPerspective(
        image, matrix, (out_w, out_h), flags=cv2.INTER_AREA, borderMode=cv2.BORDER_REPLICATE
    )


def _recognize(engine: Any, crop: Any) -> str:
    """The line's text; read upside down too when it does not look like a zone's line (RapidOCR's own
    orientation classifier turns good MRZ lines over, so it is not used)."""
    import cv2

    def read(picture: Any) -> str:
        output = engine(picture, use_det=False, use_cls=False, use_rec=True)
        return "".join(str(t) for t in (getattr(output, "txts", None) or ()))

    text = read(crop)
    if _mrz_like(text) is None:
        turned = read(cv2.rotate(crop, cv2.ROTATE_180))
        if _mrz_like(turned) is not None:
            return turned
    return text


def _mrz_like(text: str) -> str | None:
    clean = normalize_line(text)
    if len(clean) < MIN_LINE_CHARS or not _MRZ_CHARS.match(clean):
        return None
    if "<" not in clean and sum(ch.isdigit() for ch in clean) < 10:
        return None  # every zone line but a full line of data holds fillers; a page's other text holds none
    return clean


def _groups(texts: Sequence[str | None]) -> list[list[str]]:
    """Runs of 3, then 2, consecutive MRZ-like lines, from the bottom of the page up; each also upside down
    (a page turned 180 degrees lists its zone's lines in reverse)."""
    groups: list[list[str]] = []
    for size in (3, 2):
        for start in range(len(texts) - size, -1, -1):
            run = texts[start : start + size]
            if all(t is not None for t in run):
                lines = [t for t in run if t is not None]
                groups += [lines, lines[::-1]]
    return groups


def _parse_group(texts: Sequence[str], today: date | None) -> MrzResult | None:
    formats = [MrzFormat.TD1] if len(texts) == 3 else [MrzFormat.TD3, MrzFormat.TD2]
    best: MrzResult | None = None
    for fmt in formats:
        width = FORMAT_SHAPE[fmt][1]
        if fmt is not MrzFormat.TD1 and abs(len(texts[1]) - width) > 6:
            continue
        lines = [
            fit_line(t, width, name_line=(i == 0 and fmt is not MrzFormat.TD1) or i == 2)
            for i, t in enumerate(texts)
        ]
        result = parse(lines, today)
        if result.valid:
            return result
        best = best or result
    return best


def _array(data: bytes, long_edge: int) -> Any:
    """The picture as an RGB array, upright, no longer than ``long_edge``; a PDF's largest image on page 1."""
    import numpy as np
    from PIL import Image, ImageOps

    if data[:5] == b"%PDF-":
        data = _pdf_image(data)
    with Image.open(io.BytesIO(data)) as opened:
        if opened.format == "JPEG":
            opened.draft("RGB", (long_edge, long_edge))
        upright = ImageOps.exif_transpose(opened)
        upright.thumbnail((long_edge, long_edge))
        return np.asarray(upright.convert("RGB"))


def _pdf_image(data: bytes) -> bytes:
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(data))
    if not reader.pages:
        raise ValueError("the PDF has no pages")
    images = list(reader.pages[0].images)
    if not images:
        raise ValueError("the PDF's first page holds no picture")
    biggest = max(images, key=lambda img: len(img.data))
    out = io.BytesIO()
    biggest.image.convert("RGB").save(out, "PNG")  # type: ignore[union-attr]
    return out.getvalue()


def _shifted(line: _Line, steps: int) -> _Line:
    """The same line moved ``steps`` line heights down (up when negative): where a zone's next line lies, as
    the detector's boxes of a zone's lines touch."""
    (x0, y0), (x3, y3) = line.corners[0], line.corners[3]
    dx, dy = x3 - x0, y3 - y0
    return _Line(tuple((x + dx * steps, y + dy * steps) for x, y in line.corners))


def _neighbours(
    engine: Any, image: Any, scale: float, found: list[tuple[_Line, str]]
) -> list[tuple[_Line, str]]:
    """Zone lines the detector missed (a name line that is mostly fillers may go unseen): read where they
    would be, one or two lines above or below each line read, unless a line was read there."""
    extra: list[tuple[_Line, str]] = []
    for line, _text in list(found):
        for steps in (-2, -1, 1, 2):
            candidate = _shifted(line, steps)
            taken = [other for other, _t in found + extra]
            if any(abs(candidate.centre[1] - other.centre[1]) < 0.5 * line.height for other in taken):
                continue
            text = _mrz_like(_recognize(engine, _rectify(image, candidate, scale)))
            if text is not None:
                extra.append((candidate, text))
    return extra


def read_mrz(data: bytes, today: date | None = None) -> MrzReading:
    """Find and read the zone in a picture (or a PDF's scanned page): find the long thin lines of text on a small
    copy of the page, then read each from the full-size picture, straightened."""
    import time

    import cv2
    import numpy as np

    started = time.perf_counter()
    engine = _load_engine()
    try:
        full = _array(data, 5000)
    except Exception as exc:
        return MrzReading(ReadStatus.NOT_AN_IMAGE, detail=type(exc).__name__)
    attempts: list[str] = []
    best: MrzResult | None = None
    for turn in (0, 90, 270):
        image = np.ascontiguousarray(np.rot90(full, k=turn // 90)) if turn else full
        scale = max(1.0, max(image.shape[:2]) / SEARCH_LONG_EDGE)
        small = image
        if scale > 1:
            small = cv2.resize(image, None, fx=1 / scale, fy=1 / scale, interpolation=cv2.INTER_AREA)
        attempts.append(f"page@{turn}")
        detected = engine(small, use_det=True, use_cls=False, use_rec=False)
        wide = _wide(_lines(getattr(detected, "boxes", None)))
        if not wide:
            continue
        texts = [_mrz_like(_recognize(engine, _rectify(image, line, scale))) for line in wide]
        for group in _groups(texts):
            result = _parse_group(group, today)
            if result is not None and result.valid:
                return MrzReading(ReadStatus.READ, result, "", time.perf_counter() - started, tuple(attempts))
            best = best or result
        if any(t is not None for t in texts):
            attempts.append(f"neighbours@{turn}")
            found = [(line, t) for line, t in zip(wide, texts, strict=True) if t is not None]
            found += _neighbours(engine, image, scale, found)
            found.sort(key=lambda pair: pair[0].centre[1])
            for group in _groups([t for _line, t in found]):
                result = _parse_group(group, today)
                if result is not None and result.valid:
                    return MrzReading(
                        ReadStatus.READ, result, "", time.perf_counter() - started, tuple(attempts)
                    )
            break  # the zone was found this way up: turning the page will not read it better
    seconds = time.perf_counter() - started
    if best is not None:
        detail = f"{best.problem}: {best.detail}" if best.problem else ""
        return MrzReading(ReadStatus.UNREADABLE, best, detail, seconds, tuple(attempts))
    return MrzReading(ReadStatus.NOT_FOUND, None, "", seconds, tuple(attempts))


# ---- in the worker pool ----

MRZ_MEMORY_MB = 2048  # a worker's data segment: the models, one 12 MP picture and its copies
MRZ_TIMEOUT_SECONDS = 60.0  # one page; a slow machine reads one in a few seconds


def peak_memory_mb() -> float:
    """This process's peak resident memory (0 where the platform does not say)."""
    try:
        import resource
    except ImportError:
        return 0.0
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


@dataclass(frozen=True)
class MrzJob:
    data: bytes
    today: date | None = None


@dataclass(frozen=True)
class WorkerReading:
    reading: MrzReading
    peak_memory_mb: float


def _read_in_worker(job: MrzJob) -> WorkerReading:
    try:
        reading = read_mrz(job.data, job.today)
    except OcrUnavailableError as exc:
        reading = MrzReading(ReadStatus.OCR_UNAVAILABLE, detail=str(exc))
    return WorkerReading(reading, peak_memory_mb())


def _warm_up(job: MrzJob) -> WorkerReading:
    """Load the model (the first call in each worker pays for it), so that timing a page leaves it out."""
    try:
        _load_engine()
    except OcrUnavailableError as exc:
        return WorkerReading(MrzReading(ReadStatus.OCR_UNAVAILABLE, detail=str(exc)), peak_memory_mb())
    return WorkerReading(MrzReading(ReadStatus.NOT_FOUND), peak_memory_mb())


def _handle(message: tuple[str, MrzJob]) -> WorkerReading:
    what, job = message
    return _warm_up(job) if what == "warm_up" else _read_in_worker(job)


class MrzPool:
    """Read zones in worker processes, each under a memory cap, each page under a time limit; the OCR model is
    loaded once per worker. Use as a context manager."""

    def __init__(
        self, workers: int = 1, memory_mb: int = MRZ_MEMORY_MB, timeout: float = MRZ_TIMEOUT_SECONDS
    ) -> None:
        from ttps_desktop.core.evidence.pool import MemoryCap, WorkerPool, WorkerSpec

        # onnxruntime reserves address space it never uses: the cap is on data, as for the PDF renderer
        self._pool = WorkerPool(WorkerSpec(_handle, memory_mb, MemoryCap.DATA), workers)
        self.timeout = timeout

    def warm_up(self) -> MrzReading:
        """Load the model in a worker; OCR_UNAVAILABLE if it cannot load here."""
        return self._call(("warm_up", MrzJob(b""))).reading

    def read(self, data: bytes, today: date | None = None) -> WorkerReading:
        return self._call(("read", MrzJob(data, today)))

    def _call(self, message: tuple[str, MrzJob]) -> WorkerReading:
        from ttps_desktop.core.evidence.pool import WorkerDiedError, WorkerTimedOutError

        try:
            result: WorkerReading = self._pool.call(message, self.timeout)
            return result
        except WorkerTimedOutError:
            return WorkerReading(MrzReading(ReadStatus.FAILED, detail="timed out"), 0.0)
        except WorkerDiedError as died:
            why = "out of memory" if died.out_of_memory else f"the reader stopped ({died.exit_code})"
            return WorkerReading(MrzReading(ReadStatus.FAILED, detail=why), 0.0)

    def close(self) -> None:
        self._pool.close()

    def __enter__(self) -> MrzPool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
