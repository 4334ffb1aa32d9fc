"""The bundle's entry point: the same as ``ttps-desktop``. freeze_support lets the inspector worker processes
start from the frozen executable."""

from __future__ import annotations

import multiprocessing
import sys

from ttps_desktop.__main__ import main

if __name__ == "__main__":
    multiprocessing.freeze_support()
    sys.exit(main())
