"""Stage `plan`: check the options and the app, and fix every path and name up front."""

from __future__ import annotations

import re
import sys
import unicodedata
import urllib.parse
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import quote

from packaging.requirements import Requirement

from .errors import AppError, OptionError, TemplateError
from .exclusions import FileFilter, make_filter
from .locate import package_dir
from .options import (
    RENDERERS,
    ROUTE_URL_STRATEGIES,
    PublishOptions,
    Reporter,
    RouteUrlStrategy,
    WebRenderer,
    default_cache_dir,
)
from .requirements import read_requirements
from .site import check_distpath
from .wheelinfo import WheelInfo, read_wheel

__all__ = ["Plan", "check_color", "make_plan", "normalize_base_url"]

DEFAULT_DESCRIPTION = "A Flet app that runs in your browser."
TEMPLATES = ("index.html", "manifest.json")
_COLOR = re.compile(r"#([0-9a-fA-F]{3}|[0-9a-fA-F]{6})")
_MODULE_NAME = re.compile(r"[A-Za-z_]\w*(\.[A-Za-z_]\w*)*")
# required; the other .js/.mjs files of the folder are copied too
RUNTIME_JS_FILES = ("bridge.js", "gzip_fetch.js", "worker.mjs")


@dataclass(frozen=True)
class Plan:
    """The resolved form of `PublishOptions` that the later stages work from."""

    app_path: Path
    app_dir: Path
    app_module: str
    distpath: Path
    base_url: str
    app_name: str
    app_short_name: str
    app_description: str
    web_renderer: WebRenderer
    route_url_strategy: RouteUrlStrategy
    assets_dir: Path | None
    file_filter: FileFilter  # what of the app's folder and the assets is left out
    requirements: tuple[Requirement, ...]
    requirements_file: Path | None
    pre: bool
    local_wheels: tuple[WheelInfo, ...]  # --wheel, read and checked for Pyodide
    client_wheel: Path | None
    pyodide_packages_url: str | None  # a URL or an absolute folder path; None: the default
    cache_dir: Path
    pip: tuple[str, ...]
    template_dir: Path
    runtime_js_dir: Path
    service_worker: bool
    snapshot: bool
    compress: bool  # gzip copies of the large files (compress.py)
    keep_stdlib: tuple[str, ...]  # checked against the zip in fetch_client
    full_stdlib: bool
    theme_color: str
    background_color: str


def make_plan(options: PublishOptions, report: Reporter) -> Plan:
    """Validate `options` and the app file; return the plan every later stage follows."""
    app_path = _check_app(Path(options.app), report)
    app_dir = app_path.parent
    _check_choice("--web-renderer", options.web_renderer, RENDERERS)
    _check_choice("--route-url-strategy", options.route_url_strategy, ROUTE_URL_STRATEGIES)
    req_file = app_dir / "requirements.txt"
    reqs = read_requirements(req_file) if req_file.is_file() else None
    if reqs is not None:
        for note in reqs.notes:
            report.info(note)
        for warning in reqs.warnings:
            report.warn(warning)
    name = options.app_name or _default_name(app_path)
    distpath = Path(options.distpath).resolve()
    check_distpath(distpath, app_dir)
    return Plan(
        app_path=app_path,
        app_dir=app_dir,
        app_module=app_path.stem,
        distpath=distpath,
        base_url=normalize_base_url(options.base_url),
        app_name=name,
        app_short_name=options.app_short_name or name,
        app_description=options.app_description or DEFAULT_DESCRIPTION,
        web_renderer=options.web_renderer,
        route_url_strategy=options.route_url_strategy,
        assets_dir=_assets_dir(options.assets, app_dir),
        file_filter=make_filter(app_dir, options.exclude, options.include),
        requirements=reqs.requirements if reqs else (),
        requirements_file=req_file if reqs else None,
        pre=options.pre or bool(reqs and reqs.pre),
        local_wheels=tuple(read_wheel(_existing_file(Path(w), "--wheel")) for w in options.wheels),
        client_wheel=_optional_file(options.client_wheel, "--client-wheel"),
        pyodide_packages_url=_packages_url(options.pyodide_packages_url),
        cache_dir=Path(options.cache_dir) if options.cache_dir else default_cache_dir(),
        pip=options.pip or (sys.executable, "-m", "pip"),
        template_dir=_with_files(
            options.template_dir or package_dir("web_template"), TEMPLATES, "template_dir"
        ),
        runtime_js_dir=_with_files(
            options.runtime_js_dir or package_dir("pyodide_runtime") / "js",
            RUNTIME_JS_FILES,
            "runtime_js_dir",
        ),
        service_worker=options.service_worker,
        snapshot=options.snapshot,
        compress=options.compress,
        keep_stdlib=_check_keep_stdlib(options.keep_stdlib, options.full_stdlib),
        full_stdlib=options.full_stdlib,
        theme_color=check_color("--pwa-theme-color", options.pwa_theme_color),
        background_color=check_color("--pwa-background-color", options.pwa_background_color),
    )


def normalize_base_url(base_url: str) -> str:
    """Turn "", "/" into "/" and "app", "/app", "/app/" into "/app/" (what `<base href>` needs).

    Only a URL path is accepted: segments of RFC 3986 path characters (ASCII letters, digits,
    `-._~!$&()*+,;=:@` and `%XX`), no `.`/`..` or empty segments, no scheme, host, query or
    fragment, and none of the characters that could end an HTML attribute or a JS string."""
    problem = _base_url_problem(base_url)
    if problem:
        raise OptionError(
            f"--base-url {base_url!r} {problem}",
            "pass only the path the site is served under, "
            "e.g. --base-url /myapp/ for https://example.com/myapp/",
        )
    inner = base_url.strip("/")
    return "/" if not inner else f"/{inner}/"


_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")
_PATH_SEGMENT = re.compile(r"(?:[A-Za-z0-9._~!$&()*+,;=:@-]|%[0-9A-Fa-f]{2})+")


def _base_url_problem(value: str) -> str | None:
    """What keeps `value` from being a URL path, or None."""
    if "://" in value or _SCHEME.match(value):
        return "is a URL, not a path (leave out the scheme and host)"
    if value.startswith("//"):
        return "starts with //, which a browser reads as a host name"
    for char in value:
        if unicodedata.category(char) == "Cc":
            return f"contains the control character {char!r}"
        if char.isspace():
            return "contains whitespace (percent-encode a space as %20)"
        if not char.isascii():
            return f"contains {char!r} (percent-encode it, e.g. {quote(char)})"
    for char, what in (("?", "a query"), ("#", "a fragment")):
        if char in value:
            return f"has {what} ({char}...), which a base path cannot have"
    for char in "\"'<>\\`^{}|[]":
        if char in value:
            return f"contains {char!r}, which a URL path cannot hold"
    inner = value.strip("/")
    for segment in inner.split("/") if inner else []:
        if segment in (".", ".."):
            return f"has a {segment!r} segment (give the path itself)"
        if not segment:
            return "has an empty segment (//)"
        if not _PATH_SEGMENT.fullmatch(segment):
            return "has a '%' that is not followed by two hex digits (write '%' as %25)"
    return None


def check_color(flag: str, value: str) -> str:
    """A manifest colour as `#RRGGBB` (from `#RGB` or `#RRGGBB`, any case)."""
    match = _COLOR.fullmatch(value.strip())
    if not match:
        raise OptionError(
            f"{flag} {value!r} is not a colour", f"pass a hex colour, e.g. {flag} '#1E88E5'"
        )
    digits = match.group(1)
    if len(digits) == 3:
        digits = "".join(c * 2 for c in digits)
    return f"#{digits.upper()}"


def _check_app(path: Path, report: Reporter) -> Path:
    if not path.is_file():
        raise AppError(f"app file {str(path)!r} not found", "pass the path of your app's .py file")
    if path.suffix != ".py":
        raise AppError(f"{path} is not a .py file", "pass the Python file that calls ft.app(main)")
    path = path.resolve()
    _warn_on_syntax_error(path, report)
    return path


def _warn_on_syntax_error(path: Path, report: Reporter) -> None:
    """A SyntaxError does not stop the publish: the browser shows it. Warn with file:line."""
    try:
        compile(path.read_bytes(), str(path), "exec")
    except SyntaxError as e:
        report.warn(
            f"{path}:{e.lineno}: SyntaxError: {e.msg} (published anyway; the page will show it)"
        )
    except ValueError as e:
        report.warn(f"{path}: {e} (published anyway; the page will show the error)")


def _check_keep_stdlib(names: tuple[str, ...], full: bool) -> tuple[str, ...]:
    for name in names:
        if not _MODULE_NAME.fullmatch(name):
            raise OptionError(
                f"--keep-stdlib {name!r} is not a module name",
                "pass a dotted module name such as pdb, unittest or encodings.cp1251",
            )
    if names and full:
        raise OptionError(
            "--keep-stdlib has no effect with --full-stdlib (which keeps every module)",
            "pass one of the two",
        )
    return tuple(sorted(set(names)))


def _check_choice(flag: str, value: str, choices: tuple[str, ...]) -> None:
    if value not in choices:
        raise OptionError(f"{flag} {value!r} is not supported", f"use one of {', '.join(choices)}")


def _default_name(app_path: Path) -> str:
    stem = app_path.stem
    return app_path.parent.name if stem in ("main", "app", "__main__") else stem


def _assets_dir(assets: Path | None, app_dir: Path) -> Path | None:
    if assets is None:
        default = app_dir / "assets"
        return default if default.is_dir() else None
    path = assets if assets.is_absolute() else app_dir / assets
    if not path.is_dir():
        raise OptionError(
            f"assets folder {path} not found",
            "pass --assets with a folder (relative to the app's folder) or leave it out",
        )
    return path.resolve()


def _existing_file(path: Path, flag: str) -> Path:
    if not path.is_file():
        raise OptionError(f"{flag} {path}: file not found", f"pass an existing file to {flag}")
    return path.resolve()


def _packages_url(value: str | None) -> str | None:
    """--pyodide-packages-url: an http(s) or file URL, or a folder that exists."""
    if value is None:
        return None
    scheme = urllib.parse.urlsplit(value).scheme
    if scheme in ("http", "https", "file"):
        return value
    if len(scheme) > 1:  # not a Windows drive letter
        raise OptionError(
            f"--pyodide-packages-url {value!r}: the scheme {scheme!r} is not supported",
            "pass an http(s) or file URL, or a folder holding Pyodide's packages",
        )
    folder = Path(value)
    if not folder.is_dir():
        raise OptionError(
            f"--pyodide-packages-url {value}: no such folder",
            "pass an http(s) URL, or a folder holding Pyodide's packages (an unpacked release)",
        )
    return str(folder.resolve())


def _optional_file(path: Path | None, flag: str) -> Path | None:
    return None if path is None else _existing_file(Path(path), flag)


def _with_files(folder: Path, names: tuple[str, ...], option: str) -> Path:
    missing = [name for name in names if not (folder / name).is_file()]
    if missing:
        raise TemplateError(
            f"{', '.join(missing)} missing in {folder}",
            f"reinstall flet-pwa, or point {option} at a folder holding {', '.join(names)}",
        )
    return folder.resolve()
