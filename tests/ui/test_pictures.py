"""The Work timeline, the Income chart and the Dates tab's timeline: laid out with every label whole and apart (years along the axis, the
window, the 3-year mark, each item's amount, the threshold, the total) in the three languages and at several
widths; drawn in the palette's colours, so they read in a dark theme, at twice the pixel density."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import replace
from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QSize
from PySide6.QtGui import QColor, QFontMetricsF, QImage, QPalette
from pytestqt.qtbot import QtBot

from tests.conftest import REPO
from ttps_desktop.core.keydates import key_dates
from ttps_desktop.core.language import Language
from ttps_desktop.core.rules.eligibility import Assessment, assess_facts
from ttps_desktop.core.rules.facts import IncomeItem, IncomeKind, load_facts
from ttps_desktop.core.rules.report import build_report
from ttps_desktop.core.session import Session
from ttps_desktop.i18n import Translator, set_language
from ttps_desktop.ui.app import create_application
from ttps_desktop.ui.dates import DatesPane
from ttps_desktop.ui.pictures import GAP, IncomeChart, Ink, Scene, Timeline

WIDTHS = (480, 745, 1000)  # the narrowest tab, the tab at the default window size, a wide one


@pytest.fixture(params=list(Language), ids=lambda language: language.value)
def language(request: pytest.FixtureRequest) -> Iterator[Language]:
    app = create_application(request.param)
    yield request.param
    set_language(app, Language.EN)


@pytest.fixture
def assessment(demo_session: Session) -> Assessment:
    """The demo applicant with income entered: two items counted, one outside the year, one without a rate."""
    facts = demo_session.facts()
    day = facts.application_date
    income = (
        IncomeItem(
            IncomeKind.SALARY, Decimal(1_800_000), "HKD", date(day.year - 1, 12, 1), date(day.year, 10, 31)
        ),
        IncomeItem(IncomeKind.BONUS, Decimal(350_000), "HKD", date(day.year, 3, 1), date(day.year, 3, 31)),
        IncomeItem(
            IncomeKind.SALARY, Decimal(999_999), "HKD", date(day.year - 6, 1, 1), date(day.year - 6, 12, 31)
        ),
        IncomeItem(
            IncomeKind.INVESTMENT, Decimal(20_000), "CNY", date(day.year, 1, 1), date(day.year, 1, 31)
        ),
    )
    return assess_facts(replace(facts, income=income))


def assert_laid_out(scene: Scene, metrics: QFontMetricsF, width: int) -> None:
    """Every text is whole in its box (or elided to it), inside the picture, and no two texts meet."""
    assert scene.texts and scene.height > 0
    for text in scene.texts:
        assert metrics.horizontalAdvance(text.text) <= text.rect.width() + 1, text.text
        assert text.rect.left() >= 0 and text.rect.right() <= width, text.text
    for number, one in enumerate(scene.texts):
        for other in scene.texts[number + 1 :]:
            assert not one.rect.intersected(other.rect).isValid(), (one.text, other.text)


def test_the_timeline_names_the_years_the_window_and_the_mark(
    qtbot: QtBot, assessment: Assessment, language: Language
) -> None:
    timeline = Timeline()
    qtbot.addWidget(timeline)
    translator = Translator(language)
    timeline.show_assessment(assessment, translator)
    picture = timeline.picture
    assert picture is not None
    metrics = QFontMetricsF(timeline.chart.font())
    for width in WIDTHS:
        scene = timeline.chart.layout_scene(float(width))
        assert_laid_out(scene, metrics, width)
        shown = [t.text for t in scene.texts]
        assert str(picture.application_date.year - 1) in shown  # the years along the axis
        assert timeline.chart.texts["window"] in shown  # the window of the experience test, named whole
        assert timeline.chart.texts["mark"] in shown  # the 3-year mark, named with its date
        assert translator.format_value(picture.mark) in timeline.chart.texts["mark"]
        assert timeline.chart.texts["summary"] in shown
        whole = [t.full or t.text for t in scene.texts]  # a name elided to its column is whole in its tooltip
        assert all(job.employer in whole for job in picture.jobs)
        if width >= 745:
            assert all(job.employer in shown for job in picture.jobs)


def test_the_income_chart_shows_each_amount_the_threshold_and_the_total(
    qtbot: QtBot, assessment: Assessment, language: Language
) -> None:
    chart = IncomeChart()
    qtbot.addWidget(chart)
    chart.show_assessment(assessment, Translator(language))
    picture = chart.picture
    assert picture is not None
    assert [line.counted_hkd for line in picture.items] == [
        Decimal("1800000.00"),
        Decimal("350000.00"),
        None,
        None,
    ]
    assert picture.total_hkd == Decimal("2150000.00")
    metrics = QFontMetricsF(chart.chart.font())
    for width in WIDTHS:
        scene = chart.chart.layout_scene(float(width))
        assert_laid_out(scene, metrics, width)
        shown = [t.text for t in scene.texts]
        amounts = {"1,800,000.00", "350,000.00", "2,150,000.00"}
        assert all(any(a in s for s in shown) for a in amounts), shown  # each item's bar and the total
        assert any("2,500,000.00" in s for s in shown)  # the threshold, labelled with its amount
        assert shown.count(chart.chart.texts["not_counted"]) == 2
        assert any(s.replace(",", "").isdigit() and int(s.replace(",", "")) > 0 for s in shown)  # the axis


def _render(widget: Timeline | IncomeChart, palette: QPalette) -> QImage:
    """The picture as a screen at twice the pixel density shows it."""
    widget.setPalette(palette)
    widget.resize(745, 320)
    widget.chart.relayout()
    image = QImage(QSize(745 * 2, 320 * 2), QImage.Format.Format_RGB32)
    image.setDevicePixelRatio(2.0)
    image.fill(QColor(255, 0, 255))  # anything the widget leaves unpainted shows as magenta
    widget.render(image)
    return image


def _lightness(image: QImage) -> list[int]:
    return [
        image.pixelColor(x, y).lightness()
        for y in range(0, image.height(), 2)
        for x in range(0, image.width(), 2)
    ]


def _palette(window: QColor, text: QColor, highlight: QColor) -> QPalette:
    palette = QPalette()
    for group in (QPalette.ColorGroup.Active, QPalette.ColorGroup.Inactive):
        palette.setColor(group, QPalette.ColorRole.Window, window)
        palette.setColor(group, QPalette.ColorRole.Base, window)
        palette.setColor(group, QPalette.ColorRole.WindowText, text)
        palette.setColor(group, QPalette.ColorRole.Text, text)
        palette.setColor(group, QPalette.ColorRole.Highlight, highlight)
        palette.setColor(group, QPalette.ColorRole.HighlightedText, QColor(255, 255, 255))
    return palette


@pytest.mark.parametrize("kind", [Timeline, IncomeChart])
def test_the_pictures_read_in_a_dark_theme_at_twice_the_density(
    qtbot: QtBot, assessment: Assessment, kind: type[Timeline] | type[IncomeChart]
) -> None:
    widget = kind()
    qtbot.addWidget(widget)
    widget.show_assessment(assessment, Translator(Language.EN))
    dark = _render(widget, _palette(QColor(30, 32, 36), QColor(235, 235, 235), QColor(64, 140, 230)))
    assert dark.width() == 745 * 2  # drawn at the screen's density, not scaled up from half of it
    background = QColor(30, 32, 36).lightness()
    seen = _lightness(dark)
    assert min(seen) >= background - 4  # nothing drawn in a fixed black, which a dark theme would swallow
    bright = sum(1 for v in seen if v >= 200)
    assert bright > 300  # the labels, axis and years in the theme's light text colour
    assert dark.pixelColor(4, dark.height() - 4) == QColor(30, 32, 36)  # the theme's background, not white
    light = _render(widget, _palette(QColor(250, 250, 250), QColor(20, 20, 20), QColor(40, 110, 200)))
    seen = _lightness(light)
    assert max(seen) <= 250 + 4  # nothing drawn in a fixed white
    assert sum(1 for v in seen if v <= 60) > 300  # the same texts, dark on the light background


def test_the_key_dates_are_labelled_whole_and_apart(qtbot: QtBot, language: Language) -> None:
    """The Dates tab's timeline: every date's label beside its tick, none cut at the edge or over another, in lanes
    above and below the axis (the extension's many dates, at the narrowest width too)."""
    dates = key_dates(build_report(load_facts(REPO / "tests" / "data" / "extension-employment.json")))
    pane = DatesPane()
    qtbot.addWidget(pane)
    pane.show_dates(dates, Translator(language), date(2026, 2, 1))
    timeline = pane.timeline
    metrics = QFontMetricsF(timeline.font())
    for width in WIDTHS:
        scene = timeline.layout_scene(float(width))
        assert_laid_out(scene, metrics, width)
        labels = [t for t in scene.texts if t.ink is not Ink.TODAY]
        assert len(labels) == len(dates)
        for text, key in zip(labels, dates, strict=True):  # each beside its own tick
            tick = timeline.x_of(key.day, float(width))
            assert abs(text.rect.left() - tick) <= GAP + 1 or abs(text.rect.right() - tick) <= GAP + 1
