"""Reading the zone from pictures with RapidOCR: synthetic pages read back exactly, in the worker pool too; a
picture without a zone is said to have none; an OCR runtime that cannot load is said so, and nothing breaks."""

from __future__ import annotations

import importlib.metadata
import io
import sys
from datetime import date

import pytest
from PIL import Image

from ttps_desktop.core.mrz import ocr
from ttps_desktop.core.mrz.parse import MrzFormat
from ttps_desktop.core.mrz.synthetic import Capture, available_fonts, synthetic_page

TODAY = date(2026, 1, 1)


def test_opencv_is_the_headless_build_never_the_one_with_its_own_qt():
    """opencv-python ships Qt libraries of its own that clash with PySide6's: it must never be installed."""
    installed = {(d.metadata["Name"] or "").lower() for d in importlib.metadata.distributions()}
    assert "opencv-python" not in installed
    assert "opencv-contrib-python" not in installed
    assert "opencv-python-headless" in installed
    import cv2

    files = importlib.metadata.files("opencv-python-headless") or []
    assert any(str(f).startswith("cv2/") for f in files)
    assert "cv2" in str(cv2.__file__)
    assert not any(str(f).startswith("cv2/qt/") for f in files)  # the GUI build's Qt plugins and fonts


@pytest.fixture(scope="module")
def fonts():
    found = available_fonts()
    if not found:
        pytest.skip("no monospace font installed (scripts/setup.sh --test installs them)")
    return found


@pytest.mark.parametrize(
    ("seed", "fmt", "capture"),
    [(3, MrzFormat.TD3, Capture.SCAN), (8, MrzFormat.TD1, Capture.PHOTO), (12, MrzFormat.TD3, Capture.PHOTO)],
)
def test_synthetic_pages_read_back_exactly(fonts, seed, fmt, capture):
    page = synthetic_page(seed, fmt, capture, fonts[seed % len(fonts)])
    reading = ocr.read_mrz(page.jpeg, TODAY)
    assert reading.status is ocr.ReadStatus.READ, reading.detail
    assert reading.result is not None and reading.result.data is not None
    assert reading.result.data.lines == page.lines
    assert reading.result.data.document_number == page.person.document_number


@pytest.mark.parametrize("degrees", [90, 180])
def test_a_page_turned_a_quarter_or_upside_down_is_read(fonts, degrees):
    page = synthetic_page(5, MrzFormat.TD3, Capture.SCAN, fonts[0])
    turned = io.BytesIO()
    Image.open(io.BytesIO(page.jpeg)).rotate(degrees, expand=True).save(turned, "JPEG", quality=90)
    reading = ocr.read_mrz(turned.getvalue(), TODAY)
    assert reading.result is not None and reading.result.data is not None
    assert reading.result.data.lines == page.lines


def test_a_picture_with_no_zone_has_none():
    picture = Image.new("RGB", (1200, 800), (240, 240, 240))
    out = io.BytesIO()
    picture.save(out, "PNG")
    reading = ocr.read_mrz(out.getvalue(), TODAY)
    assert reading.status is ocr.ReadStatus.NOT_FOUND and reading.result is None


def test_bytes_that_are_no_picture_are_said_so():
    assert ocr.read_mrz(b"not a picture at all", TODAY).status is ocr.ReadStatus.NOT_AN_IMAGE


def test_a_runtime_that_cannot_load_is_reported_and_nothing_else_breaks(monkeypatch):
    monkeypatch.setattr(ocr, "_ENGINE", None)
    monkeypatch.setattr(ocr, "_ENGINE_ERROR", None)
    monkeypatch.setitem(
        sys.modules, "onnxruntime", None
    )  # import onnxruntime -> ImportError, as on a bad CPU
    reason = ocr.ocr_available()
    assert reason is not None and "onnxruntime" in reason
    with pytest.raises(ocr.OcrUnavailableError):
        ocr.read_mrz(b"anything", TODAY)
    worker = ocr._read_in_worker(ocr.MrzJob(b"anything", TODAY))
    assert worker.reading.status is ocr.ReadStatus.OCR_UNAVAILABLE
    monkeypatch.setattr(ocr, "_ENGINE_ERROR", None)


def test_pages_are_read_in_the_worker_pool_with_the_model_loaded_once(fonts):
    page = synthetic_page(9, MrzFormat.TD3, Capture.SCAN, fonts[0])
    with ocr.MrzPool(workers=1) as pool:
        assert pool.warm_up().status is not ocr.ReadStatus.OCR_UNAVAILABLE
        first = pool.read(page.jpeg, TODAY)
        second = pool.read(page.jpeg, TODAY)
    assert first.reading.result is not None and first.reading.result.data is not None
    assert first.reading.result.data.lines == page.lines
    assert second.reading.status is ocr.ReadStatus.READ
    assert 0 < first.peak_memory_mb < ocr.MRZ_MEMORY_MB


def test_a_page_that_takes_too_long_costs_only_its_worker(fonts):
    page = synthetic_page(9, MrzFormat.TD3, Capture.SCAN, fonts[0])
    with ocr.MrzPool(workers=1, timeout=0.01) as pool:
        assert pool.read(page.jpeg, TODAY).reading.status is ocr.ReadStatus.FAILED
