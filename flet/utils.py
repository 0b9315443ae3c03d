"""``flet.utils``: the small helpers apps of the async era imported from it."""

from __future__ import annotations

import asyncio
import re
import secrets
import string
import sys
import unicodedata

__all__ = ["is_asyncio", "is_pyodide", "random_string", "slugify"]


def slugify(value: str) -> str:
    """``"Hello, World!"`` → ``"hello-world"``: ASCII letters, digits, ``_`` and hyphens."""
    ascii_text = unicodedata.normalize("NFKD", value).encode("ascii", "ignore").decode("ascii")
    words = re.sub(r"[^\w\s-]", "", ascii_text).strip().lower()
    return re.sub(r"[-\s]+", "-", words).strip("-")


def random_string(length: int) -> str:
    """``length`` random ASCII letters and digits (from :mod:`secrets`)."""
    alphabet = string.ascii_letters + string.digits
    return "".join(secrets.choice(alphabet) for _ in range(length))


def is_pyodide() -> bool:
    """Whether this runs inside Pyodide (in the browser)."""
    return sys.platform == "emscripten"


def is_asyncio() -> bool:
    """Whether this runs on an asyncio loop (always, in the browser)."""
    try:
        return asyncio.current_task() is not None or is_pyodide()
    except RuntimeError:
        return is_pyodide()
