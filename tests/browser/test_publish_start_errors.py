"""Apps that cannot start show the reason on the client's "Error running app" card.

The card shows only the first line of the error, so that line must say what is wrong and how
to fix it. The message is a SelectableText (not in the semantics DOM as text), so the tests read
it the way a visitor would pass it on: with the card's Copy button. Each failure is also logged
once with console.error by the bridge (declared below).
"""

from __future__ import annotations

import hashlib
import re
import shutil
import textwrap
import zipfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from flutter_semantics import click_button, enable_semantics, wait_for_text
from harness import BrowserGuard, StaticServer
from playwright.sync_api import Page

from flet.publish import PublishOptions, publish
from flet.publish.locate import package_dir

ServerFactory = Callable[..., StaticServer]
CARD_PREFIX = "The application encountered an error: "
START_FAILED = r"^flet-pwa: the app could not start: "


@pytest.fixture
def browser_context_args(browser_context_args: dict[str, Any]) -> dict[str, Any]:
    """The Copy button writes to the clipboard; the tests read it back."""
    return {**browser_context_args, "permissions": ["clipboard-read", "clipboard-write"]}


def publish_app(tmp_path: Path, source: str, **options: Any) -> Path:
    app_dir = tmp_path / "app"
    app_dir.mkdir(parents=True)
    (app_dir / "app.py").write_text(textwrap.dedent(source).lstrip(), encoding="utf-8")
    dist = tmp_path / "dist"
    publish(PublishOptions(app=app_dir / "app.py", distpath=dist, **options))
    return dist


def open_app(page: Page, server: StaticServer) -> None:
    page.goto(server.url)
    enable_semantics(page)


def card_message(page: Page) -> str:
    """The message on the "Error running app" card, copied with its Copy button."""
    wait_for_text(page, "Error running app")
    click_button(page, "Copy")
    wait_for_text(page, "Copied to clipboard")
    return str(page.evaluate("navigator.clipboard.readText()"))


@pytest.mark.expect_console_errors(START_FAILED + r"SyntaxError")
def test_a_syntax_error_shows_file_and_line_on_the_card(
    page: Page, tmp_path: Path, static_server: ServerFactory
) -> None:
    site = publish_app(tmp_path, "import flet as ft\n\nx = = 1\nft.app(print)\n")
    open_app(page, static_server(site))

    assert card_message(page) == CARD_PREFIX + "SyntaxError: invalid syntax (app.py, line 3)"


@pytest.mark.expect_console_errors(START_FAILED + r"ModuleNotFoundError")
def test_a_package_missing_from_requirements_says_to_add_it(
    page: Page, tmp_path: Path, static_server: ServerFactory
) -> None:
    site = publish_app(
        tmp_path,
        """
        import flet as ft
        import requests

        ft.app(lambda page: None)
        """,
    )
    open_app(page, static_server(site))

    assert card_message(page) == (
        CARD_PREFIX + "ModuleNotFoundError: No module named 'requests' "
        "(add it to requirements.txt and publish again)"
    )


@pytest.mark.expect_console_errors(START_FAILED + r"Script finished without calling ft\.app")
def test_an_app_that_never_calls_ft_app_says_to_add_it(
    page: Page, tmp_path: Path, static_server: ServerFactory
) -> None:
    site = publish_app(tmp_path, "import flet as ft\n\ndef main(page):\n    pass\n")
    open_app(page, static_server(site))

    assert card_message(page) == (
        CARD_PREFIX + "Script finished without calling ft.app(main). "
        "Add ft.app(main) at the end of app.py"
    )


@pytest.mark.expect_console_errors(
    r"Failed to load resource: the server responded with a status of 404",
    START_FAILED + r"Could not start the Python worker",
)
def test_a_missing_worker_script_shows_an_error_instead_of_a_spinner(
    page: Page, tmp_path: Path, static_server: ServerFactory
) -> None:
    site = publish_app(tmp_path, "import flet as ft\nft.app(lambda page: None)\n")
    (site / "flet-pwa" / "worker.mjs").unlink()
    server = static_server(site)
    open_app(page, server)

    assert card_message(page) == (
        f"{CARD_PREFIX}Could not start the Python worker ({server.url}flet-pwa/worker.mjs): "
        "the script failed to load or threw while loading"
    )
    assert page.locator("#fletpwa-loading").count() == 0


CORE_WHEEL_FAILED = START_FAILED + r"Could not load the Python package 'flet-pwa' from the site"


@pytest.mark.expect_console_errors(CORE_WHEEL_FAILED)
def test_a_wheel_missing_from_the_site_is_named_on_the_card(
    page: Page, tmp_path: Path, static_server: ServerFactory
) -> None:
    """On a start from the snapshot the worker fetches the pure-Python wheels itself."""
    site = publish_app(tmp_path, "import flet as ft\nft.app(lambda page: None)\n")
    (wheel,) = (site / "pyodide").glob("flet_pwa-*.whl")
    wheel.unlink()
    open_app(page, static_server(site))

    assert card_message(page) == (
        f"{CARD_PREFIX}Could not load the Python package 'flet-pwa' from the site "
        f"({wheel.name}: HTTP 404). Publish the app again and upload the whole folder."
    )


@pytest.mark.expect_console_errors(CORE_WHEEL_FAILED)
def test_a_wheel_missing_from_a_site_without_snapshot_is_named_on_the_card(
    page: Page, tmp_path: Path, static_server: ServerFactory
) -> None:
    """Without the snapshot Pyodide's loadPackage fetches it, and says so in its own words."""
    site = publish_app(tmp_path, "import flet as ft\nft.app(lambda page: None)\n", snapshot=False)
    for wheel in (site / "pyodide").glob("flet_pwa-*.whl"):
        wheel.unlink()
    open_app(page, static_server(site))

    assert card_message(page) == (
        f"{CARD_PREFIX}Could not load the Python package 'flet-pwa' from the site "
        "(The following error occurred while loading flet-pwa: Failed to fetch). "
        "Publish the app again and upload the whole folder."
    )


@pytest.mark.expect_console_errors(CORE_WHEEL_FAILED)
def test_a_changed_core_wheel_is_refused_and_never_installed(
    page: Page, tmp_path: Path, static_server: ServerFactory
) -> None:
    site = publish_app(tmp_path, "import flet as ft\nft.app(lambda page: None)\n")
    (wheel,) = (site / "pyodide").glob("flet_pwa-*.whl")
    expected = hashlib.sha256(wheel.read_bytes()).hexdigest()
    with zipfile.ZipFile(wheel, "a") as zf:
        zf.writestr("flet/extra.py", "print('not of this build')\n")
    actual = hashlib.sha256(wheel.read_bytes()).hexdigest()
    open_app(page, static_server(site))

    assert card_message(page) == (
        f"{CARD_PREFIX}Could not load the Python package 'flet-pwa' from the site "
        f"({wheel.name} does not match this build (sha256 {actual}, expected {expected})). "
        "Publish the app again and upload the whole folder."
    )


LATE_MSGPACK = (
    r"^flet-pwa: msgpack could not be loaded after the start \(Could not load the Python "
    r"package 'msgpack' from the site .*Publish the app again and upload the whole folder\.\); "
    r"the app goes on with the pure-Python msgpack\.$"
)


def test_a_missing_msgpack_wheel_after_a_snapshot_start_warns_and_the_app_runs(
    page: Page, tmp_path: Path, static_server: ServerFactory, browser_guard: BrowserGuard
) -> None:
    """msgpack's wheel is loaded once the app runs (the snapshot holds its pure-Python form):
    without it the app works on, and one warning names the package and the fix."""
    site = publish_app(tmp_path, CHECKED_APP)
    for wheel in (site / "pyodide").glob("msgpack-*.whl"):
        wheel.unlink()
    open_app(page, static_server(site))
    wait_for_text(page, "the archive was checked")
    page.wait_for_timeout(1000)  # the late load has failed by then

    ours = [m for m in browser_guard.messages("warning") if m.startswith("flet-pwa: msgpack")]
    assert len(ours) == 1 and re.match(LATE_MSGPACK, ours[0]), ours  # Pyodide logs its own too


CHECKED_APP = """
import flet as ft

def main(page):
    page.add(ft.Text("the archive was checked"))

ft.app(main)
"""
TAMPERED_APP = """
import flet as ft

print("TAMPERED APP RAN")
ft.app(lambda page: page.add(ft.Text("tampered")))
"""
ARCHIVE_MISMATCH = START_FAILED + r"The app archive app\.zip does not match this build"


def tamper(site: Path) -> tuple[str, str]:
    """Replace the site's app.zip with another valid app; (its sha256, the published one's)."""
    expected = hashlib.sha256((site / "app.zip").read_bytes()).hexdigest()
    with zipfile.ZipFile(site / "app.zip", "w") as zf:
        zf.writestr("app.py", TAMPERED_APP)
    return hashlib.sha256((site / "app.zip").read_bytes()).hexdigest(), expected


def mismatch_card(actual: str, expected: str) -> str:
    return (
        f"{CARD_PREFIX}The app archive app.zip does not match this build "
        f"(sha256 {actual}, expected {expected}). "
        "Publish the app again and upload the whole folder."
    )


@pytest.mark.expect_console_errors(ARCHIVE_MISMATCH)
def test_a_tampered_app_archive_is_refused_and_never_runs(
    page: Page, tmp_path: Path, static_server: ServerFactory, browser_guard: BrowserGuard
) -> None:
    site = publish_app(tmp_path, CHECKED_APP)
    actual, expected = tamper(site)
    open_app(page, static_server(site))

    assert card_message(page) == mismatch_card(actual, expected)
    assert not [m for m in browser_guard.messages() if "TAMPERED" in m]


def without_webcrypto(tmp_path: Path) -> Path:
    """The runtime's JavaScript with a worker that has no crypto.subtle, as on plain http
    from a host other than localhost."""
    js = tmp_path / "runtime-js"
    shutil.copytree(package_dir("pyodide_runtime") / "js", js)
    worker = js / "worker.mjs"
    worker.write_text(
        "delete Crypto.prototype.subtle;\n"
        'if (self.crypto.subtle) throw new Error("WebCrypto is still there");\n'
        + worker.read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    return js


@pytest.mark.expect_console_errors(ARCHIVE_MISMATCH)
def test_without_webcrypto_python_checks_the_archive(
    page: Page, tmp_path: Path, static_server: ServerFactory, browser_guard: BrowserGuard
) -> None:
    js = without_webcrypto(tmp_path)
    intact = publish_app(tmp_path / "intact", CHECKED_APP, runtime_js_dir=js)
    open_app(page, static_server(intact))
    wait_for_text(page, "the archive was checked")

    tampered = publish_app(tmp_path / "tampered", CHECKED_APP, runtime_js_dir=js)
    actual, expected = tamper(tampered)
    other = page.context.new_page()  # another origin: its own service worker, no shared cache
    open_app(other, static_server(tampered))

    assert card_message(other) == mismatch_card(actual, expected)
    assert not [m for m in browser_guard.messages() if "TAMPERED" in m]
