"""Export a project: dossier, checklist and submission pack, written so that a cancelled or failed export leaves
nothing half-written at the destination (everything is built in a private temporary folder, then moved)."""

from __future__ import annotations

import contextlib
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from ttps_desktop.core.errors import BadInputError, ExitCode, TtpsError
from ttps_desktop.core.export.checklist_pdf import build_checklist
from ttps_desktop.core.export.dossier import DossierOptions, build_dossier
from ttps_desktop.core.export.localizer import Localizer
from ttps_desktop.core.export.names import safe_name
from ttps_desktop.core.export.pack import (
    PageDrawer,
    build_pack,
    encrypted_zip_pack,
    manifest,
    manifest_bytes,
    write_pack,
    zip_pack,
)
from ttps_desktop.core.export.pages import A4, LETTER
from ttps_desktop.core.export.plan import neutral_params, plan_export
from ttps_desktop.core.findings import Finding, FindingCode, Severity
from ttps_desktop.core.language import QT_TRANSLATE_NOOP
from ttps_desktop.core.progress import NullProgress, Progress
from ttps_desktop.core.project.durable import ensure_private_dir, fsync_directory, write_bytes_durably
from ttps_desktop.core.project.store import Project
from ttps_desktop.core.rules.loader import upload_profiles

MSG_INCOMPLETE = QT_TRANSLATE_NOOP(
    "Errors",
    "Not exported: the project is not complete yet ({errors} problems to fix). Run a check to see them, or export "
    "anyway as a draft (--allow-incomplete).",
)
MSG_CANNOT_WRITE = QT_TRANSLATE_NOOP("Errors", "Cannot write the export to {folder}: {reason}")
MSG_PROTECT_NEEDS_PASSWORD = QT_TRANSLATE_NOOP(
    "Errors", "Protecting the submission pack needs a password: give one (--password-file F)."
)


class ExportRefusedError(TtpsError):
    exit_code = ExitCode.INCOMPLETE


@dataclass(frozen=True)
class ExportResult:
    dossier: Path
    checklist: Path
    pack_folder: Path
    pack_zip: Path
    findings: tuple[Finding, ...]
    left_out: tuple[Finding, ...] = ()  # documents that could not be exported (named, with the reason)
    draft: bool = False  # written although the project is not complete: DRAFT on the cover and every footer
    # The zip is encrypted with the dossier's password, and no open submission folder is left beside it.
    pack_protected: bool = False

    @property
    def written(self) -> tuple[Path, ...]:
        """What the export put in the folder (the submission folder only when the pack is not protected)."""
        if self.pack_protected:
            return (self.dossier, self.checklist, self.pack_zip)
        return (self.dossier, self.checklist, self.pack_folder, self.pack_zip)

    @property
    def with_problems(self) -> bool:
        """Written, but some documents could not be included."""
        return bool(self.left_out)


def _place(built: Path, target: Path, trash: Path) -> None:
    if target.is_dir() and not target.is_symlink():
        target.replace(trash / target.name)
    built.replace(target)


def export_project(
    project: Project,
    out_dir: Path,
    loc: Localizer,
    profile_id: str | None = None,
    password: str | None = None,
    allow_incomplete: bool = False,
    letter: bool = False,
    progress: Progress | None = None,
    draw_page: PageDrawer | None = None,
    protect_pack: bool = False,
) -> ExportResult:
    """Write the dossier, the checklist and the submission pack into ``out_dir``, all or nothing.
    ``draw_page`` lets profiles that take images only carry PDF documents as one image per page.
    ``protect_pack``: the zip is encrypted with ``password`` (AES-256) too, and the open submission folder is not
    written (one left by an earlier export there is removed), so the documents are nowhere unprotected; the
    checklist PDF, which lists the documents but holds none of them, stays open for printing."""
    if protect_pack and not password:
        raise BadInputError(MSG_PROTECT_NEEDS_PASSWORD)
    progress = progress or NullProgress()
    plan = plan_export(project, loc.language, profile_id)
    errors = sum(1 for f in plan.check.findings if f.severity is Severity.ERROR)
    if not plan.check.complete and not allow_incomplete:
        raise ExportRefusedError(MSG_INCOMPLETE, errors=errors)
    facts = project.facts()
    base = safe_name(facts.applicant.reference or facts.applicant.name or "TTPS")
    profile = upload_profiles().get(profile_id)
    paper = LETTER if letter else A4
    names = {
        "dossier": f"{base}-dossier.pdf",
        "checklist": f"{base}-checklist.pdf",
        "folder": f"{base}-submission",
        "zip": f"{base}-submission.zip",
    }
    try:
        ensure_private_dir(out_dir)
        work = Path(tempfile.mkdtemp(prefix=".ttps-export-", dir=out_dir))
    except OSError as exc:
        raise TtpsError(MSG_CANNOT_WRITE, folder=str(out_dir), reason=exc.strerror or str(exc)) from exc
    try:
        read = project.read_document  # one document at a time: never all of them in memory
        dossier = build_dossier(project, plan, loc, DossierOptions(paper, password), progress, evidence=read)
        write_bytes_durably(work / names["dossier"], dossier.data)
        dossier_left = dossier.left_out
        del dossier
        checklist = build_checklist(plan, facts.applicant.display_name, loc, paper)
        files, pack_findings = build_pack(
            plan, read, profile, progress, draw_page, applicant=facts.applicant.display_name
        )
        known = {f.subject for f in dossier_left}
        left = dossier_left + tuple(
            f for f in pack_findings if f.code is FindingCode.EXPORT_LEFT_OUT and f.subject not in known
        )
        labels = neutral_params(plan, loc.language)
        # The manifest travels with the pack: it names a document by its item and number, never by file name.
        in_manifest = [
            Finding(
                f.severity, f.code, labels.get(f.subject, ""), {**f.params, "file": f.params.get("name", "")}
            )
            if f.code is FindingCode.EXPORT_LEFT_OUT
            else f
            for f in pack_findings
        ]
        extra = {
            "checklist.pdf": checklist,
            "manifest.json": manifest_bytes(manifest(plan, profile, files, in_manifest, "checklist.pdf")),
        }
        write_bytes_durably(work / names["checklist"], checklist)
        when = plan.created.timetuple()[:6] if plan.created.year >= 1980 else (1980, 1, 1, 0, 0, 0)
        if protect_pack:
            assert password is not None
            encrypted_zip_pack(work / names["zip"], names["folder"], files, extra, when, password)
        else:
            write_pack(work / names["folder"], files, extra)
            zip_pack(work / names["zip"], names["folder"], files, extra, when)
        trash = work / ".replaced"
        trash.mkdir()
        placed = (
            ("dossier", "checklist", "zip") if protect_pack else ("dossier", "checklist", "folder", "zip")
        )
        for key in placed:
            _place(work / names[key], out_dir / names[key], trash)
        old_folder = out_dir / names["folder"]
        if protect_pack and old_folder.is_dir() and not old_folder.is_symlink():
            old_folder.replace(
                trash / old_folder.name
            )  # an earlier export's open copy: removed with the trash
        fsync_directory(out_dir)
    except OSError as exc:
        raise TtpsError(MSG_CANNOT_WRITE, folder=str(out_dir), reason=exc.strerror or str(exc)) from exc
    finally:
        with contextlib.suppress(OSError):
            shutil.rmtree(work)
    return ExportResult(
        out_dir / names["dossier"],
        out_dir / names["checklist"],
        out_dir / names["folder"],
        out_dir / names["zip"],
        tuple(plan.check.findings)
        + tuple(f for f in pack_findings if f.code is not FindingCode.EXPORT_LEFT_OUT),
        left,
        not plan.check.complete,
        protect_pack,
    )


def read_password_file(path: Path) -> str:
    text = Path(path).read_text(encoding="utf-8")
    return text.rstrip("\r\n")


def checklist_only(
    project: Project, loc: Localizer, profile_id: str | None = None, letter: bool = False
) -> bytes:
    """The printable checklist alone, in memory (File > Print Checklist): nothing is written anywhere."""
    plan = plan_export(project, loc.language, profile_id)
    return build_checklist(plan, project.facts().applicant.display_name, loc, LETTER if letter else A4)
