"""Generate ``docs/controls.md``: the supported controls and the 1.0.5 properties we lack.

For every control class ``import flet as ft`` exports, the table names its ``_c`` type, the
properties and events it declares, and the properties and events the same type has in the Flet
1.0.5 SDK that it does not declare (read from the SDK wheel's source with ``ast``; the wheel
is fetched into the cache as ``scripts/gen_icons.py`` does and never installed).

    .venv/bin/python scripts/gen_control_table.py            # rewrite docs/controls.md
    .venv/bin/python scripts/gen_control_table.py --check    # fail if it is out of date
"""

from __future__ import annotations

import argparse
import ast
import sys
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

from gen_icons import fetch_sdk_wheel  # noqa: E402

import flet as ft  # noqa: E402
import flet.canvas as cv  # noqa: E402
import flet.map as fmap  # noqa: E402
from flet.controls.base import LayoutControl  # noqa: E402
from flet.core.props import Alias, Declared  # noqa: E402

OUT = ROOT / "docs" / "controls.md"
# The SDK's canvas shapes: read apart, as ``cv.Text`` and ``cv.Image`` share names with controls.
CANVAS_DIR = "flet/controls/core/canvas/"
# Properties every SDK control inherits that have no meaning here (Python-side bookkeeping).
PYTHON_SIDE = {"data", "ref", "parent", "page"}


@dataclass
class SdkClass:
    name: str
    bases: list[str]
    control_type: str | None
    fields: list[str] = field(default_factory=list)


def read_sdk(wheel: Path, under: str = "flet/controls/") -> dict[str, SdkClass]:
    classes: dict[str, SdkClass] = {}
    with zipfile.ZipFile(wheel) as zf:
        for name in zf.namelist():
            if name.startswith(under) and name.endswith(".py"):
                tree = ast.parse(zf.read(name))
                for node in tree.body:
                    if isinstance(node, ast.ClassDef):
                        classes.setdefault(node.name, _read_class(node))
    return classes


def _read_class(node: ast.ClassDef) -> SdkClass:
    bases = [b.id if isinstance(b, ast.Name) else ast.unparse(b) for b in node.bases]
    control_type = None
    for deco in node.decorator_list:
        if (
            isinstance(deco, ast.Call)
            and ast.unparse(deco.func) == "control"
            and deco.args
            and isinstance(deco.args[0], ast.Constant)
        ):
            control_type = str(deco.args[0].value)
    fields = []
    for item in node.body:
        if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name):
            annotation = ast.unparse(item.annotation)
            if not item.target.id.startswith("_") and "ClassVar" not in annotation:
                fields.append(item.target.id)
    return SdkClass(node.name, bases, control_type, fields)


def all_fields(classes: dict[str, SdkClass], name: str) -> list[str]:
    cls = classes.get(name)
    if cls is None:
        return []
    out: list[str] = []
    for base in cls.bases:
        out += [f for f in all_fields(classes, base) if f not in out]
    return out + [f for f in cls.fields if f not in out]


def sdk_fields_by_type(classes: dict[str, SdkClass]) -> dict[str, list[str]]:
    return {c.control_type: all_fields(classes, c.name) for c in classes.values() if c.control_type}


def our_controls(module: Any = ft) -> list[type[ft.Control]]:
    found = [getattr(module, n) for n in module.__all__]
    controls = {c for c in found if isinstance(c, type) and issubclass(c, ft.Control)}
    return sorted((c for c in controls if c.control_type), key=lambda c: c.__name__)


CONTROL_PROPS = frozenset(n for n, v in vars(ft.Control).items() if isinstance(v, Declared | Alias))


def _base(cls: type[ft.Control]) -> frozenset[str]:
    return LayoutControl.settable if issubclass(cls, LayoutControl) else CONTROL_PROPS


def _sdk_base(cls: type[ft.Control]) -> str:
    return "LayoutControl" if issubclass(cls, LayoutControl) else "Control"


def row(
    cls: type[ft.Control],
    sdk: dict[str, list[str]],
    classes: dict[str, SdkClass],
    prefix: str = "ft",
) -> str:
    base = _base(cls)
    ours = set(cls.settable) | set(cls.by_wire)
    common = set(all_fields(classes, _sdk_base(cls)))
    theirs = sdk.get(cls.control_type, [])
    missing = [f for f in theirs if f not in ours and f not in common | PYTHON_SIDE]
    own = sorted(set(cls.settable) - base)
    props = [n for n in own if not n.startswith("on_")]
    events = [n for n in own if n.startswith("on_")]
    kind = f"`{cls.control_type}`"
    if cls.__name__ != cls.control_type:
        kind += " (translated)"
    return (
        f"| `{prefix}.{cls.__name__}` | {kind} | {', '.join(props) or 'none'} | "
        f"{', '.join(events) or 'none'} | {', '.join(missing) or 'none'} |"
    )


def base_lines(classes: dict[str, SdkClass]) -> list[str]:
    lines = []
    layout_only = LayoutControl.settable - CONTROL_PROPS
    for ours, theirs in ((CONTROL_PROPS, "Control"), (layout_only, "LayoutControl")):
        have = sorted(n for n in ours if not n.startswith("_"))
        inherited = set(all_fields(classes, "Control")) if theirs != "Control" else set()
        missing = [f for f in all_fields(classes, theirs) if f not in ours | CONTROL_PROPS]
        missing = [f for f in missing if f not in inherited]
        missing = [f for f in missing if f not in PYTHON_SIDE]
        lines += [
            f"- **{theirs}** properties"
            f": {', '.join(have)}. Not supported: {', '.join(missing) or 'none'}.",
        ]
    return lines


def render(classes: dict[str, SdkClass], canvas: dict[str, SdkClass]) -> str:
    sdk = sdk_fields_by_type(classes)
    shapes = sdk_fields_by_type(canvas)
    lines = [
        "# Supported controls",
        "",
        "Generated by `scripts/gen_control_table.py` from the catalog's declarations and the",
        "Flet 1.0.5 SDK; do not edit by hand. *Not supported* lists the properties and events",
        "the 1.0.5 SDK has for the same client type that flet-pwa does not declare: passing one",
        "raises `PropertyError` naming the nearest declared property. *Translated* controls keep",
        "their async-era name in Python and reach the 1.0.5 client in the shape it knows.",
        "",
        "Every control has the base properties; visual controls also have the layout ones:",
        "",
        *base_lines(classes),
        "",
        "| control | sent as | its own properties | its own events | not supported |",
        "|---|---|---|---|---|",
    ]
    lines += [row(cls, sdk, classes) for cls in our_controls()]
    lines += [
        "",
        "The shapes of `import flet.canvas as cv` (drawn only inside a `cv.Canvas`):",
        "",
        "| shape | sent as | its own properties | its own events | not supported |",
        "|---|---|---|---|---|",
    ]
    canvas_shapes = [c for c in our_controls(cv) if c is not cv.Canvas]
    lines += [row(cls, shapes, canvas, "cv") for cls in canvas_shapes]
    lines += [
        "",
        "The map of `import flet.map as map` (Flet 1.0: `import flet_map as ftm`); the layers go",
        "in `map.Map(layers=[...])`. flet-map is not in the SDK wheel read here: its 1.0.5",
        "properties were compared by hand (all declared).",
        "",
        "| control | sent as | its own properties | its own events | not supported |",
        "|---|---|---|---|---|",
    ]
    lines += [row(cls, sdk, classes, "map") for cls in our_controls(fmap)]
    return "\n".join(lines) + "\n"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args(argv)
    wheel = fetch_sdk_wheel()
    text = render(read_sdk(wheel), read_sdk(wheel, CANVAS_DIR))
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != text:
            print(f"{OUT.relative_to(ROOT)} is out of date: run scripts/gen_control_table.py")
            return 1
        return 0
    OUT.write_text(text, encoding="utf-8")
    count = len(our_controls()) + len(our_controls(cv)) - 1 + len(our_controls(fmap))
    print(f"wrote {OUT.relative_to(ROOT)}: {count} controls and shapes")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
