"""What is inside a file, read within limits. These functions run in a worker process (pool.py): whatever an
untrusted file does to the parser, the app itself is not touched, and every exception becomes a finding."""

from __future__ import annotations

import io
import logging
import warnings
from dataclasses import dataclass, field
from typing import Any

from ttps_desktop.core.evidence.limits import Limits
from ttps_desktop.core.findings import Finding, FindingCode, Severity, finding, findings_to_json
from ttps_desktop.core.rules.model import FileKind

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
        contents = page.get_contents()
        resources = page.get("/Resources") or {}
        has_images = "/XObject" in resources
        if not has_images and (contents is None or not contents.get_data().strip()):
            blank.append(number)
    return blank


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


def inspect_pdf(data: bytes, name: str, lim: Limits, min_dpi: int) -> Inspection:
    from pypdf import PasswordType, PdfReader

    recorder = _Recorder()
    log = logging.getLogger("pypdf")
    log.addHandler(recorder)
    try:
        reader = PdfReader(io.BytesIO(data), strict=False)
        found: list[Finding] = []
        encrypted = reader.is_encrypted
        if encrypted:
            if reader.decrypt("") == PasswordType.NOT_DECRYPTED:
                found.append(finding(Severity.ERROR, FindingCode.PDF_PASSWORD_REQUIRED, name, name=name))
                return Inspection(FileKind.PDF, 0, encrypted=True, needs_password=True, findings=tuple(found))
            found.append(finding(Severity.INFO, FindingCode.PDF_RESTRICTED, name, name=name))
        pages = len(reader.pages)
        if pages == 0:
            found.append(finding(Severity.ERROR, FindingCode.CORRUPT, name, name=name, detail="no pages"))
            return Inspection(FileKind.PDF, 0, findings=tuple(found))
        first = reader.pages[0]
        size_mm = (
            round(float(first.mediabox.width) / 72 * 25.4, 1),
            round(float(first.mediabox.height) / 72 * 25.4, 1),
        )
        checked = lim.pdf_pages_checked
        if _has_javascript(reader, checked):
            found.append(finding(Severity.WARNING, FindingCode.PDF_JAVASCRIPT, name, name=name))
        attachments = len(reader.attachments)
        if attachments:
            found.append(
                finding(Severity.WARNING, FindingCode.PDF_ATTACHMENTS, name, name=name, count=attachments)
            )
        if _outline_loops(reader.trailer["/Root"]):
            found.append(finding(Severity.WARNING, FindingCode.PDF_BROKEN_OUTLINE, name, name=name))
        if pages > lim.pdf_many_pages:
            found.append(finding(Severity.WARNING, FindingCode.PDF_MANY_PAGES, name, name=name, pages=pages))
        blank = _blank_pages(reader, checked)
        if blank:
            found.append(
                finding(Severity.WARNING, FindingCode.PDF_BLANK_PAGES, name, name=name, pages=blank[:10])
            )
        dpi = _pdf_scan_dpi(first)
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
        return Inspection(
            FileKind.PDF,
            pages,
            page_size_mm=size_mm,
            effective_dpi=dpi,
            encrypted=encrypted,
            findings=tuple(found),
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


def inspect_image(data: bytes, name: str, kind: FileKind, lim: Limits, min_dpi: int) -> Inspection:
    from PIL import Image

    if kind is FileKind.HEIF:
        import pillow_heif

        pillow_heif.register_heif_opener()
    Image.MAX_IMAGE_PIXELS = lim.max_image_megapixels * 1_000_000
    with warnings.catch_warnings():
        warnings.simplefilter("error", Image.DecompressionBombWarning)
        try:
            image = Image.open(io.BytesIO(data), formats=PIL_FORMATS[kind])
        except (Image.DecompressionBombError, Image.DecompressionBombWarning):
            width, height = _declared_size(data)
            return Inspection(
                kind,
                findings=(
                    finding(
                        Severity.ERROR,
                        FindingCode.IMAGE_TOO_MANY_PIXELS,
                        name,
                        name=name,
                        width=width,
                        height=height,
                    ),
                ),
            )
        with image:
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
            if frames > 1:
                code = (
                    FindingCode.IMAGE_ANIMATED
                    if kind in (FileKind.GIF, FileKind.WEBP)
                    else FindingCode.IMAGE_MULTI_PAGE
                )
                found.append(finding(Severity.INFO, code, name, name=name, frames=frames))
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


def _declared_size(data: bytes) -> tuple[int, int]:
    if data.startswith(b"\x89PNG") and len(data) >= 24:
        return int.from_bytes(data[16:20], "big"), int.from_bytes(data[20:24], "big")
    return 0, 0


def inspect_bytes(data: bytes, name: str, kind: FileKind, lim: Limits, min_dpi: int) -> Inspection:
    """Inspect, turning any failure of the parsers into a finding (they raise all sorts: pypdf's policy
    is that catching is the caller's job)."""
    try:
        if kind is FileKind.PDF:
            return inspect_pdf(data, name, lim, min_dpi)
        return inspect_image(data, name, kind, lim, min_dpi)
    except MemoryError:
        return Inspection(
            kind, findings=(finding(Severity.ERROR, FindingCode.TOO_MUCH_MEMORY, name, name=name),)
        )
    except RecursionError:
        detail = "its structure loops back on itself"
        return Inspection(
            kind, findings=(finding(Severity.ERROR, FindingCode.CORRUPT, name, name=name, detail=detail),)
        )
    except Exception as exc:
        detail = str(exc).splitlines()[0][:200] if str(exc) else type(exc).__name__
        return Inspection(
            kind, findings=(finding(Severity.ERROR, FindingCode.CORRUPT, name, name=name, detail=detail),)
        )
