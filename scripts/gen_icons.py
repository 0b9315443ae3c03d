"""Generate the icon name tables in ``flet/values/_data/`` from Flet 1.0.5's own data.

The Flet 1.0.5 client takes an icon as an integer ``(set_id << 16) | index`` where ``index``
is the icon's position in the client's compiled icon list (set 1 = Material, 2 = Cupertino).
The authoritative name -> code tables are JSON files inside the ``flet==1.0.5`` SDK wheel.
This script downloads that wheel (``pip download``, never installed: it would shadow our own
``flet`` package), checks the tables, and writes one text file per icon set:

    # <header naming the source, set id and count>
    ABC
    ABC_OUTLINED
    ...

Line ``i`` after the header is the icon with code ``(set_id << 16) | i``; the script asserts that
the wheel's codes follow exactly this rule, so the files carry no numbers.

When the flet-web client wheel is cached, the script also cross-checks the tables against the
compiled client (``main.dart.js``): the icon lists must have the same lengths, and a few icons
must resolve to Flutter's well-known code points.

Run from the repository root::

    .venv/bin/python scripts/gen_icons.py            # regenerate
    .venv/bin/python scripts/gen_icons.py --check    # fail if the files are out of date
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import subprocess
import sys
import zipfile
from dataclasses import dataclass
from pathlib import Path

FLET_VERSION = "1.0.5"
SDK_WHEEL_NAME = f"flet-{FLET_VERSION}-py3-none-any.whl"
SDK_WHEEL_SHA256 = "1bfde51f557af24cafce8092afdaf80fb778ec9d03fdf343ca46b5f0a7af2bbf"
CACHE_DIR = Path.home() / ".cache" / "flet-pwa"
SDK_DIR = CACHE_DIR / "sdk"
CLIENT_WHEEL = CACHE_DIR / "client" / f"flet_web-{FLET_VERSION}-py3-none-any.whl"
REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = REPO_ROOT / "flet" / "values" / "_data"


@dataclass(frozen=True)
class IconSet:
    """One icon set: where its JSON lives in the SDK wheel and where its table goes."""

    label: str
    set_id: int
    json_path: str
    out_name: str
    expected_count: int
    # name -> Flutter code point, checked against the compiled client when it is available
    known_code_points: tuple[tuple[str, int], ...]


ICON_SETS = (
    IconSet(
        label="Material",
        set_id=1,
        json_path="flet/controls/material/icons.json",
        out_name="material_icons.txt",
        expected_count=8825,
        known_code_points=(("ADD", 0xE047), ("HOME", 0xE318), ("SETTINGS", 0xE57F)),
    ),
    IconSet(
        label="Cupertino",
        set_id=2,
        json_path="flet/controls/cupertino/cupertino_icons.json",
        out_name="cupertino_icons.txt",
        expected_count=1322,
        known_code_points=(("ADD", 0xF489), ("HOME", 0xF447), ("HEART_FILL", 0xF443)),
    ),
)

# Codes the protocol notes (shared/protocol.md section 12.2) quote; a regression guard.
KNOWN_CODES = {
    "Material": {
        "ADD": 65604,
        "CHECK": 66861,
        "DELETE": 67411,
        "FAVORITE": 68258,
        "HOME": 69217,
        "SEND": 72181,
        "SETTINGS": 72245,
    },
    "Cupertino": {"ADD": 131072, "HOME": 131725},
}


class GenerationError(Exception):
    """The source data does not have the shape this script relies on."""


def sha256_of(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def fetch_sdk_wheel(wheel: Path | None = None) -> Path:
    """Return the verified ``flet==1.0.5`` wheel, downloading it into the cache if needed."""
    path = wheel or SDK_DIR / SDK_WHEEL_NAME
    if not path.exists():
        SDK_DIR.mkdir(parents=True, exist_ok=True)
        cmd = [sys.executable, "-m", "pip", "download", "--no-deps"]
        cmd += [f"flet=={FLET_VERSION}", "-d", str(SDK_DIR)]
        subprocess.run(cmd, check=True)
    digest = sha256_of(path)
    if digest != SDK_WHEEL_SHA256:
        raise GenerationError(
            f"{path} has sha256 {digest}, expected {SDK_WHEEL_SHA256}; "
            "delete it and rerun to download flet==1.0.5 again"
        )
    return path


def read_names(wheel: zipfile.ZipFile, icon_set: IconSet) -> list[str]:
    """Read one icon JSON and return its names ordered by code, checking the code rule."""
    table: dict[str, int] = json.loads(wheel.read(icon_set.json_path))
    ordered = sorted(table.items(), key=lambda item: item[1])
    base = icon_set.set_id << 16
    for index, (name, code) in enumerate(ordered):
        if code != base | index:
            raise GenerationError(
                f"{icon_set.label} icon {name} has code {code}, expected {base | index}: "
                "codes are no longer contiguous; the table format must change"
            )
        if not re.fullmatch(r"[A-Z0-9_]+", name):
            raise GenerationError(f"{icon_set.label} icon name {name!r} is not UPPER_SNAKE")
    if len(ordered) != icon_set.expected_count:
        raise GenerationError(
            f"{icon_set.label}: {len(ordered)} icons, expected {icon_set.expected_count}"
        )
    for name, code in KNOWN_CODES[icon_set.label].items():
        if table.get(name) != code:
            raise GenerationError(f"{icon_set.label} {name} is {table.get(name)}, not {code}")
    return [name for name, _ in ordered]


def render_table(icon_set: IconSet, names: list[str]) -> str:
    header = (
        f"# {icon_set.label} icons of Flet {FLET_VERSION} ({icon_set.json_path} in "
        f"{SDK_WHEEL_NAME}, sha256 {SDK_WHEEL_SHA256[:16]}); set_id={icon_set.set_id} "
        f"count={len(names)}; line N after this header has code (set_id << 16) | N. "
        "Generated by scripts/gen_icons.py; do not edit."
    )
    return "\n".join([header, *names]) + "\n"


def compiled_icon_lists(client_wheel: Path) -> dict[str, list[int]]:
    """Code points of the client's compiled icon lists, keyed by font family."""
    with zipfile.ZipFile(client_wheel) as wheel:
        js = wheel.read("flet_web/web/main.dart.js").decode("utf-8")
    constants = {
        ref: (int(float(code_point)), family)  # dart2js writes 61000 as 61e3
        for ref, code_point, family in re.findall(
            r"\n(B\.[\w$]+)=new A\.[\w$]+\(([\de]+),\"(MaterialIcons|CupertinoIcons)\"", js
        )
    }
    lists: dict[str, list[int]] = {}
    for match in re.finditer(r"\[((?:B\.[\w$]+,){500,}B\.[\w$]+)\]", js):
        refs = match.group(1).split(",")
        families = {constants.get(ref, (0, ""))[1] for ref in refs}
        if len(families) == 1 and "" not in families:
            lists[families.pop()] = [constants[ref][0] for ref in refs]
    return lists


def cross_check_client(client_wheel: Path, tables: dict[str, list[str]]) -> list[str]:
    """Compare the tables with the compiled client; return human-readable findings."""
    lists = compiled_icon_lists(client_wheel)
    findings = []
    for icon_set in ICON_SETS:
        compiled = lists.get(f"{icon_set.label}Icons")
        names = tables[icon_set.label]
        if compiled is None or len(compiled) != len(names):
            size = None if compiled is None else len(compiled)
            raise GenerationError(
                f"client {icon_set.label} icon list has {size} entries, table has {len(names)}"
            )
        for name, code_point in icon_set.known_code_points:
            actual = compiled[names.index(name)]
            if actual != code_point:
                raise GenerationError(
                    f"client draws {icon_set.label} {name} as U+{actual:X}, "
                    f"expected U+{code_point:X}"
                )
        checked = ", ".join(f"{n}=U+{c:X}" for n, c in icon_set.known_code_points)
        findings.append(f"client {icon_set.label} list: {len(compiled)} entries; {checked}")
    return findings


def generate(wheel_path: Path) -> dict[str, list[str]]:
    with zipfile.ZipFile(wheel_path) as wheel:
        return {s.label: read_names(wheel, s) for s in ICON_SETS}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n", 1)[0])
    parser.add_argument("--wheel", type=Path, help=f"a local {SDK_WHEEL_NAME}")
    parser.add_argument("--client-wheel", type=Path, default=CLIENT_WHEEL)
    parser.add_argument("--check", action="store_true", help="fail if files are out of date")
    args = parser.parse_args(argv)
    tables = generate(fetch_sdk_wheel(args.wheel))
    stale = []
    for icon_set in ICON_SETS:
        out = DATA_DIR / icon_set.out_name
        text = render_table(icon_set, tables[icon_set.label])
        if args.check:
            if not out.exists() or out.read_text(encoding="utf-8") != text:
                stale.append(str(out))
            continue
        DATA_DIR.mkdir(parents=True, exist_ok=True)
        out.write_text(text, encoding="utf-8")
        print(f"wrote {out.relative_to(REPO_ROOT)}: {len(tables[icon_set.label])} icons")
    if args.client_wheel.exists():
        for finding in cross_check_client(args.client_wheel, tables):
            print(finding)
    else:
        print(f"note: {args.client_wheel} not found; skipped the cross-check with the client")
    if stale:
        print("out of date: " + ", ".join(stale) + "; run scripts/gen_icons.py", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
