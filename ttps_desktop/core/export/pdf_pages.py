"""PDF evidence pages built afresh. Each source page becomes a Form XObject made of its own content stream(s) and
only the resources that content names (followed through Form XObjects, patterns and fonts), clipped to the page's
visible area (the CropBox inside the MediaBox), turned as the page says and as the user asked, and placed on a
new page. The appearances of form fields and of drawn markup (stamps, ink signatures, typed text) are drawn into
the page, as the user saw them. Nothing else of the source is ever written: no annotations, actions, scripts,
form fields or their values, attachments, piece info, thumbnails, names, structure trees, optional-content
configurations, /UserUnit or metadata streams, and no object that no page refers to.

Everything is read and copied first and added to the output only when the whole document has been read, so a
document that fails half-way leaves nothing of itself in the output."""

from __future__ import annotations

import io
import re
import struct
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.filters import decode_stream_data
from pypdf.generic import (
    ArrayObject,
    ContentStream,
    DictionaryObject,
    FloatObject,
    IndirectObject,
    NameObject,
    NullObject,
    NumberObject,
    PdfObject,
    RectangleObject,
    StreamObject,
)

from ttps_desktop.core.evidence.pdf_clear import only_attachments_locked, open_in_the_clear
from ttps_desktop.core.export.layout import append_page, content_box, ctm, strip_jpeg_metadata

MAX_DEPTH = 150  # nesting of copied objects (forms within forms...); deeper is a hostile file
MAX_PAGES = 100_000
MAX_TREE_DEPTH = 100  # as pypdf, which intake uses

# Keys never copied, on any object: metadata, private data, structure, actions, links to other parts of the file.
_DROP_KEYS = frozenset(
    {
        "/Metadata",
        "/PieceInfo",
        "/LastModified",
        "/StructParent",
        "/StructParents",
        "/OC",
        "/OPI",
        "/AA",
        "/A",
        "/JS",
        "/Thumb",
        "/Annots",
        "/Parent",
        "/P",
        "/Names",
        "/AcroForm",
        "/EmbeddedFiles",
        "/EF",
        "/OpenAction",
        "/URI",
        "/ID",
        "/Length",
        "/UserUnit",
    }
)
# Objects never copied, whatever refers to them.
_SKIP_TYPES = frozenset(
    {
        "/Catalog",
        "/Pages",
        "/Page",
        "/Annot",
        "/Action",
        "/Filespec",
        "/EmbeddedFile",
        "/Metadata",
        "/StructTreeRoot",
        "/StructElem",
        "/OCProperties",
        "/OCG",
        "/OCMD",
        "/Outlines",
        "/Sig",
        "/XRef",
        "/ObjStm",
    }
)
_RESOURCE_KINDS = ("/ExtGState", "/ColorSpace", "/Pattern", "/Shading", "/XObject", "/Font", "/Properties")
# Annotations whose appearance is part of what the reader sees on the page: form fields and drawn markup.
_FLATTENED = frozenset(
    {
        "/Widget",
        "/Stamp",
        "/FreeText",
        "/Ink",
        "/Square",
        "/Circle",
        "/Line",
        "/Polygon",
        "/PolyLine",
        "/Highlight",
        "/Underline",
        "/StrikeOut",
        "/Squiggly",
        "/Caret",
    }
)
# Clockwise turns as the matrices (a, b, c, d) that make them: exact, and cheaper than general matrix products.
_TURNED = {0: (1, 0, 0, 1), 90: (0, -1, 1, 0), 180: (-1, 0, 0, -1), 270: (0, 1, -1, 0)}
_HIDDEN_FLAGS = 2 | 32  # Hidden, NoView
_NAME = re.compile(rb"/([^\s/\[\]()<>{}%]*)")
_HEX = re.compile(rb"#([0-9A-Fa-f]{2})")
_UNDER_DCT = {
    "/FlateDecode",
    "/Fl",
    "/ASCII85Decode",
    "/A85",
    "/ASCIIHexDecode",
    "/AHx",
    "/LZWDecode",
    "/LZW",
}
_UNDER_DCT |= {"/RunLengthDecode", "/RL"}
_LONG_FILTER = {
    "/AHx": "/ASCIIHexDecode",
    "/A85": "/ASCII85Decode",
    "/LZW": "/LZWDecode",
    "/Fl": "/FlateDecode",
}
_LONG_FILTER |= {"/RL": "/RunLengthDecode", "/DCT": "/DCTDecode"}


class PdfPagesError(Exception):
    """The document's pages cannot be rebuilt (a damaged or hostile structure)."""


class _Ref(PdfObject):
    """A copied object that will become an indirect object of the output when the document is committed."""

    __slots__ = ("target",)

    def __init__(self) -> None:
        self.target: Any = None


def _resolve(value: Any) -> Any:
    return value.get_object() if isinstance(value, IndirectObject) else value


def _number(value: Any, default: float = 0.0) -> float:
    value = _resolve(value)
    try:
        return float(value)
    except (TypeError, ValueError):
        return default


def _rect(value: Any) -> tuple[float, float, float, float] | None:
    value = _resolve(value)
    if not isinstance(value, list) or len(value) != 4:
        return None
    x0, y0, x1, y1 = (_number(v) for v in value)
    rect = (min(x0, x1), min(y0, y1), max(x0, x1), max(y0, y1))
    return rect if rect[2] - rect[0] > 0 and rect[3] - rect[1] > 0 else None


def _names_in(content: bytes) -> set[str]:
    """Every name token of a content stream (a superset of the resources it uses: good enough, never too few)."""
    names = set()
    for token in set(_NAME.findall(content)):
        raw = _HEX.sub(lambda m: bytes([int(m.group(1), 16)]), token)
        try:
            names.add("/" + raw.decode("utf-8"))
        except UnicodeDecodeError:
            names.add("/" + raw.decode("latin-1"))
    return names


_ENDS_NAME = frozenset(b" \t\r\n\x0c\x00/[]()<>{}%")


class _NameScan:
    """Whether content names a resource: a direct search for each resource name (fast: a page names few), and
    a full tokenisation only when the content writes names with #-escapes."""

    def __init__(self, content: bytes) -> None:
        self.content = content
        self.tokens = _names_in(content) if b"#" in content else None

    def __contains__(self, name: str) -> bool:
        if self.tokens is not None:
            return name in self.tokens
        content = self.content
        for needle in {name.encode("utf-8"), name.encode("latin-1", "replace")}:
            pos = content.find(needle)
            while pos != -1:
                end = pos + len(needle)
                if end == len(content) or content[end] in _ENDS_NAME:
                    return True
                pos = content.find(needle, pos + 1)
        return False


def _filters(stream: DictionaryObject) -> tuple[list[Any], list[Any]]:
    filters = _resolve(stream.get("/Filter"))
    parms = _resolve(stream.get("/DecodeParms"))
    names = list(filters) if isinstance(filters, list) else ([filters] if filters is not None else [])
    names = [_resolve(f) for f in names]
    plist = list(parms) if isinstance(parms, list) else [parms] * len(names)
    plist = (plist + [None] * len(names))[: len(names)]
    return names, [_resolve(p) for p in plist]


_A85_WHITESPACE = b" \t\r\n\x0c\x00"
_A85_DIGITS = bytes(range(33, 118))
_A85_OFFSET = 33 * (85**4 + 85**3 + 85**2 + 85 + 1)
_A85_CHUNK = 5 * 65536  # characters decoded at a time
_A85_MAX_OUTPUT = 256 * 1024 * 1024  # a content stream larger than this is a hostile file


def _ascii85(data: bytes) -> bytes:
    """ASCII85 decoding, several times faster than the standard library's (which pypdf uses): content streams
    written by reportlab are ASCII85, and each page's content is decoded to see which resources it names."""
    data = data.translate(None, _A85_WHITESPACE)
    if data.startswith(b"<~"):
        data = data[2:]
    end = data.find(b"~>")
    data = (data if end == -1 else data[:end]).replace(b"z", b"!!!!!")
    if data.translate(None, _A85_DIGITS) or len(data) % 5 == 1:
        raise PdfPagesError("damaged ASCII85 data")
    pad = -len(data) % 5
    data += b"u" * pad
    if len(data) // 5 * 4 > _A85_MAX_OUTPUT:
        raise PdfPagesError("ASCII85 data too large")
    chunks = []
    for start in range(0, len(data), _A85_CHUNK):  # a bounded list of numbers at a time
        values = [
            a * 52200625 + b * 614125 + c * 7225 + d * 85 + e - _A85_OFFSET
            for a, b, c, d, e in zip(*[iter(data[start : start + _A85_CHUNK])] * 5, strict=True)
        ]
        if values and max(values) > 0xFFFFFFFF:
            raise PdfPagesError("damaged ASCII85 data")
        chunks.append(struct.pack(f">{len(values)}I", *values))
    out = b"".join(chunks)
    return out[: len(out) - pad]


def _decoded(stream: StreamObject) -> bytes:
    names, parms = _filters(stream)
    if not names or names[0] not in ("/ASCII85Decode", "/A85"):
        return stream.get_data()
    data = _ascii85(stream._data)
    if len(names) == 1:
        return data
    rest = StreamObject()
    rest._data = data
    rest[NameObject("/Filter")] = ArrayObject(NameObject(n) for n in names[1:])
    if any(p is not None for p in parms[1:]):
        rest[NameObject("/DecodeParms")] = ArrayObject(
            p if p is not None else NullObject() for p in parms[1:]
        )
    return decode_stream_data(rest)


@dataclass(frozen=True)
class _Page:
    node: DictionaryObject
    resources: Any
    mediabox: Any
    cropbox: Any
    rotate: Any


def _leaf_pages(reader: PdfReader) -> Iterator[_Page]:
    """The pages in order, walking the page tree ourselves: a node is a page unless it has /Kids and says it is not
    a page (real files leave /Type out), inherited attributes follow the tree, loops and endless trees stop."""
    root = _resolve(reader.trailer.get("/Root"))
    if not isinstance(root, DictionaryObject):
        raise PdfPagesError("no catalog")
    top = _resolve(root.get("/Pages"))
    if not isinstance(top, DictionaryObject):
        raise PdfPagesError("no page tree")
    seen: set[int] = set()
    count = 0
    stack: list[tuple[DictionaryObject, dict[str, Any], int]] = [(top, {}, 0)]
    while stack:
        node, inherited, depth = stack.pop()
        if id(node) in seen:  # a tree that loops back: each node once
            continue
        if depth > MAX_TREE_DEPTH:  # never leave pages out silently
            raise PdfPagesError("page tree too deep")
        seen.add(id(node))
        attrs = dict(inherited)
        for key in ("/Resources", "/MediaBox", "/CropBox", "/Rotate"):
            if key in node:
                attrs[key] = node.raw_get(key)
        kids = _resolve(node.get("/Kids"))
        if isinstance(kids, list) and node.get("/Type") != "/Page":
            children = [_resolve(k) for k in kids]
            stack += [(c, attrs, depth + 1) for c in reversed(children) if isinstance(c, DictionaryObject)]
            continue
        count += 1
        if count > MAX_PAGES:
            raise PdfPagesError("too many pages")
        yield _Page(
            node, attrs.get("/Resources"), attrs.get("/MediaBox"), attrs.get("/CropBox"), attrs.get("/Rotate")
        )


def _reader(data: bytes) -> PdfReader:
    reader = PdfReader(io.BytesIO(data), strict=False)
    if reader.is_encrypted and not reader.decrypt("") and only_attachments_locked(reader):
        open_in_the_clear(reader)
    return reader


class _Copier:
    """Copies what content needs from one source document, and nothing else."""

    def __init__(self, reader: PdfReader) -> None:
        self.reader = reader
        self.page_resources: Any = None  # of the page being copied
        self.memo: dict[tuple[int, int], Any] = {}
        self.hidden_groups = self._hidden_groups(reader)
        root = _resolve(reader.trailer.get("/Root"))
        form = _resolve(root.get("/AcroForm")) if isinstance(root, DictionaryObject) else None
        self.default_resources = form.get("/DR") if isinstance(form, DictionaryObject) else None

    @staticmethod
    def _hidden_groups(reader: PdfReader) -> set[tuple[int, int]]:
        """Optional-content groups the document shows switched off by default: what they mark stays hidden.
        (Those listed /OFF, or with /BaseState /OFF every group not listed /ON.)"""
        root = _resolve(reader.trailer.get("/Root"))
        props = _resolve(root.get("/OCProperties")) if isinstance(root, DictionaryObject) else None
        default = _resolve(props.get("/D")) if isinstance(props, DictionaryObject) else None
        if not isinstance(default, DictionaryObject):
            return set()

        def refs(key: str, where: DictionaryObject) -> set[tuple[int, int]]:
            listed = _resolve(where.get(key))
            items = listed if isinstance(listed, list) else []
            return {(r.idnum, r.generation) for r in items if isinstance(r, IndirectObject)}

        if default.get("/BaseState") == "/OFF":
            assert isinstance(props, DictionaryObject)
            return refs("/OCGs", props) - refs("/ON", default)
        return refs("/OFF", default)

    def rewritten(self, content: bytes, resources: Any) -> bytes | None:
        """The content as it goes out, when it differs from the source's: hidden layers left out, inline JPEG
        images without metadata; None when it goes out as it is."""
        visible = self.visible_content(content, resources)
        stripped = _inline_jpegs_stripped(content if visible is None else visible, self.reader)
        return stripped if stripped is not None else visible

    def visible_content(self, content: bytes, resources: Any) -> bytes | None:
        """The content without what is marked as optional content the document shows switched off, or None
        when nothing is (the usual case, decided without parsing)."""
        if not self.hidden_groups or b"/OC" not in content:
            return None
        resources = _resolve(resources)
        properties = (
            _resolve(resources.get("/Properties")) if isinstance(resources, DictionaryObject) else None
        )
        properties = properties if isinstance(properties, DictionaryObject) else DictionaryObject()
        source = StreamObject()
        source._data = content
        parsed = ContentStream(source, self.reader)
        kept: list[Any] = []
        marked: list[bool] = []  # for each open marked-content section: is it hidden
        for operands, operator in parsed.operations:
            if operator in (b"BDC", b"BMC"):
                group = None
                if operator == b"BDC" and len(operands) == 2 and operands[0] == "/OC":
                    tag = operands[1]
                    group = properties.raw_get(tag) if isinstance(tag, str) and tag in properties else None
                marked.append(
                    isinstance(group, IndirectObject)
                    and (group.idnum, group.generation) in self.hidden_groups
                )
                if any(marked):
                    continue
            elif operator == b"EMC":
                hidden = any(marked)
                if marked:
                    marked.pop()
                if hidden:
                    continue
            elif any(marked):
                continue
            kept.append((operands, operator))
        if len(kept) == len(parsed.operations):
            return None
        parsed.operations = kept
        return parsed.get_data()

    def _is_hidden(self, obj: DictionaryObject) -> bool:
        group = obj.get("/OC")
        return isinstance(group, IndirectObject) and (group.idnum, group.generation) in self.hidden_groups

    @staticmethod
    def _unwanted(obj: Any) -> bool:
        if not isinstance(obj, DictionaryObject):
            return False
        kind = obj.get("/Type")
        return (
            (isinstance(kind, str) and kind in _SKIP_TYPES) or "/JS" in obj or obj.get("/S") == "/JavaScript"
        )

    def copy(self, value: Any, depth: int = 0) -> Any:
        if depth > MAX_DEPTH:
            raise PdfPagesError("objects nested too deeply")
        if isinstance(value, IndirectObject):
            key = (value.idnum, value.generation)
            if key in self.memo:
                return self.memo[key]
            target = value.get_object()
            if target is None or self._unwanted(target):
                self.memo[key] = NullObject()
                return self.memo[key]
            if not isinstance(target, (DictionaryObject, ArrayObject)):
                self.memo[key] = target
                return target
            ref = _Ref()
            self.memo[key] = ref
            ref.target = self._direct(target, depth + 1)
            return ref
        if self._unwanted(value):
            return NullObject()
        if isinstance(value, (DictionaryObject, ArrayObject)):
            return self._direct(value, depth + 1)
        return value

    def _direct(self, obj: Any, depth: int) -> Any:
        if isinstance(obj, ArrayObject):
            return ArrayObject(self.copy(v, depth) for v in obj)
        if isinstance(obj, StreamObject):
            if obj.get("/Subtype") in ("/Form", "/Image") and self._is_hidden(obj):
                return _empty_form()
            return self._stream(obj, depth)
        out = DictionaryObject()
        for key in sorted(obj.keys()):
            if key in _DROP_KEYS:
                continue
            copied = self.copy(obj.raw_get(key), depth)
            if not isinstance(copied, NullObject):
                out[NameObject(key)] = copied
        return out

    def _stream(self, source: StreamObject, depth: int) -> StreamObject:
        out = StreamObject()
        out._data = source._data
        content_bearing = source.get("/Subtype") == "/Form" or _number(source.get("/PatternType")) == 1
        for key in sorted(source.keys()):
            if key in _DROP_KEYS or (key == "/Resources" and content_bearing):
                continue
            copied = self.copy(source.raw_get(key), depth)
            if not isinstance(copied, NullObject):
                out[NameObject(key)] = copied
        if content_bearing:
            content = _decoded(source)
            # A form without resources of its own uses its page's (PDF 1.1, still met in old files).
            own = source.get("/Resources")
            own = own if isinstance(_resolve(own), DictionaryObject) else self.page_resources
            rewritten = self.rewritten(content, own)
            if rewritten is not None:
                content = rewritten
                out._data = zlib.compress(content, 6)
                out[NameObject("/Filter")] = NameObject("/FlateDecode")
                if "/DecodeParms" in out:
                    del out["/DecodeParms"]
            out[NameObject("/Resources")] = self.resources(own, content, depth)
        if source.get("/Subtype") == "/Image":
            _strip_jpeg(out)
        return out

    def resources(self, resources: Any, content: bytes, depth: int) -> DictionaryObject:
        """The resources ``content`` names, copied; everything else of the dictionary is left behind."""
        resources = _resolve(resources)
        out = DictionaryObject()
        if not isinstance(resources, DictionaryObject):
            return out
        used = _NameScan(content)
        for kind in _RESOURCE_KINDS:
            entries = _resolve(resources.get(kind))
            if not isinstance(entries, DictionaryObject):
                continue
            kept = DictionaryObject()
            for name in sorted(entries.keys()):
                if name in used or (kind == "/ColorSpace" and name.startswith("/Default")):
                    copied = self.copy(entries.raw_get(name), depth + 1)
                    if not isinstance(copied, NullObject):
                        kept[NameObject(name)] = copied
            if kept:
                out[NameObject(kind)] = kept
        return out  # no /ProcSet: obsolete since PDF 1.4, and ignored by viewers


def _empty_form() -> StreamObject:
    form = StreamObject()
    form._data = b""
    form.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject([NumberObject(0)] * 4),
        }
    )
    return form


def _strip_jpeg(image: StreamObject) -> None:
    """JPEG data loses its metadata segments whatever filters wrap it: ``[/FlateDecode /DCTDecode]`` becomes
    ``/DCTDecode`` over the stripped JPEG bytes. Other images carry none (their /Metadata is not copied)."""
    names, parms = _filters(image)
    if not names or names[-1] not in ("/DCTDecode", "/DCT"):
        return
    data = image._data
    if len(names) > 1:
        if not all(n in _UNDER_DCT for n in names[:-1]):
            raise PdfPagesError("a JPEG image under an unexpected filter")
        outer = StreamObject()
        outer._data = data
        outer[NameObject("/Filter")] = ArrayObject(NameObject(n) for n in names[:-1])
        if any(p is not None for p in parms[:-1]):
            outer[NameObject("/DecodeParms")] = ArrayObject(
                p if p is not None else NullObject() for p in parms[:-1]
            )
        data = decode_stream_data(outer)
    stripped = strip_jpeg_metadata(data)
    if stripped is None:
        raise PdfPagesError("an image that is not a readable JPEG")
    image._data = stripped
    image[NameObject("/Filter")] = NameObject("/DCTDecode")
    if "/DecodeParms" in image:
        del image["/DecodeParms"]
    last = parms[-1]
    if isinstance(last, DictionaryObject) and "/ColorTransform" in last:
        image[NameObject("/DecodeParms")] = DictionaryObject(
            {NameObject("/ColorTransform"): NumberObject(int(_number(last["/ColorTransform"])))}
        )


def _inline_jpegs_stripped(content: bytes, reader: PdfReader) -> bytes | None:
    """The content with the metadata segments of its inline JPEG images (``BI /F /DCT ... ID ... EI``) removed,
    or None when it has none (decided without parsing, as almost always)."""
    if b"ID" not in content or b"/DCT" not in content:
        return None
    source = StreamObject()
    source._data = content
    parsed = ContentStream(source, reader)
    changed = False
    for operands, operator in parsed.operations:
        if operator != b"INLINE IMAGE":
            continue
        settings = operands["settings"]
        filters = _resolve(settings.get("/F", settings.get("/Filter")))
        names = list(filters) if isinstance(filters, list) else [filters] if filters is not None else []
        if not names or names[-1] not in ("/DCTDecode", "/DCT"):
            continue
        image = StreamObject()
        image._data = operands["data"]
        image[NameObject("/Filter")] = ArrayObject(NameObject(_LONG_FILTER.get(n, n)) for n in names)
        _strip_jpeg(image)
        for key in ("/F", "/Filter", "/DP", "/DecodeParms"):
            if key in settings:
                del settings[key]
        settings[NameObject("/F")] = NameObject("/DCT")
        operands["data"] = image._data
        changed = True
    if not changed:
        return None
    parsed.operations = parsed.operations  # drops the parsed bytes: the content is written again
    return parsed.get_data()


def _content_streams(page: DictionaryObject) -> list[StreamObject]:
    contents = _resolve(page.get("/Contents"))
    items = list(contents) if isinstance(contents, list) else [contents]
    return [s for s in (_resolve(i) for i in items) if isinstance(s, StreamObject)]


def _appearance(annot: DictionaryObject) -> StreamObject | None:
    normal = _resolve(_resolve(annot.get("/AP") or DictionaryObject()).get("/N"))
    if isinstance(normal, StreamObject):
        return normal
    if isinstance(normal, DictionaryObject):
        state = annot.get("/AS")
        chosen = _resolve(normal.get(state)) if isinstance(state, str) else None
        return chosen if isinstance(chosen, StreamObject) else None
    return None


def _placement(appearance: StreamObject, rect: tuple[float, float, float, float]) -> str | None:
    """The matrix that maps an appearance's box (transformed by its /Matrix) onto the annotation's rectangle."""
    box = _rect(appearance.get("/BBox"))
    if box is None:
        return None
    matrix = _resolve(appearance.get("/Matrix"))
    m = [_number(v) for v in matrix] if isinstance(matrix, list) and len(matrix) == 6 else [1, 0, 0, 1, 0, 0]
    corners = [(m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]) for x in box[::2] for y in box[1::2]]
    x0, y0 = min(c[0] for c in corners), min(c[1] for c in corners)
    x1, y1 = max(c[0] for c in corners), max(c[1] for c in corners)
    if x1 - x0 <= 0 or y1 - y0 <= 0:
        return None
    sx, sy = (rect[2] - rect[0]) / (x1 - x0), (rect[3] - rect[1]) / (y1 - y0)
    return ctm((sx, 0, 0, sy, rect[0] - x0 * sx, rect[1] - y0 * sy))


@dataclass
class _Staged:
    size: tuple[float, float]
    form: StreamObject
    drawn: list[tuple[StreamObject | _Ref, str]]  # appearances and where they go
    matrix: str
    clip: tuple[float, float, float, float]


def _stage_page(copier: _Copier, page: _Page, paper: tuple[float, float], turn: int) -> _Staged:
    media = _rect(page.mediabox) or (0.0, 0.0, 612.0, 792.0)
    crop = _rect(page.cropbox) or media
    visible = (max(media[0], crop[0]), max(media[1], crop[1]), min(media[2], crop[2]), min(media[3], crop[3]))
    if visible[2] - visible[0] <= 0 or visible[3] - visible[1] <= 0:
        visible = media
    copier.page_resources = page.resources
    streams = _content_streams(page.node)
    decoded = [_decoded(s) for s in streams]
    form = StreamObject()
    rewritten = copier.rewritten(b"\n".join(decoded), page.resources)
    if rewritten is not None:
        decoded, streams = [rewritten], []
    if len(streams) == 1:
        form._data = streams[0]._data
        names, parms = _filters(streams[0])
        if names:
            form[NameObject("/Filter")] = ArrayObject(NameObject(n) for n in names)
            if any(p is not None for p in parms):
                form[NameObject("/DecodeParms")] = ArrayObject(
                    copier.copy(p) if p is not None else NullObject() for p in parms
                )
    else:
        form._data = zlib.compress(b"\n".join(decoded), 6)
        form[NameObject("/Filter")] = NameObject("/FlateDecode")
    content = b"\n".join(decoded)
    form.update(
        {
            NameObject("/Type"): NameObject("/XObject"),
            NameObject("/Subtype"): NameObject("/Form"),
            NameObject("/BBox"): ArrayObject(FloatObject(v) for v in visible),
            NameObject("/Resources"): copier.resources(page.resources, content, 0),
        }
    )
    group = _resolve(page.node.get("/Group"))
    if isinstance(group, DictionaryObject):
        form[NameObject("/Group")] = copier.copy(group)

    drawn: list[tuple[StreamObject | _Ref, str]] = []
    annots = _resolve(page.node.get("/Annots"))
    for entry in annots if isinstance(annots, list) else []:
        annot = _resolve(entry)
        if not isinstance(annot, DictionaryObject) or annot.get("/Subtype") not in _FLATTENED:
            continue
        if int(_number(annot.get("/F"))) & _HIDDEN_FLAGS or copier._is_hidden(annot):
            continue
        appearance = _appearance(annot)
        rect = _rect(annot.get("/Rect"))
        placed = _placement(appearance, rect) if appearance is not None and rect is not None else None
        if appearance is None or placed is None:
            continue
        copied = copier._stream(appearance, 1)
        copied[NameObject("/Type")] = NameObject("/XObject")
        copied[NameObject("/Subtype")] = NameObject("/Form")
        if not isinstance(_resolve(appearance.get("/Resources")), DictionaryObject):
            # Some forms leave an appearance's fonts to the form's default resources, as viewers allow.
            defaults = copier.default_resources
            copied[NameObject("/Resources")] = copier.resources(defaults, _decoded(appearance), 1)
        drawn.append((copied, placed))

    # The page's /Rotate (clockwise, for display) goes into the matrix, so the placed page needs none.
    rotate = round(_number(page.rotate) / 90) * 90
    clockwise = (rotate + turn) % 360
    a, b, c, d = _TURNED[clockwise]
    corners = [(a * cx + c * cy, b * cx + d * cy) for cx in visible[::2] for cy in visible[1::2]]
    min_x, min_y = min(p[0] for p in corners), min(p[1] for p in corners)
    shown_w = max(p[0] for p in corners) - min_x
    shown_h = max(p[1] for p in corners) - min_y
    size = (paper[1], paper[0]) if shown_w > shown_h else paper
    x, y, box_w, box_h = content_box(size)
    s = min(box_w / shown_w, box_h / shown_h)
    tx, ty = x + (box_w - shown_w * s) / 2, y + (box_h - shown_h * s) / 2
    matrix = (s * a, s * b, s * c, s * d, tx - s * min_x, ty - s * min_y)
    return _Staged(size, form, drawn, ctm(matrix), visible)


_CONTAINERS = (_Ref, DictionaryObject, ArrayObject)


class _Committer:
    """Adds staged objects to the writer, each once, turning pending references into indirect ones."""

    def __init__(self, writer: PdfWriter) -> None:
        self.writer = writer
        self.done: dict[int, IndirectObject] = {}

    def register(self, target: Any) -> IndirectObject:
        key = id(target)
        if key in self.done:
            return self.done[key]
        ref = self.writer._add_object(target)
        self.done[key] = ref
        self.fill(target)
        return ref

    def value(self, value: Any) -> Any:
        if isinstance(value, _Ref):
            return self.register(value.target)
        if isinstance(value, StreamObject):
            return self.register(value)
        if isinstance(value, (DictionaryObject, ArrayObject)):
            self.fill(value)
        return value

    def fill(self, obj: Any) -> None:
        """Replace pending references inside ``obj``; numbers, names and strings are left as they are."""
        if isinstance(obj, DictionaryObject):
            for key, item in dict.items(obj):
                if isinstance(item, _CONTAINERS):
                    dict.__setitem__(obj, key, self.value(item))
        elif isinstance(obj, ArrayObject):
            for index, item in enumerate(obj):
                if isinstance(item, _CONTAINERS):
                    obj[index] = self.value(item)


def add_pdf_pages(
    writer: PdfWriter, data: bytes, paper: tuple[float, float], turn: int = 0
) -> list[PageObject]:
    """Each page of a PDF, turned ``turn`` degrees clockwise as the user asked, built afresh and scaled into the
    content box of a ``paper``-sized page. Raises (and adds nothing) if any page cannot be rebuilt."""
    reader = _reader(data)
    copier = _Copier(reader)
    staged = [_stage_page(copier, page, paper, turn) for page in _leaf_pages(reader)]
    if not staged:
        raise PdfPagesError("no pages")
    committer = _Committer(writer)
    added = []
    for item in staged:
        xobjects = DictionaryObject({NameObject("/TTPSPage"): committer.register(item.form)})
        ops = [f"q {item.matrix} cm", _clip(item.clip), "/TTPSPage Do"]
        for number, (appearance, placed) in enumerate(item.drawn):
            name = f"/TTPSField{number}"
            xobjects[NameObject(name)] = committer.value(appearance)
            ops.append(f"q {placed} cm {name} Do Q")
        ops.append("Q")
        page = PageObject.create_blank_page(None, width=item.size[0], height=item.size[1])
        page[NameObject("/Resources")] = DictionaryObject({NameObject("/XObject"): xobjects})
        contents = StreamObject()
        contents._data = "\n".join(ops).encode()
        page[NameObject("/Contents")] = writer._add_object(contents)
        page[NameObject("/MediaBox")] = RectangleObject((0, 0, item.size[0], item.size[1]))
        added.append(append_page(writer, page))
    return added


def _clip(box: tuple[float, float, float, float]) -> str:
    x0, y0, x1, y1 = box
    return f"{x0:.4f} {y0:.4f} {x1 - x0:.4f} {y1 - y0:.4f} re W n"
