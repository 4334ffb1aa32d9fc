"""A PDF page converted for the photo (drawn by QtPdf in a worker process, as the window and the command line
do) reaches the dossier and the submission pack: the photo's upload file is that page, not a dropped PDF."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

from PIL import Image, ImageStat
from pypdf import PdfReader, PdfWriter
from pypdf.generic import DecodedStreamObject, NameObject

from ttps_desktop.core.evidence.pool import InspectorPool
from ttps_desktop.core.findings import FindingCode
from ttps_desktop.core.language import Language
from ttps_desktop.core.session import Session
from ttps_desktop.drawing import DrawingPool
from ttps_desktop.i18n import Translator


def coloured_pages(path: Path) -> Path:
    """Page 1 green, page 2 red: the colour tells which page became the photo."""
    writer = PdfWriter()
    for rgb in ("0 0.6 0", "0.9 0.1 0.1"):
        page = writer.add_blank_page(width=420, height=540)
        content = DecodedStreamObject()
        content.set_data(f"{rgb} rg 0 0 420 540 re f".encode())
        page[NameObject("/Contents")] = writer._add_object(content)
    out = io.BytesIO()
    writer.write(out)
    path.write_bytes(out.getvalue())
    return path


def reddish(image: Image.Image) -> bool:
    red, green, blue = ImageStat.Stat(image.convert("RGB")).mean
    return red > 180 and green < 80 and blue < 80


def test_the_converted_page_reaches_the_dossier_and_the_pack(demo_project_file: Path, tmp_path: Path) -> None:
    project_path = tmp_path / "demo.ttps"
    shutil.copyfile(demo_project_file, project_path)
    pdf = coloured_pages(tmp_path / "photo-scan.pdf")
    drawer = DrawingPool(1)
    try:
        with Session.open(project_path) as session, InspectorPool(workers=1) as pool:
            session.take_out([d.id for d in session.documents("photo")])
            result = session.import_as_jpeg(pdf, "photo", pool, drawer.draw_pdf_page, page=1)
            assert result.accepted, result.findings
            assert [d.display_name for d in session.documents("photo")] == ["photo-scan-2.jpg"]
            exported = session.export(
                tmp_path / "out",
                Translator(Language.EN),
                allow_incomplete=True,
                draw_page=drawer.draw_pdf_page,
            )
    finally:
        drawer.close()
    codes = {f.code for f in exported.findings}
    assert FindingCode.PACK_CANNOT_CONVERT not in codes and not exported.left_out
    [photo] = sorted(exported.pack_folder.glob("*_applicant_photo*"))
    assert photo.suffix == ".jpg"
    with Image.open(photo) as packed:
        assert packed.format == "JPEG" and reddish(packed)
    dossier_images = [
        image.image for page in PdfReader(exported.dossier).pages for image in page.images if image.image
    ]
    assert any(reddish(image) and image.height > image.width for image in dossier_images)
