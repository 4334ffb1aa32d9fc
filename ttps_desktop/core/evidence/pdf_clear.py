"""PDFs whose attachments alone are encrypted: recognised, and read as the plain documents they otherwise are.

Such a file (crypt filters, /V 4 or 5, whose /StmF and /StrF are /Identity) stores its pages, strings and streams
in the clear; only the embedded files (/EFF) need the password. Intake accepts it and export copies its pages.
"""

from __future__ import annotations

from pypdf import PdfReader
from pypdf.generic import DictionaryObject, NameObject

_IDENTITY = "/Identity"


def only_attachments_locked(reader: PdfReader) -> bool:
    """True when the encryption covers embedded files only (the default crypt filter, when absent, is /Identity)."""
    try:
        encrypt = reader.trailer["/Encrypt"].get_object()
        if not isinstance(encrypt, DictionaryObject):
            return False
        version = int(encrypt.get("/V", 0))
    except Exception:
        return False
    return (
        version >= 4
        and str(encrypt.get("/StmF", _IDENTITY)) == _IDENTITY
        and str(encrypt.get("/StrF", _IDENTITY)) == _IDENTITY
    )


def open_in_the_clear(reader: PdfReader) -> None:
    """Make ``reader`` read objects as stored. pypdf has no public switch for this, hence its private attribute
    (pyproject bounds pypdf for it)."""
    reader._encryption = None
    del reader.trailer[NameObject("/Encrypt")]
