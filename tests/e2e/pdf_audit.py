"""An object-by-object audit of a PDF the app wrote: every object is read by its number (the cross-reference table's
numbers and every ``N G obj`` in the file's bytes, so objects no page refers to are read too), and nothing of a
source document's private or active parts may be anywhere in it.

    audit(path) -> list of problems (empty when the file is clean)
"""

from __future__ import annotations

import contextlib
import re
import zlib
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Any

from pypdf import PdfReader
from pypdf.filters import decode_stream_data
from pypdf.generic import ArrayObject, DictionaryObject, IndirectObject, NameObject, StreamObject

INFO_KEYS = {"/Title", "/Creator", "/Producer", "/CreationDate", "/ModDate"}
# Keys that must not appear on any object the app writes.
FORBIDDEN_KEYS = {
    "/JS": "JavaScript",
    "/JavaScript": "JavaScript",
    "/AA": "additional actions",
    "/OpenAction": "an open action",
    "/A": "an action",
    "/AcroForm": "a form",
    "/XFA": "an XFA form",
    "/Fields": "form fields",
    "/FT": "a form field",
    "/V": "a form field's value",
    "/EmbeddedFiles": "attachments",
    "/EF": "an embedded file",
    "/FS": "a file specification",
    "/PieceInfo": "piece info (an editor's private data)",
    "/LastModified": "a /LastModified stamp",
    "/Thumb": "a thumbnail",
    "/Names": "a name tree",
    "/Dests": "named destinations",
    "/StructTreeRoot": "a structure tree",
    "/StructParents": "a structure tree entry",
    "/StructParent": "a structure tree entry",
    "/OCProperties": "an optional-content configuration",
    "/OC": "optional content",
    "/UserUnit": "/UserUnit",
    "/Metadata": "a metadata stream",
    "/URI": "a web link",
}
FORBIDDEN_TYPES = {
    "/Metadata",
    "/EmbeddedFile",
    "/Filespec",
    "/Action",
    "/OCG",
    "/OCMD",
    "/StructElem",
    "/StructTreeRoot",
    "/Sig",
}
FORBIDDEN_BYTES = (b"xmpmeta", b"Exif\x00", b"<xdp:", b"/JavaScript")
# JPEG markers that carry metadata (APP14 Adobe and APP0 JFIF are allowed).
_JPEG_METADATA = {0xE1, 0xE2, 0xE3, 0xE4, 0xE5, 0xE6, 0xE7, 0xE8, 0xE9, 0xEA, 0xEB, 0xEC, 0xED, 0xEF, 0xFE}
_OBJ = re.compile(rb"(?<![0-9])(\d+)\s+(\d+)\s+obj\b")


def jpeg_metadata_markers(data: bytes) -> list[int]:
    """The metadata segments a JPEG carries (APP1-APP13, APP15, COM), by marker."""
    found = []
    pos = 2
    while pos + 4 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
            continue
        if marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            pos += 2
            continue
        if marker in (0xDA, 0xD9):
            break
        if marker in _JPEG_METADATA:
            found.append(marker)
        pos += 2 + int.from_bytes(data[pos + 2 : pos + 4], "big")
    return found


_SCAN_END = re.compile(rb"\xff[^\x00\xd0-\xd7\xff]")


def jpeg_trailing_bytes(data: bytes) -> int:
    """How many bytes follow the JPEG's end of image (an MPO's further pictures, an appended video...)."""
    pos = 2
    while pos + 2 <= len(data) and data[pos] == 0xFF:
        marker = data[pos + 1]
        if marker == 0xFF:
            pos += 1
        elif marker == 0xD9:
            return len(data) - pos - 2
        elif marker in (0xD8, 0x01) or 0xD0 <= marker <= 0xD7:
            pos += 2
        else:
            pos += 2 + int.from_bytes(data[pos + 2 : pos + 4], "big")
            if marker == 0xDA:
                found = _SCAN_END.search(data, pos)
                if found is None:
                    return 0
                pos = found.start()
    return 0


def object_numbers(reader: PdfReader, raw: bytes) -> list[tuple[int, int]]:
    numbers = {(n, g) for g, table in reader.xref.items() for n in table}
    numbers |= {(n, 0) for n in reader.xref_objStm}
    numbers |= {(int(m.group(1)), int(m.group(2))) for m in _OBJ.finditer(raw)}
    return sorted(numbers)


def _walk(value: Any, depth: int = 0) -> Iterator[DictionaryObject | ArrayObject]:
    """The object and its direct sub-objects (indirect ones are audited by their own number)."""
    if depth > 64 or isinstance(value, IndirectObject):
        return
    if isinstance(value, DictionaryObject):
        yield value
        for key in value:
            yield from _walk(value.raw_get(key), depth + 1)
    elif isinstance(value, ArrayObject):
        yield value
        for item in value:
            yield from _walk(item, depth + 1)


def _go_to(action: Any) -> bool:
    """Our own bookmarks may jump to a page of the same file, and nothing else."""
    action = action.get_object() if isinstance(action, IndirectObject) else action
    return (
        isinstance(action, DictionaryObject)
        and action.get("/S") == "/GoTo"
        and set(action)
        <= {
            "/S",
            "/D",
            "/Type",
        }
    )


def _jpeg_of(stream: StreamObject) -> bytes | None:
    filters = stream.get("/Filter")
    names = list(filters) if isinstance(filters, list) else [filters] if filters else []
    if not names or names[-1] not in ("/DCTDecode", "/DCT"):
        return None
    if len(names) == 1:
        return stream._data
    outer = StreamObject()
    outer._data = stream._data
    outer[NameObject("/Filter")] = ArrayObject(names[:-1])
    return decode_stream_data(outer)


def audit(path: Path, password: str | None = None, secrets: Iterable[bytes] = ()) -> list[str]:
    """Every problem found, as readable strings: objects carrying anything of the above, JPEG metadata, any of
    ``secrets`` (bytes that were only in the sources) in any object, decoded stream or image."""
    raw = Path(path).read_bytes()
    reader = PdfReader(path)
    if reader.is_encrypted:
        reader.decrypt(password or "")
    problems: list[str] = []
    secrets = tuple(secrets)
    info = reader.trailer.get("/Info")
    info_keys = set(info.get_object().keys()) if info is not None else set()
    if info_keys != INFO_KEYS:
        problems.append(f"information dictionary has keys {sorted(info_keys)}")
    root = reader.trailer["/Root"].get_object()
    for key in root:
        if key not in ("/Type", "/Pages", "/Outlines", "/PageLabels", "/PageMode"):
            problems.append(f"catalog carries {key}")
    encrypt = reader.trailer.get("/Encrypt")
    encrypt_number = encrypt.idnum if isinstance(encrypt, IndirectObject) else None
    if not password:
        for secret in secrets:
            if secret in raw:
                problems.append(f"the file's bytes hold {secret!r}")
    for number, generation in object_numbers(reader, raw):
        if number == encrypt_number:
            continue
        try:
            obj = reader.get_object(IndirectObject(number, generation, reader))
        except Exception as exc:
            problems.append(f"object {number} cannot be read: {exc}")
            continue
        where = f"object {number}"
        for part in _walk(obj):
            if isinstance(part, DictionaryObject):
                for key in part:
                    if key in FORBIDDEN_KEYS and not (key == "/A" and _go_to(part.raw_get(key))):
                        problems.append(f"{where} carries {FORBIDDEN_KEYS[key]} ({key})")
                kind = part.get("/Type")
                if kind in FORBIDDEN_TYPES and not (kind == "/Action" and part.get("/S") == "/GoTo"):
                    problems.append(f"{where} is a {kind} dictionary")
                is_annotation = part.get("/Type") == "/Annot" or ("/Subtype" in part and "/Rect" in part)
                if is_annotation and (part.get("/Subtype") != "/Link" or "/Dest" not in part):
                    problems.append(
                        f"{where} is an annotation other than our own links ({part.get('/Subtype')})"
                    )
        text = repr(obj).encode("utf-8", "replace")
        chunks = [text]
        if isinstance(obj, StreamObject):
            if obj.get("/Subtype") == "/Image":
                jpeg = _jpeg_of(obj)
                if jpeg is not None:
                    markers = jpeg_metadata_markers(jpeg)
                    if markers:
                        problems.append(f"{where}: a JPEG with metadata segments {[hex(m) for m in markers]}")
                    if jpeg_trailing_bytes(jpeg):
                        problems.append(
                            f"{where}: a JPEG with {jpeg_trailing_bytes(jpeg)} bytes after its end"
                        )
                    chunks.append(jpeg)
                else:
                    try:
                        chunks.append(obj.get_data())
                    except Exception:
                        chunks.append(obj._data)
            else:
                try:
                    chunks.append(obj.get_data())
                except Exception as exc:
                    problems.append(f"{where}: a stream that cannot be decoded: {exc}")
                    chunks.append(obj._data)
                    with contextlib.suppress(zlib.error):
                        chunks.append(zlib.decompress(obj._data))
        for chunk in chunks:
            for needle in FORBIDDEN_BYTES + secrets:
                if needle in chunk:
                    problems.append(f"{where} holds {needle!r}")
    return problems
