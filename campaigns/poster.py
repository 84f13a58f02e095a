"""The printable A4 poster of a campaign's poster post (reportlab).

Top to bottom: the picture cut to the poster format around its focal point, the headline,
the text and hashtags, then the QR code beside the short link written out, the hotlines and
the portal's name. Type is large enough to read from a step away; the QR code's symbol is
4.5 cm wide, which phones scan from a metre. Vietnamese is set in DejaVu Sans (embedded,
campaigns/fonts/), which has every letter with its marks; characters the font lacks (emoji)
are left out rather than printed as empty boxes.

A post that is not approved still gets its poster, for proofing, with "not approved, do not
print" across the top and bottom.
"""

import io
import re
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

from django.utils.translation import gettext as _
from reportlab.lib import colors
from reportlab.lib.enums import TA_LEFT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.lib.utils import ImageReader
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Frame, KeepInFrame, Paragraph

from campaigns import qr

FONTS = Path(__file__).resolve().parent / "fonts"
REGULAR = "PosterSans"
BOLD = "PosterSans-Bold"
PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 1.4 * cm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
# The symbol alone (without its quiet zone) is at least this wide.
QR_SYMBOL_WIDTH = 4.5 * cm
GAP = 0.5 * cm
INK = colors.HexColor("#1d2b36")
ACCENT = colors.HexColor("#2f7f86")
WARNING = colors.HexColor("#b3261e")


@dataclass
class PosterHotline:
    label: str
    phone_number: str
    availability: str = ""


@dataclass
class PosterContent:
    language: str
    headline: str
    text: str
    short_url: str
    portal_name: str
    hashtags: list[str] = field(default_factory=list)
    # JPEG or PNG bytes, already cut to the poster format.
    picture: bytes | None = None
    hotlines: list[PosterHotline] = field(default_factory=list)
    approved: bool = True


def register_fonts():
    if REGULAR not in pdfmetrics.getRegisteredFontNames():
        pdfmetrics.registerFont(TTFont(REGULAR, FONTS / "DejaVuSans-LatinVietnamese.ttf"))
        pdfmetrics.registerFont(TTFont(BOLD, FONTS / "DejaVuSans-Bold-LatinVietnamese.ttf"))


def printable(text: str) -> str:
    """NFC text without what the font cannot draw (emoji, other scripts)."""
    register_fonts()
    glyphs = pdfmetrics.getFont(REGULAR).face.charToGlyph
    text = unicodedata.normalize("NFC", text or "")
    kept = "".join(char for char in text if char == "\n" or ord(char) in glyphs)
    return re.sub(r"[^\S\n]+", " ", kept).strip()


def displayed_url(url: str) -> str:
    """The short link as people type it: without the scheme."""
    return url.split("://", 1)[-1]


def build_poster(content: PosterContent) -> bytes:
    register_fonts()
    output = io.BytesIO()
    canvas = Canvas(
        output, pagesize=A4, lang=content.language, invariant=True, initialFontName=REGULAR
    )
    headline = printable(content.headline)
    canvas.setTitle(headline)
    canvas.setAuthor(content.portal_name)
    canvas.setSubject(displayed_url(content.short_url))
    canvas.setCreator(content.portal_name)

    top = PAGE_HEIGHT - MARGIN
    if not content.approved:
        draw_not_approved(canvas, PAGE_HEIGHT - MARGIN * 0.75)
        draw_not_approved(canvas, MARGIN * 0.35)
    if content.picture:
        top = draw_picture(canvas, content.picture, top)
    qr_block_top = draw_qr_block(canvas, content)
    draw_words(canvas, content, headline, top, qr_block_top + GAP)
    canvas.showPage()
    canvas.save()
    return output.getvalue()


def draw_not_approved(canvas, y):
    canvas.setFillColor(WARNING)
    canvas.setFont(BOLD, 12)
    canvas.drawCentredString(PAGE_WIDTH / 2, y, printable(_("NOT APPROVED: DO NOT PRINT")))


def draw_picture(canvas, picture: bytes, top: float) -> float:
    """The picture across the page under the top margin; returns where it ends."""
    image = ImageReader(io.BytesIO(picture))
    width, height = image.getSize()
    drawn_height = CONTENT_WIDTH * height / width
    canvas.drawImage(image, MARGIN, top - drawn_height, CONTENT_WIDTH, drawn_height)
    return top - drawn_height - GAP


def draw_words(canvas, content: PosterContent, headline: str, top: float, bottom: float):
    """Headline, text and hashtags, shrunk only if they would not fit."""
    headline_style = ParagraphStyle(
        "headline", fontName=BOLD, fontSize=30, leading=36, textColor=INK, spaceAfter=12
    )
    text_style = ParagraphStyle(
        "text", fontName=REGULAR, fontSize=16, leading=22, textColor=INK, alignment=TA_LEFT
    )
    hashtag_style = ParagraphStyle(
        "hashtags", parent=text_style, textColor=ACCENT, fontName=BOLD, spaceBefore=8
    )
    flowables = [Paragraph(escape(headline), headline_style)]
    text = printable(content.text)
    if text:
        flowables.append(Paragraph(escape(text).replace("\n", "<br/>"), text_style))
    tags = printable(" ".join(content.hashtags))
    if tags:
        flowables.append(Paragraph(escape(tags), hashtag_style))
    height = max(top - bottom, 0)
    frame = Frame(MARGIN, bottom, CONTENT_WIDTH, height, 0, 0, 0, 0, showBoundary=0)
    frame.addFromList([KeepInFrame(CONTENT_WIDTH, height, flowables, mode="shrink")], canvas)


def draw_qr_block(canvas, content: PosterContent) -> float:
    """The QR code at the bottom left, what to do with it beside it; returns its top."""
    code = qr.make(content.short_url)
    symbol_modules = code.symbol_size(border=0)[0]
    module = QR_SYMBOL_WIDTH / symbol_modules
    quiet_zone = qr.BORDER * module
    size = QR_SYMBOL_WIDTH + 2 * quiet_zone
    left, bottom = MARGIN - quiet_zone, MARGIN
    canvas.setFillColor(colors.white)
    canvas.rect(left, bottom, size, size, stroke=0, fill=1)
    canvas.setFillColor(colors.black)
    for row_number, row in enumerate(code.matrix_iter(border=qr.BORDER)):
        y = bottom + size - (row_number + 1) * module
        run_start = None
        for column, dark in enumerate([*row, False]):
            if dark and run_start is None:
                run_start = column
            elif not dark and run_start is not None:
                # A hair of overlap so that no white seam shows between modules.
                canvas.rect(
                    left + run_start * module,
                    y - 0.01,
                    (column - run_start) * module + 0.01,
                    module + 0.02,
                    stroke=0,
                    fill=1,
                )
                run_start = None

    x = left + size + GAP
    width = PAGE_WIDTH - MARGIN - x
    styles = {
        "label": ParagraphStyle("label", fontName=REGULAR, fontSize=13, leading=17, textColor=INK),
        "link": ParagraphStyle(
            "link", fontName=BOLD, fontSize=17, leading=22, textColor=ACCENT, spaceAfter=8
        ),
        "hotline": ParagraphStyle("hotline", fontName=BOLD, fontSize=17, leading=22, textColor=INK),
        "small": ParagraphStyle(
            "small", fontName=REGULAR, fontSize=11, leading=14, textColor=INK, spaceBefore=6
        ),
    }
    flowables = [
        Paragraph(escape(printable(_("Scan the code or type:"))), styles["label"]),
        Paragraph(escape(displayed_url(content.short_url)), styles["link"]),
    ]
    for hotline in content.hotlines[:3]:
        line = f"{hotline.label}: {hotline.phone_number}"
        flowables.append(Paragraph(escape(printable(line)), styles["hotline"]))
        if hotline.availability:
            flowables.append(Paragraph(escape(printable(hotline.availability)), styles["label"]))
    flowables.append(Paragraph(escape(printable(content.portal_name)), styles["small"]))
    frame = Frame(x, bottom, width, size, 0, 0, 0, 0, showBoundary=0)
    frame.addFromList([KeepInFrame(width, size, flowables, mode="shrink")], canvas)
    return bottom + size
