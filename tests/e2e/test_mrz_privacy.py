"""What a passport's machine-readable zone says stays in the project: an export carries the page's image, and
neither the zone's text nor the findings that quote it."""

from __future__ import annotations

import zipfile
from pathlib import Path

from pypdf import PdfReader

from ttps_desktop.core.export.run import export_project
from ttps_desktop.core.language import Language
from ttps_desktop.core.mrz.parse import make_td3
from ttps_desktop.core.project.store import Project
from ttps_desktop.core.project_check import check_project
from ttps_desktop.i18n import Translator


def test_zone_values_stay_out_of_every_export(demo_project_file: Path, tmp_path: Path) -> None:
    copy = tmp_path / "demo.ttps"
    copy.write_bytes(demo_project_file.read_bytes())
    from datetime import date

    lines = make_td3(
        issuing_state="CHN",
        surname="QUIXOTEVA",  # a name found nowhere else in the project
        given_names="ZELDRA",
        document_number="K98765432",
        nationality="CHN",
        birth_date=date(1996, 1, 1),
        sex="F",
        expiry_date=date(2027, 1, 1),
    )
    with Project.open(copy) as project:
        (passport,) = project.documents("travel_document")
        project.set_document_facts(
            passport.id, {**passport.facts, "mrz": {"status": "read", "lines": list(lines)}}
        )
        codes = {f.code.value for f in check_project(project).findings}
        assert {"mrz_name_differs", "mrz_expires_during_stay"} <= codes  # the window and check do show them
        result = export_project(project, tmp_path / "out", Translator(Language.EN), allow_incomplete=True)
    texts = []
    for pdf in [result.dossier, result.checklist, *result.pack_folder.glob("*.pdf")]:
        texts += [page.extract_text() for page in PdfReader(pdf).pages]
    raw = b"".join(p.read_bytes() for p in result.pack_folder.iterdir() if p.is_file())
    with zipfile.ZipFile(result.pack_zip) as archive:
        raw += b"".join(archive.read(name) for name in archive.namelist())
    for secret in ("QUIXOTEVA", "ZELDRA", "K98765432", lines[1]):
        assert all(secret not in text for text in texts)
        assert secret.encode() not in raw
