"""An adversarial corpus made in the tests (pypdf, reportlab, Pillow; nothing downloaded): PDFs with scripts,
actions, attachments, forms, XFA, piece info, optional content, odd boxes and broken page trees, and TIFFs with
several pages and 16-bit samples. Each file carries SECRET markers that must never reach an export, and VISIBLE
text that must."""

from __future__ import annotations

import io
import struct
import zlib
from collections.abc import Callable
from typing import Any, cast

from PIL import Image
from pypdf import PdfReader, PdfWriter
from pypdf.generic import (
    ArrayObject,
    BooleanObject,
    DictionaryObject,
    FloatObject,
    NameObject,
    NumberObject,
    StreamObject,
    TextStringObject,
)
from reportlab.pdfgen.canvas import Canvas

SECRETS = (
    b"SECRETJS",
    b"SECRETATTACHMENT",
    b"SECRETXFA",
    b"SECRETPIECE",
    b"SECRETLAYER",
    b"SECRETMETA",
    b"SecretCamModel",
    b"SECRETFIELDNAME",
    b"SECRETNAMEDDEST",
)


def _canvas_pdf(draw: Callable[[Canvas], None], size: tuple[float, float] = (595, 842)) -> bytes:
    out = io.BytesIO()
    canvas = Canvas(out, pagesize=size, invariant=True)
    draw(canvas)
    canvas.showPage()
    canvas.save()
    return out.getvalue()


def _text(words: str) -> Callable[[Canvas], None]:
    def draw(canvas: Canvas) -> None:
        canvas.setFont("Helvetica", 20)
        canvas.drawString(72, 700, words)

    return draw


def _writer_of(data: bytes) -> PdfWriter:
    writer = PdfWriter()
    for page in PdfReader(io.BytesIO(data)).pages:
        writer.add_page(page)
    return writer


def _bytes(writer: PdfWriter) -> bytes:
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def _js(code: str) -> DictionaryObject:
    return DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Action"),
            NameObject("/S"): NameObject("/JavaScript"),
            NameObject("/JS"): TextStringObject(code),
        }
    )


def scripts_and_actions() -> bytes:
    """Document JavaScript, an open action, page actions, a named destination and document metadata."""
    writer = _writer_of(_canvas_pdf(_text("VISIBLE SCRIPTS")))
    writer._root_object[NameObject("/OpenAction")] = writer._add_object(_js("app.alert('SECRETJS open');"))
    page = writer.pages[0]
    page[NameObject("/AA")] = DictionaryObject({NameObject("/O"): _js("app.alert('SECRETJS page');")})
    writer.add_named_destination("SECRETNAMEDDEST", 0)
    names = cast(DictionaryObject, writer._root_object["/Names"].get_object())
    names[NameObject("/JavaScript")] = DictionaryObject(
        {
            NameObject("/Names"): ArrayObject(
                [TextStringObject("doc"), writer._add_object(_js("app.alert('SECRETJS document');"))]
            )
        }
    )
    writer.add_metadata({"/Author": "SECRETMETA author", "/Title": "SECRETMETA title"})
    writer.xmp_metadata = b'<x:xmpmeta xmlns:x="adobe:ns:meta/">SECRETMETA</x:xmpmeta>'
    page[NameObject("/Metadata")] = writer._add_object(_stream(b"<x:xmpmeta>SECRETMETA page</x:xmpmeta>"))
    return _bytes(writer)


def _stream(data: bytes, **entries: object) -> StreamObject:
    stream = StreamObject()
    stream._data = data
    for key, value in entries.items():
        stream[NameObject("/" + key)] = cast(Any, value)
    return stream


def attachments() -> bytes:
    """A document attachment (EmbeddedFiles) and a FileAttachment annotation on the page."""
    writer = _writer_of(_canvas_pdf(_text("VISIBLE ATTACHMENTS")))
    writer.add_attachment("secret.txt", b"SECRETATTACHMENT in the document")
    embedded = writer._add_object(
        _stream(b"SECRETATTACHMENT in the annotation", Type=NameObject("/EmbeddedFile"))
    )
    spec = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Filespec"),
            NameObject("/F"): TextStringObject("note.txt"),
            NameObject("/EF"): DictionaryObject({NameObject("/F"): embedded}),
        }
    )
    annot = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Annot"),
            NameObject("/Subtype"): NameObject("/FileAttachment"),
            NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (10, 10, 30, 30)]),
            NameObject("/FS"): writer._add_object(spec),
        }
    )
    writer.pages[0][NameObject("/Annots")] = ArrayObject([writer._add_object(annot)])
    return _bytes(writer)


def attachments_locked() -> bytes:
    """Encryption that covers attachments alone (/EFF; /StmF and /StrF /Identity): the pages are in the clear
    and open without a password, the attachment would need one."""
    writer = _writer_of(_canvas_pdf(_text("VISIBLE LOCKED ATTACHMENT")))
    writer.add_attachment("secret.txt", b"SECRETATTACHMENT behind a password")
    writer.encrypt(user_password="only-for-attachments", algorithm="AES-256")
    writer._encryption = None  # objects stay in the clear, as in such files
    entry = writer._encrypt_entry
    assert entry is not None
    entry[NameObject("/StmF")] = NameObject("/Identity")
    entry[NameObject("/StrF")] = NameObject("/Identity")
    entry[NameObject("/EFF")] = NameObject("/StdCF")
    return _bytes(writer)


def form(value: str | None, xfa: bool = False) -> bytes:
    """A text field drawn by reportlab (with its appearance when it has a value), optionally with an XFA packet."""

    def draw(canvas: Canvas) -> None:
        canvas.setFont("Helvetica", 14)
        canvas.drawString(72, 760, "VISIBLE FORM")
        canvas.acroForm.textfield(
            name="SECRETFIELDNAME",
            value=value or "",
            x=72,
            y=600,
            width=300,
            height=30,
            fontName="Helvetica",
            fontSize=14,
            borderWidth=0,
        )

    writer = PdfWriter(clone_from=io.BytesIO(_canvas_pdf(draw)))
    if xfa:
        packet = writer._add_object(_stream(b"<xdp:xdp>SECRETXFA</xdp:xdp>"))
        acro = cast(DictionaryObject, writer._root_object["/AcroForm"].get_object())
        acro[NameObject("/XFA")] = ArrayObject([TextStringObject("template"), packet])
        acro[NameObject("/NeedAppearances")] = BooleanObject(False)
    return _bytes(writer)


def form_default_resources() -> bytes:
    """A filled field whose appearance names a font it does not carry: the form's default resources have it."""
    writer = _writer_of(_canvas_pdf(_text("VISIBLE DR FORM")))
    helvetica = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
    )
    appearance = _stream(
        b"/Tx BMC BT /Helv 12 Tf 2 5 Td (VISIBLE DR FIELD) Tj ET EMC",
        Type=NameObject("/XObject"),
        Subtype=NameObject("/Form"),
        BBox=ArrayObject([FloatObject(v) for v in (0, 0, 200, 20)]),
    )
    widget = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Annot"),
                NameObject("/Subtype"): NameObject("/Widget"),
                NameObject("/FT"): NameObject("/Tx"),
                NameObject("/T"): TextStringObject("SECRETFIELDNAME"),
                NameObject("/V"): TextStringObject("VISIBLE DR FIELD"),
                NameObject("/Rect"): ArrayObject([FloatObject(v) for v in (72, 500, 272, 520)]),
                NameObject("/AP"): DictionaryObject({NameObject("/N"): writer._add_object(appearance)}),
            }
        )
    )
    writer.pages[0][NameObject("/Annots")] = ArrayObject([widget])
    writer._root_object[NameObject("/AcroForm")] = DictionaryObject(
        {
            NameObject("/Fields"): ArrayObject([widget]),
            NameObject("/DR"): DictionaryObject(
                {NameObject("/Font"): DictionaryObject({NameObject("/Helv"): helvetica})}
            ),
        }
    )
    return _bytes(writer)


def piece_info() -> bytes:
    writer = _writer_of(_canvas_pdf(_text("VISIBLE PIECEINFO")))
    page = writer.pages[0]
    private = DictionaryObject(
        {
            NameObject("/Private"): TextStringObject("SECRETPIECE author's private data"),
            NameObject("/LastModified"): TextStringObject("D:20200101000000Z"),
        }
    )
    page[NameObject("/PieceInfo")] = DictionaryObject({NameObject("/Illustrator"): private})
    page[NameObject("/LastModified")] = TextStringObject("D:20200101000000Z")
    writer._root_object[NameObject("/PieceInfo")] = DictionaryObject({NameObject("/Editor"): private})
    page[NameObject("/Thumb")] = writer._add_object(
        _stream(
            b"\x00" * 12, Width=NumberObject(2), Height=NumberObject(2), ColorSpace=NameObject("/DeviceRGB")
        )
    )
    return _bytes(writer)


def optional_content() -> bytes:
    """Text marked as optional content: a layer that is on, and a layer switched off (text in the page's content
    and a whole form XObject), with the layers' configuration in the catalog."""
    writer = _writer_of(_canvas_pdf(lambda c: None))

    def layer(name: str) -> Any:
        return writer._add_object(
            DictionaryObject(
                {NameObject("/Type"): NameObject("/OCG"), NameObject("/Name"): TextStringObject(name)}
            )
        )

    shown, hidden = layer("SECRETLAYER on"), layer("SECRETLAYER off")
    writer._root_object[NameObject("/OCProperties")] = DictionaryObject(
        {
            NameObject("/OCGs"): ArrayObject([shown, hidden]),
            NameObject("/D"): DictionaryObject(
                {NameObject("/ON"): ArrayObject([shown]), NameObject("/OFF"): ArrayObject([hidden])}
            ),
        }
    )
    page = writer.pages[0]
    font = writer._add_object(
        DictionaryObject(
            {
                NameObject("/Type"): NameObject("/Font"),
                NameObject("/Subtype"): NameObject("/Type1"),
                NameObject("/BaseFont"): NameObject("/Helvetica"),
            }
        )
    )
    fonts = DictionaryObject({NameObject("/F1"): font})
    hidden_form = _stream(
        b"BT /F1 20 Tf 72 500 Td (HIDDENXOBJECT) Tj ET",
        Type=NameObject("/XObject"),
        Subtype=NameObject("/Form"),
        BBox=ArrayObject([FloatObject(v) for v in (0, 0, 595, 842)]),
        Resources=DictionaryObject({NameObject("/Font"): fonts}),
        OC=hidden,
    )
    page[NameObject("/Resources")] = DictionaryObject(
        {
            NameObject("/Properties"): DictionaryObject(
                {NameObject("/MC0"): shown, NameObject("/MC1"): hidden}
            ),
            NameObject("/Font"): fonts,
            NameObject("/XObject"): DictionaryObject({NameObject("/Fx"): writer._add_object(hidden_form)}),
        }
    )
    content = (
        b"/OC /MC0 BDC BT /F1 20 Tf 72 700 Td (VISIBLE LAYER) Tj ET EMC\n"
        b"/OC /MC1 BDC BT /F1 20 Tf 72 600 Td (HIDDENLAYERTEXT) Tj ET EMC\n"
        b"/Fx Do\n"
    )
    page[NameObject("/Contents")] = writer._add_object(_stream(content))
    return _bytes(writer)


def crop_and_user_unit() -> bytes:
    """A CropBox smaller than the MediaBox (text outside it must stay hidden), and /UserUnit 2."""

    def draw(canvas: Canvas) -> None:
        canvas.setFont("Helvetica", 20)
        canvas.drawString(120, 420, "VISIBLE CROPPED")
        canvas.drawString(120, 50, "HIDDENOUTSIDE")

    writer = _writer_of(_canvas_pdf(draw))
    page = writer.pages[0]
    page[NameObject("/CropBox")] = ArrayObject([FloatObject(v) for v in (100, 300, 400, 500)])
    page[NameObject("/UserUnit")] = FloatObject(2)
    return _bytes(writer)


def no_contents_and_untyped_node() -> bytes:
    """Two pages under a page tree node without /Type; the first page has no /Type either (pypdf refuses to copy
    it: "Invalid page object"), the second has no /Contents at all."""
    first = PdfReader(io.BytesIO(_canvas_pdf(_text("VISIBLE UNTYPED NODE")))).pages[0]
    writer = PdfWriter()
    writer.add_page(first)
    writer.add_blank_page(300, 400)
    pages = cast(DictionaryObject, writer._root_object["/Pages"].get_object())
    kids = cast(ArrayObject, pages["/Kids"])
    middle = DictionaryObject(
        {
            NameObject("/Kids"): ArrayObject(list(kids)),
            NameObject("/Count"): NumberObject(2),
            NameObject("/Parent"): pages.indirect_reference,
        }
    )
    middle_ref = writer._add_object(middle)
    for kid in kids:
        kid.get_object()[NameObject("/Parent")] = middle_ref
    del kids[0].get_object()["/Type"]
    blank = kids[1].get_object()
    if "/Contents" in blank:
        del blank["/Contents"]
    pages[NameObject("/Kids")] = ArrayObject([middle_ref])
    return _bytes(writer)


def exif_jpeg(model: bytes = b"SecretCamModel") -> bytes:
    image = Image.new("RGB", (64, 48), (180, 40, 40))
    exif = Image.Exif()
    exif[0x0110] = model.decode()  # camera model
    exif[0x0131] = "SecretCamModel software"
    out = io.BytesIO()
    image.save(out, "JPEG", exif=exif.tobytes(), comment=b"SecretCamModel comment")
    return out.getvalue()


def mpo_with_exif() -> bytes:
    """A phone's multi-picture file: a first JPEG, then a second one with its own EXIF after the first's end."""
    first, second = Image.new("RGB", (64, 48), (40, 90, 160)), Image.new("RGB", (64, 48), (200, 200, 40))
    exif = Image.Exif()
    exif[0x0110] = "SecretCamModel second picture"
    out = io.BytesIO()
    first.save(out, "MPO", save_all=True, append_images=[second], exif=exif.tobytes())
    data = out.getvalue()
    assert data.count(b"\xff\xd8") >= 2 and b"SecretCamModel" in data
    return data


def flate_dct_image() -> bytes:
    """An image with EXIF behind a [/FlateDecode /DCTDecode] filter chain, and an inline JPEG with EXIF."""
    writer = _writer_of(_canvas_pdf(_text("VISIBLE IMAGE")))
    jpeg = exif_jpeg()
    image = _stream(
        zlib.compress(jpeg),
        Type=NameObject("/XObject"),
        Subtype=NameObject("/Image"),
        Width=NumberObject(64),
        Height=NumberObject(48),
        ColorSpace=NameObject("/DeviceRGB"),
        BitsPerComponent=NumberObject(8),
        Filter=ArrayObject([NameObject("/FlateDecode"), NameObject("/DCTDecode")]),
    )
    page = writer.pages[0]
    resources = cast(DictionaryObject, page["/Resources"].get_object())
    resources[NameObject("/XObject")] = DictionaryObject({NameObject("/Im9"): writer._add_object(image)})
    body = page.get_contents()
    assert body is not None
    inline = b"BI /W 64 /H 48 /CS /RGB /BPC 8 /F /DCT ID " + exif_jpeg() + b"\nEI"
    page[NameObject("/Contents")] = writer._add_object(
        _stream(
            body.get_data()
            + b"\nq 200 0 0 150 72 400 cm /Im9 Do Q\nq 64 0 0 48 300 400 cm "
            + inline
            + b" Q\n"
        )
    )
    return _bytes(writer)


def tiff_pages(count: int = 3) -> bytes:
    frames = [Image.new("L", (200, 280), 40 * n) for n in range(count)]
    out = io.BytesIO()
    frames[0].save(out, "TIFF", save_all=True, append_images=frames[1:])
    return out.getvalue()


def tiff_16bit(big_endian: bool) -> bytes:
    width, height = 120, 80
    values = [(x * 500 + y * 40) % 65536 for y in range(height) for x in range(width)]
    raw = struct.pack((">" if big_endian else "<") + f"{len(values)}H", *values)
    image = Image.frombytes("I;16B" if big_endian else "I;16", (width, height), raw)
    out = io.BytesIO()
    image.save(out, "TIFF")
    data = out.getvalue()
    assert data.startswith(b"MM" if big_endian else b"II")
    return data


PDFS: dict[str, Callable[[], bytes]] = {
    "scripts": scripts_and_actions,
    "attachments": attachments,
    "attachments-locked": attachments_locked,
    "filled-form": lambda: form("VISIBLE FILLED 4711"),
    "unfilled-form": lambda: form(None),
    "xfa-form": lambda: form("VISIBLE XFA 0815", xfa=True),
    "form-default-resources": form_default_resources,
    "piece-info": piece_info,
    "optional-content": optional_content,
    "crop-user-unit": crop_and_user_unit,
    "untyped-node": no_contents_and_untyped_node,
    "flate-dct": flate_dct_image,
}
