"""A guard against a reference-count bug of PySide6 6.12 on CPython 3.11.

On CPython before 3.12, PySide6 6.12.0 gives back a reference to ``None`` it never took each time a wrapped Qt
function returns nothing (``setText``, ``show``, a null pointer...), and one to ``True`` on every
``Signal.emit()``. The counts of those objects only go down; when one reaches zero the interpreter aborts with
"none_dealloc: deallocating None" (here after about 180 refreshes of the main window, or a 4,000-page export's
progress signals). From CPython 3.12 on, these objects are immortal and nothing happens.

The guard holds a large number of extra references (ballast) and tops it up from a timer on the GUI thread, so
the counts never come near zero. It costs a few megabytes and a check a second; it does nothing on 3.12 and later.
Remove it when PySide6 is fixed (tests/ui/test_refcounts.py shows whether the bug is still there).
"""

from __future__ import annotations

import ctypes
import sys

from PySide6.QtCore import QObject, QTimer

BALLAST = 250_000  # references added to each object at a time
_GUARDED: tuple[object, ...] = (None, True, False)
_held: list[list[object]] = []  # for tests to look at; the chunks outlive it


def needed() -> bool:
    return sys.version_info < (3, 12)


def top_up() -> None:
    """Add ballast to any guarded object whose count has fallen below half of it.

    Each chunk of ballast is leaked on purpose (its own count is raised once and never lowered), so it is not
    freed when the interpreter exits: freeing it then would bring the object's count to zero, because PySide6
    has already given back references the ballast stood in for."""
    for obj in _GUARDED:
        if sys.getrefcount(obj) < BALLAST // 2:
            chunk = [obj] * BALLAST
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(chunk))
            _held.append(chunk)


def install(app: QObject) -> QTimer | None:
    """Start the guard for ``app``'s lifetime (once per application)."""
    if not needed():
        return None
    existing = app.findChild(QTimer, "refcountGuard")
    if isinstance(existing, QTimer):
        return existing
    top_up()
    timer = QTimer(app)
    timer.setObjectName("refcountGuard")
    timer.setInterval(1000)
    timer.timeout.connect(top_up)
    timer.start()
    return timer
