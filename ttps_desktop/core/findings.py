"""Findings: every problem or hint the app can report, as values. The ui translates and shows them, the cli
prints them, and export refuses or warns from the same list.

Codes are a public interface (printed by ``--json``): never rename one; add new ones.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from ttps_desktop.core.language import QT_TRANSLATE_NOOP
from ttps_desktop.core.messages import (
    Message,
    MessageText,
    ParamValue,
    json_value,
    param_from_json,
    param_text,
)


class Severity(StrEnum):
    ERROR = "error"  # the file cannot be used as it is
    WARNING = "warning"  # usable, but likely to cause trouble
    INFO = "info"  # worth knowing


class FindingCode(StrEnum):
    # reading the file
    NOT_A_FILE = "not_a_file"
    UNREADABLE = "unreadable"
    VANISHED = "vanished"
    EMPTY_FILE = "empty_file"
    TOO_LARGE = "too_large"
    UNSUPPORTED_TYPE = "unsupported_type"
    EXTENSION_MISMATCH = "extension_mismatch"
    DUPLICATE = "duplicate"
    CORRUPT = "corrupt"
    TIMED_OUT = "timed_out"
    TOO_MUCH_MEMORY = "too_much_memory"
    # PDF
    PDF_PASSWORD_REQUIRED = "pdf_password_required"
    PDF_RESTRICTED = "pdf_restricted"
    PDF_JAVASCRIPT = "pdf_javascript"
    PDF_ATTACHMENTS = "pdf_attachments"
    PDF_REPAIRED = "pdf_repaired"
    PDF_MANY_PAGES = "pdf_many_pages"
    PDF_BLANK_PAGES = "pdf_blank_pages"
    PDF_BROKEN_OUTLINE = "pdf_broken_outline"
    PDF_ATTACHMENTS_LOCKED = "pdf_attachments_locked"
    PDF_FORM_FILLED = "pdf_form_filled"
    PDF_FORM_NO_APPEARANCE = "pdf_form_no_appearance"
    PDF_XFA_FORM = "pdf_xfa_form"
    PDF_IMAGE_TOO_MANY_PIXELS = "pdf_image_too_many_pixels"
    # images
    IMAGE_TOO_MANY_PIXELS = "image_too_many_pixels"
    IMAGE_TOO_LARGE_TO_OPEN = "image_too_large_to_open"
    IMAGE_CONVERTED = "image_converted"
    IMAGE_LOW_RESOLUTION = "image_low_resolution"
    IMAGE_BLURRED = "image_blurred"
    IMAGE_TOO_DARK = "image_too_dark"
    IMAGE_WASHED_OUT = "image_washed_out"
    IMAGE_ROTATED = "image_rotated"
    IMAGE_LOCATION = "image_location"
    IMAGE_CMYK = "image_cmyk"
    IMAGE_HIGH_BIT_DEPTH = "image_high_bit_depth"
    IMAGE_ANIMATED = "image_animated"
    IMAGE_MULTI_PAGE = "image_multi_page"
    # what the user said about a document
    DOCUMENT_EXPIRED = "document_expired"
    DOCUMENT_EXPIRES_SOON = "document_expires_soon"
    PERIOD_NOT_COVERED = "period_not_covered"
    TRANSLATION_NEEDED = "translation_needed"
    # the set of files for a checklist item
    ITEM_MISSING = "item_missing"
    ITEM_TOO_MANY_FILES = "item_too_many_files"
    ITEM_NOT_CONFIRMED = "item_not_confirmed"
    QUESTION_NOT_ANSWERED = "question_not_answered"
    QUESTION_ANSWERED = "question_answered"
    VERIFICATION_CODE_MISSING = "verification_code_missing"
    FILE_KIND_NOT_ACCEPTED = "file_kind_not_accepted"
    FILE_KIND_REFUSED = (
        "file_kind_refused"  # an item that takes JPEG alone refused another type (convertible)
    )
    FILE_KIND_WRONG = "file_kind_wrong"  # such a file already in a project (made before items refused them)
    NO_SUCH_PAGE = "no_such_page"
    CONVERSION_FAILED = "conversion_failed"
    # the travel document's machine-readable zone (MRZ) against the facts
    MRZ_UNREADABLE = "mrz_unreadable"
    MRZ_NOT_FOUND = "mrz_not_found"
    MRZ_OCR_UNAVAILABLE = "mrz_ocr_unavailable"
    MRZ_NAME_DIFFERS = "mrz_name_differs"
    MRZ_NAME_CHANGED = "mrz_name_changed"
    MRZ_NATIONALITY_DIFFERS = "mrz_nationality_differs"
    MRZ_ISSUER_DIFFERS = "mrz_issuer_differs"
    MRZ_BIRTH_DATE_DIFFERS = "mrz_birth_date_differs"
    MRZ_EXPIRY_DIFFERS = "mrz_expiry_differs"
    MRZ_NUMBER_DIFFERS = "mrz_number_differs"
    MRZ_EXPIRED = "mrz_expired"
    MRZ_EXPIRES_DURING_STAY = "mrz_expires_during_stay"
    # the project file itself
    PROJECT_DAMAGED = "project_damaged"
    # the submission pack
    PACK_TOO_LARGE = "pack_too_large"
    PACK_CANNOT_CONVERT = "pack_cannot_convert"
    PACK_TOO_MANY_FILES = "pack_too_many_files"
    # building the export
    EXPORT_LEFT_OUT = "export_left_out"


# Findings whose parameters carry what a travel document's machine-readable zone says (personal data): shown
# in the window and by the command line, never printed into anything the app exports.
ZONE_VALUE_CODES = frozenset(
    {
        FindingCode.MRZ_NAME_DIFFERS,
        FindingCode.MRZ_NAME_CHANGED,
        FindingCode.MRZ_NATIONALITY_DIFFERS,
        FindingCode.MRZ_ISSUER_DIFFERS,
        FindingCode.MRZ_BIRTH_DATE_DIFFERS,
        FindingCode.MRZ_EXPIRY_DIFFERS,
        FindingCode.MRZ_NUMBER_DIFFERS,
        FindingCode.MRZ_EXPIRED,
        FindingCode.MRZ_EXPIRES_DURING_STAY,
    }
)

_F = "Finding"
_D = "Damage"


def _damage(text: str) -> MessageText:
    return param_text(_D, text)


class Damage:
    """What is wrong with a damaged file, as the {detail} of a CORRUPT finding: always one of these texts,
    never a parser's own message (those go to the log)."""

    NO_PAGES = _damage(QT_TRANSLATE_NOOP("Damage", "it has no pages"))
    PAGE_TREE_LOOPS = _damage(QT_TRANSLATE_NOOP("Damage", "its list of pages loops back on itself"))
    PAGE_TREE_TOO_DEEP = _damage(QT_TRANSLATE_NOOP("Damage", "its list of pages is nested too deeply"))
    LOOPS = _damage(QT_TRANSLATE_NOOP("Damage", "its structure loops back on itself"))
    TRUNCATED = _damage(
        QT_TRANSLATE_NOOP("Damage", "it ends too early: it was probably not saved or copied completely")
    )
    PICTURE_DATA = _damage(QT_TRANSLATE_NOOP("Damage", "its picture data is damaged"))
    NOT_RECOGNISED = _damage(
        QT_TRANSLATE_NOOP(
            "Damage", "its first bytes say what kind of file it is, but the rest does not match"
        )
    )
    STRUCTURE = _damage(QT_TRANSLATE_NOOP("Damage", "its internal structure cannot be read"))
    READER_STOPPED = _damage(QT_TRANSLATE_NOOP("Damage", "the reader stopped unexpectedly"))
    PAGE_CONTENT = _damage(QT_TRANSLATE_NOOP("Damage", "a page is stored in a way PDF does not allow"))


FINDING_TEXT: dict[FindingCode, str] = {
    FindingCode.NOT_A_FILE: QT_TRANSLATE_NOOP(
        "Finding", "{name} is not a regular file ({what}): only files can be added."
    ),
    FindingCode.UNREADABLE: QT_TRANSLATE_NOOP("Finding", "{name} cannot be read: {reason}."),
    FindingCode.VANISHED: QT_TRANSLATE_NOOP(
        "Finding", "{name} disappeared while it was being added (moved, renamed or deleted?). Add it again."
    ),
    FindingCode.EMPTY_FILE: QT_TRANSLATE_NOOP(
        "Finding", "{name} is empty (0 bytes): the file was not saved or copied completely."
    ),
    FindingCode.TOO_LARGE: QT_TRANSLATE_NOOP(
        "Finding", "{name} is {size_mb} MB, more than the {limit_mb} MB the app takes for one file."
    ),
    FindingCode.UNSUPPORTED_TYPE: QT_TRANSLATE_NOOP(
        "Finding",
        "{name} looks like {looks_like}, which cannot be used: add a PDF or a picture (JPEG, PNG, TIFF, HEIC, AVIF, JPEG 2000, GIF, WebP).",
    ),
    FindingCode.EXTENSION_MISMATCH: QT_TRANSLATE_NOOP(
        "Finding", "{name} is really {looks_like}, whatever its name says; it is handled as what it is."
    ),
    FindingCode.DUPLICATE: QT_TRANSLATE_NOOP(
        "Finding", "{name} is the same file as {other}, already in the project."
    ),
    FindingCode.CORRUPT: QT_TRANSLATE_NOOP(
        "Finding", "{name} is damaged and cannot be read ({detail}). Export or scan it again."
    ),
    FindingCode.TIMED_OUT: QT_TRANSLATE_NOOP(
        "Finding",
        "{name} took too long to read (over {seconds} seconds) and was stopped: it may be damaged or built to hang readers.",
    ),
    FindingCode.TOO_MUCH_MEMORY: QT_TRANSLATE_NOOP(
        "Finding",
        "{name} needed too much memory to read and was stopped: it may be damaged or built to exhaust readers.",
    ),
    FindingCode.PDF_PASSWORD_REQUIRED: QT_TRANSLATE_NOOP(
        "Finding",
        "{name} is protected by a password. Enter it to check the file, or save an unprotected copy from the bank or tax website.",
    ),
    FindingCode.PDF_RESTRICTED: QT_TRANSLATE_NOOP(
        "Finding",
        "{name} carries restrictions (printing or copying); it opens without a password, and the dossier will include its pages.",
    ),
    FindingCode.PDF_JAVASCRIPT: QT_TRANSLATE_NOOP(
        "Finding", "{name} contains scripts; they are never run and are left out of the export."
    ),
    FindingCode.PDF_ATTACHMENTS: QT_TRANSLATE_NOOP(
        "Finding",
        "{name} has {count} files attached inside it; they are left out of the export. Add any you need separately.",
    ),
    FindingCode.PDF_REPAIRED: QT_TRANSLATE_NOOP(
        "Finding",
        "{name} has a damaged internal index; it was read anyway, but check every page looks right.",
    ),
    FindingCode.PDF_MANY_PAGES: QT_TRANSLATE_NOOP(
        "Finding", "{name} has {pages} pages: check that only the pages needed are included."
    ),
    FindingCode.PDF_BROKEN_OUTLINE: QT_TRANSLATE_NOOP(
        "Finding",
        "{name} has a broken table of bookmarks (it loops back on itself); the pages are fine, and the bookmarks are left out of the export.",
    ),
    FindingCode.PDF_BLANK_PAGES: QT_TRANSLATE_NOOP("Finding", "{name}: these pages seem blank: {pages}."),
    FindingCode.PDF_ATTACHMENTS_LOCKED: QT_TRANSLATE_NOOP(
        "Finding",
        "{name} has files attached inside it that are locked with a password; the document itself opens without one. The attachments are left out of the export: add any you need separately.",
    ),
    FindingCode.PDF_FORM_FILLED: QT_TRANSLATE_NOOP(
        "Finding",
        "{name} is a filled form ({count} fields): the dossier keeps its pages as they look, not the field values, which can no longer be edited there.",
    ),
    FindingCode.PDF_FORM_NO_APPEARANCE: QT_TRANSLATE_NOOP(
        "Finding",
        "{name} has {count} filled form fields whose text is not drawn on the page (the form leaves that to the viewer): in the dossier they would look empty. Open it, print it to a new PDF (Print to PDF) and add that instead.",
    ),
    FindingCode.PDF_XFA_FORM: QT_TRANSLATE_NOOP(
        "Finding",
        "{name} is an XFA form, which only Adobe Reader shows in full: the dossier can keep only what its PDF pages hold, which may be an empty page. Open it in Adobe Reader, print it to a new PDF and add that instead.",
    ),
    FindingCode.IMAGE_TOO_MANY_PIXELS: QT_TRANSLATE_NOOP(
        "Finding",
        "{name} is {width} × {height} pixels, too large to open safely (no photo or scan needs so many); it was not opened. Save it at a smaller size.",
    ),
    FindingCode.PDF_IMAGE_TOO_MANY_PIXELS: QT_TRANSLATE_NOOP(
        "Finding",
        "{name} holds a picture of {width} × {height} pixels, too large to open safely (no scan needs so many); it was not added. Scan or save the document again at a normal resolution.",
    ),
    FindingCode.IMAGE_TOO_LARGE_TO_OPEN: QT_TRANSLATE_NOOP(
        "Finding",
        "{name} declares more pixels than the app can open safely; it was not opened. Save it at a smaller size.",
    ),
    FindingCode.IMAGE_CONVERTED: QT_TRANSLATE_NOOP(
        "Finding",
        "{name} is {looks_like}, which upload forms and many viewers do not take; the app keeps a copy converted to {target}, and your file is left as it is.",
    ),
    FindingCode.IMAGE_LOW_RESOLUTION: QT_TRANSLATE_NOOP(
        "Finding",
        "{name} is too small to read well: about {dpi} dpi on an A4 page, below the {min_dpi} dpi needed. Scan or photograph it closer.",
    ),
    FindingCode.IMAGE_BLURRED: QT_TRANSLATE_NOOP(
        "Finding",
        "{name} looks blurred (sharpness {score}, below {threshold}). Take the photo again, holding still.",
    ),
    FindingCode.IMAGE_TOO_DARK: QT_TRANSLATE_NOOP(
        "Finding", "{name} is too dark (brightness {score} of 255). Take the photo in better light."
    ),
    FindingCode.IMAGE_WASHED_OUT: QT_TRANSLATE_NOOP(
        "Finding",
        "{name} is washed out (brightness {score} of 255, little contrast). Avoid glare and direct flash.",
    ),
    FindingCode.IMAGE_ROTATED: QT_TRANSLATE_NOOP(
        "Finding", "{name} is stored rotated; it is turned upright automatically."
    ),
    FindingCode.IMAGE_LOCATION: QT_TRANSLATE_NOOP(
        "Finding",
        "{name} records where it was taken (GPS); the location is removed from everything the app exports.",
    ),
    FindingCode.IMAGE_CMYK: QT_TRANSLATE_NOOP(
        "Finding", "{name} uses print colours (CMYK); it is converted for the screen and the upload."
    ),
    FindingCode.IMAGE_HIGH_BIT_DEPTH: QT_TRANSLATE_NOOP(
        "Finding", "{name} has 16-bit colour; it is converted to 8-bit for the upload."
    ),
    FindingCode.IMAGE_ANIMATED: QT_TRANSLATE_NOOP(
        "Finding", "{name} is animated ({frames} frames); only the first frame is used."
    ),
    FindingCode.IMAGE_MULTI_PAGE: QT_TRANSLATE_NOOP(
        "Finding", "{name} holds {frames} pages; each becomes a page of the dossier."
    ),
    FindingCode.DOCUMENT_EXPIRED: QT_TRANSLATE_NOOP(
        "Finding", "{name} expired on {expiry}, before the application date."
    ),
    FindingCode.DOCUMENT_EXPIRES_SOON: QT_TRANSLATE_NOOP(
        "Finding",
        "{name} expires on {expiry}, within {months} months of the application: consider renewing it first.",
    ),
    FindingCode.PERIOD_NOT_COVERED: QT_TRANSLATE_NOOP(
        "Finding",
        "{name} covers {covered_start} to {covered_end}, but the job at {employer} is claimed from {start} to {end}.",
    ),
    FindingCode.TRANSLATION_NEEDED: QT_TRANSLATE_NOOP(
        "Finding", "{name} is not in Chinese or English: add a translation into one of them."
    ),
    FindingCode.ITEM_MISSING: QT_TRANSLATE_NOOP("Finding", "{item}: no file yet ({needed} needed)."),
    FindingCode.ITEM_TOO_MANY_FILES: QT_TRANSLATE_NOOP(
        "Finding", "{item}: {count} files, but the upload takes at most {limit}: combine them into one PDF."
    ),
    FindingCode.ITEM_NOT_CONFIRMED: QT_TRANSLATE_NOOP("Finding", "{item}: not ticked as done yet."),
    FindingCode.QUESTION_NOT_ANSWERED: QT_TRANSLATE_NOOP(
        "Finding",
        "{item}: not answered yet. Answer it in the Eligibility tab or on the command line.",
    ),
    FindingCode.VERIFICATION_CODE_MISSING: QT_TRANSLATE_NOOP(
        "Finding",
        "{item}: record the online verification code (such as a CHSI code) in the file's details: the Immigration Department authenticates the degree online with it.",
    ),
    FindingCode.QUESTION_ANSWERED: QT_TRANSLATE_NOOP(
        "Finding", "{item}: answered {answer}; you declare it on the e-form itself, nothing is uploaded."
    ),
    FindingCode.MRZ_UNREADABLE: QT_TRANSLATE_NOOP(
        "Finding",
        "{name}: its machine-readable zone (the two or three lines of <<< at the bottom) could not be read with every check digit valid. Scan or photograph the page again, flat, sharp and without glare.",
    ),
    FindingCode.MRZ_NOT_FOUND: QT_TRANSLATE_NOOP(
        "Finding",
        "{name}: no machine-readable zone was found on it. Is it the page with the personal particulars, with the lines of <<< at the bottom, in full?",
    ),
    FindingCode.MRZ_OCR_UNAVAILABLE: QT_TRANSLATE_NOOP(
        "Finding",
        "The passport reader cannot run on this computer ({reason}): compare the travel documents with the facts by eye. Everything else works.",
    ),
    FindingCode.MRZ_NAME_DIFFERS: QT_TRANSLATE_NOOP(
        "Finding",
        "{name}: the name in its machine-readable zone is {mrz_name}, but the facts say {facts_name}. Spell the name as the travel document does.",
    ),
    FindingCode.MRZ_NAME_CHANGED: QT_TRANSLATE_NOOP(
        "Finding",
        "{name}: the name in its machine-readable zone is {mrz_name}, not {facts_name}; as the name was changed, add the proof of the change of name ({item}).",
    ),
    FindingCode.MRZ_NATIONALITY_DIFFERS: QT_TRANSLATE_NOOP(
        "Finding",
        "{name}: its machine-readable zone gives the nationality {mrz_value}, but the facts say {facts_value}.",
    ),
    FindingCode.MRZ_ISSUER_DIFFERS: QT_TRANSLATE_NOOP(
        "Finding",
        "{name}: its machine-readable zone says it was issued by {mrz_value}, but the facts say {facts_value}.",
    ),
    FindingCode.MRZ_BIRTH_DATE_DIFFERS: QT_TRANSLATE_NOOP(
        "Finding",
        "{name}: its machine-readable zone gives the date of birth {mrz_date}, but the facts say {facts_date}.",
    ),
    FindingCode.MRZ_EXPIRY_DIFFERS: QT_TRANSLATE_NOOP(
        "Finding",
        "{name}: its machine-readable zone gives the expiry date {mrz_date}, but the facts say {facts_date}.",
    ),
    FindingCode.MRZ_NUMBER_DIFFERS: QT_TRANSLATE_NOOP(
        "Finding",
        "{name}: its machine-readable zone gives the document number {mrz_value}, but the facts say {facts_value}.",
    ),
    FindingCode.MRZ_EXPIRED: QT_TRANSLATE_NOOP(
        "Finding",
        "{name} expired on {expiry} (by its machine-readable zone), before the application date: renew it before applying.",
    ),
    FindingCode.MRZ_EXPIRES_DURING_STAY: QT_TRANSLATE_NOOP(
        "Finding",
        "{name} expires on {expiry}, before the end of the {months}-month stay that category {category} would grant (about {stay_end}, counted from the application date): consider renewing it before applying.",
    ),
    FindingCode.PROJECT_DAMAGED: QT_TRANSLATE_NOOP(
        "Finding",
        "The project file is damaged ({what}: {detail}). Restore a backup (ttps-desktop restore PROJECT) before exporting.",
    ),
    FindingCode.PACK_TOO_LARGE: QT_TRANSLATE_NOOP(
        "Finding",
        "{file} is {size_kb} KB even at the lowest acceptable quality, over the {limit_kb} KB the upload takes: split it, or scan those pages in black and white.",
    ),
    FindingCode.PACK_CANNOT_CONVERT: QT_TRANSLATE_NOOP(
        "Finding",
        "{name} is a PDF, but {item} takes only: {accepted}. Add a photo or scan in one of those types.",
    ),
    FindingCode.PACK_TOO_MANY_FILES: QT_TRANSLATE_NOOP(
        "Finding", "{item} takes {limit} file(s); only the first were packed. Leave out or combine the rest."
    ),
    FindingCode.EXPORT_LEFT_OUT: QT_TRANSLATE_NOOP(
        "Finding",
        "{file} ({name}) could not be included in the export: {reason}. The dossier has a page saying so in its place. Add the document again in another form (a new scan, or a PDF printed from it).",
    ),
    FindingCode.FILE_KIND_NOT_ACCEPTED: QT_TRANSLATE_NOOP(
        "Finding", "{name} is {looks_like}, but {item} takes only: {accepted}."
    ),
    FindingCode.FILE_KIND_REFUSED: QT_TRANSLATE_NOOP(
        "Finding",
        "{name} is {looks_like}, but {item} takes only JPEG images. It can be added converted to JPEG (a PDF one page at a time); the original file stays as it is.",
    ),
    FindingCode.FILE_KIND_WRONG: QT_TRANSLATE_NOOP(
        "Finding",
        "{name} is {looks_like}, but {item} takes only JPEG images: the upload cannot carry it. Convert it to JPEG: in the window, open this problem and choose Convert to JPEG; on the command line: ttps-desktop convert PROJECT --requirement {item_id} [--page N].",
    ),
    FindingCode.NO_SUCH_PAGE: QT_TRANSLATE_NOOP(
        "Finding", "There is no page {page} in {name}: give a page from 1 to {pages}."
    ),
    FindingCode.CONVERSION_FAILED: QT_TRANSLATE_NOOP(
        "Finding", "{name} could not be converted to JPEG: its page could not be drawn."
    ),
}


@dataclass(frozen=True)
class Finding:
    severity: Severity
    code: FindingCode
    subject: str  # what it is about: a file name, a checklist item id
    params: Mapping[str, ParamValue] = field(default_factory=dict)
    document: int | None = None  # the stored document it is about (names are not unique: two "scan.pdf")

    @property
    def message(self) -> Message:
        return Message(MessageText(_F, FINDING_TEXT[self.code]), self.params)


def finding(severity: Severity, code: FindingCode, subject: str, **params: ParamValue) -> Finding:
    return Finding(severity, code, subject, params)


def findings_to_json(item: Finding) -> dict[str, Any]:
    data: dict[str, Any] = {
        "severity": item.severity.value,
        "code": item.code.value,
        "subject": item.subject,
        "params": {k: json_value(v) for k, v in item.params.items()},
    }
    if item.document is not None:
        data["document"] = item.document
    return data


_TEXT_PARAMS = ("looks_like", "target", "detail", "what")


def finding_from_json(data: Mapping[str, Any]) -> Finding:
    """Inverse of findings_to_json for stored inspection results (their params are plain JSON values; the
    texts among them, stored in English, become translatable texts again: the modules that define those texts
    must have been imported, as core/project_check.py does; importing them here would make an import cycle)."""
    params = {k: param_from_json(v) if k in _TEXT_PARAMS else v for k, v in dict(data["params"]).items()}
    document = data.get("document")
    return Finding(
        Severity(data["severity"]),
        FindingCode(data["code"]),
        str(data["subject"]),
        params,
        int(document) if isinstance(document, int) else None,
    )
