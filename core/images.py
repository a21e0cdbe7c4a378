"""Turning pictures into the model's input, and the model's weights back into a picture."""

from __future__ import annotations

import io
import warnings

import numpy as np
from PIL import Image, ImageOps, UnidentifiedImageError

MAX_UPLOAD_BYTES = 10 * 1024 * 1024
MAX_PIXELS = 40_000_000  # larger images are refused before decoding (a decompression bomb guard)
SIDE = 64


class PhotoError(ValueError):
    """An upload that cannot be used; `code` is a catalogue key suffix, `detail` a number or name."""

    def __init__(self, code: str, detail=None):
        self.code = code
        self.detail = detail
        super().__init__(f"{code}: {detail}")


def photo_to_input(data: bytes, side: int = SIDE, crop: bool = False) -> np.ndarray:
    """Any common image file -> (side, side, 3) uint8, as the cat images are.

    The camera's EXIF orientation is applied (a phone held upright gives an upright picture); grayscale is
    expanded to RGB; transparency is laid on white (a cut-out cat shows on white, not black). The whole
    picture is squeezed to a square, as the course did with its own photos, or with `crop` its centre square
    is kept (the class's photos: a cat keeps its shape).
    """
    if len(data) > MAX_UPLOAD_BYTES:
        raise PhotoError("too_large", len(data))
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", Image.DecompressionBombWarning)
            image = Image.open(io.BytesIO(data))
            if image.width * image.height > MAX_PIXELS:
                raise PhotoError("too_many_pixels", image.width * image.height)
            image.load()
    except PhotoError:
        raise
    except (Image.DecompressionBombError, Image.DecompressionBombWarning):
        raise PhotoError("too_many_pixels") from None
    except UnidentifiedImageError:
        raise PhotoError("not_an_image") from None
    except (OSError, ValueError, SyntaxError):
        raise PhotoError("unreadable") from None
    try:
        image = ImageOps.exif_transpose(image)
    except (OSError, ValueError, TypeError, SyntaxError):  # a broken EXIF block: the picture as stored
        pass
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        image = Image.alpha_composite(background, rgba)
    image = image.convert("RGB")
    if crop:
        image = ImageOps.fit(image, (side, side), Image.Resampling.LANCZOS, centering=(0.5, 0.5))
    else:
        image = image.resize((side, side), Image.Resampling.LANCZOS)
    return np.asarray(image, dtype=np.uint8)


def weights_to_image(w: np.ndarray) -> np.ndarray:
    """The learned weights (12288, 1) as a 64x64x3 float image in [0, 1].

    Zero maps to mid-grey, so the picture shows which pixels push towards "cat" (bright) and which
    push away (dark), colour by colour.
    """
    image = np.asarray(w, dtype=float).reshape(SIDE, SIDE, 3)
    scale = np.max(np.abs(image))
    if not np.isfinite(scale) or scale == 0:
        return np.full(image.shape, 0.5)
    return 0.5 + 0.5 * image / scale


def enlarge(image: np.ndarray, factor: int) -> np.ndarray:
    """Nearest-neighbour enlargement, so a 64x64 image is shown with its real pixels, not blurred."""
    return np.repeat(np.repeat(image, factor, axis=0), factor, axis=1)
