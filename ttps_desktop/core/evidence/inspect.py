"""What is inside a file, read within limits. These functions run in a worker process (pool.py): whatever an
untrusted file does to the parser, the app itself is not touched, and every exception becomes a finding."""

from __future__ import annotations

import io
import logging
import warnings
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from typing import Any, TypeVar

from ttps_desktop.core.evidence.limits import Limits
from ttps_desktop.core.evidence.sniff import sniff as _sniff  # noqa: F401  (registers the file-type texts)
from ttps_desktop.core.findings import Damage, Finding, FindingCode, Severity, finding, findings_to_json
from ttps_desktop.core.language import QT_TRANSLATE_NOOP
from ttps_desktop.core.messages import MessageText, param_text
from ttps_desktop.core.rules.model import FileKind

_log = logging.getLogger(__name__)
T = TypeVar("T")

A4_INCHES = (8.27, 11.69)
_MIN_CONTRAST_TO_JUDGE = 3.0  # a nearly uniform picture (a blank page) has no edges to be sharp or blurred
PIL_FORMATS = {
    FileKind.JPEG: ["JPEG", "MPO"],
    FileKind.PNG: ["PNG"],
    FileKind.TIFF: ["TIFF"],
    FileKind.GIF: ["GIF"],
    FileKind.WEBP: ["WEBP"],
    FileKind.HEIF: ["HEIF"],
}


@dataclass(frozen=True)
class Inspection:
    kind: FileKind
    pages: int = 1
    width_px: int = 0
    height_px: int = 0
    page_size_mm: tuple[float, float] = (0.0, 0.0)
    mode: str = ""
    effective_dpi: int = 0
    orientation: int = 1
    has_gps: bool = False
    encrypted: bool = False
    needs_password: bool = False
    findings: tuple[Finding, ...] = field(default_factory=tuple)
    # What the app keeps instead of the user's file, when it keeps a converted copy (an AVIF photo as JPEG, a
    # PDF whose attachments alone are locked as its pages in the clear); ``kind`` is then the copy's kind.
    converted: bytes | None = None

    @property
    def usable(self) -> bool:
        return not any(f.severity is Severity.ERROR for f in self.findings)

    def to_json(self) -> dict[str, Any]:
        return {
            "kind": self.kind.value,
            "pages": self.pages,
            "width_px": self.width_px,
            "height_px": self.height_px,
            "page_size_mm": list(self.page_size_mm),
            "mode": self.mode,
            "effective_dpi": self.effective_dpi,
            "orientation": self.orientation,
            "has_gps": self.has_gps,
            "encrypted": self.encrypted,
            "converted": self.converted is not None,
            "findings": [findings_to_json(f) for f in self.findings],
        }


def effective_dpi(width: int, height: int) -> int:
    """Pixels per inch if the image were printed to fill an A4 page (either way round)."""
    short, long = sorted((width, height))
    return int(min(short / A4_INCHES[0], long / A4_INCHES[1]))


# ---- PDF ------------------------------------------------------------------------------------------------------


class _Recorder(logging.Handler):
    def __init__(self) -> None:
        super().__init__(logging.WARNING)
        self.messages: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.messages.append(record.getMessage())


def _outline_loops(root: Any, limit: int = 20000) -> bool:
    """Walk the bookmarks by hand, remembering what was seen: pypdf's own walk can recurse forever."""
    outlines = root.get("/Outlines")
    if outlines is None:
        return False
    seen: set[int] = set()
    stack = [outlines.get_object().get("/First")]
    while stack:
        ref = stack.pop()
        if ref is None:
            continue
        key = getattr(ref, "idnum", None)
        if key is not None:
            if key in seen:
                return True
            seen.add(key)
        if len(seen) > limit:
            return True
        node = ref.get_object()
        stack += [node.get("/Next"), node.get("/First")]
    return False


def _has_javascript(reader: Any, pages_checked: int) -> bool:
    root = reader.trailer["/Root"]
    names = root.get("/Names")
    if names is not None and "/JavaScript" in names.get_object():
        return True
    action = root.get("/OpenAction")
    if action is not None and "/JS" in str(action.get_object()):
        return True
    if "/AA" in root:
        return True
    for page in list(reader.pages)[:pages_checked]:
        if "/AA" in page:
            return True
        for annot in page.get("/Annots") or []:
            obj = annot.get_object()
            act = obj.get("/A")
            if act is not None and act.get_object().get("/S") == "/JavaScript":
                return True
    return False


def _blank_pages(reader: Any, pages_checked: int) -> list[int]:
    blank = []
    for number, page in enumerate(list(reader.pages)[:pages_checked], start=1):
        try:
            contents = page.get_contents()
            resources = page.get("/Resources") or {}
            has_images = "/XObject" in resources
            if not has_images and (contents is None or not contents.get_data().strip()):
                blank.append(number)
        except Exception as exc:  # e.g. contents behind a decoder pypdf lacks (JBIG2): not known to be blank
            _log.warning("page %d not checked for blankness: %s: %s", number, type(exc).__name__, exc)
    return blank


def _hint(name: str, what: str, check: Callable[[], T], default: T) -> T:
    """A check that only adds a hint (scripts, attachments, blank pages...): if it fails on an odd structure,
    the hint is left out and the file is judged on what matters, its pages (the reason goes to the log)."""
    try:
        return check()
    except MemoryError:
        raise
    except Exception as exc:
        _log.warning("%s: %s not checked: %s: %s", name, what, type(exc).__name__, str(exc)[:300])
        return default


def _pdf_scan_dpi(page: Any) -> int:
    resources = page.get("/Resources") or {}
    xobjects = resources.get("/XObject")
    if not xobjects:
        return 0
    widths = [
        int(x.get_object().get("/Width", 0))
        for x in xobjects.get_object().values()
        if x.get_object().get("/Subtype") == "/Image"
    ]
    page_inches = float(page.mediabox.width) / 72
    return int(max(widths) / page_inches) if widths and page_inches else 0


# Filters the PDF standard allows for image data only; a page's drawing instructions compressed with one of them
# are a malformed (or hostile: a "JBIG2 bomb") file.
_IMAGE_ONLY_FILTERS = {"/JBIG2Decode", "/DCTDecode", "/JPXDecode", "/CCITTFaxDecode", "/DCT", "/CCF"}


def _filters(stream: Any) -> set[str]:
    value = stream.get("/Filter")
    value = value.get_object() if hasattr(value, "get_object") else value
    items = value if isinstance(value, list) else [value]
    return {str(item) for item in items if item is not None}


def _page_streams(page: Any) -> list[Any]:
    contents = page.get("/Contents")
    contents = contents.get_object() if hasattr(contents, "get_object") else contents
    items = contents if isinstance(contents, list) else [contents]
    return [item.get_object() for item in items if hasattr(item, "get_object")]


def _images(page: Any, limit: int = 5000) -> list[tuple[int, int]]:
    """Declared sizes of the pictures a page draws, in its forms too (walked by hand, bounded: forms can
    refer to themselves)."""
    sizes: list[tuple[int, int]] = []
    seen: set[int] = set()
    stack = [page.get("/Resources")]
    while stack and len(seen) < limit:
        resources = stack.pop()
        resources = resources.get_object() if hasattr(resources, "get_object") else resources
        xobjects: Any = resources.get("/XObject") if hasattr(resources, "get") else None
        xobjects = xobjects.get_object() if hasattr(xobjects, "get_object") else xobjects
        if not hasattr(xobjects, "values"):
            continue
        for ref in xobjects.values():
            key = getattr(ref, "idnum", None)
            if key is not None:
                if key in seen:
                    continue
                seen.add(key)
            xobject = ref.get_object() if hasattr(ref, "get_object") else ref
            if not hasattr(xobject, "get"):
                continue
            if xobject.get("/Subtype") == "/Image":
                try:
                    sizes.append((int(xobject.get("/Width", 0)), int(xobject.get("/Height", 0))))
                except (TypeError, ValueError):
                    continue
            elif xobject.get("/Subtype") == "/Form":
                stack.append(xobject.get("/Resources"))
    return sizes


def _page_hazards(reader: Any, name: str, lim: Limits) -> list[Finding]:
    """What makes a PDF unsafe to take in: pictures declaring more pixels than any scan has (a viewer that
    decodes them runs out of memory), drawing instructions compressed as a picture. Errors: refused."""
    limit = lim.max_image_megapixels * 1_000_000
    for page in list(reader.pages)[: lim.pdf_pages_checked]:
        if any(_filters(stream) & _IMAGE_ONLY_FILTERS for stream in _page_streams(page)):
            found = finding(Severity.ERROR, FindingCode.CORRUPT, name, name=name, detail=Damage.PAGE_CONTENT)
            return [found]
        for width, height in _images(page):
            if width * height > limit:
                return [
                    finding(
                        Severity.ERROR,
                        FindingCode.PDF_IMAGE_TOO_MANY_PIXELS,
                        name,
                        name=name,
                        width=width,
                        height=height,
                    )
                ]
    return []


def _pages_only(reader: Any) -> bytes:
    """The pages, without the attachments: neither the document's nor those pinned to a page (whose locked
    streams would otherwise be copied along with their annotation)."""
    from pypdf import PdfWriter
    from pypdf.generic import ArrayObject, NameObject

    writer = PdfWriter()
    for page in reader.pages:
        annotations = page.get("/Annots")
        if annotations is not None:
            kept = [
                a for a in annotations.get_object() if a.get_object().get("/Subtype") != "/FileAttachment"
            ]
            page[NameObject("/Annots")] = ArrayObject(kept)
        writer.add_page(page)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


@dataclass(frozen=True)
class FormState:
    filled: int = 0  # fields with a value
    without_appearance: int = 0  # of those, fields with a widget that draws nothing for the value
    xfa: bool = False


def _filled(value: Any) -> bool:
    if value is None:
        return False
    text = str(value)
    return text not in ("", "/Off", "[]", "()")


def _draws_nothing(widget: Any) -> bool:
    appearance = widget.get("/AP")
    normal = appearance.get_object().get("/N") if appearance is not None else None
    if normal is None:
        return True
    normal = normal.get_object()
    if hasattr(normal, "get_data"):  # one appearance stream
        return False
    state = widget.get("/AS")  # check boxes and radio buttons: one appearance per state
    return state is None or state not in normal


def form_state(reader: Any, limit: int = 20000) -> FormState:
    """Filled fields of the interactive form, and those whose widgets have no appearance for their value
    (flattened, they would come out blank). Walked by hand with a bound: field trees can loop."""
    root = reader.trailer["/Root"]
    form = root.get("/AcroForm")
    if form is None:
        return FormState()
    form = form.get_object()
    if not hasattr(form, "get"):
        return FormState()
    filled = without = 0
    seen: set[int] = set()
    fields = form.get("/Fields")
    fields = fields.get_object() if hasattr(fields, "get_object") else fields
    stack: list[tuple[Any, Any]] = [(ref, None) for ref in (fields if isinstance(fields, list) else [])]
    while stack and len(seen) < limit:
        ref, inherited = stack.pop()
        key = getattr(ref, "idnum", None)
        if key is not None:
            if key in seen:
                continue
            seen.add(key)
        node: Any = ref.get_object() if hasattr(ref, "get_object") else None
        if not hasattr(node, "get"):
            continue
        value = node.get("/V", inherited)
        kids = [k for k in (node.get("/Kids") or []) if hasattr(k, "get_object")]
        child_fields = [k for k in kids if hasattr(k.get_object(), "get") and "/T" in k.get_object()]
        if child_fields:
            stack += [(k, value) for k in child_fields]
            continue
        if not _filled(value):
            continue
        filled += 1
        widgets = [k.get_object() for k in kids] or [node]
        if any(_draws_nothing(w) for w in widgets if hasattr(w, "get")):
            without += 1
    return FormState(filled, without, "/XFA" in form)


def _form_findings(reader: Any, name: str) -> list[Finding]:
    state = _hint(name, "form", lambda: form_state(reader), FormState())
    found = []
    if state.xfa:
        found.append(finding(Severity.WARNING, FindingCode.PDF_XFA_FORM, name, name=name))
    if state.without_appearance:
        found.append(
            finding(
                Severity.WARNING,
                FindingCode.PDF_FORM_NO_APPEARANCE,
                name,
                name=name,
                count=state.without_appearance,
            )
        )
    if state.filled:
        found.append(finding(Severity.INFO, FindingCode.PDF_FORM_FILLED, name, name=name, count=state.filled))
    return found


def inspect_pdf(data: bytes, name: str, lim: Limits, min_dpi: int) -> Inspection:
    from pypdf import PasswordType, PdfReader

    from ttps_desktop.core.evidence.pdf_clear import only_attachments_locked, open_in_the_clear

    recorder = _Recorder()
    log = logging.getLogger("pypdf")
    log.addHandler(recorder)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        found: list[Finding] = []
        encrypted = reader.is_encrypted
        converted: bytes | None = None
        if encrypted:
            if reader.decrypt("") != PasswordType.NOT_DECRYPTED:
                found.append(finding(Severity.INFO, FindingCode.PDF_RESTRICTED, name, name=name))
            elif only_attachments_locked(reader):
                open_in_the_clear(reader)
                found.append(finding(Severity.WARNING, FindingCode.PDF_ATTACHMENTS_LOCKED, name, name=name))
                encrypted = False
                converted = b""  # made below, once the pages are known to be readable
            else:
                found.append(finding(Severity.ERROR, FindingCode.PDF_PASSWORD_REQUIRED, name, name=name))
                return Inspection(FileKind.PDF, 0, encrypted=True, needs_password=True, findings=tuple(found))
        pages = len(reader.pages)
        if pages == 0:
            found.append(
                finding(Severity.ERROR, FindingCode.CORRUPT, name, name=name, detail=Damage.NO_PAGES)
            )
            return Inspection(FileKind.PDF, 0, findings=tuple(found))
        first = reader.pages[0]
        size_mm = (
            round(float(first.mediabox.width) / 72 * 25.4, 1),
            round(float(first.mediabox.height) / 72 * 25.4, 1),
        )
        hazards = _page_hazards(reader, name, lim)
        if hazards:
            return Inspection(FileKind.PDF, pages, page_size_mm=size_mm, findings=(*found, *hazards))
        checked = lim.pdf_pages_checked
        if _hint(name, "scripts", lambda: _has_javascript(reader, checked), False):
            found.append(finding(Severity.WARNING, FindingCode.PDF_JAVASCRIPT, name, name=name))
        if converted is None:
            attachments = _hint(name, "attachments", lambda: len(reader.attachments), 0)
            if attachments:
                found.append(
                    finding(Severity.WARNING, FindingCode.PDF_ATTACHMENTS, name, name=name, count=attachments)
                )
        found += _form_findings(reader, name)
        if _hint(name, "bookmarks", lambda: _outline_loops(reader.trailer["/Root"]), False):
            found.append(finding(Severity.WARNING, FindingCode.PDF_BROKEN_OUTLINE, name, name=name))
        if pages > lim.pdf_many_pages:
            found.append(finding(Severity.WARNING, FindingCode.PDF_MANY_PAGES, name, name=name, pages=pages))
        no_pages: list[int] = []
        blank = _hint(name, "blank pages", lambda: _blank_pages(reader, checked), no_pages)
        if blank:
            found.append(
                finding(Severity.WARNING, FindingCode.PDF_BLANK_PAGES, name, name=name, pages=blank[:10])
            )
        dpi = _hint(name, "scan resolution", lambda: _pdf_scan_dpi(first), 0)
        if 0 < dpi < min_dpi:
            found.append(
                finding(
                    Severity.WARNING,
                    FindingCode.IMAGE_LOW_RESOLUTION,
                    name,
                    name=name,
                    dpi=dpi,
                    min_dpi=min_dpi,
                )
            )
        if recorder.messages:
            found.append(finding(Severity.WARNING, FindingCode.PDF_REPAIRED, name, name=name))
        if converted is not None:
            converted = _pages_only(reader)  # what is kept: the pages, without the locked attachments
        return Inspection(
            FileKind.PDF,
            pages,
            page_size_mm=size_mm,
            effective_dpi=dpi,
            encrypted=encrypted,
            findings=tuple(found),
            converted=converted,
        )
    finally:
        log.removeHandler(recorder)


# ---- images ---------------------------------------------------------------------------------------------------


def _quality(image: Any, name: str, lim: Limits) -> list[Finding]:
    """Sharpness (variance of the Laplacian), brightness and contrast, on a small greyscale copy."""
    from PIL import ImageFilter, ImageStat

    grey = image.convert("L")
    grey.thumbnail((lim.analysis_long_edge_px, lim.analysis_long_edge_px))
    stats = ImageStat.Stat(grey)
    brightness, contrast = stats.mean[0], stats.stddev[0]
    laplacian = grey.filter(ImageFilter.Kernel((3, 3), [0, 1, 0, 1, -4, 1, 0, 1, 0], scale=1, offset=128))
    sharpness = ImageStat.Stat(laplacian).var[0]
    found = []
    if brightness < lim.dark_max_brightness:
        found.append(
            finding(Severity.WARNING, FindingCode.IMAGE_TOO_DARK, name, name=name, score=int(brightness))
        )
    elif brightness > lim.washed_out_min_brightness and contrast < lim.washed_out_max_contrast:
        found.append(
            finding(Severity.WARNING, FindingCode.IMAGE_WASHED_OUT, name, name=name, score=int(brightness))
        )
    if sharpness < lim.blur_min_sharpness and contrast >= _MIN_CONTRAST_TO_JUDGE:
        found.append(
            finding(
                Severity.WARNING,
                FindingCode.IMAGE_BLURRED,
                name,
                name=name,
                score=int(sharpness),
                threshold=int(lim.blur_min_sharpness),
            )
        )
    return found


def _too_many_pixels(data: bytes, name: str, kind: FileKind, formats: list[str]) -> Inspection:
    width, height = _declared_size(data, formats)
    if width and height:
        found = finding(
            Severity.ERROR, FindingCode.IMAGE_TOO_MANY_PIXELS, name, name=name, width=width, height=height
        )
    else:
        found = finding(Severity.ERROR, FindingCode.IMAGE_TOO_LARGE_TO_OPEN, name, name=name)
    return Inspection(kind, findings=(found,))


def _declared_size(data: bytes, formats: list[str]) -> tuple[int, int]:
    """The size a refused image says it has: its header read again without the pixel limit (opening reads
    the header only; no pixel is decoded). (0, 0) when even that fails."""
    from PIL import Image

    limit = Image.MAX_IMAGE_PIXELS
    Image.MAX_IMAGE_PIXELS = None
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            with Image.open(io.BytesIO(data), formats=formats) as image:
                width, height = image.size
                return int(width), int(height)
    except Exception:
        return 0, 0
    finally:
        Image.MAX_IMAGE_PIXELS = limit


def _open_image(data: bytes, formats: list[str], lim: Limits) -> Any:
    """Open (the header only) under the pixel limit; raises DecompressionBombError beyond it."""
    from PIL import Image

    Image.MAX_IMAGE_PIXELS = lim.max_image_megapixels * 1_000_000
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            return Image.open(io.BytesIO(data), formats=formats)
        except Image.DecompressionBombWarning as exc:
            raise Image.DecompressionBombError(str(exc)) from exc


# What a converted copy is, for the message.
_TARGET_TEXT = {
    FileKind.JPEG: param_text("FileType", QT_TRANSLATE_NOOP("FileType", "a JPEG image")),
    FileKind.PNG: param_text("FileType", QT_TRANSLATE_NOOP("FileType", "a PNG image")),
    FileKind.TIFF: param_text("FileType", QT_TRANSLATE_NOOP("FileType", "a standard TIFF image")),
}
BIGTIFF = param_text("FileType", QT_TRANSLATE_NOOP("FileType", "a BigTIFF image"))
LAB_TIFF = param_text("FileType", QT_TRANSLATE_NOOP("FileType", "a TIFF image in Lab colour"))
# Modes a PNG or TIFF keeps as they are; others become RGB (Lab through a colour transform).
_KEPT_MODES = {
    FileKind.JPEG: {"L", "RGB"},
    FileKind.PNG: {"1", "L", "LA", "P", "RGB", "RGBA", "I;16"},
    FileKind.TIFF: {"1", "L", "LA", "P", "RGB", "RGBA", "CMYK", "I;16"},
}


def _plain_pixels(frame: Any, target: FileKind) -> Any:
    """The frame upright, in a mode the target keeps, with no metadata (info, EXIF, ICC) at all."""
    from PIL import Image, ImageCms, ImageOps

    upright = ImageOps.exif_transpose(frame)
    if upright.mode == "LAB":
        lab_to_srgb = ImageCms.buildTransform(
            ImageCms.createProfile("LAB"), ImageCms.createProfile("sRGB"), "LAB", "RGB"
        )
        transformed = ImageCms.applyTransform(upright, lab_to_srgb)
        upright = transformed if transformed is not None else upright.convert("RGB")
    elif upright.mode.startswith("I;16") and upright.mode != "I;16":  # big-endian: through "I", unclipped
        upright = upright.convert("I").convert("I;16")
    elif upright.mode in ("I", "F"):
        upright = (
            upright.point(lambda v: v / 256).convert("L") if upright.mode == "I" else upright.convert("L")
        )
    if target is FileKind.JPEG and ("A" in upright.getbands() or upright.mode == "P"):
        rgba = upright.convert("RGBA")  # transparency becomes white paper, as in the working copies
        upright = Image.new("RGB", rgba.size, (255, 255, 255))
        upright.paste(rgba, mask=rgba.getchannel("A"))
    if upright.mode not in _KEPT_MODES[target]:
        upright = upright.convert("RGBA" if "A" in upright.getbands() else "RGB")
    clean = upright.copy()
    clean.info = {}
    return clean


def _convert(image: Any, target: FileKind) -> bytes:
    """A JPEG or PNG of the first frame, or a TIFF of every page (one page in memory at a time), in a form
    every reader takes."""
    from PIL import TiffImagePlugin

    out = io.BytesIO()
    if target is not FileKind.TIFF:
        image.seek(0)
        first = _plain_pixels(image, target)
        if target is FileKind.JPEG:
            first.save(out, "JPEG", quality=95)
        else:
            first.save(out, "PNG", compress_level=3)  # fast; 6 (the default) saves a few % for twice the time
        return out.getvalue()
    pages = int(getattr(image, "n_frames", 1))
    with TiffImagePlugin.AppendingTiffWriter(out) as writer:
        for index in range(pages):
            image.seek(index)
            _plain_pixels(image, target).save(writer, "TIFF", compression="tiff_deflate")
            writer.newFrame()
    return out.getvalue()


def _converted(
    image: Any, name: str, looks_like: MessageText, target: FileKind, lim: Limits, min_dpi: int
) -> Inspection:
    frames = int(getattr(image, "n_frames", 1))
    copy = _convert(image, target)
    inner = inspect_image(copy, name, target, lim, min_dpi)
    found = [
        finding(
            Severity.INFO,
            FindingCode.IMAGE_CONVERTED,
            name,
            name=name,
            looks_like=looks_like,
            target=_TARGET_TEXT[target],
        )
    ]
    if frames > 1 and target is not FileKind.TIFF:
        found.append(finding(Severity.INFO, FindingCode.IMAGE_ANIMATED, name, name=name, frames=frames))
    return replace(inner, findings=(*found, *inner.findings), converted=copy)


def inspect_convertible(
    data: bytes,
    name: str,
    pil_format: str,
    looks_like: MessageText,
    lim: Limits,
    min_dpi: int,
    target: FileKind = FileKind.PNG,
) -> Inspection:
    """A format the app does not keep as it is, but this Pillow decodes (AVIF, JPEG 2000): inspected and
    kept as ``target`` (sniff.CONVERTED_TO). Where this Pillow was built without the decoder, it is refused as
    unsupported."""
    from PIL import features

    feature = {"AVIF": "avif", "JPEG2000": "jpg_2000"}[pil_format]
    if not features.check(feature):
        return Inspection(
            target,
            findings=(
                finding(Severity.ERROR, FindingCode.UNSUPPORTED_TYPE, name, name=name, looks_like=looks_like),
            ),
        )
    from PIL import Image

    try:
        image = _open_image(data, [pil_format], lim)
    except Image.DecompressionBombError:
        return _too_many_pixels(data, name, target, [pil_format])
    with image:
        return _converted(image, name, looks_like, target, lim, min_dpi)


def inspect_image(data: bytes, name: str, kind: FileKind, lim: Limits, min_dpi: int) -> Inspection:
    from PIL import Image

    if kind is FileKind.HEIF:
        import pillow_heif

        pillow_heif.register_heif_opener()
    try:
        image = _open_image(data, PIL_FORMATS[kind], lim)
    except Image.DecompressionBombError:
        return _too_many_pixels(data, name, kind, PIL_FORMATS[kind])
    with image:
        if kind is FileKind.TIFF and (data[2:4] in (b"+\x00", b"\x00+") or image.mode == "LAB"):
            looks_like = LAB_TIFF if image.mode == "LAB" else BIGTIFF
            return _converted(image, name, looks_like, FileKind.TIFF, lim, min_dpi)
        width, height = image.size
        found: list[Finding] = []
        exif = image.getexif()
        orientation = int(exif.get(0x0112, 1) or 1)
        has_gps = bool(exif.get_ifd(0x8825))
        frames = int(getattr(image, "n_frames", 1))
        mode = image.mode
        if orientation in (5, 6, 7, 8):
            width, height = height, width
        if orientation != 1:
            found.append(finding(Severity.INFO, FindingCode.IMAGE_ROTATED, name, name=name))
        if has_gps:
            found.append(finding(Severity.INFO, FindingCode.IMAGE_LOCATION, name, name=name))
        if mode == "CMYK":
            found.append(finding(Severity.INFO, FindingCode.IMAGE_CMYK, name, name=name))
        if mode.startswith("I;16") or mode in ("I", "F", "RGB;16") or image.info.get("bits", 8) > 8:
            found.append(finding(Severity.INFO, FindingCode.IMAGE_HIGH_BIT_DEPTH, name, name=name))
        if frames > 1 and kind is FileKind.TIFF:
            found.append(finding(Severity.INFO, FindingCode.IMAGE_MULTI_PAGE, name, name=name, frames=frames))
        elif frames > 1 and kind in (FileKind.GIF, FileKind.WEBP):
            found.append(finding(Severity.INFO, FindingCode.IMAGE_ANIMATED, name, name=name, frames=frames))
        # Other extra frames are not pages: a camera's MPO holds the second view and previews, a HEIF its
        # thumbnails or a burst; the primary picture is the document.
        dpi = effective_dpi(width, height)  # judged by intake, which knows whether this is a portrait
        if kind is FileKind.JPEG:
            image.draft("L", (lim.analysis_long_edge_px, lim.analysis_long_edge_px))
        image.load()  # a truncated or damaged file fails here
        found += _quality(image, name, lim)
    return Inspection(
        kind,
        pages=frames if kind is FileKind.TIFF else 1,
        width_px=width,
        height_px=height,
        mode=mode,
        effective_dpi=dpi,
        orientation=orientation,
        has_gps=has_gps,
        findings=tuple(found),
    )


def damage_of(exc: BaseException) -> MessageText:
    """What a parser's exception says about the file, as one of the app's own texts."""
    from PIL import UnidentifiedImageError

    text = str(exc).lower()
    if isinstance(exc, RecursionError):
        return Damage.LOOPS
    if "cyclic page" in text or ("page" in text and "loop" in text):
        return Damage.PAGE_TREE_LOOPS
    if "page tree depth" in text:
        return Damage.PAGE_TREE_TOO_DEEP
    if "loop" in text or "cycl" in text:
        return Damage.LOOPS
    if isinstance(exc, UnidentifiedImageError):
        return Damage.NOT_RECOGNISED
    if (
        isinstance(exc, EOFError)
        or "truncated" in text
        or "unexpected eof" in text
        or "stream has ended" in text
    ):
        return Damage.TRUNCATED
    if "decoder" in text or "broken data stream" in text or "image file" in text:
        return Damage.PICTURE_DATA
    return Damage.STRUCTURE


def inspect_bytes(
    data: bytes,
    name: str,
    kind: FileKind,
    lim: Limits,
    min_dpi: int,
    convert_from: str | None = None,
    looks_like: MessageText | None = None,
) -> Inspection:
    """Inspect, turning any failure of the parsers into a finding (they raise all sorts: pypdf's policy
    is that catching is the caller's job). The parser's own words go to the log, never to the user."""
    try:
        if convert_from is not None and looks_like is not None:
            return inspect_convertible(data, name, convert_from, looks_like, lim, min_dpi, kind)
        if kind is FileKind.PDF:
            return inspect_pdf(data, name, lim, min_dpi)
        return inspect_image(data, name, kind, lim, min_dpi)
    except MemoryError:
        return Inspection(
            kind, findings=(finding(Severity.ERROR, FindingCode.TOO_MUCH_MEMORY, name, name=name),)
        )
    except Exception as exc:  # RecursionError included
        _log.warning("%s could not be read: %s: %s", name, type(exc).__name__, str(exc)[:500])
        detail = damage_of(exc)
        return Inspection(
            kind, findings=(finding(Severity.ERROR, FindingCode.CORRUPT, name, name=name, detail=detail),)
        )
