"""The scheme's rules and the requirement catalogue as typed, frozen values (loaded from resources/rules)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from enum import StrEnum

from ttps_desktop.core.language import Language
from ttps_desktop.core.rules.facts import DegreeLevel, IncomeKind


@dataclass(frozen=True)
class Text:
    """A text in the three languages the app speaks."""

    en: str
    zh_HK: str
    zh_CN: str

    def get(self, language: Language) -> str:
        text: str = getattr(self, language.value)
        return text


class CategoryId(StrEnum):
    A = "A"
    B = "B"
    C = "C"


class TestKind(StrEnum):
    INCOME_AT_LEAST = "income_at_least"
    DEGREE_FROM_LISTED_UNIVERSITY = "degree_from_listed_university"
    EXPERIENCE_AT_LEAST = "experience_at_least"
    EXPERIENCE_LESS_THAN = "experience_less_than"


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    url: str
    checked: date


@dataclass(frozen=True)
class CategoryTest:
    kind: TestKind
    source: str
    threshold_hkd: Decimal = Decimal(0)
    window_months: int = 0
    window_years: int = 0
    years: int = 0
    levels: frozenset[DegreeLevel] = frozenset()
    awarded_within_years: int | None = None
    exclude_hk_locally_accredited: bool = False
    excluded_income_kinds: frozenset[IncomeKind] = frozenset()
    # IMMD-2026 notes 1-7, each switched on by the rule version that brings it
    business_shares_whole_year: bool = False  # note 1
    exclude_honorary: bool = False  # note 2
    higher_degrees_do_not_help: bool = False  # note 2: a master's or doctorate is seen and said not to help
    exclude_continuing_education: bool = False  # note 4
    after_bachelor: bool = False  # note 5: experience counts from the bachelor's award date
    full_time_or_self_employed_only: bool = False  # note 5
    count_by_year_of_graduation: bool = False  # note 6
    verification_required: bool = False  # note 3: verification proof of the degree
    non_local_students_note: bool = False  # note 7: the Hong Kong exclusion is for student-visa holders


@dataclass(frozen=True)
class Category:
    id: CategoryId
    name: Text
    summary: Text
    initial_stay_months: int
    quota_per_year: int | None
    tests: tuple[CategoryTest, ...]
    source: str
    has_quota: bool = False  # an annual quota, with or without a published figure


@dataclass(frozen=True)
class PrcOverseasRule:
    nationality: str
    not_overseas: frozenset[str]
    min_residence_years: int
    source: str


@dataclass(frozen=True)
class Note:
    """A fact shown to the user as it is; ``verify`` marks one we could not confirm on an official page."""

    id: str
    text: Text
    source: str
    verify: bool


@dataclass(frozen=True)
class Fees:
    """What each person pays (applicant and every dependant alike), in Hong Kong dollars."""

    application_hkd: Decimal  # paid on submission, not refunded
    visa_hkd: Decimal  # paid on approval
    source: str
    verify: bool

    @property
    def per_person_hkd(self) -> Decimal:
        return self.application_hkd + self.visa_hkd


@dataclass(frozen=True)
class RuleSet:
    version: str
    effective: date
    title: Text
    sources: dict[str, Source]
    excluded_nationalities: frozenset[str]
    excluded_nationalities_source: str
    excluded_dependant_nationalities: frozenset[str]
    nationalities_to_verify: frozenset[str]  # whose status on this version's dates no official page confirms
    prc_overseas: PrcOverseasRule
    preference: tuple[CategoryId, ...]
    categories: dict[CategoryId, Category]
    notes: tuple[Note, ...]
    travel_document_warn_months: int
    fees: Fees | None = None


class ProjectKind(StrEnum):
    """What a project prepares: the entry application (the default) or an extension of stay."""

    ENTRY = "entry"
    EXTENSION = "extension"


class Condition(StrEnum):
    """When a requirement applies, beyond its categories. Each is decided from the facts (see checklist.py)."""

    HAS_HKID = "has_hkid"
    MAINLAND_RESIDENT = "mainland_resident"
    PRC_PASSPORT_OVERSEAS = "prc_passport_overseas"
    MACAO_OR_TAIWAN_RESIDENT = "macao_or_taiwan_resident"
    MACAO_RESIDENT = "macao_resident"
    TAIWAN_RESIDENT = "taiwan_resident"
    IN_HONG_KONG = "in_hong_kong"
    DOCUMENTS_NOT_IN_CHINESE_OR_ENGLISH = "documents_not_in_chinese_or_english"
    NAME_CHANGED = "name_changed"
    HAS_DEPENDANTS = "has_dependants"
    HAS_EMPLOYMENT = "has_employment"
    SELF_EMPLOYED = "self_employed"
    MAINLAND_DEGREE = "mainland_degree"
    # the extension of stay (decided from the facts' extension section, see core/extension/checklist.py)
    EXTENSION_EMPLOYMENT = "extension_employment"
    EXTENSION_BUSINESS = "extension_business"
    DEGREE_VERIFICATION_NOT_SENT = "degree_verification_not_sent"
    EMPLOYER_COMPANY_PAPERS = "employer_company_papers"
    INTRA_COMPANY_TRANSFER = "intra_company_transfer"
    TOP_TIER_STREAM = "top_tier_stream"


class Answer(StrEnum):
    """An answer to a yes/no question of the e-form (the criminal-conviction declaration)."""

    NO = "no"
    YES = "yes"


class Subject(StrEnum):
    APPLICANT = "applicant"
    SPOUSE = "spouse"
    CHILD = "child"


class Section(StrEnum):
    IDENTITY = "identity"
    EDUCATION = "education"
    WORK = "work"
    INCOME = "income"
    RESIDENCE = "residence"
    SUPPORTING = "supporting"
    DEPENDANTS = "dependants"


class FileKind(StrEnum):
    PDF = "pdf"
    JPEG = "jpeg"
    PNG = "png"
    TIFF = "tiff"
    GIF = "gif"
    HEIF = "heif"
    WEBP = "webp"


@dataclass(frozen=True)
class Requirement:
    id: str
    section: Section
    subject: Subject
    categories: frozenset[CategoryId]
    mandatory_for: frozenset[CategoryId]
    when: tuple[Condition, ...]
    min_files: int
    max_files: int
    accepts: frozenset[FileKind]
    upload_item: str | None
    title: Text
    help: Text
    source: str
    verify: bool
    confirm_only: bool  # a declaration in the form: ticked, no file
    question: str | None = None  # a question the e-form asks, answered in the project (never an upload)
    kind: ProjectKind = ProjectKind.ENTRY  # which application's checklist it belongs to


@dataclass(frozen=True)
class UploadItem:
    id: str
    title: Text
    with_photo: bool = False  # shows the person's face (photo, passport, identity card): kept in colour


@dataclass(frozen=True)
class SectionInfo:
    id: Section
    title: Text


@dataclass(frozen=True)
class Catalogue:
    version: str
    sections: tuple[SectionInfo, ...]
    upload_items: tuple[UploadItem, ...]
    requirements: tuple[Requirement, ...]

    def requirement(
        self,
        requirement_id: str,
        subject: Subject = Subject.APPLICANT,
        kind: ProjectKind = ProjectKind.ENTRY,
    ) -> Requirement:
        for req in self.requirements:
            if req.id == requirement_id and req.subject is subject and req.kind is kind:
                return req
        raise KeyError(requirement_id)

    def section_title(self, section: Section) -> Text:
        return next(s.title for s in self.sections if s.id is section)


@dataclass(frozen=True)
class ItemLimits:
    accepts: frozenset[FileKind]
    max_file_kb: int
    max_files: int


@dataclass(frozen=True)
class UploadProfile:
    id: str
    name: Text
    description: Text
    source: str
    verify: bool
    accepts: frozenset[FileKind]
    max_file_kb: int
    max_files_per_item: int
    min_dpi: int
    greyscale_documents_without_photos: bool
    item_overrides: dict[str, ItemLimits]

    def limits_for(self, upload_item: str) -> ItemLimits:
        return self.item_overrides.get(
            upload_item, ItemLimits(self.accepts, self.max_file_kb, self.max_files_per_item)
        )
