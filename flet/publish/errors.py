"""Typed errors of `flet publish`: each says what went wrong and how to fix it."""

from __future__ import annotations

__all__ = [
    "AppError",
    "AssetConflict",
    "AssetError",
    "IncompatibleWheel",
    "OptionError",
    "PinnedWheelError",
    "PipFailed",
    "PublishError",
    "RequirementsError",
    "SiteError",
    "TemplateError",
    "WheelNotFound",
]


class PublishError(Exception):
    """Base of every error `publish()` raises on purpose.

    `str(error)` is the problem in one line; `error.fix` says what to do about it.
    """

    def __init__(self, message: str, fix: str) -> None:
        super().__init__(message)
        self.fix = fix


class OptionError(PublishError):
    """An option has a value the publisher cannot use."""


class AppError(PublishError):
    """The app file is missing or is not a Python file."""


class PinnedWheelError(PublishError):
    """A pinned wheel (flet-web, msgpack) could not be fetched or does not match its hash."""


class PipFailed(PublishError):
    """pip exited with an error that is not a missing wheel."""

    def __init__(self, command: list[str], output: str) -> None:
        tail = "\n".join(output.strip().splitlines()[-12:])
        super().__init__(
            f"pip failed: {' '.join(command)}\n{tail}",
            "read pip's output above; check the network and requirements.txt, "
            "or provide the wheels with --wheel PATH",
        )
        self.command = command
        self.output = output


class WheelNotFound(PublishError):
    """A requirement has no wheel that runs in Pyodide 314."""

    def __init__(self, name: str, required_by: str | None = None) -> None:
        where = f" (needed by {required_by})" if required_by else ""
        super().__init__(
            f"WheelNotFound: no wheel of {name!r} for Pyodide 314 "
            f"(pure or pyemscripten_2026_0){where}",
            f"remove it from requirements.txt or pass --wheel PATH with a wheel of {name!r} "
            "built for Pyodide 314 (py3-none-any or pyemscripten_2026_0_wasm32)",
        )
        self.name = name
        self.required_by = required_by


class IncompatibleWheel(PublishError):
    """A wheel given with --wheel cannot be installed in Pyodide 314."""

    def __init__(self, path: str, reason: str) -> None:
        super().__init__(
            f"wheel {path} cannot run in Pyodide 314: {reason}",
            "pass a pure wheel (py3-none-any) or one built for pyemscripten_2026_0_wasm32",
        )
        self.path = path


class RequirementsError(PublishError):
    """requirements.txt holds a line the publisher cannot resolve."""


class AssetConflict(PublishError):
    """A file of the assets folder would overwrite a file the publisher writes."""


class AssetError(PublishError):
    """A file of the assets folder cannot be used (e.g. an icon.png that is not an image)."""


class TemplateError(PublishError):
    """A template is missing or uses a name the publisher does not provide."""


class SiteError(PublishError):
    """The output folder cannot be written or replaced safely."""
