"""QR codes for short links: the same code on the web, in the share kit and on the poster.

A QR code carries the short link (/c/<code>), never the page's address: the short link
follows the campaign when its page moves, and a printed code cannot be changed.
"""

import io

import segno

# Error correction M survives a folded or slightly torn poster; four modules of quiet zone is
# what scanners expect.
ERROR_CORRECTION = "m"
BORDER = 4
# PNG modules of 10 pixels: a short link's code (29 to 33 modules) is 370 to 410 pixels,
# sharp when printed 5 cm wide at 200 dpi.
PNG_SCALE = 10
# SVG modules of 1.5 mm: printed at its own size a short link's code is 5.5 to 6 cm wide,
# enough to scan from a metre away; the viewBox lets designers scale it freely.
SVG_MODULE_MM = 1.5


def make(url: str) -> segno.QRCode:
    return segno.make(url, error=ERROR_CORRECTION, boost_error=False)


def svg(url: str) -> bytes:
    """A standalone SVG document, dark modules on white, sized in millimetres."""
    output = io.BytesIO()
    make(url).save(
        output,
        kind="svg",
        border=BORDER,
        scale=SVG_MODULE_MM,
        unit="mm",
        light="#fff",
        xmldecl=True,
        svgns=True,
        title=url,
    )
    return output.getvalue()


def png(url: str, scale: int = PNG_SCALE) -> bytes:
    output = io.BytesIO()
    make(url).save(output, kind="png", border=BORDER, scale=scale, light="#fff")
    return output.getvalue()
