"""Footer stamps for thousands of pages without drawing thousands of pages: every distinct piece of text (a
label, the words around the page numbers, each digit) is drawn once as a Form XObject; a page's stamp is a few
placement operators appended to its content. Nothing of the page itself is parsed or rewritten."""

from __future__ import annotations

import io
from typing import Any, cast

from pypdf import PageObject, PdfReader, PdfWriter
from pypdf.generic import ArrayObject, DictionaryObject, FloatObject, NameObject, StreamObject
from reportlab.pdfbase.pdfmetrics import stringWidth
from reportlab.pdfgen.canvas import Canvas

from ttps_desktop.core.export.fonts import register_fonts
from ttps_desktop.core.export.layout import FOOTER, MARGIN, MM
from ttps_desktop.core.export.layout import contents as _contents
from ttps_desktop.core.export.layout import stream as _stream

SIZE = 8.0
_BASELINE = FOOTER - 7 * MM
_HEIGHT = SIZE * 1.4
_DESCENT = SIZE * 0.3


class Stamper:
    def __init__(self, writer: PdfWriter, fragments: set[str]) -> None:
        self.writer = writer
        self.font = register_fonts()
        pieces = sorted(fragments | set("0123456789"))
        self.width = {p: stringWidth(p, self.font, SIZE) for p in pieces}
        self.names: dict[str, NameObject] = {}
        self._shared: dict[str, Any] = {}
        # The page's own content is wrapped in q ... Q, so the stamp is drawn in a clean state: two streams that
        # every page shares.
        self._save = writer._add_object(_stream(b"q\n"))
        self._restore = writer._add_object(_stream(b"\nQ\n"))
        self.objects: dict[str, object] = {}
        out = io.BytesIO()
        canvas = Canvas(out, invariant=True, initialFontName=self.font, pageCompression=1)
        drawable = [p for p in pieces if self.width[p] > 0]
        for piece in drawable:
            canvas.setPageSize((self.width[piece] + 1, _HEIGHT))
            canvas.setFont(self.font, SIZE)
            canvas.setFillGray(0.35)
            canvas.drawString(0, _DESCENT, piece)
            canvas.showPage()
        canvas.save()
        reader = PdfReader(io.BytesIO(out.getvalue()))
        for number, (piece, page) in enumerate(zip(drawable, reader.pages, strict=True)):
            self._form(piece, page, number)

    def _resources(self, page: PageObject) -> Any:
        """The pieces' pages all name the same font: their resources are copied into the output once."""
        raw = page.raw_get("/Resources")
        key = repr(raw)
        if key not in self._shared:
            self._shared[key] = self.writer._add_object(page["/Resources"].clone(self.writer))
        return self._shared[key]

    def _form(self, piece: str, page: PageObject, number: int) -> None:
        contents = page.get_contents()
        assert contents is not None
        form = StreamObject()
        form._data = contents.get_data()
        form.update(
            {
                NameObject("/Type"): NameObject("/XObject"),
                NameObject("/Subtype"): NameObject("/Form"),
                NameObject("/BBox"): ArrayObject(
                    [FloatObject(0), FloatObject(0), FloatObject(self.width[piece] + 1), FloatObject(_HEIGHT)]
                ),
                NameObject("/Resources"): self._resources(page),
            }
        )
        self.names[piece] = NameObject(f"/TTPSStamp{number}")
        self.objects[piece] = self.writer._add_object(form)

    def stamp(self, page: PageObject, left: list[str], right: list[str]) -> None:
        """Place ``left`` pieces from the left margin and ``right`` pieces ending at the right margin."""
        width = float(page.mediabox.width)
        ops = [b"q"]
        used: set[str] = set()
        x = MARGIN
        for piece in left:
            if piece in self.names:
                ops.append(
                    f"q 1 0 0 1 {x:.2f} {_BASELINE - _DESCENT:.2f} cm {self.names[piece]} Do Q".encode()
                )
                used.add(piece)
            x += self.width.get(piece, 0.0)
        x = width - MARGIN - sum(self.width.get(p, 0.0) for p in right)
        for piece in right:
            if piece in self.names:
                ops.append(
                    f"q 1 0 0 1 {x:.2f} {_BASELINE - _DESCENT:.2f} cm {self.names[piece]} Do Q".encode()
                )
                used.add(piece)
            x += self.width.get(piece, 0.0)
        ops.append(b"Q")
        if NameObject("/Resources") not in page:
            page[NameObject("/Resources")] = DictionaryObject()
        resources = cast(DictionaryObject, page["/Resources"].get_object())
        if NameObject("/XObject") not in resources:
            resources[NameObject("/XObject")] = DictionaryObject()
        xobjects = cast(DictionaryObject, resources["/XObject"].get_object())
        for piece in sorted(used):  # a set's order changes between processes: the output must not
            xobjects[self.names[piece]] = self.objects[piece]
        body = _contents(self.writer, page)
        page[NameObject("/Contents")] = ArrayObject(
            [self._save, *body, self._restore, self.writer._add_object(_stream(b"\n".join(ops)))]
        )


def split_number_template(template: str) -> tuple[str, str, str]:
    """'Page \\x00 of \\x01' → ('Page ', ' of ', ''): the words around the two numbers."""
    before, rest = template.split("\x00", 1)
    middle, after = rest.split("\x01", 1)
    return before, middle, after
