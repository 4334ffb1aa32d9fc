"""The Qt desktop front end: it shows core state and calls core operations; it computes no rule."""

from __future__ import annotations
