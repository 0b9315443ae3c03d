"""The start-up error texts: the first line is what the client's error card shows."""

from __future__ import annotations

import sys

import pytest

from pyodide_runtime.errors import (
    AppCrashed,
    AppNotStarted,
    exception_line,
    from_exception,
    last_error_text,
    module_file,
)


def test_module_file_maps_dotted_modules_to_paths() -> None:
    assert module_file("app") == "app.py"
    assert module_file("pkg.main") == "pkg/main.py"


def test_exception_line_takes_the_first_line_of_the_message() -> None:
    assert exception_line(ValueError("one\ntwo")) == "ValueError: one"
    assert exception_line(KeyError()) == "KeyError"


def test_an_error_outside_the_app_folder_has_no_location() -> None:
    try:
        int("x")
    except ValueError as exc:
        error = from_exception(exc, "app", "/nonexistent-app-dir")
    assert isinstance(error, AppCrashed)
    assert str(error).splitlines()[0] == "ValueError: invalid literal for int() with base 10: 'x'"


def test_last_error_text_formats_what_crossed_into_javascript(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(sys, "last_exc", AppNotStarted("app"), raising=False)
    assert last_error_text().startswith("Script finished without calling ft.app(main).")
    try:
        raise OSError("disk full")
    except OSError as exc:
        monkeypatch.setattr(sys, "last_exc", exc, raising=False)
    lines = last_error_text().splitlines()
    assert lines[0] == "OSError: disk full"
    assert lines[1] == "Traceback (most recent call last):"


def test_last_error_text_is_empty_without_an_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(sys, "last_exc", None, raising=False)
    monkeypatch.setattr(sys, "last_value", None, raising=False)
    assert last_error_text() == ""
