"""Every kind of bad input gives a specific, translated finding within 5 s; the app process stays alive and
small. The files are generated here."""

from __future__ import annotations

import os
import resource
from dataclasses import replace
from pathlib import Path

import pytest
from PIL import Image, ImageFilter

from tests.core.evidence import factories as f
from ttps_desktop.core.demo import generate_document
from ttps_desktop.core.evidence.intake import ImportResult, import_files
from ttps_desktop.core.evidence.limits import limits
from ttps_desktop.core.evidence.pool import InspectorPool, Job
from ttps_desktop.core.findings import FindingCode, Severity
from ttps_desktop.core.language import Language
from ttps_desktop.core.messages import MessageText
from ttps_desktop.core.project.store import Project
from ttps_desktop.core.rules.loader import catalogue
from ttps_desktop.core.rules.model import FileKind
from ttps_desktop.i18n import Translator

C = FindingCode


def run(project: Project, pool: InspectorPool, path: Path, item: str = "work_experience") -> ImportResult:
    [result] = import_files(project, [path], item, catalogue().requirement(item), pool)
    for found in result.findings:  # every finding reads as a sentence in each language, params filled in
        for language in Language:
            text = Translator(language).render(found.message)
            assert "{" not in text and text.strip()
    return result


def codes(result: ImportResult) -> set[FindingCode]:
    return {found.code for found in result.findings}


CASES: list[tuple[str, object, set[FindingCode], bool]] = [
    ("empty.pdf", b"", {C.EMPTY_FILE}, False),
    ("truncated.jpg", generate_document("portrait")[:20000], {C.CORRUPT}, False),
    ("truncated.png", f.image_bytes(f.textured((600, 800)), "PNG")[:5000], {C.CORRUPT}, False),
    ("pdf_named.jpg", f.text_pdf(), {C.EXTENSION_MISMATCH}, True),
    ("photo_named.pdf", generate_document("passport_page"), {C.EXTENSION_MISMATCH}, True),
    ("user_password.pdf", f.encrypted_pdf("open-me", "owner"), {C.PDF_PASSWORD_REQUIRED}, False),
    ("owner_password.pdf", f.encrypted_pdf("", "owner"), {C.PDF_RESTRICTED}, True),
    ("script.pdf", f.pdf_with_javascript(), {C.PDF_JAVASCRIPT}, True),
    ("attachment.pdf", f.pdf_with_attachment(), {C.PDF_ATTACHMENTS}, True),
    ("cyclic_outline.pdf", f.pdf_with_cyclic_outline(), {C.PDF_BROKEN_OUTLINE}, True),
    ("broken_xref.pdf", f.pdf_with_broken_xref(), {C.PDF_REPAIRED}, True),
    ("bomb.png", f.huge_png(30000, 30000), {C.IMAGE_TOO_MANY_PIXELS}, False),
    ("long.pdf", f.pdf(pages=2000), {C.PDF_MANY_PAGES}, True),
    ("cmyk.jpg", f.image_bytes(f.textured(mode="CMYK"), "JPEG"), {C.IMAGE_CMYK}, True),
    (
        "sixteen_bit.png",
        f.image_bytes(Image.effect_noise((1800, 2400), 60).convert("I;16"), "PNG"),
        {C.IMAGE_HIGH_BIT_DEPTH},
        True,
    ),
    (
        "animated.gif",
        f.image_bytes(f.textured(), "GIF", save_all=True, append_images=[f.textured()]),
        {C.IMAGE_ANIMATED},
        True,
    ),
    (
        "drawing.jpg",
        b"%!PS-Adobe-3.0 EPSF-3.0\n%%BoundingBox: 0 0 10 10\nshowpage\n",
        {C.UNSUPPORTED_TYPE},
        False,
    ),
    ("layers.jpg", b"8BPS\x00\x01" + bytes(100), {C.UNSUPPORTED_TYPE}, False),
    ("dark.jpg", f.image_bytes(Image.new("RGB", (1800, 2400), (8, 8, 8)), "JPEG"), {C.IMAGE_TOO_DARK}, True),
    ("small.jpg", f.image_bytes(f.textured((600, 800)), "JPEG"), {C.IMAGE_LOW_RESOLUTION}, True),
]


@pytest.mark.parametrize(("name", "content", "expected", "accepted"), CASES, ids=[c[0] for c in CASES])
def test_bad_file(
    project: Project,
    pool: InspectorPool,
    tmp_path: Path,
    name: str,
    content: bytes,
    expected: set[FindingCode],
    accepted: bool,
) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    result = run(project, pool, path)
    assert expected <= codes(result), [x.code for x in result.findings]
    assert result.accepted is accepted
    assert path.read_bytes() == content  # the user's file is never modified


def test_blurred_is_told_apart_from_sharp(project: Project, pool: InspectorPool, tmp_path: Path) -> None:
    sharp = f.textured()
    blurred = sharp.filter(ImageFilter.GaussianBlur(4))
    (tmp_path / "sharp.jpg").write_bytes(f.image_bytes(sharp, "JPEG"))
    (tmp_path / "soft.jpg").write_bytes(f.image_bytes(blurred, "JPEG", quality=90))
    assert C.IMAGE_BLURRED not in codes(run(project, pool, tmp_path / "sharp.jpg"))
    assert C.IMAGE_BLURRED in codes(run(project, pool, tmp_path / "soft.jpg"))


def test_unsupported_names_what_it_looks_like(project: Project, pool: InspectorPool, tmp_path: Path) -> None:
    path = tmp_path / "layers.jpg"
    path.write_bytes(b"8BPS\x00\x01" + bytes(100))
    [found] = run(project, pool, path).findings
    assert found.params["looks_like"] == MessageText("FileType", "a Photoshop (PSD) file")
    assert "Photoshop (PSD)" in Translator(Language.ZH_CN).render(found.message)


def test_folder_pipe_and_device_are_refused_before_reading(
    project: Project, pool: InspectorPool, tmp_path: Path
) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    assert codes(run(project, pool, folder)) == {C.NOT_A_FILE}
    if hasattr(os, "mkfifo"):
        fifo = tmp_path / "pipe.pdf"
        os.mkfifo(fifo)
        assert codes(run(project, pool, fifo)) == {C.NOT_A_FILE}  # would block forever if opened and read
    link = tmp_path / "zero.jpg"
    link.symlink_to("/dev/zero")
    assert codes(run(project, pool, link)) == {C.NOT_A_FILE}  # would never end if read


def test_a_file_that_vanishes(project: Project, pool: InspectorPool, tmp_path: Path) -> None:
    path = tmp_path / "gone.pdf"
    path.write_bytes(f.text_pdf())
    path.unlink()  # listed by the file manager, gone by the time we read it
    assert codes(run(project, pool, path)) == {C.VANISHED}


@pytest.mark.parametrize(
    "name", ["学位证书 扫描.pdf", "my degree certificate (final).pdf", "x" * 196 + ".pdf"]
)
def test_awkward_names_are_kept(project: Project, pool: InspectorPool, tmp_path: Path, name: str) -> None:
    path = tmp_path / name
    path.write_bytes(f.text_pdf())
    result = run(project, pool, path)
    assert result.accepted and result.document is not None
    assert result.document.display_name == name


def test_same_file_twice_is_recognised(project: Project, pool: InspectorPool, tmp_path: Path) -> None:
    path = tmp_path / "a.pdf"
    path.write_bytes(f.text_pdf())
    first = run(project, pool, path)
    again = run(project, pool, path)
    assert C.DUPLICATE in codes(again)
    assert again.document == first.document
    assert len(project.documents()) == 1


def test_a_hanging_parse_is_stopped_and_the_pool_recovers(tmp_path: Path) -> None:
    quick = replace(limits(), inspect_timeout_seconds=0.05)
    with InspectorPool(workers=1, lim=quick) as pool:
        slow = pool.inspect(Job(f.pdf(pages=2000), "slow.pdf", FileKind.PDF))
        assert [x.code for x in slow.findings] == [C.TIMED_OUT]
        pool.lim = limits()
        fine = pool.inspect(Job(f.text_pdf(), "fine.pdf", FileKind.PDF))
        assert fine.usable and fine.pages == 1


def test_memory_exhaustion_is_contained(tmp_path: Path) -> None:
    small = replace(limits(), inspect_memory_mb=300)
    with InspectorPool(workers=1, lim=small) as pool:
        result = pool.inspect(
            Job(f.huge_png(10000, 10000, 8, 2), "big.png", FileKind.PNG)
        )  # 300 MB of pixels
        assert [x.code for x in result.findings] in ([C.TOO_MUCH_MEMORY], [C.CORRUPT])
        assert result.findings[0].severity is Severity.ERROR
        assert pool.inspect(Job(f.text_pdf(), "fine.pdf", FileKind.PDF)).usable


def test_the_app_process_stayed_small() -> None:
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    assert peak_kb < 1024 * 1024, f"peak {peak_kb // 1024} MB"
