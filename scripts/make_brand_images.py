"""Draw LLM Home's brand images: a house with a speech bubble, in Home Assistant blue.

Writes custom_components/llm_home/brand/ (icon.png 256x256, icon@2x.png 512x512; blue
reads on light and dark themes alike) and the app's icon.png (128x128) and logo.png (250x100), which
the app store shows. Run it again after changing the drawing:
    .venv/bin/python scripts/make_brand_images.py
"""

from __future__ import annotations

from pathlib import Path

from PIL import Image, ImageDraw

ROOT = Path(__file__).resolve().parent.parent
BLUE = (3, 169, 244, 255)
WHITE = (255, 255, 255, 255)


def icon(size: int, house: tuple[int, int, int, int]) -> Image.Image:
    """Return the icon at `size` pixels: a house, a speech bubble in its door."""
    image = Image.new("RGBA", (size, size), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    s = size / 256
    roof = [(128 * s, 24 * s), (236 * s, 116 * s), (20 * s, 116 * s)]
    draw.polygon(roof, fill=house)
    draw.rectangle((48 * s, 110 * s, 208 * s, 228 * s), fill=house)
    # The speech bubble: the assistant that lives in the house.
    draw.rounded_rectangle(
        (78 * s, 128 * s, 178 * s, 196 * s), radius=20 * s, fill=WHITE
    )
    draw.polygon(
        [(100 * s, 192 * s), (96 * s, 218 * s), (124 * s, 194 * s)], fill=WHITE
    )
    for x in (104, 128, 152):
        draw.ellipse(((x - 9) * s, 153 * s, (x + 9) * s, 171 * s), fill=house)
    return image


def main() -> None:
    """Write every brand image."""
    brand = ROOT / "custom_components" / "llm_home" / "brand"
    brand.mkdir(exist_ok=True)
    icon(256, BLUE).save(brand / "icon.png", optimize=True)
    icon(512, BLUE).save(brand / "icon@2x.png", optimize=True)
    app = ROOT / "llm_home_engine"
    icon(128, BLUE).save(app / "icon.png", optimize=True)
    logo = Image.new("RGBA", (250, 100), (0, 0, 0, 0))
    logo.paste(icon(100, BLUE), (75, 0))
    logo.save(app / "logo.png", optimize=True)


if __name__ == "__main__":
    main()
