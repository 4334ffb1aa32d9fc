"""Pictures drawn off the GUI thread: PDF pages through QtPdf, a bounded number in flight, a bounded cache."""

from __future__ import annotations

import os
import threading

from PySide6.QtGui import QImage
from pytestqt.qtbot import QtBot

from tests.conftest import WAIT_MS
from ttps_desktop.core.demo import generate_document
from ttps_desktop.core.rules.model import FileKind
from ttps_desktop.drawing import PictureRequest, pdf_page_image, picture
from ttps_desktop.ui.app import create_application
from ttps_desktop.ui.rendering import PictureCache


def test_pdf_pages_are_drawn_turned_and_fitted(qtbot: QtBot) -> None:
    create_application()
    data = generate_document("transcript")
    upright = pdf_page_image(data, 1, 0, 200)
    assert upright.height() == 200 and upright.width() < 200
    turned = pdf_page_image(data, 1, 90, 200)
    assert turned.width() == 200 and turned.height() == upright.width()
    assert pdf_page_image(data, 5, 0, 200).isNull()  # no such page
    assert pdf_page_image(b"%PDF-1.7 broken", 0, 0, 200).isNull()


def test_images_become_qimages(qtbot: QtBot) -> None:
    create_application()
    image = picture(PictureRequest(1, "x", FileKind.JPEG, 0, 0, 100), generate_document("portrait"))
    assert not image.isNull() and max(image.width(), image.height()) == 100


def test_a_hundred_requests_are_read_lazily_and_drawn_two_at_a_time(qtbot: QtBot) -> None:
    create_application()
    data = generate_document("degree_certificate")
    reads: list[int] = []
    in_flight: list[int] = []
    lock = threading.Lock()

    def read(doc_id: int) -> bytes:
        reads.append(doc_id)
        return data

    cache = PictureCache(read, threads=2)
    ready: list[PictureRequest] = []
    cache.ready.connect(ready.append)
    requests = [PictureRequest(i, f"sha{i}", FileKind.PDF, 0, 0, 64) for i in range(100)]
    for request in requests:
        assert not cache.request(request)
        with lock:
            in_flight.append(cache.pending() - len(cache._waiting))
    assert len(reads) == 2 and max(in_flight) <= 2  # bytes are read only when a picture is started
    assert not cache.request(requests[50])  # asking twice does not queue twice
    qtbot.waitUntil(lambda: len(ready) == 100, timeout=WAIT_MS)
    assert sorted(reads) == list(range(100))
    assert all(isinstance(cache.get(r), QImage) for r in requests)
    cache.shut_down()


def test_the_cache_stays_within_its_budget_and_forgets_on_clear(qtbot: QtBot) -> None:
    create_application()
    data = generate_document("degree_certificate")
    one = picture(PictureRequest(0, "sha", FileKind.PDF, 0, 0, 283), data).sizeInBytes()
    cache = PictureCache(lambda _i: data, budget_bytes=3 * one)
    ready: list[PictureRequest] = []
    cache.ready.connect(ready.append)
    requests = [PictureRequest(i, f"sha{i}", FileKind.PDF, 0, 0, 283) for i in range(6)]
    for request in requests:
        cache.request(request)
    qtbot.waitUntil(lambda: len(ready) == 6, timeout=WAIT_MS)
    kept = [r for r in requests if cache.get(r) is not None]
    assert 1 <= len(kept) <= 3
    assert cache.get(requests[-1]) is not None  # the newest stays
    cache.clear()
    assert all(cache.get(r) is None for r in requests)
    cache.shut_down()


def test_pictures_are_drawn_in_worker_processes_not_in_the_window(qtbot: QtBot) -> None:
    create_application()
    data = generate_document("degree_certificate")
    cache = PictureCache(lambda _i: data, threads=1)
    request = PictureRequest(1, "sha", FileKind.PDF, 0, 0, 64)
    with qtbot.waitSignal(cache.ready, timeout=WAIT_MS):
        cache.request(request)
    pool = cache.drawer._pool
    assert pool is not None
    assert {w.process.pid for w in pool._all} and os.getpid() not in {w.process.pid for w in pool._all}
    cache.shut_down()
    assert cache.drawer.draw(request, data).isNull()  # after shutting down nothing more is drawn
