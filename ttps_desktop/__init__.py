"""TTPS Desktop: prepare a complete Top Talent Pass Scheme application, offline."""

from __future__ import annotations

__version__ = "0.1.0"
APP_NAME = "TTPS Desktop"
