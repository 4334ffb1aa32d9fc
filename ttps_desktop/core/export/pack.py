"""The submission pack: one file per upload item of the chosen profile, each within its size limit and file
types, named by a clear convention (``03_applicant_degree.pdf``), with manifest.json and the checklist."""

from __future__ import annotations

import hashlib
import io
import json
import zipfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pypdf import PdfWriter

from ttps_desktop import APP_NAME, __version__
from ttps_desktop.core.evidence.preview import Picture
from ttps_desktop.core.export.outcome import left_out, set_document_info
from ttps_desktop.core.export.pages import A4, add_document_pages, add_image_page, frame_count, upright_frame
from ttps_desktop.core.export.plan import ExportPlan, PlannedDocument, document_label
from ttps_desktop.core.findings import Finding, FindingCode, Severity, finding, findings_to_json
from ttps_desktop.core.language import Language
from ttps_desktop.core.progress import NullProgress, Progress, check_cancel
from ttps_desktop.core.project.durable import write_bytes_durably
from ttps_desktop.core.rules.loader import catalogue
from ttps_desktop.core.rules.model import FileKind, Text, UploadProfile

# From best to the lowest quality we accept: (JPEG quality, longest edge in pixels).
QUALITY_LADDER = ((88, 3508), (80, 2480), (70, 2000), (60, 1754))
FIRST_RUNG = (92, 4000)  # the first try, before the ladder

# Draws one page of a PDF as upright RGB pixels: (pdf bytes, page index, clockwise turn, longest edge) -> the
# picture, or None if it cannot be drawn. The core has no PDF renderer; the desktop and the command line pass one
# (QtPdf in worker processes) for upload profiles that take images only.
PageDrawer = Callable[[bytes, int, int, int], Picture | None]
Reader = Callable[[int], bytes]  # a stored document's bytes by its id


@dataclass(frozen=True)
class PackedFile:
    name: str
    data: bytes
    upload_item: str
    person: str


class _NotDrawnError(Exception):
    """The page drawer could not draw a PDF page."""


def _jpeg(image: Any, quality: int, grey: bool) -> bytes:
    out = io.BytesIO()
    (image.convert("L") if grey else image).save(out, "JPEG", quality=quality, optimize=True)
    return out.getvalue()


def _page_image(
    drawer: PageDrawer, data: bytes, page: int, turn: int, quality: int, long_edge: int, grey: bool
) -> bytes:
    from PIL import Image

    picture = drawer(data, page, turn, long_edge)
    if picture is None:
        raise _NotDrawnError
    return _jpeg(Image.frombytes("RGB", (picture.width, picture.height), picture.rgb), quality, grey)


def _shrunk_image(
    data: bytes,
    kind: FileKind,
    quality: int,
    long_edge: int,
    turn: int = 0,
    grey: bool = False,
    frame: int = 0,
) -> bytes:
    """Upright, turned ``turn`` degrees clockwise as the user asked, no longer than ``long_edge`` pixels."""
    image = upright_frame(data, kind, frame, long_edge)
    image.thumbnail((long_edge, long_edge))
    turned = image.rotate(-(turn % 360), expand=True) if turn % 360 else image
    return _jpeg(turned, quality, grey)


def _pdf_of(
    docs: list[PlannedDocument],
    read: Reader,
    step: int | None,
    plan: ExportPlan,
    title: Text,
    left: dict[int, Finding],
    applicant: str,
) -> bytes:
    """One PDF of the documents; one that cannot be exported is left out and recorded in ``left``."""
    writer = PdfWriter()
    for doc in docs:
        data, turn = read(doc.document.id), doc.document.rotation
        try:
            if doc.kind is FileKind.PDF or step is None:
                add_document_pages(writer, data, doc.kind, doc.orientation, A4, turn)
                continue
            quality, edge = QUALITY_LADDER[step]
            shrunk = [
                _shrunk_image(data, doc.kind, quality, edge, turn, frame=frame)
                for frame in range(frame_count(data, doc.kind))
            ]
            for jpeg in shrunk:
                add_image_page(writer, jpeg, FileKind.JPEG, 1, A4)
        except Exception as exc:  # one document never costs the whole pack
            left.setdefault(doc.document.id, left_out(doc, title, plan.language, exc))
    set_document_info(
        writer,
        ": ".join(p for p in (applicant, title.get(plan.language)) if p),
        plan.created,
        b"".join(d.document.sha256.encode() for d in docs),
    )
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _fit(make: Callable[[int | None], bytes], limit: int, steps: int) -> tuple[bytes, bool]:
    """The original if it is within ``limit`` bytes, else the best rung of the ladder that is (the lowest if none
    is). Each rung is smaller than the one before, so the rungs are searched by halves: two or three tries
    instead of up to four, each of which re-encodes every picture of the file."""
    data = make(None)
    if len(data) <= limit:
        return data, True
    low, high, best = 0, steps - 1, None
    while low <= high:
        step = (low + high) // 2
        candidate = make(step)
        if len(candidate) <= limit:
            best, high = candidate, step - 1
        else:
            data, low = candidate, step + 1
    return (best, True) if best is not None else (data, False)


def _too_large(stem: str, name: str, data: bytes, limit_kb: int) -> Finding:
    return finding(
        Severity.WARNING,
        FindingCode.PACK_TOO_LARGE,
        stem,
        file=name,
        size_kb=len(data) // 1024,
        limit_kb=limit_kb,
    )


def _cannot_convert(
    stem: str, doc: PlannedDocument, title: Text, language: Language, accepted: str
) -> Finding:
    """A document the profile's file types cannot carry (a PDF for an images-only item, with no page drawer)."""
    return finding(
        Severity.WARNING,
        FindingCode.PACK_CANNOT_CONVERT,
        stem,
        name=document_label(title.get(language), doc),
        item=title,
        accepted=accepted,
    )


def build_pack(
    plan: ExportPlan,
    read: Reader,
    profile: UploadProfile,
    progress: Progress | None = None,
    draw_page: PageDrawer | None = None,
    applicant: str = "",
) -> tuple[list[PackedFile], list[Finding]]:
    progress = progress or NullProgress()
    order = [u.id for u in catalogue().upload_items]
    with_photo = {u.id: u.with_photo for u in catalogue().upload_items}
    groups: dict[tuple[str, str], list[PlannedDocument]] = {}
    titles: dict[tuple[str, str], Text] = {}
    for section in plan.sections:
        for planned in section.items:
            upload = planned.item.requirement.upload_item or "other"
            key = (section.person_key, upload)
            groups.setdefault(key, []).extend(planned.documents)
            titles[key] = planned.item.requirement.title
    people = list(dict.fromkeys(s.person_key for s in plan.sections))
    keys = sorted(
        groups, key=lambda k: (order.index(k[1]) if k[1] in order else len(order), people.index(k[0]))
    )
    files: list[PackedFile] = []
    found: list[Finding] = []
    left: dict[int, Finding] = {}
    for number, key in enumerate(keys, start=1):
        check_cancel(progress)
        person, upload = key
        limits = profile.limits_for(upload)
        limit = limits.max_file_kb * 1024
        docs = groups[key]
        stem = f"{number:02d}_{person}_{upload}"
        if FileKind.PDF in limits.accepts:

            def make_pdf(
                step: int | None, docs: list[PlannedDocument] = docs, key: tuple[str, str] = key
            ) -> bytes:
                return _pdf_of(docs, read, step, plan, titles[key], left, applicant)

            data, fits = _fit(make_pdf, limit, len(QUALITY_LADDER))
            files.append(PackedFile(f"{stem}.pdf", data, upload, person))
            if not fits:
                found.append(_too_large(stem, f"{stem}.pdf", data, limits.max_file_kb))
        else:
            accepted = ", ".join(sorted(k.value.upper() for k in limits.accepts))
            # Each image once, each PDF page as an image of its own when there is a page drawer: (doc, page).
            images: list[tuple[PlannedDocument, int | None]] = []
            for doc in docs:
                if doc.kind is not FileKind.PDF:
                    try:
                        frames = frame_count(read(doc.document.id), doc.kind)
                    except Exception as exc:
                        left.setdefault(doc.document.id, left_out(doc, titles[key], plan.language, exc))
                        continue
                    images += [(doc, frame) for frame in range(frames)]
                elif draw_page is not None:
                    images += [(doc, page) for page in range(doc.pages)]
                else:
                    found.append(_cannot_convert(stem, doc, titles[key], plan.language, accepted))
            if len(images) > limits.max_files:
                found.append(
                    finding(
                        Severity.WARNING,
                        FindingCode.PACK_TOO_MANY_FILES,
                        stem,
                        item=titles[key],
                        limit=limits.max_files,
                    )
                )
            # The profile may want documents in grey; a face (photo, passport, identity card) stays in colour.
            grey = profile.greyscale_documents_without_photos and not with_photo.get(upload, False)
            for index, (doc, page) in enumerate(images[: limits.max_files], start=1):
                name = f"{stem}.jpg" if len(images) == 1 else f"{stem}_{index}.jpg"

                def make(
                    step: int | None, doc: PlannedDocument = doc, page: int | None = page, grey: bool = grey
                ) -> bytes:
                    quality, edge = QUALITY_LADDER[step] if step is not None else FIRST_RUNG
                    data, turn = read(doc.document.id), doc.document.rotation
                    if doc.kind is FileKind.PDF and page is not None and draw_page is not None:
                        return _page_image(draw_page, data, page, turn, quality, edge, grey)
                    return _shrunk_image(data, doc.kind, quality, edge, turn, grey, page or 0)

                try:
                    data, fits = _fit(make, limit, len(QUALITY_LADDER))
                except _NotDrawnError:
                    found.append(_cannot_convert(stem, doc, titles[key], plan.language, accepted))
                    continue
                except Exception as exc:  # one document never costs the whole pack
                    left.setdefault(doc.document.id, left_out(doc, titles[key], plan.language, exc))
                    continue
                files.append(PackedFile(name, data, upload, person))
                if not fits:
                    found.append(_too_large(stem, name, data, limits.max_file_kb))
        progress.update(number, len(keys))
    return files, found + list(left.values())


def manifest(
    plan: ExportPlan,
    profile: UploadProfile,
    files: list[PackedFile],
    found: list[Finding],
    checklist_name: str,
) -> dict[str, object]:
    return {
        "app": APP_NAME,
        "app_version": __version__,
        "created": plan.created.isoformat(),
        "kind": plan.check.report.kind.value,
        "rule_version": plan.check.report.assessment.ruleset.version,
        "category": plan.check.report.category.value if plan.check.report.category else None,
        "profile": {"id": profile.id, "verify": profile.verify},
        "files": [
            {
                "name": f.name,
                "upload_item": f.upload_item,
                "person": f.person,
                "size": len(f.data),
                "sha256": hashlib.sha256(f.data).hexdigest(),
            }
            for f in files
        ],
        "checklist": checklist_name,
        "findings": [findings_to_json(x) for x in found],
    }


def write_pack(folder: Path, files: list[PackedFile], extra: dict[str, bytes]) -> None:
    folder.mkdir(mode=0o700)
    for item in files:
        write_bytes_durably(folder / item.name, item.data)
    for name, data in extra.items():
        write_bytes_durably(folder / name, data)


class _Utf8Info(zipfile.ZipInfo):
    """Names always stored as UTF-8 with the language-encoding flag, ASCII ones too, so every reader agrees."""

    def _encodeFilenameFlags(self) -> tuple[bytes, int]:
        return self.filename.encode("utf-8"), self.flag_bits | 0x800


def zip_pack(
    target: Path,
    root_name: str,
    files: list[PackedFile],
    extra: dict[str, bytes],
    when: tuple[int, int, int, int, int, int],
) -> None:
    """A zip whose names are UTF-8 flagged and whose bytes depend only on the content and ``when``."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        entries = [(f.name, f.data) for f in files] + sorted(extra.items())
        for name, data in entries:
            info = _Utf8Info(f"{root_name}/{name}", date_time=when)
            info.external_attr = 0o600 << 16
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    write_bytes_durably(target, out.getvalue())


def encrypted_zip_pack(
    target: Path,
    root_name: str,
    files: list[PackedFile],
    extra: dict[str, bytes],
    when: tuple[int, int, int, int, int, int],
    password: str,
) -> None:
    """The same zip, every entry encrypted with AES-256 (WinZip's AE-2, which 7-Zip, WinZip, Keka and The
    Unarchiver open; Windows' built-in zip folders do not). Names stay readable, as in every zip: they say which
    upload item a file is for, never what the original file was called. Each entry gets a random salt, so an
    encrypted zip is not byte-identical across exports."""
    import pyzipper  # only when asked for: not loaded with the window

    class _AesUtf8Info(pyzipper.zipfile_aes.AESZipInfo):  # type: ignore[misc]
        def _encodeFilenameFlags(self) -> tuple[bytes, int]:
            return self.filename.encode("utf-8"), self.flag_bits | 0x800

    out = io.BytesIO()
    with pyzipper.AESZipFile(
        out,
        "w",
        compression=pyzipper.ZIP_DEFLATED,
        encryption=pyzipper.WZ_AES,
        encryption_kwargs={"nbits": 256},
    ) as archive:
        archive.setpassword(password.encode("utf-8"))
        entries = [(f.name, f.data) for f in files] + sorted(extra.items())
        for name, data in entries:
            info = _AesUtf8Info(f"{root_name}/{name}", date_time=when)
            info.external_attr = 0o600 << 16
            info.compress_type = pyzipper.ZIP_DEFLATED
            archive.writestr(info, data)
    write_bytes_durably(target, out.getvalue())


def manifest_bytes(data: dict[str, object]) -> bytes:
    return (json.dumps(data, ensure_ascii=False, indent=2, sort_keys=True) + "\n").encode("utf-8")
