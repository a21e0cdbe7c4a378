"""A QR code of a link, as PNG bytes (the `qrcode` package draws it with Pillow)."""

from __future__ import annotations

import io

import qrcode
from qrcode.constants import ERROR_CORRECT_M


def qr_png(text: str, box_size: int = 10, border: int = 4) -> bytes:
    """PNG bytes of a QR code for `text`. Medium error correction: still readable on a smudged projector,
    and a link of a hundred characters keeps the modules large enough to scan from the back of a room."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, box_size=box_size, border=border)
    code.add_data(text)
    code.make(fit=True)
    buffer = io.BytesIO()
    code.make_image(fill_color="black", back_color="white").save(buffer)
    return buffer.getvalue()
