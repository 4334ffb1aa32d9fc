"""The bundle builds and runs on its own; the desktop integration files are well-formed; licences are listed."""

from __future__ import annotations

import configparser
import json
import os
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader

from tests.conftest import REPO
from ttps_desktop.ui.dialogs.about import third_party_components


def test_desktop_entry_is_complete() -> None:
    entry = configparser.ConfigParser(interpolation=None)
    entry.optionxform = str  # type: ignore[assignment,method-assign]
    entry.read(REPO / "packaging" / "ttps-desktop.desktop", encoding="utf-8")
    section = entry["Desktop Entry"]
    assert section["Type"] == "Application" and section["Exec"].startswith("ttps-desktop")
    assert section["Icon"] == "ttps-desktop" and "Office;" in section["Categories"]
    assert section["Name[zh_HK]"] and section["Name[zh_CN]"]


def test_appstream_metainfo_names_the_desktop_entry() -> None:
    root = ET.parse(REPO / "packaging" / "hk.ttps.desktop.metainfo.xml").getroot()
    assert root.get("type") == "desktop-application"
    assert root.findtext("launchable") == "ttps-desktop.desktop"
    assert root.findtext("project_license") == "Apache-2.0"


def test_third_party_notice_matches_the_about_dialog() -> None:
    notice = (REPO / "THIRD-PARTY.md").read_text(encoding="utf-8")
    for component in third_party_components():
        assert f"## {component['name']}" in notice and component["licence"] in notice
    listed = " ".join(c["name"] for c in third_party_components())
    for dependency in (
        "PySide6",
        "pypdf",
        "Pillow",
        "ReportLab",
        "platformdirs",
        "pillow-heif",
        "cryptography",
        "Babel",
        "pycountry",
        "RapidOCR",
        "ONNX Runtime",
        "opencv-python-headless",
    ):
        assert dependency in listed, dependency


def test_icons_for_every_platform(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, str(REPO / "packaging" / "make_icons.py"), str(tmp_path)],
        check=True,
        capture_output=True,
    )
    assert {p.name for p in tmp_path.iterdir()} >= {
        "ttps-desktop-256.png",
        "ttps-desktop.ico",
        "ttps-desktop.icns",
    }


@pytest.mark.slow
@pytest.mark.skipif(
    shutil.which("pyinstaller", path=str(Path(sys.executable).parent)) is None,
    reason="PyInstaller not installed",
)
def test_bundle_builds_and_exports_the_demo_headless(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "DIST": str(tmp_path / "dist"),
        "WORK": str(tmp_path / "work"),
        "TTPS_DESKTOP_HOME": str(tmp_path / "home"),
    }
    subprocess.run(
        ["bash", str(REPO / "scripts" / "build-bundle.sh")],
        check=True,
        cwd=REPO,
        env=env,
        capture_output=True,
        timeout=900,
    )
    exe = tmp_path / "dist" / "ttps-desktop" / "ttps-desktop"
    assert exe.is_file()
    # Left out (packaging/ttps-desktop.spec): the GTK theme without GTK, the virtual keyboard with Qt Quick and QML,
    # embedded-screen platforms, and Babel's data for locales the app never reads.
    shipped = {p.name for p in exe.parent.rglob("*")}
    for unused in (
        "libqgtk3.so",
        "libqtvirtualkeyboardplugin.so",
        "libQt6Quick.so.6",
        "libQt6Qml.so.6",
        "libqvnc.so",
    ):
        assert unused not in shipped, unused
    assert {"libqxcb.so", "libqwayland.so", "libibusplatforminputcontextplugin.so"} <= shipped
    locales = {p.stem for p in exe.parent.rglob("locale-data/*.dat")}
    assert locales == {"root", "en", "zh", "zh_Hans", "zh_Hans_CN", "zh_Hant", "zh_Hant_HK"}
    assert {"qtbase_zh_CN.qm", "qtbase_zh_TW.qm"} <= shipped and "qtbase_de.qm" not in shipped
    # the user guide ships in the three languages, with its screenshots
    guides = {p.name for p in (tmp_path / "dist").rglob("_resources/guide/*.html")}
    assert guides == {"en.html", "zh_HK.html", "zh_CN.html"}
    assert len(list((tmp_path / "dist").rglob("_resources/guide/images/*-zh_HK.png"))) >= 5
    run = {
        "env": {**env, "QT_QPA_PLATFORM": "offscreen"},
        "capture_output": True,
        "text": True,
        "timeout": 120,
        "check": True,
    }
    assert subprocess.run([str(exe), "--version"], **run).stdout.startswith("TTPS Desktop ")  # type: ignore[call-overload]
    # Country names come from the Babel data kept: the reasons name the nationality in Chinese.
    facts = str(REPO / "resources" / "demo" / "facts.json")
    assert "中國" in subprocess.run([str(exe), "--lang", "zh_HK", "eligibility", facts], **run).stdout  # type: ignore[call-overload]
    subprocess.run([str(exe), "--lang", "zh_CN", "demo", "--out", str(tmp_path / "p")], **run)  # type: ignore[call-overload]
    subprocess.run(
        [
            str(exe),
            "--lang",
            "zh_CN",
            "export",
            str(tmp_path / "p" / "demo-applicant.ttps"),
            "--out",
            str(tmp_path / "o"),
            "--allow-incomplete",
        ],
        **run,
    )  # type: ignore[call-overload]
    # The submission zip protected with the password (pyzipper inside the bundle): no open folder beside it.
    (tmp_path / "pw").write_text("s3cret\n", encoding="utf-8")
    protect = [
        str(exe),
        "export",
        str(tmp_path / "p" / "demo-applicant.ttps"),
        "--out",
        str(tmp_path / "protected"),
    ]
    protect += ["--allow-incomplete", "--password-file", str(tmp_path / "pw"), "--protect-pack"]
    subprocess.run(protect, **run)  # type: ignore[call-overload]
    written = sorted(p.name for p in (tmp_path / "protected").iterdir())
    assert written == ["DEMO-0001-checklist.pdf", "DEMO-0001-dossier.pdf", "DEMO-0001-submission.zip"]
    reader = PdfReader(tmp_path / "o" / "DEMO-0001-dossier.pdf")
    assert "高端人才通行证计划申请" in reader.pages[0].extract_text()
    json.loads((tmp_path / "o" / "DEMO-0001-submission" / "manifest.json").read_text(encoding="utf-8"))
    # Image-only profile: PDF pages are drawn by QtPdf in worker processes started from inside the bundle.
    strict = tmp_path / "strict"
    project = str(tmp_path / "p" / "demo-applicant.ttps")
    export = [
        str(exe),
        "export",
        project,
        "--out",
        str(strict),
        "--allow-incomplete",
        "--profile",
        "immd_strict",
    ]
    subprocess.run(export, **run)  # type: ignore[call-overload]
    pages = sorted((strict / "DEMO-0001-submission").glob("03_applicant_degree_*.jpg"))
    assert len(pages) == 3 and all(p.stat().st_size > 10_000 for p in pages)
    # The MRZ reader: RapidOCR's models and onnxruntime inside the bundle, in a worker process started from it.
    read = subprocess.run([str(exe), "--lang", "en", "mrz", "--project", project, "--json"], **run)  # type: ignore[call-overload]
    (passport,) = json.loads(read.stdout)
    assert (
        passport["status"] == "read"
        and passport["surname"] == "LIN"
        and passport["document_number"] == "E12345678"
    )
    subprocess.run([str(exe), "gui", "--exit-after-ms", "200"], **run)  # type: ignore[call-overload]
