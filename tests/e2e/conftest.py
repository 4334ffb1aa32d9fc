from __future__ import annotations

import shutil
import subprocess

import pytest


def tool(name: str) -> str:
    path = shutil.which(name)
    if path is None:
        pytest.skip(f"{name} is not installed (make test installs poppler-utils, qpdf and 7zip)")
    return path


def run_tool(*args: str) -> str:
    return subprocess.run([tool(args[0]), *args[1:]], capture_output=True, text=True, check=True).stdout
