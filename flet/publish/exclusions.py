"""What of the app's folder (and of the assets folder) is published, and why the rest is not.

Rules are gitignore lines (parsed by `pathspec`), matched case-insensitively against paths
relative to the app's folder (a folder is matched as `path/`). As in git, the last rule that
matches decides, in this order:

1. `DEFAULT_RULES` below: secrets, version control, environments, caches, build output;
2. `.fletignore` in the app's folder (a `!pattern` line there may lift a default);
3. `--exclude GLOB`;
4. `--include GLOB` (as `!GLOB`), so it overrides everything above.

When no rule matches, a folder that holds `pyvenv.cfg` (a virtual environment) is left out.
As in git, a file inside a left-out folder cannot be brought back (the folder is not read):
include the folder itself.

Whatever the rules say, `scan` never follows a link out of the folder it walks (the app's
folder, or the assets folder), never packs the output folder, and leaves out broken links,
links to folders and what is not a regular file. The publisher's temporary folders are
skipped without mention.
"""

from __future__ import annotations

import os
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from pathspec import GitIgnoreSpec

from .errors import OptionError
from .site import TEMP_PREFIX

__all__ = [
    "DEFAULT_RULES",
    "FLETIGNORE",
    "FileFilter",
    "LeftOut",
    "Rule",
    "Scan",
    "describe_left_out",
    "make_filter",
    "scan",
]

FLETIGNORE = ".fletignore"

VCS = "version control"
VENV = "virtual environment"
CACHE = "cache"
BUILD = "build output"
EDITOR = "editor settings"
SYSTEM = "system file"
ENV_FILE = "environment file (secrets)"
KEY = "private key or certificate"
CREDENTIALS = "credential store"
PASSWORDS = "password database"
OUTPUT = "the output folder (--distpath)"
LINK_OUT = "link to outside the {root} (not followed)"
LINK_BROKEN = "broken link"
LINK_DIR = "link to a folder (not followed)"
NOT_A_FILE = "not a regular file"


@dataclass(frozen=True)
class Rule:
    """A gitignore line and the reason shown for what it leaves out."""

    pattern: str
    reason: str


def _rules(reason: str, *patterns: str) -> tuple[Rule, ...]:
    return tuple(Rule(pattern, reason) for pattern in patterns)


# The one list of built-in exclusions. Taken from the issue's list, gitleaks' file-name rules
# and GitHub's gitignore templates (Python, Node, macOS, Windows); each line has its reason.
DEFAULT_RULES: tuple[Rule, ...] = (
    *_rules(VCS, ".git", ".hg", ".svn", ".bzr"),
    *_rules(VENV, ".venv/", "venv/"),
    *_rules(
        CACHE, "__pycache__/", "*.pyc", "*.pyo", ".mypy_cache/", ".pytest_cache/",
        ".ruff_cache/", ".hypothesis/", ".tox/", ".nox/", ".ipynb_checkpoints/", ".cache/",
    ),
    *_rules("Node packages", "node_modules/"),
    *_rules(BUILD, "dist/", "build/", "*.egg-info/"),
    *_rules(EDITOR, ".idea/", ".vscode/"),
    *_rules(SYSTEM, ".DS_Store", "Thumbs.db", "desktop.ini"),
    *_rules(ENV_FILE, ".env*", "*.env"),
    *_rules(
        KEY, "id_rsa*", "id_dsa*", "id_ecdsa*", "id_ed25519*", "*_rsa", "*_dsa", "*_ecdsa",
        "*_ed25519", "*.pem", "*.key", "*.p8", "*.p12", "*.pfx", "*.pkcs12", "*.jks",
        "*.keystore", "*.ppk",
    ),
    *_rules("VPN profile (holds keys)", "*.ovpn"),
    *_rules(
        CREDENTIALS, ".ssh/", ".aws/", ".azure/", ".gnupg/", ".kube/", "**/.docker/config.json",
        ".dockercfg", ".netrc", "_netrc", ".npmrc", ".pypirc", ".git-credentials", ".pgpass",
        ".htpasswd", ".s3cfg", "secrets.toml", "secrets.json", "secrets.yml", "secrets.yaml",
        "credentials", ".credentials", "credentials*.json", "service-account*.json",
        "client_secret*.json",
    ),
    *_rules(PASSWORDS, "*.kdbx", "*.kdb", "*.psafe3", "*.keychain", "*.keychain-db"),
)  # fmt: skip


@dataclass(frozen=True)
class LeftOut:
    """A file or folder (`path/`) that was not published, and why."""

    path: str
    reason: str


class FileFilter:
    """Decides, for a path relative to the app's folder, whether it is left out and why."""

    def __init__(self, rules: Sequence[Rule]) -> None:
        self.rules = tuple(rules)
        patterns = [_compile(rule.pattern.lower()) for rule in self.rules]
        self._spec = GitIgnoreSpec(patterns)

    def reason(self, rel: str, is_dir: bool, is_venv: bool = False) -> str | None:
        """Why `rel` (posix) is left out, or None if it is published."""
        result = self._spec.check_file(rel.lower() + ("/" if is_dir else ""))
        if result.index is None:
            return VENV if is_venv else None
        return self.rules[result.index].reason if result.include else None


def describe_left_out(left_out: Sequence[LeftOut]) -> str:
    """One line for the report: what was left out, grouped by reason, and how to override."""
    if not left_out:
        return "left out: nothing"
    by_reason: dict[str, list[str]] = {}
    for item in left_out:
        by_reason.setdefault(item.reason, []).append(item.path)
    groups = "; ".join(f"{reason}: {', '.join(paths)}" for reason, paths in by_reason.items())
    text = f"left out {len(left_out)} ({groups})"
    if any(_overridable(reason) for reason in by_reason):
        text += "; --include GLOB publishes one anyway"
        if not all(_overridable(reason) for reason in by_reason):
            text += " (not a link or the output folder)"
    return text


def _overridable(reason: str) -> bool:
    """Whether --include can publish what was left out for `reason`."""
    link_out = LINK_OUT.split("{")[0]
    return reason not in (OUTPUT, LINK_BROKEN, LINK_DIR, NOT_A_FILE) and not reason.startswith(
        link_out
    )


def make_filter(app_dir: Path, exclude: Iterable[str], include: Iterable[str]) -> FileFilter:
    """The filter for an app: defaults, then `.fletignore`, `--exclude`, `--include`."""
    for name, value in (("exclude", exclude), ("include", include)):
        if isinstance(value, str):
            raise OptionError(
                f"PublishOptions.{name} is the string {value!r}, not a tuple of patterns",
                f"pass a tuple, e.g. {name}=({value!r},)",
            )
    rules = list(DEFAULT_RULES)
    rules += _fletignore(app_dir / FLETIGNORE)
    rules += [Rule(_glob("--exclude", g), f"--exclude {g}") for g in exclude]
    rules += [Rule("!" + _glob("--include", g), f"--include {g}") for g in include]
    return FileFilter(rules)


def _fletignore(path: Path) -> list[Rule]:
    if not path.is_file():
        return []
    rules = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if line.strip() and not line.startswith("#"):
            where = f"{FLETIGNORE} line {number}"
            _check_pattern(line, where, f"fix or remove line {number} of {path}")
            rules.append(Rule(line, f"{where}: {line}"))
    return rules


def _glob(flag: str, glob: str) -> str:
    if not glob.strip() or glob.startswith(("!", "#")):
        other = "--include" if flag == "--exclude" else "--exclude"
        raise OptionError(
            f"{flag} {glob!r} is not a file pattern",
            f"pass a gitignore pattern such as {flag} 'data/*.csv' "
            f"(to turn it around, use {other} instead of a leading '!')",
        )
    _check_pattern(glob, f"{flag} {glob!r}", f"pass a gitignore pattern, e.g. {flag} 'data/*.csv'")
    return glob


def _check_pattern(pattern: str, where: str, fix: str) -> None:
    try:
        _compile(pattern.lower())
    except (ValueError, re.error) as e:
        raise OptionError(f"{where} is not a valid gitignore pattern ({e})", fix) from e


def _compile(pattern: str) -> Any:  # a GitIgnoreSpecPattern (its module moved in pathspec 1)
    return GitIgnoreSpec.from_lines([pattern]).patterns[0]


@dataclass(frozen=True)
class Scan:
    """What `scan` found: the files to publish (real file, path relative to the walked
    folder) and what was left out (paths relative to the app's folder where possible)."""

    files: tuple[tuple[Path, str], ...]
    left_out: tuple[LeftOut, ...]


def scan(root: Path, file_filter: FileFilter, *, prefix: str, distpath: Path, what: str) -> Scan:
    """Walk `root` without following links out of it. `prefix` is `root` relative to the app's
    folder (`""` for the app's folder, `"assets/"`, ...): rules see `prefix + path`. `what`
    names `root` in reasons ("app folder", "assets folder")."""
    walker = _Walker(root.resolve(), file_filter, prefix, distpath, what)
    walker.walk(walker.root, "")
    left_out = sorted(walker.left_out, key=lambda item: (item.path.lower(), item.path))
    return Scan(tuple(walker.files), tuple(left_out))


class _Walker:
    def __init__(
        self, root: Path, file_filter: FileFilter, prefix: str, distpath: Path, what: str
    ) -> None:
        self.root = root
        self.filter = file_filter
        self.prefix = prefix
        self.distpath = distpath
        self.what = what
        self.files: list[tuple[Path, str]] = []
        self.left_out: list[LeftOut] = []

    def walk(self, folder: Path, rel_folder: str) -> None:
        with os.scandir(folder) as it:
            entries = sorted(it, key=lambda e: e.name)
        for entry in entries:
            if entry.name.startswith(TEMP_PREFIX):
                continue
            rel = rel_folder + entry.name
            if entry.is_symlink():
                self._link(Path(entry.path), rel)
            elif entry.is_dir():
                self._folder(Path(entry.path), rel)
            elif entry.is_file():
                self._add(Path(entry.path), rel, self.filter.reason(self.prefix + rel, False))
            else:
                self._leave(rel, NOT_A_FILE)

    def _folder(self, path: Path, rel: str) -> None:
        if path.resolve() == self.distpath:
            self._leave(rel + "/", OUTPUT)
            return
        reason = self.filter.reason(self.prefix + rel, True, (path / "pyvenv.cfg").is_file())
        if reason:
            self._leave(rel + "/", reason)
        else:
            self.walk(path, rel + "/")

    def _link(self, path: Path, rel: str) -> None:
        """A link is packed (as a copy of its target, under the link's name) only if its target
        is a file inside the root and the rules publish both the link and the target."""
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):  # missing target, or a loop
            self._leave(rel, LINK_BROKEN)
            return
        if not target.is_relative_to(self.root):
            self._leave(rel, LINK_OUT.format(root=self.what))
        elif target.is_dir():
            self._leave(rel, LINK_DIR)
        elif not target.is_file():
            self._leave(rel, NOT_A_FILE)
        else:
            target_rel = target.relative_to(self.root).as_posix()
            reason = self.filter.reason(self.prefix + rel, False) or self._target_reason(target_rel)
            self._add(target, rel, reason)

    def _target_reason(self, target_rel: str) -> str | None:
        """Why the link's target would be left out, checking every folder on its way."""
        parts = target_rel.split("/")
        folder = self.root
        for i, name in enumerate(parts[:-1]):
            folder = folder / name
            if folder == self.distpath:
                return f"links to {target_rel}: {OUTPUT}"
            sub = self.prefix + "/".join(parts[: i + 1])
            reason = self.filter.reason(sub, True, (folder / "pyvenv.cfg").is_file())
            if reason:
                return f"links to {target_rel}: {reason}"
        reason = self.filter.reason(self.prefix + target_rel, False)
        return f"links to {target_rel}: {reason}" if reason else None

    def _add(self, path: Path, rel: str, reason: str | None) -> None:
        if reason:
            self._leave(rel, reason)
        else:
            self.files.append((path, rel))

    def _leave(self, rel: str, reason: str) -> None:
        self.left_out.append(LeftOut(self.prefix + rel, reason))
