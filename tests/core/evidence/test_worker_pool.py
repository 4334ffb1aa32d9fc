"""The generic worker pool: a result, or an exception when a worker hangs, crashes or runs out of memory; the
pool replaces the worker and carries on."""

from __future__ import annotations

import os
import time

import pytest

from ttps_desktop.core.evidence.pool import (
    MemoryCap,
    WorkerDiedError,
    WorkerPool,
    WorkerSpec,
    WorkerTimedOutError,
)


def behave(message: str) -> object:
    if message == "hang":
        time.sleep(60)
    if message == "crash":
        os._exit(3)
    if message == "hog":
        return bytearray(2 * 1024 * 1024 * 1024)  # 2 GiB against a 256 MiB cap
    return message.upper()


@pytest.mark.parametrize("cap", list(MemoryCap))
def test_results_and_every_kind_of_failure(cap: MemoryCap) -> None:
    with WorkerPool(WorkerSpec(behave, 256, cap), workers=1) as pool:
        assert pool.call("fine", 5) == "FINE"
        with pytest.raises(WorkerTimedOutError):  # without the time limit it would answer "HANG" after 60 s
            pool.call("hang", 0.5)
        with pytest.raises(WorkerDiedError) as died:
            pool.call("crash", 5)
        assert died.value.exit_code == 3
        with pytest.raises(WorkerDiedError):
            pool.call("hog", 10)
        assert pool.call("still fine", 5) == "STILL FINE"  # a fresh worker took over each time


def test_a_closed_pool_refuses_at_once() -> None:
    pool = WorkerPool(WorkerSpec(behave, 256), workers=1)
    pool.close(force=True)
    with pytest.raises(WorkerDiedError):
        pool.call("fine", 5)
