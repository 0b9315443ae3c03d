"""Secrets never leave the machine: not in app.zip, not among the assets at the site root.

Every secret file gets its own marker as content; the tests look for the markers in every
site file and every app.zip entry, so a secret published under another name is caught too.
"""

from __future__ import annotations

import zipfile
from collections.abc import Callable
from pathlib import Path

import pytest

from flet.cli import main as cli_main
from flet.publish import OptionError, PublishResult
from flet.publish.console import format_result
from flet.publish.exclusions import DEFAULT_RULES, FileFilter, LeftOut, describe_left_out
from tests.unit.publish._support import Publish

pytestmark = pytest.mark.host_only

# path in the app's folder -> the reason it is left out (mixed case on purpose)
SECRETS = {
    ".env": "environment file (secrets)",
    ".Env.Production": "environment file (secrets)",
    "config/prod.env": "environment file (secrets)",
    "id_rsa": "private key or certificate",
    "Id_Rsa.pub": "private key or certificate",
    "id_dsa": "private key or certificate",
    "keys/id_ecdsa": "private key or certificate",
    "id_ed25519": "private key or certificate",
    "deploy_ed25519": "private key or certificate",
    "SERVER.PEM": "private key or certificate",
    "tls/App.Key": "private key or certificate",
    "cert.p12": "private key or certificate",
    "cert.PFX": "private key or certificate",
    "android/release.keystore": "private key or certificate",
    "android/upload.JKS": "private key or certificate",
    "putty.ppk": "private key or certificate",
    ".ssh/": "credential store",
    ".SSH2/": None,  # not a credential folder name: kept (holds a harmless file)
    ".aws/": "credential store",
    ".gnupg/": "credential store",
    ".netrc": "credential store",
    ".npmrc": "credential store",
    ".pypirc": "credential store",
    ".git-credentials": "credential store",
    ".Docker/Config.json": "credential store",
    ".streamlit/secrets.toml": "credential store",
    "Credentials.JSON": "credential store",
    "credentials-prod.json": "credential store",
    "gcp/service-account-prod.json": "credential store",
    "client_secret_123.json": "credential store",
    "vault.KDBX": "password database",
    ".Git/": "version control",
    ".VENV/": "virtual environment",
    "office.ovpn": "VPN profile (holds keys)",
}
# files written for the folders above
FOLDER_FILES = {
    ".ssh/": ["id_rsa", "config"],
    ".SSH2/": ["readme.txt"],
    ".aws/": ["credentials"],
    ".gnupg/": ["private-keys-v1.d/key.key", "pubring.kbx"],
    ".Git/": ["config"],
    ".VENV/": ["bin/python"],
}
KEPT = {"pkg/__init__.py": "", "pkg/view.py": "V = 1\n", "data/table.csv": "a,b\n"}
# assets folder: secrets and what is copied to the site root
ASSET_SECRETS = {
    "assets/.env": "environment file (secrets)",
    "assets/keys/Server.Key": "private key or certificate",
    "assets/img/ID_RSA": "private key or certificate",
    "assets/__pycache__/": "cache",
}
ASSET_FILES = {"assets/img/logo.png": "png", "assets/site.webmanifest.txt": "text"}
OUTSIDE_SECRET = "OUTSIDE-SECRET-7f3a"


def marker(path: str) -> str:
    return f"SECRET-MARKER<{path}>"


def make_secret_app(tmp_path: Path, make_app: Callable[..., Path]) -> Path:
    files: dict[str, str] = {**KEPT, **ASSET_FILES}
    for path in [*SECRETS, *ASSET_SECRETS]:
        if path.endswith("/"):
            for name in FOLDER_FILES.get(path, ["x.py"]):
                files[path + name] = marker(path + name)
        else:
            files[path] = marker(path)
    files[".SSH2/readme.txt"] = "harmless"
    app = make_app(files)
    outside = tmp_path / "outside.txt"
    outside.write_text(OUTSIDE_SECRET)
    here = app.parent
    (here / "outside_link.txt").symlink_to(outside)
    (here / "pkg" / "same_view.py").symlink_to(here / "pkg" / "view.py")
    (here / "assets" / "img" / "outside.png").symlink_to(outside)
    (here / "assets" / "img" / "logo_copy.png").symlink_to(Path("logo.png"))
    (here / "assets" / "app_code.py").symlink_to(here / "pkg" / "view.py")  # out of assets/
    return app


def zip_entries(result: PublishResult) -> dict[str, bytes]:
    with zipfile.ZipFile(result.site_dir / "app.zip") as zf:
        return {name: zf.read(name) for name in zf.namelist()}


def every_published_byte(result: PublishResult) -> list[bytes]:
    site = result.site_dir
    files = [p.read_bytes() for p in site.rglob("*") if p.is_file()]
    return files + list(zip_entries(result).values())


def test_no_secret_reaches_the_archive_or_the_site(
    tmp_path: Path, make_app: Callable[..., Path], run_publish: Publish
) -> None:
    app = make_secret_app(tmp_path, make_app)
    result = run_publish(app)

    assert set(zip_entries(result)) == {
        "app.py",
        *KEPT,
        "pkg/same_view.py",  # a link inside the folder: a copy of its target
        ".SSH2/readme.txt",
        *ASSET_FILES,
        "assets/img/logo_copy.png",
        "assets/app_code.py",  # inside the app's folder, though out of assets/
    }
    assert zip_entries(result)["pkg/same_view.py"] == b"V = 1\n"
    assert set(result.archive.assets) == {
        "img/logo.png",
        "img/logo_copy.png",
        "site.webmanifest.txt",
    }
    site = result.site_dir
    assert (site / "img" / "logo_copy.png").read_text() == "png"
    for path in ["img/outside.png", "app_code.py", ".env", "keys/Server.Key", "img/ID_RSA"]:
        assert not (site / path).exists(), path

    published = every_published_byte(result)
    for path in [*SECRETS, *ASSET_SECRETS]:
        for name in FOLDER_FILES.get(path, ["x.py"]) if path.endswith("/") else [""]:
            if SECRETS.get(path, "") is not None:
                assert not any(marker(path + name).encode() in data for data in published), path
    assert not any(OUTSIDE_SECRET.encode() in data for data in published)


def test_every_left_out_file_is_listed_with_its_reason(
    tmp_path: Path, make_app: Callable[..., Path], run_publish: Publish
) -> None:
    result = run_publish(make_secret_app(tmp_path, make_app))

    app_left_out = {item.path: item.reason for item in result.archive.excluded}
    assert app_left_out == {
        **{path: reason for path, reason in SECRETS.items() if reason},
        **ASSET_SECRETS,
        "outside_link.txt": "link to outside the app folder (not followed)",
        "assets/img/outside.png": "link to outside the app folder (not followed)",
    }
    assert {item.path: item.reason for item in result.archive.assets_excluded} == {
        **ASSET_SECRETS,
        "assets/img/outside.png": "link to outside the assets folder (not followed)",
        "assets/app_code.py": "link to outside the assets folder (not followed)",
    }


def test_the_summary_says_what_was_left_out_and_how_to_override(
    tmp_path: Path, make_app: Callable[..., Path], run_publish: Publish
) -> None:
    infos: list[str] = []
    result = run_publish(
        make_secret_app(tmp_path, make_app), progress=lambda e: infos.append(e.message)
    )
    text = format_result(result)
    app_line = next(line for line in text.splitlines() if line.startswith("  app.zip:"))
    assets_line = next(line for line in text.splitlines() if line.startswith("  assets:"))
    assert "private key or certificate: android/release.keystore, android/upload.JKS" in app_line
    assert "SERVER.PEM, tls/App.Key;" in app_line
    assert "credential store: .aws/, .Docker/Config.json, .git-credentials" in app_line
    assert app_line.endswith(
        "; --include GLOB publishes one anyway (not a link or the output folder)"
    )
    assert "environment file (secrets): assets/.env;" in assets_line
    assert assets_line.endswith(
        "; --include GLOB publishes one anyway (not a link or the output folder)"
    )
    assert any(m.startswith("app.zip: ") and "SERVER.PEM" in m for m in infos)
    assert any(m.startswith("assets: ") and "assets/.env" in m for m in infos)


def test_nothing_left_out_says_so(make_app: Callable[..., Path], run_publish: Publish) -> None:
    result = run_publish(make_app(KEPT))
    assert result.archive.excluded == ()
    assert "  app.zip: 4 files; left out: nothing" in format_result(result).splitlines()


def test_the_include_hint_appears_only_where_include_helps() -> None:
    assert describe_left_out([LeftOut("gone", "broken link")]) == "left out 1 (broken link: gone)"
    assert describe_left_out([LeftOut("a.pem", "private key or certificate")]) == (
        "left out 1 (private key or certificate: a.pem); --include GLOB publishes one anyway"
    )


def test_include_overrides_the_defaults_and_exclude_adds_to_them(
    make_app: Callable[..., Path], run_publish: Publish
) -> None:
    app = make_app({**KEPT, "certs/ca.PEM": "public ca", ".env.example": "X=", "data/big.bin": "b"})
    result = run_publish(app, include=("*.pem", ".env.example"), exclude=("*.BIN", "pkg/"))
    names = set(zip_entries(result))
    assert {"certs/ca.PEM", ".env.example", "data/table.csv"} <= names
    assert not {"data/big.bin", "pkg/view.py"} & names
    assert {item.path: item.reason for item in result.archive.excluded} == {
        "data/big.bin": "--exclude *.BIN",
        "pkg/": "--exclude pkg/",
    }


def test_include_beats_exclude(make_app: Callable[..., Path], run_publish: Publish) -> None:
    app = make_app(KEPT)
    result = run_publish(app, exclude=("data/",), include=("data/",))
    assert "data/table.csv" in zip_entries(result)


def test_fletignore_uses_gitignore_syntax(
    make_app: Callable[..., Path], run_publish: Publish
) -> None:
    app = make_app(
        {
            **KEPT,
            "notes/draft.md": "d",
            "data/keep.csv": "k",
            "config/dev.key": "dev key",
            "assets/raw/big.psd": "psd",
            "assets/logo.png": "png",
            ".fletignore": "# comment\n\nnotes/\n*.csv\n!keep.csv\n!config/dev.key\n/assets/raw/\n",
        }
    )
    result = run_publish(app)
    names = set(zip_entries(result))
    assert {"data/keep.csv", "config/dev.key", "assets/logo.png", ".fletignore"} <= names
    assert {item.path: item.reason for item in result.archive.excluded} == {
        "notes/": ".fletignore line 3: notes/",
        "data/table.csv": ".fletignore line 4: *.csv",
        "assets/raw/": ".fletignore line 7: /assets/raw/",
    }
    assert result.archive.assets == ("logo.png",)  # the assets follow .fletignore too
    assert not (result.site_dir / "raw").exists()


def test_exclude_applies_to_an_assets_folder_outside_the_app(
    tmp_path: Path, make_app: Callable[..., Path], run_publish: Publish
) -> None:
    shared = tmp_path / "shared"
    (shared / "img").mkdir(parents=True)
    (shared / "img" / "a.png").write_text("a")
    (shared / "img" / "a.psd").write_text("psd")
    (shared / "Secrets.TOML").write_text(marker("shared"))
    result = run_publish(make_app(), assets=shared, exclude=("*.psd",))
    assert result.archive.assets == ("img/a.png",)
    assert {item.path: item.reason for item in result.archive.assets_excluded} == {
        "Secrets.TOML": "credential store",
        "img/a.psd": "--exclude *.psd",
    }


@pytest.mark.parametrize(
    ("options", "message"),
    [
        ({"exclude": ("!*.py",)}, "--exclude '!*.py' is not a file pattern"),
        ({"include": ("",)}, "--include '' is not a file pattern"),
        ({"exclude": ("a\\",)}, "--exclude 'a\\\\' is not a valid gitignore pattern"),
        ({"include": ("[z-a]",)}, "--include '[z-a]' is not a valid gitignore pattern"),
        ({"exclude": "*.csv"}, "PublishOptions.exclude is the string '*.csv'"),
    ],
)
def test_bad_patterns_are_option_errors(
    make_app: Callable[..., Path], run_publish: Publish, options: dict[str, object], message: str
) -> None:
    with pytest.raises(OptionError) as info:
        run_publish(make_app(), **options)
    assert str(info.value).startswith(message)
    assert info.value.fix


def test_a_bad_fletignore_line_names_the_line(
    make_app: Callable[..., Path], run_publish: Publish
) -> None:
    app = make_app({".fletignore": "*.csv\n!\n"})
    with pytest.raises(OptionError, match=r"^\.fletignore line 2 is not a valid") as info:
        run_publish(app)
    assert "line 2 of" in info.value.fix


def test_cli_passes_exclude_and_include(
    tmp_path: Path,
    make_app: Callable[..., Path],
    site_parts: tuple[Path, Path],
    capsys: pytest.CaptureFixture[str],
) -> None:
    templates, js = site_parts
    app = make_app({**KEPT, "server.pem": "x", "notes.md": "n"})
    dist = tmp_path / "site"
    code = cli_main(
        ["publish", str(app), "--distpath", str(dist), "--template-dir", str(templates),
         "--runtime-dir", str(js), "--include", "*.pem", "--exclude", "*.md",
         "--exclude", "data/", "-q"]
    )  # fmt: skip
    out = capsys.readouterr().out
    assert code == 0
    with zipfile.ZipFile(dist / "app.zip") as zf:
        names = set(zf.namelist())
    assert "server.pem" in names and "notes.md" not in names and "data/table.csv" not in names
    assert "left out 2 (--exclude data/: data/; --exclude *.md: notes.md); --include GLOB" in out


def test_every_default_rule_has_a_reason_and_one_place() -> None:
    patterns = [rule.pattern for rule in DEFAULT_RULES]
    assert len(patterns) == len(set(patterns))
    assert all(rule.reason for rule in DEFAULT_RULES)
    for required in ["*.pem", "id_rsa*", ".ssh/", ".env*", "*.kdbx", "secrets.toml"]:
        assert required in patterns


@pytest.mark.parametrize(
    ("path", "is_dir", "reason"),
    [
        ("a/B/.SSH", True, "credential store"),
        ("x/Id_Ed25519.PUB", False, "private key or certificate"),
        ("deep/.docker/CONFIG.JSON", False, "credential store"),
        ("docker/config.json", False, None),
        ("keys.py", False, None),
        ("environment.py", False, None),
        ("a/venv", False, None),  # venv/ is a folder pattern
        ("lib", True, None),
    ],
)
def test_default_rules_match_case_insensitively_on_any_segment(
    path: str, is_dir: bool, reason: str | None
) -> None:
    assert FileFilter(DEFAULT_RULES).reason(path, is_dir) == reason
