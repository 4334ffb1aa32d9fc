"""The extension's checklist: the catalogue's extension requirements (spec section 5), for the applicant and each
dependant extending alongside, decided by the route, the category and what was sent before."""

from __future__ import annotations

from ttps_desktop.core.extension.facts import Route
from ttps_desktop.core.extension.verdicts import ExtensionAssessment
from ttps_desktop.core.rules.checklist import ChecklistItem, checklist
from ttps_desktop.core.rules.eligibility import Assessment
from ttps_desktop.core.rules.model import Catalogue, CategoryId, Condition, ProjectKind


def extension_conditions(ext: ExtensionAssessment) -> frozenset[Condition]:
    held: set[Condition] = set()
    routes = {r.route for r in ext.routes}
    if Route.EMPLOYMENT in routes:
        held.add(Condition.EXTENSION_EMPLOYMENT)
        job = ext.extension.employment
        if ext.company_papers_needed:
            held.add(Condition.EMPLOYER_COMPANY_PAPERS)
        if job is not None and job.intra_company_transfer:
            held.add(Condition.INTRA_COMPANY_TRANSFER)
    if Route.BUSINESS in routes:
        held.add(Condition.EXTENSION_BUSINESS)
    if ext.needs_degree_verification:
        held.add(Condition.DEGREE_VERIFICATION_NOT_SENT)
    if ext.top_tier:
        held.add(Condition.TOP_TIER_STREAM)
    return frozenset(held)


def extension_checklist(
    assessment: Assessment, ext: ExtensionAssessment, catalogue: Catalogue
) -> list[ChecklistItem]:
    category = CategoryId(ext.extension.permission.category)
    return checklist(assessment, catalogue, category, ProjectKind.EXTENSION, extension_conditions(ext))
