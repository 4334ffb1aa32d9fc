"""`import` into an item that takes JPEG alone: a PDF or another image format is refused with exit 2 and one line
naming the option that converts; `--convert-to-jpeg [--page N]` adds the JPEG (a PDF page drawn by QtPdf in a
worker process), and `check` calls a stored wrong-type file a problem."""

from __future__ import annotations

import io
import shutil
from pathlib import Path

import pytest
from PIL import Image
from pypdf import PdfWriter

from tests.test_cli import run_cli
from ttps_desktop.core.project.store import Project


@pytest.fixture
def demo(demo_project_file: Path, tmp_path: Path) -> Path:
    copy = tmp_path / "demo.ttps"
    shutil.copyfile(demo_project_file, copy)
    return copy


def three_page_pdf(path: Path) -> Path:
    """Pages of different sizes, so that which page was drawn shows in the JPEG's shape."""
    writer = PdfWriter()
    for width, height in ((595, 842), (400, 400), (842, 595)):
        writer.add_blank_page(width=width, height=height)
    out = io.BytesIO()
    writer.write(out)
    path.write_bytes(out.getvalue())
    return path


def photos(project_path: Path) -> list[tuple[str, str, bytes]]:
    with Project.open(project_path, read_only=True) as project:
        return [
            (d.display_name, d.media_type, project.read_document(d.id)) for d in project.documents("photo")
        ]


def test_a_pdf_for_the_photo_is_refused_with_exit_2_and_the_option_named(demo: Path, tmp_path: Path) -> None:
    pdf = three_page_pdf(tmp_path / "scan.pdf")
    before = photos(demo)
    code, out, err = run_cli("--lang", "en", "import", str(demo), str(pdf), "--requirement", "photo")
    assert code == 2, err
    [line] = [x for x in out.splitlines() if x.startswith("Not added")]
    assert line == (
        "Not added: scan.pdf is a PDF document, but Recent photo takes only JPEG images. Add one of its pages "
        "as a JPEG with --convert-to-jpeg --page N (N from 1 to 3)."
    )
    assert photos(demo) == before
    code, out, _ = run_cli("--lang", "zh_HK", "import", str(demo), str(pdf), "--requirement", "photo")
    assert code == 2 and "--convert-to-jpeg --page N" in out and "近照" in out and "PDF 文件" in out


def test_convert_to_jpeg_adds_the_page_asked_for(demo: Path, tmp_path: Path) -> None:
    pdf = three_page_pdf(tmp_path / "scan.pdf")
    original = pdf.read_bytes()
    code, out, err = run_cli(
        "--lang",
        "en",
        "import",
        str(demo),
        str(pdf),
        "--requirement",
        "photo",
        "--convert-to-jpeg",
        "--page",
        "3",
    )
    assert code == 0, out + err
    assert "Added scan-3.jpg to Recent photo: a JPEG made from scan.pdf." in out
    assert pdf.read_bytes() == original
    [(_, media_type, data)] = [p for p in photos(demo) if p[0] == "scan-3.jpg"]
    assert media_type == "image/jpeg"
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "JPEG" and image.width > image.height  # page 3 is the landscape one


def test_another_image_format_is_converted_too(demo: Path, tmp_path: Path) -> None:
    png = tmp_path / "me.png"
    Image.new("RGB", (600, 800), (200, 180, 160)).save(png)
    code, out, _ = run_cli("--lang", "en", "import", str(demo), str(png), "--requirement", "photo")
    assert code == 2
    assert (
        "Not added: me.png is a PNG image, but Recent photo takes only JPEG images. Add it as a JPEG with --convert-to-jpeg."
        in out
    )
    code, out, err = run_cli(
        "--lang", "en", "import", str(demo), str(png), "--requirement", "photo", "--convert-to-jpeg"
    )
    assert code == 0, out + err
    assert any(name == "me.jpg" and media == "image/jpeg" for name, media, _ in photos(demo))


@pytest.mark.parametrize(
    ("extra", "expected"),
    [
        (["--convert-to-jpeg", "--page", "4"], "There is no page 4 in scan.pdf: give a page from 1 to 3."),
        (["--page", "2"], "--page chooses the page to convert: give it with --convert-to-jpeg."),
        (["--convert-to-jpeg", "--page", "0"], "--page counts from 1: 0 is not a page."),
    ],
)
def test_a_wrong_page_is_a_clean_error(demo: Path, tmp_path: Path, extra: list[str], expected: str) -> None:
    pdf = three_page_pdf(tmp_path / "scan.pdf")
    before = photos(demo)
    code, out, err = run_cli("--lang", "en", "import", str(demo), str(pdf), "--requirement", "photo", *extra)
    assert code == 2
    assert expected in out + err and "Traceback" not in err and "Unexpected error" not in err
    assert photos(demo) == before


def test_check_calls_a_stored_pdf_photo_a_problem_and_convert_fixes_it(demo: Path, tmp_path: Path) -> None:
    """A project made before the photo refused PDFs: the item is not ✓, the fix is named, and it works."""
    pdf = three_page_pdf(tmp_path / "old.pdf")
    with Project.open(demo) as project:
        inspection = {"kind": "pdf", "pages": 3, "findings": []}
        project.add_document("photo", pdf.read_bytes(), "old.pdf", "application/pdf", inspection)
    code, out, _ = run_cli("--lang", "en", "check", str(demo))
    assert code == 1
    assert "✗ Recent photo [photo]: 2 files" in out
    assert "✗ old.pdf is a PDF document, but Recent photo takes only JPEG images" in out
    assert "ttps-desktop convert PROJECT --requirement photo [--page N]" in out
    code, out, err = run_cli("--lang", "en", "convert", str(demo), "--requirement", "photo", "--page", "4")
    assert code == 2 and "There is no page 4 in old.pdf: give a page from 1 to 3." in out, err
    code, out, err = run_cli("--lang", "en", "convert", str(demo), "--requirement", "photo", "--page", "3")
    assert code == 0, out + err
    assert out.strip() == "Converted old.pdf to old-3.jpg in Recent photo."
    names = [(name, media) for name, media, _ in photos(demo)]
    assert ("old-3.jpg", "image/jpeg") in names and ("old.pdf", "application/pdf") not in names
    code, out, _ = run_cli("--lang", "en", "check", str(demo))
    assert "old.pdf is a PDF document" not in out and "✓ Recent photo [photo]: 2 files" in out
    code, out, _ = run_cli("--lang", "zh_CN", "convert", str(demo), "--requirement", "photo")
    assert code == 0 and out.strip() == "无需转换：“近照”的所有文件都是 JPEG 图像。"


def test_convert_refuses_an_item_that_takes_other_types_too(demo: Path) -> None:
    code, _, err = run_cli("--lang", "en", "convert", str(demo), "--requirement", "travel_document")
    assert code == 2
    assert err.strip() == (
        "Valid travel document (personal particulars page) takes other types than JPEG too: "
        "its files are kept as they are."
    )


def test_a_protected_pdf_is_converted_with_its_password_and_only_the_jpeg_is_kept(
    demo: Path, tmp_path: Path
) -> None:
    """`import --convert-to-jpeg --password-file F` on a password-protected PDF: decrypted in memory, its page
    made a JPEG; no decrypted PDF is written anywhere (the folder holds what it held, the project only the
    JPEG); a wrong password adds nothing and says so."""
    from pypdf import PdfReader

    plain = three_page_pdf(tmp_path / "plain.pdf").read_bytes()
    writer = PdfWriter(clone_from=PdfReader(io.BytesIO(plain)))
    writer.encrypt(user_password="open-me", owner_password="owner", algorithm="AES-256")
    locked = tmp_path / "locked.pdf"
    with locked.open("wb") as handle:
        writer.write(handle)
    (tmp_path / "plain.pdf").unlink()
    original = locked.read_bytes()
    right, wrong = tmp_path / "right.txt", tmp_path / "wrong.txt"
    right.write_text("open-me\n", encoding="utf-8")
    wrong.write_text("nope\n", encoding="utf-8")
    before = photos(demo)
    convert = [
        "--lang",
        "en",
        "import",
        str(demo),
        str(locked),
        "--requirement",
        "photo",
        "--convert-to-jpeg",
    ]

    code, out, _ = run_cli(*convert)  # no password: asked for, not added
    assert code != 0 and "--password-file F" in out and photos(demo) == before
    code, out, _ = run_cli(*convert, "--password-file", str(wrong))
    assert code != 0 and f"Not added: the password in {wrong} does not open locked.pdf." in out
    assert photos(demo) == before

    def listing() -> list[str]:  # the folder, but for the project's own storage (its file, lock and backups)
        return sorted(p.name for p in tmp_path.iterdir() if not p.name.startswith(("demo.ttps", ".ttps-")))

    files = listing()
    code, out, err = run_cli(*convert, "--page", "2", "--password-file", str(right))
    assert code == 0, out + err
    assert "Added locked-2.jpg to Recent photo: a JPEG made from locked.pdf." in out
    after = photos(demo)
    [(_, media_type, data)] = [p for p in after if p[0] == "locked-2.jpg"]
    assert media_type == "image/jpeg" and len(after) == len(before) + 1
    with Image.open(io.BytesIO(data)) as image:
        assert image.format == "JPEG" and abs(image.width - image.height) <= 1  # page 2 is the square one
    assert locked.read_bytes() == original  # the user's file is only read
    assert listing() == files == ["locked.pdf", "right.txt", "wrong.txt"]
