"""A password protects the dossier; with "protect the pack" the submission zip too (AES-256), and no open copy of
the documents is left beside it. The zip is read back with independent readers: 7-Zip and pyzipper (with the
password: every file; without it, or with a wrong one: none), and Python's own zipfile (which cannot decrypt)."""

from __future__ import annotations

import subprocess
import zipfile
from pathlib import Path

import pytest
import pyzipper

from tests.e2e.conftest import tool
from tests.test_cli import run_cli
from ttps_desktop.core.errors import BadInputError
from ttps_desktop.core.export.run import ExportResult, export_project
from ttps_desktop.core.language import Language
from ttps_desktop.core.project.store import Project
from ttps_desktop.i18n import Translator

PASSWORD = "s3cret pässwort 密碼"


@pytest.fixture(scope="module")
def demo_copy(demo_project_file: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    target = tmp_path_factory.mktemp("protect-src") / "demo.ttps"
    target.write_bytes(demo_project_file.read_bytes())
    return target


def export(project_path: Path, out: Path, **options: object) -> ExportResult:
    with Project.open(project_path, read_only=True) as project:
        return export_project(project, out, Translator(Language.EN), allow_incomplete=True, **options)  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def open_and_protected(
    demo_copy: Path, tmp_path_factory: pytest.TempPathFactory
) -> tuple[ExportResult, ExportResult]:
    mp = pytest.MonkeyPatch()
    mp.setenv(
        "SOURCE_DATE_EPOCH", "1795000000"
    )  # the two exports write the same dates: their files compare equal
    try:
        plain = export(demo_copy, tmp_path_factory.mktemp("plain"), password=PASSWORD)
        protected = export(
            demo_copy, tmp_path_factory.mktemp("protected"), password=PASSWORD, protect_pack=True
        )
    finally:
        mp.undo()
    return plain, protected


def contents(zip_path: Path, password: str | None) -> dict[str, bytes]:
    with pyzipper.AESZipFile(zip_path) as archive:
        if password is not None:
            archive.setpassword(password.encode("utf-8"))
        return {info.filename: archive.read(info.filename) for info in archive.infolist()}


def test_the_zip_opens_with_the_password_and_holds_the_same_files(
    open_and_protected: tuple[ExportResult, ExportResult],
) -> None:
    plain, protected = open_and_protected
    assert protected.pack_protected and not plain.pack_protected
    with zipfile.ZipFile(plain.pack_zip) as archive:
        expected = {info.filename: archive.read(info) for info in archive.infolist()}
    assert contents(protected.pack_zip, PASSWORD) == expected
    with zipfile.ZipFile(protected.pack_zip) as archive:
        infos = archive.infolist()
        assert infos and all(info.flag_bits & 0x1 for info in infos)  # every entry is encrypted
        assert all(info.compress_type == 99 for info in infos)  # 99: WinZip AES
        with pytest.raises(RuntimeError, match="encrypted"):
            archive.read(infos[0])


def test_the_zip_does_not_open_without_the_password(
    open_and_protected: tuple[ExportResult, ExportResult],
) -> None:
    _, protected = open_and_protected
    for wrong in (None, "wrong", PASSWORD.upper()):
        with pytest.raises(RuntimeError):
            contents(protected.pack_zip, wrong)


def test_seven_zip_opens_it_with_the_password_only(
    open_and_protected: tuple[ExportResult, ExportResult], tmp_path: Path
) -> None:
    seven = tool("7zz")
    plain, protected = open_and_protected
    listing = subprocess.run(
        [seven, "l", "-slt", "-p" + PASSWORD, str(protected.pack_zip)],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    assert "Method = AES-256" in listing
    ok = subprocess.run(
        [seven, "x", "-p" + PASSWORD, f"-o{tmp_path}", str(protected.pack_zip)],
        capture_output=True,
        text=True,
    )
    assert ok.returncode == 0, ok.stdout + ok.stderr
    extracted = tmp_path / protected.pack_folder.name
    for original in plain.pack_folder.iterdir():
        assert (extracted / original.name).read_bytes() == original.read_bytes(), original.name
    wrong = subprocess.run(
        [seven, "t", "-pwrong", str(protected.pack_zip)],
        capture_output=True,
        text=True,
        stdin=subprocess.DEVNULL,
    )
    assert wrong.returncode != 0 and "Wrong password" in wrong.stdout + wrong.stderr


def test_no_open_folder_is_left_beside_the_protected_zip(demo_copy: Path, tmp_path: Path) -> None:
    first = export(demo_copy, tmp_path, password=PASSWORD)  # an earlier export, unprotected
    assert first.pack_folder.is_dir()
    second = export(demo_copy, tmp_path, password=PASSWORD, protect_pack=True)
    assert not second.pack_folder.exists()
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted(p.name for p in second.written)
    assert second.written == (second.dossier, second.checklist, second.pack_zip)


def test_protecting_the_pack_needs_a_password(demo_copy: Path, tmp_path: Path) -> None:
    with pytest.raises(BadInputError):
        export(demo_copy, tmp_path / "out", protect_pack=True)
    assert not (tmp_path / "out").exists()


def test_the_command_line_protects_the_pack(demo_copy: Path, tmp_path: Path) -> None:
    password = tmp_path / "pw.txt"
    password.write_text(PASSWORD + "\n", encoding="utf-8")
    out = tmp_path / "out"
    code, text, err = run_cli(
        "--lang", "en", "export", str(demo_copy), "--out", str(out), "--allow-incomplete",
        "--password-file", str(password), "--protect-pack",
    )  # fmt: skip
    assert code == 0, err
    assert (
        "DEMO-0001-submission.zip" in text and "Written: " + str(out / "DEMO-0001-submission\n") not in text
    )
    assert "open only with the password" in text and "checklist PDF" in text
    assert not (out / "DEMO-0001-submission").exists()
    assert contents(out / "DEMO-0001-submission.zip", PASSWORD)
    code, _, err = run_cli(
        "--lang", "en", "export", str(demo_copy), "--out", str(tmp_path / "none"), "--allow-incomplete",
        "--protect-pack",
    )  # fmt: skip
    assert (
        code == 2
        and err.strip() == "Protecting the submission pack needs a password: give one (--password-file F)."
    )
