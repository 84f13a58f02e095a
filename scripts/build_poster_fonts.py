#!/usr/bin/env python3
"""Rebuild the poster fonts in campaigns/fonts/ from Debian's DejaVu Sans (fonts-dejavu-core).

The share kit's A4 poster (campaigns/poster.py) embeds a TrueType font that draws every
Vietnamese letter with its marks (ạ, ế, ữ, Ơ, Đ...). DejaVu Sans does, and its licence
(Bitstream Vera, DejaVu changes in the public domain: campaigns/fonts/LICENSE) lets it be
modified and shipped. The full fonts are 700 KB each; the poster needs only Latin and
Vietnamese, so this keeps those characters and drops hinting, which PDFs do not use. Names
and copyright notices are kept, as the licence asks.

Usage: scripts/build_poster_fonts.py  (uses fontTools if installed, else fetches it with pip
into a temporary folder; the portal itself never needs it)
"""

import subprocess
import sys
import tempfile
from pathlib import Path

SOURCE = Path("/usr/share/fonts/truetype/dejavu")
OUTPUT = Path(__file__).resolve().parent.parent / "campaigns" / "fonts"
FONTS = {
    "DejaVuSans.ttf": "DejaVuSans-LatinVietnamese.ttf",
    "DejaVuSans-Bold.ttf": "DejaVuSans-Bold-LatinVietnamese.ttf",
}
FONTTOOLS = "fonttools>=4.50,<5"
# Latin (with every letter Vietnamese uses precomposed, and the combining marks for text
# that arrives decomposed), typographic punctuation, the đồng and euro signs, arrows.
UNICODE_RANGES = [
    (0x0020, 0x007E),
    (0x00A0, 0x024F),
    (0x0300, 0x036F),
    (0x1E00, 0x1EFF),
    (0x2000, 0x206F),
    (0x20AB, 0x20AC),
    (0x2116, 0x2116),
    (0x2122, 0x2122),
    (0x2190, 0x2199),
    (0x2212, 0x2212),
    (0xFFFD, 0xFFFD),
]


def import_fonttools(folder: str):
    try:
        from fontTools import subset
    except ImportError:
        subprocess.run(  # noqa: S603 (a fixed command line)
            [sys.executable, "-m", "pip", "install", "--quiet", "--target", folder, FONTTOOLS],
            check=True,
        )
        sys.path.insert(0, folder)
        from fontTools import subset
    return subset


def main():
    with tempfile.TemporaryDirectory() as tmp:
        subset = import_fonttools(tmp)
        options = subset.Options()
        options.name_IDs = ["*"]
        options.name_languages = ["*"]
        options.notdef_outline = True
        options.hinting = False
        options.layout_features = ["*"]
        unicodes = [code for low, high in UNICODE_RANGES for code in range(low, high + 1)]
        OUTPUT.mkdir(exist_ok=True)
        for source, target in FONTS.items():
            font = subset.load_font(str(SOURCE / source), options)
            subsetter = subset.Subsetter(options)
            subsetter.populate(unicodes=unicodes)
            subsetter.subset(font)
            subset.save_font(font, str(OUTPUT / target), options)
            size = (OUTPUT / target).stat().st_size
            print(f"{OUTPUT / target}: {size // 1024} KB")


if __name__ == "__main__":
    main()
