"""Install icons from the app's `assets/icon.png` (resized with Pillow).

The web app manifest lists `icons/icon-{192,512}.png` (purpose "any") and
`icons/icon-maskable-{192,512}.png` (purpose "maskable"); iOS reads
`icons/apple-touch-icon-192.png`. The client wheel ships Flet's defaults under those names.
When the assets folder holds `icon.png`, each of them is made from it instead, unless the
assets folder brings that very file itself (an explicit `icons/...` file wins):

* "any": the icon scaled to fit the square, aspect ratio kept, transparent around it;
* maskable and Apple touch icons: the icon scaled into the central 80 % (the safe zone a
  launcher never crops) on the manifest's background colour, fully opaque.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import AssetError, OptionError

if TYPE_CHECKING:
    from PIL import Image

__all__ = ["APP_ICON", "ICONS", "IconSpec", "make_icons"]

APP_ICON = "icon.png"
SAFE_ZONE = 0.8


@dataclass(frozen=True)
class IconSpec:
    path: str  # site path
    size: int
    padded: bool  # maskable / Apple touch: safe-zone padding on an opaque background


ICONS = (
    IconSpec("icons/icon-192.png", 192, padded=False),
    IconSpec("icons/icon-512.png", 512, padded=False),
    IconSpec("icons/icon-maskable-192.png", 192, padded=True),
    IconSpec("icons/icon-maskable-512.png", 512, padded=True),
    IconSpec("icons/apple-touch-icon-192.png", 192, padded=True),
)


def make_icons(
    assets_dir: Path | None, site: Path, background: str, provided: tuple[str, ...] = ()
) -> tuple[str, ...]:
    """Write the install icons made from `assets_dir/icon.png`; return the site paths written.

    `provided` are the asset files copied to the site root; icons among them are kept.
    Without an `icon.png` nothing is written and the client's default icons stay.
    """
    source = assets_dir / APP_ICON if assets_dir else None
    if source is None or not source.is_file():
        return ()
    image = _open(source)
    written = []
    for spec in ICONS:
        if spec.path in provided:
            continue
        target = site / spec.path
        target.parent.mkdir(parents=True, exist_ok=True)
        _render(image, spec, background).save(target, format="PNG", optimize=True)
        written.append(spec.path)
    return tuple(written)


def _open(source: Path) -> Image.Image:
    try:
        from PIL import Image
    except ImportError as e:  # pragma: no cover - Pillow is a dependency of flet-pwa
        raise OptionError(
            f"the assets folder holds {APP_ICON}, and resizing it needs Pillow",
            "install it (pip install pillow), or remove assets/icon.png to keep the default icons",
        ) from e
    try:
        with Image.open(source) as image:
            image.load()
            return image.convert("RGBA")
    except OSError as e:
        raise AssetError(
            f"{source} is not an image Pillow can read: {e}",
            "save the app icon as a PNG file (ideally square, at least 512x512 pixels)",
        ) from e


def _render(image: Image.Image, spec: IconSpec, background: str) -> Image.Image:
    from PIL import Image

    size = spec.size
    inner = round(size * SAFE_ZONE) if spec.padded else size
    scale = inner / max(image.width, image.height)
    width, height = max(1, round(image.width * scale)), max(1, round(image.height * scale))
    resized = image.resize((width, height), Image.Resampling.LANCZOS)
    fill = background if spec.padded else (0, 0, 0, 0)
    canvas = Image.new("RGBA", (size, size), fill)
    canvas.alpha_composite(resized, ((size - width) // 2, (size - height) // 2))
    return canvas.convert("RGB") if spec.padded else canvas
