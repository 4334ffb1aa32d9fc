"""The scheme's rules as data, and the engine that applies them to one applicant's facts."""

from __future__ import annotations
