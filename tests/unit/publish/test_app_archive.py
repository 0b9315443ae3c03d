"""app.zip (what goes in, what stays out), assets at the site root, app checks."""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from flet.publish import AppError, AssetConflict, OptionError
from tests.unit.publish._support import Publish

pytestmark = pytest.mark.host_only

JUNK = {
    ".git/config": "[core]",
    ".venv/bin/python": "",
    "venv/lib/x.py": "",
    "myenv/pyvenv.cfg": "home = /usr",
    "__pycache__/app.cpython-311.pyc": "",
    "pkg/__pycache__/m.cpython-311.pyc": "",
    ".env": "SECRET=1",
    ".env.local": "SECRET=2",
    "server.pem": "-----BEGIN",
    "tls/private.key": "k",
    "node_modules/left-pad/index.js": "",
    "dist/old/index.html": "",
    "build/lib/x.py": "",
}
KEPT = {
    "pkg/__init__.py": "",
    "pkg/m.py": "X = 1\n",
    "data/table.csv": "a,b\n",
    "assets/img/logo.png": "png",
    "requirements.txt": "",
    ".gitignore": "dist/\n",
}


def test_archive_leaves_out_secrets_and_junk_with_reasons(
    make_app: Callable[..., Path], run_publish: Publish
) -> None:
    app = make_app({**JUNK, **KEPT})
    run_publish(app, distpath=app.parent / "out")  # the output inside the app folder...
    result = run_publish(app, distpath=app.parent / "out")  # ...exists the second time
    with zipfile.ZipFile(result.site_dir / "app.zip") as zf:
        names = set(zf.namelist())
    assert names == {"app.py", *KEPT}
    assert {item.path: item.reason for item in result.archive.excluded} == {
        ".git/": "version control",
        ".venv/": "virtual environment",
        "venv/": "virtual environment",
        "myenv/": "virtual environment",  # no pattern: it holds pyvenv.cfg
        "__pycache__/": "cache",
        "pkg/__pycache__/": "cache",
        ".env": "environment file (secrets)",
        ".env.local": "environment file (secrets)",
        "server.pem": "private key or certificate",
        "tls/private.key": "private key or certificate",
        "node_modules/": "Node packages",
        "dist/": "build output",
        "build/": "build output",
        "out/": "the output folder (--distpath)",
    }


def test_archive_is_reproducible(make_app: Callable[..., Path], run_publish: Publish) -> None:
    app = make_app(KEPT)
    first = (run_publish(app).site_dir / "app.zip").read_bytes()
    app.touch()
    assert (run_publish(app).site_dir / "app.zip").read_bytes() == first


def test_assets_land_at_the_site_root(make_app: Callable[..., Path], run_publish: Publish) -> None:
    app = make_app({"assets/img/logo.png": "png", "assets/favicon.png": "mine"})
    result = run_publish(app)
    assert (result.site_dir / "img/logo.png").read_text() == "png"
    assert (result.site_dir / "favicon.png").read_text() == "mine"  # Flet lets apps override it
    assert set(result.archive.assets) == {"img/logo.png", "favicon.png"}


def test_assets_option_is_relative_to_the_app(
    make_app: Callable[..., Path], run_publish: Publish
) -> None:
    app = make_app({"static/a.txt": "a"})
    assert (run_publish(app, assets=Path("static")).site_dir / "a.txt").read_text() == "a"
    with pytest.raises(OptionError):
        run_publish(app, assets=Path("nope"))


@pytest.mark.parametrize("name", ["index.html", "pyodide/pyodide.mjs", "main.dart.js"])
def test_assets_cannot_overwrite_site_files(
    make_app: Callable[..., Path], run_publish: Publish, name: str
) -> None:
    app = make_app({f"assets/{name}": "x"})
    with pytest.raises(AssetConflict) as info:
        run_publish(app)
    assert name in str(info.value) and info.value.fix


def test_syntax_error_warns_with_file_and_line_but_publishes(
    make_app: Callable[..., Path], run_publish: Publish
) -> None:
    app = make_app()
    app.write_text("import flet as ft\n\ndef main(page)\n    pass\n")
    result = run_publish(app)
    assert (result.site_dir / "app.zip").is_file()
    assert any(f"{app}:3: SyntaxError" in w for w in result.warnings)


def test_app_must_exist_and_be_python(
    tmp_path: Path, make_app: Callable[..., Path], run_publish: Publish
) -> None:
    with pytest.raises(AppError, match="not found"):
        run_publish(tmp_path / "missing.py")
    notes = make_app({"notes.txt": "hi"}).parent / "notes.txt"
    with pytest.raises(AppError, match=r"not a \.py file") as info:
        run_publish(notes)
    assert info.value.fix


def test_names_default_from_the_app(make_app: Callable[..., Path], run_publish: Publish) -> None:
    result = run_publish(make_app())
    manifest = (result.site_dir / "manifest.json").read_text()
    assert '"name": "myapp"' in manifest  # app.py -> the folder's name


def test_links_are_packed_as_their_target_only_inside_the_folder(
    tmp_path: Path, make_app: Callable[..., Path], run_publish: Publish
) -> None:
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "passwd").write_text("root:x:0:0")
    app = make_app(KEPT)
    here = app.parent
    (here / "dangling").symlink_to(here / "gone")
    (here / "loop").symlink_to(here / "loop")
    (here / "linked.py").symlink_to(here / "pkg" / "m.py")
    (here / "pkg_link").symlink_to(here / "pkg")
    (here / "passwd").symlink_to(outside / "passwd")
    (here / "outside_dir").symlink_to(outside)
    (here / "up.py").symlink_to(Path("..") / "outside" / "passwd")  # relative, still outside
    result = run_publish(app, include=("*",))  # --include never lets a link out
    with zipfile.ZipFile(result.site_dir / "app.zip") as zf:
        assert zf.read("linked.py") == b"X = 1\n"  # a copy of its target
        assert zf.read("pkg/m.py") == b"X = 1\n"
        assert set(zf.namelist()) == {"app.py", "linked.py", *KEPT}
        assert all(b"root:x" not in zf.read(name) for name in zf.namelist())
    assert {item.path: item.reason for item in result.archive.excluded} == {
        "dangling": "broken link",
        "loop": "broken link",
        "pkg_link": "link to a folder (not followed)",
        "passwd": "link to outside the app folder (not followed)",
        "outside_dir": "link to outside the app folder (not followed)",
        "up.py": "link to outside the app folder (not followed)",
    }


def test_a_link_to_a_secret_inside_the_folder_is_left_out_as_that_secret(
    make_app: Callable[..., Path], run_publish: Publish
) -> None:
    app = make_app({**KEPT, ".ssh/id_rsa": "KEY", "tls/server.pem": "PEM"})
    (app.parent / "notes.txt").symlink_to(app.parent / ".ssh" / "id_rsa")
    (app.parent / "readme.md").symlink_to(Path("tls") / "server.pem")
    result = run_publish(app)
    with zipfile.ZipFile(result.site_dir / "app.zip") as zf:
        assert set(zf.namelist()) == {"app.py", *KEPT}
    reasons = {item.path: item.reason for item in result.archive.excluded}
    assert reasons["notes.txt"] == "links to .ssh/id_rsa: credential store"
    assert reasons["readme.md"] == "links to tls/server.pem: private key or certificate"


def test_an_unreadable_file_is_an_app_error_naming_it(
    make_app: Callable[..., Path], run_publish: Publish, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = make_app(KEPT)
    real_read = Path.read_bytes

    def read_bytes(self: Path) -> bytes:
        if self.name == "table.csv":
            raise PermissionError(13, "Permission denied", str(self))
        return real_read(self)

    monkeypatch.setattr(Path, "read_bytes", read_bytes)
    with pytest.raises(AppError, match=r"cannot read .*table\.csv: Permission denied") as info:
        run_publish(app)
    assert "make the file readable" in info.value.fix
