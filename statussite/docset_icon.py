"""The docset's icons (16 and 32 px PNG, as Dash asks), drawn from the favicon's design in code.

Dash and Zeal read PNG only, and the favicon is SVG; drawing its blue rounded square and
white "4xx" here keeps the build free of an image library and the bytes the same every time.
"""

from __future__ import annotations

import struct
import zlib

BLUE = (0x1F, 0x4F, 0xA3, 0xFF)  # the favicon's fill (static/favicon.svg)
WHITE = (0xFF, 0xFF, 0xFF, 0xFF)
CLEAR = (0, 0, 0, 0)
# 3x5 pixel glyphs for "4xx", row by row.
GLYPHS = {
    "4": ("1.1", "1.1", "111", "..1", "..1"),
    "x": ("...", "1.1", ".1.", "1.1", "..."),
}
TEXT = "4xx"

Pixel = tuple[int, int, int, int]


def icon_pixels(size: int) -> list[list[Pixel]]:
    """The icon at `size` px (16 or 32): rows of RGBA pixels."""
    scale = size // 16
    radius = 3 * scale
    rows = [[BLUE if _inside(x, y, size, radius) else CLEAR for x in range(size)] for y in range(size)]
    width = (len(TEXT) * 4 - 1) * scale
    left, top = (size - width) // 2, (size - 5 * scale) // 2
    for index, char in enumerate(TEXT):
        for gy, line in enumerate(GLYPHS[char]):
            for gx, mark in enumerate(line):
                if mark == "1":
                    for dy in range(scale):
                        for dx in range(scale):
                            rows[top + gy * scale + dy][left + (index * 4 + gx) * scale + dx] = WHITE
    return rows


def _inside(x: int, y: int, size: int, radius: int) -> bool:
    """Whether pixel (x, y) is inside the rounded square."""
    cx = min(max(x, radius), size - 1 - radius)
    cy = min(max(y, radius), size - 1 - radius)
    return (x - cx) ** 2 + (y - cy) ** 2 <= radius**2


def png(width: int, height: int, rgba: bytes) -> bytes:
    """An 8-bit RGBA PNG of `rgba` (rows top to bottom), with no chunk that varies between builds."""
    stride = width * 4
    raw = b"".join(b"\x00" + rgba[row * stride : (row + 1) * stride] for row in range(height))

    def chunk(kind: bytes, data: bytes) -> bytes:
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", zlib.crc32(kind + data))

    header = struct.pack(">IIBBBBB", width, height, 8, 6, 0, 0, 0)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b"")


def icon_png(size: int) -> bytes:
    rows = icon_pixels(size)
    return png(size, size, bytes(channel for row in rows for pixel in row for channel in pixel))


def icons() -> dict[str, bytes]:
    """Dash's two icon files: icon.png (16 px) and icon@2x.png (32 px)."""
    return {"icon.png": icon_png(16), "icon@2x.png": icon_png(32)}
