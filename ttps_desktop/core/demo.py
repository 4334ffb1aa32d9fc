"""The demo applicant: invented facts and synthetic documents, generated reproducibly.

Nothing here shows a real person. Every picture carries a visible SPECIMEN mark. The phone-style
photo carries EXIF orientation and GPS tags on purpose, so privacy checks have something to strip.
"""

from __future__ import annotations

import io
import json
import shutil
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont
from PIL.ExifTags import GPS, IFD, Base
from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.pdfgen.canvas import Canvas

from ttps_desktop.core.export.fonts import register_fonts
from ttps_desktop.core.mrz.parse import make_td3
from ttps_desktop.core.mrz.synthetic import draw_zone
from ttps_desktop.core.paths import DEMO_PROJECT_FILE
from ttps_desktop.core.project.durable import ensure_private_dir, write_bytes_durably
from ttps_desktop.core.resources import cjk_font_path, resource

DEMO_FOLDER_NAME = "demo-applicant"
_SPECIMEN = "SPECIMEN 样本"


@dataclass(frozen=True)
class DemoDocument:
    file: str
    requirement: str
    kind: str


def demo_passport_zone(**changes: str) -> tuple[str, str]:
    """The demo passport's machine-readable zone (ICAO 9303 TD3), which agrees with the demo facts; ``changes``
    replace its text fields (a surname that disagrees, for a test)."""
    fields = {
        "issuing_state": "CHN",
        "surname": "LIN",
        "given_names": "XIAOYU",
        "document_number": "E12345678",
    }
    fields.update(changes)
    return make_td3(
        **fields,
        nationality="CHN",
        birth_date=date(1996, 1, 1),
        sex="F",
        expiry_date=date(2032, 3, 1),
    )


def demo_facts_path() -> Path:
    return resource("demo", "facts.json")


def demo_documents() -> list[DemoDocument]:
    raw = json.loads(resource("demo", "documents.json").read_text(encoding="utf-8"))
    return [DemoDocument(d["file"], d["requirement"], d["kind"]) for d in raw["documents"]]


def _font(size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(str(cjk_font_path()), size=size, index=0)


def _stamp_specimen(image: Image.Image) -> None:
    layer = Image.new("RGBA", image.size, (0, 0, 0, 0))
    draw = ImageDraw.Draw(layer)
    size = max(image.size) // 9
    draw.text((image.width * 0.12, image.height * 0.38), _SPECIMEN, font=_font(size), fill=(200, 0, 0, 110))
    rotated = layer.rotate(20, resample=Image.Resampling.BICUBIC, center=(image.width / 2, image.height / 2))
    image.paste(rotated, (0, 0), rotated)


def _jpeg(image: Image.Image, exif: Image.Exif | None = None) -> bytes:
    out = io.BytesIO()
    if exif is None:
        image.convert("RGB").save(out, "JPEG", quality=88)
    else:
        image.convert("RGB").save(out, "JPEG", quality=88, exif=exif)
    return out.getvalue()


def _portrait() -> bytes:
    image = Image.new("RGB", (1200, 1600), (236, 240, 245))
    draw = ImageDraw.Draw(image)
    draw.ellipse((420, 330, 780, 770), fill=(226, 190, 160))  # head
    draw.rectangle((530, 740, 670, 880), fill=(226, 190, 160))  # neck
    draw.pieslice((230, 830, 970, 1800), 180, 360, fill=(40, 60, 100))  # shoulders
    draw.arc((420, 280, 780, 620), 180, 360, fill=(30, 25, 20), width=70)  # hair
    for x in (530, 670):
        draw.ellipse((x - 18, 520, x + 18, 550), fill=(40, 30, 25))
    draw.arc((540, 600, 660, 680), 20, 160, fill=(150, 60, 60), width=8)
    _stamp_specimen(image)
    return _jpeg(image)


def _passport_page() -> bytes:
    image = Image.new("RGB", (1800, 1250), (228, 236, 228))  # scaled to 2600 px wide below: a 300 dpi scan
    draw = ImageDraw.Draw(image)
    draw.rectangle((0, 0, 1800, 130), fill=(120, 30, 40))
    draw.text((60, 30), "DEMO REPUBLIC · PASSPORT 护照 · SPECIMEN", font=_font(60), fill=(255, 240, 200))
    draw.rectangle((80, 220, 520, 800), fill=(200, 208, 214), outline=(90, 90, 90), width=4)
    draw.text((180, 470), "PHOTO\n照片", font=_font(60), fill=(110, 110, 110))
    fields = [
        ("Type / 类型", "P"),
        ("Passport No. / 护照号", "E12345678"),
        ("Surname / 姓", "LIN 林"),
        ("Given names / 名", "XIAOYU 晓雨"),
        ("Date of birth / 出生日期", "01 JAN 1996"),
        ("Date of issue / 签发日期", "02 MAR 2022"),
        ("Date of expiry / 有效期至", "01 MAR 2032"),
    ]
    y = 200
    for label, value in fields:
        draw.text((600, y), label, font=_font(30), fill=(80, 80, 80))
        draw.text((600, y + 36), value, font=_font(46), fill=(10, 10, 10))
        y += 100
    # A valid machine-readable zone (ICAO 9303 TD3) that agrees with the demo facts, printed at a fixed pitch.
    draw_zone(
        image, demo_passport_zone(), cjk_font_path(), left=62, top=1010, px_per_mm=1800 / 125, fill_pitch=True
    )
    _stamp_specimen(image)
    return _jpeg(image.resize((2600, 1806), Image.Resampling.LANCZOS))


def _letter_image() -> Image.Image:
    image = Image.new("RGB", (1240, 1754), (250, 250, 246))
    draw = ImageDraw.Draw(image)
    lines = [
        ("Sample Cloud Technology Ltd. 示例云科技有限公司", 44),
        ("", 30),
        ("Employment Certificate 在职证明", 52),
        ("", 30),
        ("This is to certify that LIN Xiaoyu (passport E12345678)", 32),
        ("has been employed full time by our company since", 32),
        ("15 August 2022 as Senior Data Engineer, and remains employed.", 32),
        ("", 30),
        ("兹证明林晓雨自2022年8月15日起在我司全职担任高级数据工程师，至今在职。", 30),
        ("", 30),
        ("Human Resources Department 人力资源部", 32),
        ("20 November 2026", 32),
    ]
    y = 160
    for text, size in lines:
        draw.text((110, y), text, font=_font(size), fill=(15, 15, 15))
        y += size + 30
    _stamp_specimen(image)
    return image


def _phone_photo_of_letter() -> bytes:
    """A photo as a phone stores it: pixels sideways, EXIF says 'rotate 90° clockwise', GPS attached."""
    upright = _letter_image()
    stored = upright.transpose(Image.Transpose.ROTATE_90)  # what the sensor recorded
    exif = Image.Exif()
    exif[Base.Orientation] = 6
    exif[Base.Make] = "DemoPhone"
    exif[Base.Model] = "Synthetic 1"
    exif[Base.DateTime] = "2026:11:20 10:15:00"
    gps = exif.get_ifd(IFD.GPSInfo)
    gps[GPS.GPSLatitudeRef] = "N"
    gps[GPS.GPSLatitude] = (22.0, 16.0, 48.0)
    gps[GPS.GPSLongitudeRef] = "E"
    gps[GPS.GPSLongitude] = (114.0, 9.0, 36.0)
    return _jpeg(stored, exif)


def _pdf(draw_pages: Callable[[Canvas], None]) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=A4, invariant=True, pageCompression=1, initialFontName=register_fonts())
    canvas.setTitle("Specimen document")
    canvas.setAuthor("TTPS Desktop demo generator")
    draw_pages(canvas)
    canvas.save()
    return out.getvalue()


def _page_specimen(canvas: Canvas) -> None:
    canvas.saveState()
    canvas.setFillColorRGB(0.85, 0.1, 0.1, alpha=0.25)
    canvas.setFont(register_fonts(), 72)
    canvas.translate(A4[0] / 2, A4[1] / 2)
    canvas.rotate(35)
    canvas.drawCentredString(0, 0, _SPECIMEN)
    canvas.restoreState()


def _text_page(canvas: Canvas, title: str, lines: list[str]) -> None:
    font = register_fonts()
    canvas.setFont(font, 20)
    canvas.drawCentredString(A4[0] / 2, A4[1] - 40 * mm, title)
    canvas.setFont(font, 12)
    y = A4[1] - 60 * mm
    for line in lines:
        canvas.drawString(25 * mm, y, line)
        y -= 8 * mm
    _page_specimen(canvas)
    canvas.showPage()


def _degree_certificate() -> bytes:
    def draw(canvas: Canvas) -> None:
        _text_page(
            canvas,
            "Bachelor's Degree Certificate 学士学位证书",
            [
                "Demo University of Examples 示例大学 (specimen; not a real certificate)",
                "",
                "This certifies that LIN Xiaoyu, born 1 January 1996,",
                "has completed the programme in Computer Science and Technology",
                "and is awarded the degree of Bachelor of Engineering.",
                "兹证明林晓雨，1996年1月1日出生，修完计算机科学与技术专业本科课程，",
                "成绩合格，授予工学学士学位。",
                "",
                "Awarded 1 July 2018    Certificate No. 000000000000",
            ],
        )

    return _pdf(draw)


def _transcript() -> bytes:
    courses = [
        f"CS{100 + i:03d}  Course {i + 1:02d} 课程{i + 1:02d}    credits 3    grade A-" for i in range(40)
    ]

    def draw(canvas: Canvas) -> None:
        _text_page(
            canvas, "Academic Transcript 成绩单 (1/2)", ["Student: LIN Xiaoyu 林晓雨", "", *courses[:24]]
        )
        _text_page(
            canvas, "Academic Transcript 成绩单 (2/2)", [*courses[24:], "", "Cumulative GPA 3.7 / 4.0"]
        )

    return _pdf(draw)


def _employer_letter_first() -> bytes:
    def draw(canvas: Canvas) -> None:
        _text_page(
            canvas,
            "Employment Verification Letter 工作证明",
            [
                "Example Data Co., Ltd. 示例数据有限公司",
                "",
                "LIN Xiaoyu was employed full time as Data Engineer",
                "from 1 August 2018 to 30 June 2022.",
                "林晓雨于2018年8月1日至2022年6月30日在我司全职担任数据工程师。",
                "",
                "Human Resources, 15 November 2026",
            ],
        )

    return _pdf(draw)


def _tax_statement() -> bytes:
    months = [
        f"2025-{m:02d}   salary 工资薪金   CNY 52,000.00   tax paid 已缴税款 CNY 9,480.00"
        for m in range(1, 13)
    ]

    def draw(canvas: Canvas) -> None:
        _text_page(
            canvas,
            "Individual Income Tax Record 个人所得税纳税记录",
            ["Taxpayer 纳税人: LIN Xiaoyu 林晓雨", "Period 期间: 2025-01 to 2025-12", "", *months],
        )

    return _pdf(draw)


_GENERATORS: dict[str, Callable[[], bytes]] = {
    "portrait": _portrait,
    "passport_page": _passport_page,
    "degree_certificate": _degree_certificate,
    "transcript": _transcript,
    "employer_letter_first": _employer_letter_first,
    "employer_letter_phone_photo": _phone_photo_of_letter,
    "tax_statement": _tax_statement,
}


def generate_document(kind: str) -> bytes:
    return _GENERATORS[kind]()


def write_demo_project(out_dir: Path) -> Path:
    """Create the demo applicant's project: its documents go through the same intake as a user's files."""
    import tempfile

    from ttps_desktop.core.evidence.intake import import_files
    from ttps_desktop.core.evidence.pool import InspectorPool
    from ttps_desktop.core.project.store import Project
    from ttps_desktop.core.rules.facts import load_facts
    from ttps_desktop.core.rules.loader import catalogue

    ensure_private_dir(Path(out_dir))
    target = Path(out_dir) / DEMO_PROJECT_FILE
    with tempfile.TemporaryDirectory() as scratch:
        sources = write_demo_sources(Path(scratch)) / "documents"
        with Project.create(target, load_facts(demo_facts_path())) as project, InspectorPool() as pool:
            for doc in demo_documents():
                requirement = catalogue().requirement(doc.requirement)
                import_files(project, [sources / doc.file], doc.requirement, requirement, pool)
    return target


def write_demo_sources(out_dir: Path) -> Path:
    """Write the demo applicant's facts and documents into ``out_dir/demo-applicant``; return it."""
    folder = Path(out_dir) / DEMO_FOLDER_NAME
    documents = folder / "documents"
    ensure_private_dir(documents)
    shutil.copyfile(demo_facts_path(), folder / "facts.json")
    for doc in demo_documents():
        write_bytes_durably(documents / doc.file, generate_document(doc.kind))
    return folder
