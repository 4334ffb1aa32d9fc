"""Evidence intake: what a file really is, what is inside it, and what is wrong with it."""

from __future__ import annotations
