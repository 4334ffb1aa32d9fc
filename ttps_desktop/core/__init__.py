"""The domain of TTPS Desktop: rules, evidence, checks, the project store and export.

Nothing in this package imports Qt; the command line and the tests use it headless.
"""

from __future__ import annotations
