"""What every PDF the app writes has in common (the information dictionary, the file identifier), and what
happens when one evidence document cannot be exported: it is left out, logged and reported, never fatal."""

from __future__ import annotations

import hashlib
import io
import logging
from datetime import datetime

from pypdf import PdfReader, PdfWriter
from pypdf.generic import ArrayObject, ByteStringObject, DictionaryObject, NameObject, TextStringObject

from ttps_desktop import APP_NAME, __version__
from ttps_desktop.core.export.plan import PlannedDocument, document_label
from ttps_desktop.core.findings import Finding, FindingCode, Severity, finding
from ttps_desktop.core.language import QT_TRANSLATE_NOOP, Language
from ttps_desktop.core.messages import MessageText
from ttps_desktop.core.rules.model import FileKind, Text

log = logging.getLogger(__name__)
# Records go wherever the app sends its log (its log file), never to the terminal by Python's last resort.
log.addHandler(logging.NullHandler())

R_PDF = QT_TRANSLATE_NOOP(
    "Export", "its pages could not be read (the PDF is damaged or built in a way the app cannot rebuild)"
)
R_IMAGE = QT_TRANSLATE_NOOP(
    "Export", "its picture could not be decoded (the file is damaged or uses an unusual encoding)"
)

INFO_KEYS = ("/Title", "/Creator", "/Producer", "/CreationDate", "/ModDate")


def pdf_date(created: datetime) -> str:
    return created.strftime("D:%Y%m%d%H%M%SZ")


def set_document_info(writer: PdfWriter, title: str, created: datetime, identity: bytes) -> None:
    """The information dictionary of every PDF the app writes: the same keys, written by the app alone (nothing
    of a source document's, no XMP), and a file identifier derived from the content."""
    stamp = pdf_date(created)
    values = {
        "/Title": title,
        "/Creator": f"{APP_NAME} {__version__}",
        "/Producer": f"{APP_NAME} {__version__}",
        "/CreationDate": stamp,
        "/ModDate": stamp,
    }
    info = DictionaryObject({NameObject(k): TextStringObject(values[k]) for k in INFO_KEYS})
    writer._info = info  # replaces whatever was there (pypdf's own /Producer)
    digest = hashlib.sha256(identity).digest()[:16]
    writer._ID = ArrayObject([ByteStringObject(digest), ByteStringObject(digest)])


def rewrite_with_info(data: bytes, title: str, created: datetime) -> bytes:
    """A reportlab PDF with its pages only, under the app's own information dictionary."""
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(data)).pages:
        writer.add_page(page)
    set_document_info(writer, title, created, data)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def left_out(doc: PlannedDocument, title: Text, language: Language, error: BaseException) -> Finding:
    """Log why a document could not be exported and say so to the user, naming the file (the user's own eyes
    only: outputs name it by its item and number)."""
    log.warning(
        "document %s (%s) left out of the export: %s: %s",
        doc.document.id,
        doc.kind.value,
        type(error).__name__,
        error,
        exc_info=error,
    )
    reason = R_PDF if doc.kind is FileKind.PDF else R_IMAGE
    return finding(
        Severity.ERROR,
        FindingCode.EXPORT_LEFT_OUT,
        doc.document.display_name,
        file=doc.document.display_name,
        name=document_label(title.get(language), doc),
        reason=MessageText("Export", reason),
    )
