"""The project file and every other file the app writes."""

from __future__ import annotations
