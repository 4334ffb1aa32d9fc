"""File and folder names that are safe on Windows, macOS and Linux."""

from __future__ import annotations

import re
import unicodedata

_FORBIDDEN = re.compile(r'[<>:"/\\|?*\x00-\x1f\x7f]')
_RESERVED = {
    "CON",
    "PRN",
    "AUX",
    "NUL",
    *(f"COM{n}" for n in range(1, 10)),
    *(f"LPT{n}" for n in range(1, 10)),
}
_MAX_BYTES = 200  # under Linux's 255 bytes with room for suffixes; about 66 Chinese characters


def safe_name(name: str, fallback: str = "TTPS") -> str:
    text = unicodedata.normalize("NFC", name)
    text = _FORBIDDEN.sub("_", text).strip().rstrip(". ")
    text = re.sub(r"\s+", " ", text)
    while len(text.encode("utf-8")) > _MAX_BYTES:
        text = text[:-1]
    text = text.rstrip(". ")
    if not text or text.split(".")[0].upper() in _RESERVED:
        text = f"{fallback}_{text}" if text else fallback
    return text
