"""A screenshot of an X display, read with libX11 through ctypes (no xwd or image library here)."""

from __future__ import annotations

import ctypes
import ctypes.util
from dataclasses import dataclass

Z_PIXMAP = 2
ALL_PLANES = ctypes.c_ulong(-1 & 0xFFFFFFFFFFFFFFFF)


class XImage(ctypes.Structure):
    """The leading fields of Xlib's XImage, up to the colour masks (Xlib.h)."""

    _fields_ = [
        ("width", ctypes.c_int),
        ("height", ctypes.c_int),
        ("xoffset", ctypes.c_int),
        ("format", ctypes.c_int),
        ("data", ctypes.POINTER(ctypes.c_ubyte)),
        ("byte_order", ctypes.c_int),
        ("bitmap_unit", ctypes.c_int),
        ("bitmap_bit_order", ctypes.c_int),
        ("bitmap_pad", ctypes.c_int),
        ("depth", ctypes.c_int),
        ("bytes_per_line", ctypes.c_int),
        ("bits_per_pixel", ctypes.c_int),
        ("red_mask", ctypes.c_ulong),
        ("green_mask", ctypes.c_ulong),
        ("blue_mask", ctypes.c_ulong),
    ]


@dataclass(frozen=True)
class Screenshot:
    width: int
    height: int
    rgba: bytes  # rows top to bottom, 4 bytes a pixel

    def pixel(self, x: int, y: int) -> tuple[int, int, int]:
        at = (y * self.width + x) * 4
        return self.rgba[at], self.rgba[at + 1], self.rgba[at + 2]


def screenshot(display: str) -> Screenshot:
    """The whole root window of `display` (":99"), as 8-bit RGBA; a 24/32-bit TrueColor screen (Xvfb's)."""
    x11 = ctypes.CDLL(ctypes.util.find_library("X11") or "libX11.so.6")
    x11.XOpenDisplay.restype = ctypes.c_void_p
    x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
    x11.XDefaultRootWindow.restype = ctypes.c_ulong
    x11.XDefaultRootWindow.argtypes = [ctypes.c_void_p]
    x11.XDisplayWidth.argtypes = x11.XDisplayHeight.argtypes = [ctypes.c_void_p, ctypes.c_int]
    x11.XGetImage.restype = ctypes.POINTER(XImage)
    x11.XGetImage.argtypes = [ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_int, ctypes.c_uint, ctypes.c_uint, ctypes.c_ulong, ctypes.c_int]
    x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
    handle = x11.XOpenDisplay(display.encode())
    if not handle:
        raise RuntimeError(f"cannot open X display {display}")
    try:
        width, height = x11.XDisplayWidth(handle, 0), x11.XDisplayHeight(handle, 0)
        image = x11.XGetImage(handle, x11.XDefaultRootWindow(handle), 0, 0, width, height, ALL_PLANES, Z_PIXMAP).contents
        if image.bits_per_pixel != 32 or image.red_mask != 0xFF0000:
            raise RuntimeError(f"unexpected X image: {image.bits_per_pixel} bits, red mask {image.red_mask:#x}")
        raw = ctypes.string_at(image.data, image.bytes_per_line * height)
    finally:
        x11.XCloseDisplay(handle)
    rgba = bytearray(width * height * 4)
    for row in range(height):
        line = raw[row * image.bytes_per_line : row * image.bytes_per_line + width * 4]
        out = row * width * 4
        rgba[out : out + width * 4 : 4] = line[2::4]  # BGRX in memory (little-endian) -> RGBA
        rgba[out + 1 : out + width * 4 : 4] = line[1::4]
        rgba[out + 2 : out + width * 4 : 4] = line[0::4]
        rgba[out + 3 : out + width * 4 : 4] = b"\xff" * width
    return Screenshot(width, height, bytes(rgba))
