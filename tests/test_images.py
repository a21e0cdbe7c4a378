"""Photos of any format become 64x64x3 uint8 inputs; bad uploads raise PhotoError with a code."""

import io

import numpy as np
import pytest
from PIL import Image

from core.images import MAX_UPLOAD_BYTES, PhotoError, enlarge, photo_to_input, weights_to_image


def encode(image: Image.Image, fmt: str) -> bytes:
    buffer = io.BytesIO()
    image.save(buffer, format=fmt)
    return buffer.getvalue()


@pytest.mark.parametrize("mode, fmt, size", [
    ("RGB", "JPEG", (640, 480)), ("L", "PNG", (30, 50)), ("RGBA", "PNG", (64, 64)),
    ("P", "GIF", (100, 100)), ("RGB", "BMP", (65, 17)), ("RGB", "WEBP", (128, 128)),
    ("LA", "PNG", (10, 10)), ("I;16", "PNG", (20, 20)), ("1", "PNG", (8, 8)), ("CMYK", "JPEG", (40, 30)),
    ("RGB", "PNG", (1, 1)),
])
def test_any_common_image_becomes_a_cat_sized_input(mode, fmt, size):
    result = photo_to_input(encode(Image.new(mode, size), fmt))
    assert result.shape == (64, 64, 3) and result.dtype == np.uint8


def test_transparency_is_laid_on_white():
    clear_red = Image.new("RGBA", (32, 32), (255, 0, 0, 0))
    assert (photo_to_input(encode(clear_red, "PNG")) == 255).all()


def test_grayscale_value_is_kept():
    assert (photo_to_input(encode(Image.new("L", (10, 10), 77), "PNG")) == 77).all()


@pytest.mark.parametrize("data, code", [
    (b"hello, I am text", "not_an_image"),
    (b"", "not_an_image"),
    (b"x" * (MAX_UPLOAD_BYTES + 1), "too_large"),
])
def test_bad_uploads(data, code):
    with pytest.raises(PhotoError) as caught:
        photo_to_input(data)
    assert caught.value.code == code


def test_truncated_image_is_unreadable():
    data = encode(Image.new("RGB", (200, 200), (10, 200, 30)), "PNG")
    with pytest.raises(PhotoError) as caught:
        photo_to_input(data[: len(data) // 2])
    assert caught.value.code in ("unreadable", "not_an_image")


def test_huge_pixel_count_is_refused_before_decoding():
    # A tiny file that claims a 10000 x 10000 image.
    data = encode(Image.new("1", (10000, 10000)), "PNG")
    assert len(data) < MAX_UPLOAD_BYTES
    with pytest.raises(PhotoError) as caught:
        photo_to_input(data)
    assert caught.value.code == "too_many_pixels"


def test_weights_image_maps_zero_to_grey_and_stays_in_range():
    w = np.zeros((12288, 1))
    assert np.allclose(weights_to_image(w), 0.5)
    w[0], w[1] = 2.0, -4.0
    image = weights_to_image(w)
    assert image.shape == (64, 64, 3) and image.min() == 0.0 and image.max() <= 1.0
    assert image[0, 0, 0] == 0.75
    assert np.allclose(weights_to_image(np.full((12288, 1), np.nan)), 0.5)


def test_enlarge_keeps_pixels():
    image = np.arange(12).reshape(2, 2, 3)
    big = enlarge(image, 3)
    assert big.shape == (6, 6, 3) and (big[:3, :3] == image[0, 0]).all()


def test_a_class_photo_is_turned_upright_and_its_centre_square_kept():
    """EXIF orientation 6 (a phone held upright: stored on its side, to be turned 90° clockwise), and a wide
    picture whose left and right thirds are red: the crop keeps only the green centre, the squeeze keeps all."""
    import io

    import numpy as np
    from PIL import Image

    from core.images import photo_to_input

    wide = np.zeros((60, 180, 3), np.uint8)
    wide[:, :60] = wide[:, 120:] = (255, 0, 0)
    wide[:, 60:120] = (0, 255, 0)
    buffer = io.BytesIO()
    Image.fromarray(wide).save(buffer, format="PNG")
    cropped = photo_to_input(buffer.getvalue(), crop=True).astype(int)
    squeezed = photo_to_input(buffer.getvalue()).astype(int)
    assert cropped[:, :, 1].min() > 200 and cropped[:, :, 0].max() < 60
    assert squeezed[:, 0, 0].min() > 200 and squeezed[:, 32, 1].min() > 200

    tall = np.zeros((40, 80, 3), np.uint8)  # stored on its side: turned clockwise, its right half is the bottom
    tall[:, 40:] = (0, 0, 255)
    exif = Image.Exif()
    exif[0x0112] = 6
    buffer = io.BytesIO()
    Image.fromarray(tall).save(buffer, format="JPEG", exif=exif, quality=95)
    upright = photo_to_input(buffer.getvalue(), side=8).astype(int)
    assert upright[-1, :, 2].mean() > 200 and upright[0, :, 2].mean() < 60  # blue at the bottom once turned
