"""Write the small map tiles the gallery and the map browser test serve from their assets.

One zoom level (2: a 4 x 4 grid of 256 px tiles covers the world), drawn with Pillow as
palette PNGs of a few hundred bytes: a sea colour, a graticule every 64 px, the tile's edge
and its ``z/x/y`` name. The maps that use them fix their zoom at 2, so no other tile is asked
for (a missing tile would be a failed request in the browser).

    .venv/bin/python scripts/gen_map_tiles.py examples/gallery/assets/tiles \
        tests/browser/apps/maps/assets/tiles
"""

from __future__ import annotations

import sys
from pathlib import Path

from PIL import Image, ImageDraw

ZOOM = 2
SIZE = 256
SEA = "#9CC3E6"
GRID = "#7AA7D1"
EDGE = "#4F7FAF"
LABEL = "#1F3F5F"


def tile(z: int, x: int, y: int) -> Image.Image:
    image = Image.new("RGB", (SIZE, SIZE), SEA)
    draw = ImageDraw.Draw(image)
    for step in range(64, SIZE, 64):
        draw.line([(step, 0), (step, SIZE)], fill=GRID)
        draw.line([(0, step), (SIZE, step)], fill=GRID)
    draw.rectangle([0, 0, SIZE - 1, SIZE - 1], outline=EDGE)
    draw.text((6, 4), f"{z}/{x}/{y}", fill=LABEL)
    return image.convert("P", palette=Image.Palette.ADAPTIVE, colors=8)


def write_tiles(root: Path) -> int:
    count = 0
    for x in range(2**ZOOM):
        for y in range(2**ZOOM):
            path = root / str(ZOOM) / str(x) / f"{y}.png"
            path.parent.mkdir(parents=True, exist_ok=True)
            tile(ZOOM, x, y).save(path, optimize=True)
            count += 1
    return count


def main(argv: list[str]) -> int:
    if not argv:
        print("usage: gen_map_tiles.py DEST_DIR [DEST_DIR ...]", file=sys.stderr)
        return 2
    for dest in argv:
        print(f"{dest}: {write_tiles(Path(dest))} tiles")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
