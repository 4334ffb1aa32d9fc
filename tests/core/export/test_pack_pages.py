"""Upload profiles that take images only: PDF pages become images through the page drawer the caller passes
(the core has no PDF renderer of its own)."""

from __future__ import annotations

import io
from pathlib import Path
from typing import cast

from PIL import Image

from ttps_desktop.core.evidence.preview import Picture
from ttps_desktop.core.export.pack import build_pack
from ttps_desktop.core.export.plan import plan_export
from ttps_desktop.core.findings import FindingCode
from ttps_desktop.core.language import Language
from ttps_desktop.core.project.store import Project
from ttps_desktop.core.rules.loader import upload_profiles


def grey_page(data: bytes, page: int, turn: int, long_edge: int) -> Picture:
    width, height = (
        (long_edge * 707 // 1000, long_edge) if turn % 180 == 0 else (long_edge, long_edge * 707 // 1000)
    )
    return Picture(width, height, bytes([200, 200, 200]) * (width * height))


def pack(project_file: Path, drawer: object) -> tuple[dict[str, bytes], set[FindingCode]]:
    with Project.open(project_file, read_only=True) as project:
        plan = plan_export(project, Language.EN, "immd_strict")
        read = {
            d.document.id: project.read_document(d.document.id)
            for s in plan.sections
            for i in s.items
            for d in i.documents
        }
        files, found = build_pack(
            plan,
            read.__getitem__,
            upload_profiles().get("immd_strict"),
            draw_page=drawer,  # type: ignore[arg-type]
        )
    return {f.name: f.data for f in files}, {f.code for f in found}


def test_each_pdf_page_becomes_a_jpeg_within_the_limit(demo_project_file: Path) -> None:
    files, codes = pack(demo_project_file, grey_page)
    assert FindingCode.PACK_CANNOT_CONVERT not in codes
    degree = [name for name in files if name.startswith("03_applicant_degree")]
    assert len(degree) == 3
    for name in degree:
        image = Image.open(io.BytesIO(files[name]))
        assert image.format == "JPEG" and image.height > image.width
        assert len(files[name]) <= 1024 * 1024


def test_a_page_that_cannot_be_drawn_is_named_not_packed_empty(demo_project_file: Path) -> None:
    files, codes = pack(demo_project_file, lambda *_args: None)
    assert FindingCode.PACK_CANNOT_CONVERT in codes
    assert not [name for name in files if name.startswith("03_applicant_degree")]
    assert all(files.values())  # no empty file in the pack


def test_the_strict_profile_wants_documents_in_grey_and_faces_in_colour(demo_project_file: Path) -> None:
    files, _codes = pack(demo_project_file, grey_page)
    modes = {name: Image.open(io.BytesIO(data)).mode for name, data in files.items() if name.endswith(".jpg")}
    assert modes["01_applicant_photo.jpg"] == "RGB" and modes["02_applicant_travel_document.jpg"] == "RGB"
    documents = [mode for name, mode in modes.items() if "_degree" in name or "_work_experience" in name]
    assert documents and set(documents) == {"L"}


def test_the_ladder_takes_the_best_rung_that_fits() -> None:
    from ttps_desktop.core.export.pack import _fit

    sizes = {None: 900, 0: 700, 1: 500, 2: 300, 3: 100}
    for limit, (expected, fits) in {
        1000: (900, True),
        800: (700, True),
        600: (500, True),
        400: (300, True),
        200: (100, True),
        50: (100, False),
    }.items():
        tried: list[int | None] = []

        def make(step: int | None, tried: list[int | None] = tried) -> bytes:
            tried.append(step)
            return b"x" * sizes[step]

        data, ok = _fit(make, limit, 4)
        assert (len(data), ok) == (expected, fits), limit
        assert len(tried) <= 4, tried  # the original and at most three rungs


def test_every_page_of_a_tiff_becomes_an_image_of_its_own(tmp_path: Path) -> None:
    from tests.e2e.adversarial import tiff_pages
    from ttps_desktop.core.rules.facts import parse_facts

    facts = parse_facts({"application_date": "2026-11-24", "nationality": "GBR", "applicant": {"name": "T"}})
    path = tmp_path / "tiff.ttps"
    with Project.create(path, facts) as project:
        project.add_document(
            "travel_document", tiff_pages(3), "scan.tif", "image/tiff", {"kind": "tiff", "pages": 3}
        )
    files, _codes = pack(path, grey_page)
    travel = sorted(name for name in files if "_travel_document" in name)
    assert len(travel) == 3, travel
    shades = [cast(int, Image.open(io.BytesIO(files[name])).convert("L").getpixel((5, 5))) for name in travel]
    assert shades == sorted(shades) and len(set(shades)) == 3  # the three pages, in order
