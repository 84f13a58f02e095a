"""Decoding QR codes in tests: PNGs as they are, SVGs drawn onto a Pillow image first."""

import re
import xml.etree.ElementTree as ET

import zxingcpp
from PIL import Image, ImageDraw

SVG = "{http://www.w3.org/2000/svg}"


def decoded(image: Image.Image) -> list[str]:
    return [result.text for result in zxingcpp.read_barcodes(image)]


def svg_as_image(svg: bytes, pixels_per_module: int = 8) -> Image.Image:
    """Draw a segno SVG (horizontal strokes one module wide) onto a white Pillow image."""
    root = ET.fromstring(svg)  # noqa: S314 (our own output)
    group = root.find(f"{SVG}g")
    scale = float(re.fullmatch(r"scale\(([\d.]+)\)", group.get("transform")).group(1))
    modules = round(float(root.get("viewBox").split()[2]) / scale)
    image = Image.new("L", (modules * pixels_per_module,) * 2, 255)
    draw = ImageDraw.Draw(image)
    dark = next(path for path in group.iter(f"{SVG}path") if path.get("stroke"))
    x = y = 0.0
    tokens = re.findall(r"[MmHhVvZz]|-?[\d.]+", dark.get("d"))
    position, command = 0, None
    while position < len(tokens):
        token = tokens[position]
        if token.isalpha():
            command, position = token, position + 1
            continue
        if command in "Mm":
            dx, dy = float(tokens[position]), float(tokens[position + 1])
            x, y = (x + dx, y + dy) if command == "m" else (dx, dy)
            position += 2
        elif command in "Hh":
            end = float(token) + (x if command == "h" else 0)
            row = int(y - 0.5)
            draw.rectangle(
                (
                    min(x, end) * pixels_per_module,
                    row * pixels_per_module,
                    max(x, end) * pixels_per_module - 1,
                    (row + 1) * pixels_per_module - 1,
                ),
                fill=0,
            )
            x, position = end, position + 1
        else:
            raise AssertionError(f"Unexpected path command {command}")
    return image
