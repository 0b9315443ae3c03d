"""The `flet` console script: `flet publish app.py [flags]`, `flet run app.py [flags]`,
`flet --version`.

Thin: parses arguments and calls `flet.publish.publish` (prints progress, the summary, or
`error: ...` plus the fix, exit status 2), `desktop_runtime.run_script` (`flet run` without
`--web`: the app in a desktop window, where one can open) or
`server_runtime.dev.run_with_reload` (serves the app on 127.0.0.1); both reload the app when
its files change (`flet.devloop`; the web one needs the `server` extra).
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

from flet.publish import ProgressEvent, PublishError, PublishOptions, publish
from flet.publish.console import format_event, format_result
from flet.publish.core_wheel import project_version

__all__ = ["build_parser", "main"]


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="flet", description="Flet apps in the browser.")
    parser.add_argument("--version", action="version", version=f"flet-pwa {project_version()}")
    commands = parser.add_subparsers(dest="command", required=True)
    _add_publish(commands.add_parser("publish", help="write a static site that runs the app"))
    _add_run(commands.add_parser("run", help="serve the app locally, reloading it on changes"))
    return parser


def _add_run(p: argparse.ArgumentParser) -> None:
    p.add_argument("script", type=Path, help="the app's Python file, e.g. app.py")
    p.add_argument("-p", "--port", type=int, default=None, help="TCP port (8550, else a free one)")
    p.add_argument("--host", default="127.0.0.1", help="address to listen on (127.0.0.1)")
    p.add_argument(
        "-d", "--directory", action="store_true",
        help="reload when any file of the script's folder changes (default: the script only)",
    )  # fmt: skip
    p.add_argument(
        "-r", "--recursive", action="store_true",
        help="reload when a file in the script's folder or below changes",
    )  # fmt: skip
    p.add_argument(
        "-w", "--web", action="store_true",
        help="open the app in the browser, reloading it on changes (default: a desktop window "
        "where the desktop client can run, else the browser)",
    )  # fmt: skip
    p.add_argument("-a", "--assets", type=Path, help="assets folder, relative to the app (assets)")
    p.add_argument(
        "--ignore-dirs", default="", metavar="DIRS",
        help="comma-separated folders not to watch (besides .git, __pycache__, .venv...)",
    )  # fmt: skip
    p.add_argument(
        "--no-browser", action="store_true", help="do not open a browser (also FLET_NO_BROWSER=1)"
    )


def _run(args: argparse.Namespace) -> int:
    if not args.script.is_file():
        print(
            f"error: {args.script} is not a file\n  fix: pass the app's .py file", file=sys.stderr
        )
        return 2
    script = args.script.resolve()
    assets = script.parent / (args.assets or "assets")
    if args.assets and not assets.is_dir():
        print(f"error: {assets} is not a folder\n  fix: pass an existing --assets", file=sys.stderr)
        return 2
    mode = "recursive" if args.recursive else "directory" if args.directory else "file"
    ignore = [d for d in args.ignore_dirs.split(",") if d]
    assets_dir = str(assets) if assets.is_dir() else None
    web = args.web or bool(os.getenv("FLET_FORCE_WEB_SERVER"))
    if not web and _run_in_window(script, mode, ignore, assets_dir):
        return 0
    try:
        from server_runtime.dev import DEFAULT_PORT, ServeOptions, run_with_reload
    except ImportError as e:
        print(
            f"error: `flet run` needs the server extra ({e})\n"
            "  fix: pip install 'flet-pwa[server]'",
            file=sys.stderr,
        )
        return 2
    options = ServeOptions(
        host=args.host,
        port=args.port or DEFAULT_PORT,
        open_browser=not (args.no_browser or os.getenv("FLET_NO_BROWSER")),
    )
    if assets_dir is not None:
        options.app_options["assets_dir"] = assets_dir
    run_with_reload(script, options, mode=mode, ignore_dirs=ignore)
    return 0


def _run_in_window(
    script: Path, mode: str, ignore_dirs: Sequence[str], assets_dir: str | None
) -> bool:
    """Run ``script`` in a desktop window that shows each saved version; ``False`` (with the
    reason said) if none can open."""
    from desktop_runtime import DesktopUnavailable, run_script

    try:
        run_script(script, mode=mode, ignore_dirs=ignore_dirs, assets_dir=assets_dir)
    except DesktopUnavailable as e:
        print(f"flet run: no desktop window: {e}; opening the browser", file=sys.stderr)
        return False
    return True


def _add_publish(p: argparse.ArgumentParser) -> None:
    p.add_argument("script", type=Path, help="the app's Python file, e.g. app.py")
    p.add_argument("--distpath", type=Path, default=Path("dist"), help="output folder (dist)")
    p.add_argument("--app-name", help="app name (page title, manifest)")
    p.add_argument("--app-short-name", help="short name for the home screen")
    p.add_argument("--app-description", help="description (meta tag, manifest)")
    p.add_argument("--base-url", default="/", help="path the site is served under (/)")
    p.add_argument("--route-url-strategy", choices=("path", "hash"), default="path")
    p.add_argument("--web-renderer", choices=("auto", "canvaskit", "skwasm"), default="auto")
    p.add_argument("--assets", type=Path, help="assets folder, relative to the app (assets)")
    p.add_argument(
        "--exclude", action="append", default=[], metavar="GLOB",
        help="leave files out of app.zip and the assets (gitignore pattern, repeatable; "
        "also read from .fletignore in the app's folder)",
    )  # fmt: skip
    p.add_argument(
        "--include", action="append", default=[], metavar="GLOB",
        help="publish files the built-in rules (secrets, caches, ...) or --exclude leave out "
        "(gitignore pattern, repeatable)",
    )  # fmt: skip
    p.add_argument("--pre", action="store_true", help="allow pre-releases in requirements")
    p.add_argument(
        "--wheel", dest="wheels", type=Path, action="append", default=[], metavar="PATH",
        help="add a local wheel to the site (repeatable)",
    )  # fmt: skip
    p.add_argument("--client-wheel", type=Path, metavar="PATH", help="local flet-web 1.0.5 wheel")
    p.add_argument(
        "--pyodide-packages-url", metavar="URL",
        help="where Pyodide's own packages (numpy, pandas, matplotlib...) are fetched from at "
        "publish time: a mirror URL or a local folder (default: Pyodide's distribution)",
    )  # fmt: skip
    p.add_argument(
        "--template-dir", type=Path, metavar="DIR", help="own index.html + manifest.json templates"
    )
    p.add_argument(
        "--runtime-dir", type=Path, metavar="DIR", help="own bridge.js + worker.mjs (+ other JS)"
    )
    p.add_argument(
        "--no-service-worker", dest="service_worker", action="store_false",
        help="write no service worker (no offline use; pages remove one an earlier build left)",
    )  # fmt: skip
    p.add_argument(
        "--no-snapshot", dest="snapshot", action="store_false",
        help="make no Pyodide memory snapshot (Python then starts the slower way; "
        "the snapshot needs Node.js at publish time)",
    )  # fmt: skip
    p.add_argument(
        "--no-compress", dest="compress", action="store_false",
        help="write no gzip copies of the large .wasm and font files (a first visit fetches "
        "them where the host does not compress; useless where it does)",
    )  # fmt: skip
    p.add_argument(
        "--keep-stdlib", action="append", default=[], metavar="MODULE",
        help="keep a standard library module the site leaves out by default (pdb, unittest, "
        "encodings.cp1251...; repeatable; see flet/publish/README.md)",
    )  # fmt: skip
    p.add_argument(
        "--full-stdlib", action="store_true",
        help="ship Pyodide's whole standard library (nothing left out)",
    )  # fmt: skip
    p.add_argument("--pwa-theme-color", default="#FF005F", help="manifest theme colour (#FF005F)")
    p.add_argument(
        "--pwa-background-color", default="#FFFFFF",
        help="manifest background colour, also behind maskable icons (#FFFFFF)",
    )  # fmt: skip
    p.add_argument("-q", "--quiet", action="store_true", help="print only warnings and errors")


def _printer(*, quiet: bool) -> Callable[[ProgressEvent], None]:
    def show(event: ProgressEvent) -> None:
        if not quiet or event.kind == "warning":
            print(format_event(event), file=sys.stderr, flush=True)

    return show


def main(argv: Sequence[str] | None = None) -> int:
    args = build_parser().parse_args(argv)
    if args.command == "run":
        return _run(args)
    options = PublishOptions(
        app=args.script,
        distpath=args.distpath,
        app_name=args.app_name,
        app_short_name=args.app_short_name,
        app_description=args.app_description,
        base_url=args.base_url,
        route_url_strategy=args.route_url_strategy,
        web_renderer=args.web_renderer,
        assets=args.assets,
        exclude=tuple(args.exclude),
        include=tuple(args.include),
        pre=args.pre,
        wheels=tuple(args.wheels),
        client_wheel=args.client_wheel,
        pyodide_packages_url=args.pyodide_packages_url,
        template_dir=args.template_dir,
        runtime_js_dir=args.runtime_dir,
        service_worker=args.service_worker,
        snapshot=args.snapshot,
        compress=args.compress,
        keep_stdlib=tuple(args.keep_stdlib),
        full_stdlib=args.full_stdlib,
        pwa_theme_color=args.pwa_theme_color,
        pwa_background_color=args.pwa_background_color,
        progress=_printer(quiet=args.quiet),
    )
    try:
        result = publish(options)
    except PublishError as e:
        print(f"error: {e}\n  fix: {e.fix}", file=sys.stderr)
        return 2
    print(format_result(result))
    return 0


if __name__ == "__main__":
    sys.exit(main())
