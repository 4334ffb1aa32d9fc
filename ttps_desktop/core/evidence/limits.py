"""Limits and quality thresholds for evidence, read from resources/rules/quality.json."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache

from ttps_desktop.core.jsonread import Node, load_json
from ttps_desktop.core.resources import resource


@dataclass(frozen=True)
class Limits:
    max_file_mb: int
    max_image_megapixels: int
    inspect_timeout_seconds: float
    convert_timeout_seconds: float
    inspect_memory_mb: int
    pdf_many_pages: int
    pdf_pages_checked: int
    analysis_long_edge_px: int
    blur_min_sharpness: float
    dark_max_brightness: float
    washed_out_min_brightness: float
    washed_out_max_contrast: float
    document_expiry_warn_months: int

    @property
    def max_file_bytes(self) -> int:
        return self.max_file_mb * 1024 * 1024


def _limits(n: Node) -> Limits:
    n.opt_text("about")
    return Limits(
        max_file_mb=n.integer("max_file_mb"),
        max_image_megapixels=n.integer("max_image_megapixels"),
        inspect_timeout_seconds=float(n.decimal("inspect_timeout_seconds")),
        convert_timeout_seconds=float(n.decimal("convert_timeout_seconds")),
        inspect_memory_mb=n.integer("inspect_memory_mb"),
        pdf_many_pages=n.integer("pdf_many_pages"),
        pdf_pages_checked=n.integer("pdf_pages_checked"),
        analysis_long_edge_px=n.integer("analysis_long_edge_px"),
        blur_min_sharpness=float(n.decimal("blur_min_sharpness")),
        dark_max_brightness=float(n.decimal("dark_max_brightness")),
        washed_out_min_brightness=float(n.decimal("washed_out_min_brightness")),
        washed_out_max_contrast=float(n.decimal("washed_out_max_contrast")),
        document_expiry_warn_months=n.integer("document_expiry_warn_months"),
    )


@cache
def limits() -> Limits:
    path = resource("rules", "quality.json")
    return Node(load_json(path), str(path)).read(_limits)
