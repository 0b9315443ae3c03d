"""Routes: ``ft.TemplateRoute`` (match Express-style templates such as ``/books/:id``) and
``QueryString`` (``page.query``: the query of the current route).

The template language is the one Flet's ``TemplateRoute`` has always accepted: ``:name``
captures one path segment, ``:name(regex)`` a custom pattern, ``?``/``*``/``+`` after a
parameter make it optional / repeated, ``*`` alone matches anything, and a trailing slash in
the route is allowed. After a successful :meth:`TemplateRoute.match` each named parameter is
an attribute (``TemplateRoute("/books/7").match("/books/:id")`` → ``.id == "7"``); a failed
match resets the previous ones to ``None``.
"""

from __future__ import annotations

import functools
import re
from typing import Any
from urllib.parse import parse_qsl, urlsplit

__all__ = ["QueryString", "TemplateRoute", "template_pattern"]

_TOKEN = re.compile(
    r"""
    (?P<escaped>\\.)
    | (?P<prefix>[/.])?
      (?:
          (?: :(?P<name>\w+) (?:\((?P<capture>(?:\\.|[^()])+)\))?
            | \((?P<group>(?:\\.|[^()])+)\)
          )
          (?P<suffix>[+*?])?
        | (?P<asterisk>\*)
      )
    """,
    re.VERBOSE,
)


def _escape(text: str) -> str:
    return re.sub(r"([.+*?=^!:${}()\[\]|/\\])", r"\\\1", text)


def _param(match: re.Match[str], index: int) -> tuple[str, int]:
    """The regex of one parameter token, and the next unnamed index."""
    prefix = match["prefix"] or ""
    delimiter = prefix or "/"
    capture = match["capture"] or match["group"]
    if capture is None:
        capture = ".*" if match["asterisk"] else f"[^{_escape(delimiter)}]+?"
    name = match["name"]
    if name is None:
        group, index = "", index + 1
    else:
        group = f"?P<{name}>"
    suffix = match["suffix"] or ""
    if suffix in ("+", "*"):
        capture += f"(?:{_escape(prefix)}{capture})*"
    body = f"{_escape(prefix)}({group}{capture})"
    return (f"(?:{body})?" if suffix in ("?", "*") else body), index


@functools.lru_cache(maxsize=256)
def template_pattern(template: str) -> re.Pattern[str]:
    """The compiled regex of a route template (whole route; an optional trailing slash)."""
    parts: list[str] = []
    position, unnamed = 0, 0
    for match in _TOKEN.finditer(template):
        literal = template[position : match.start()]
        position = match.end()
        if match["escaped"]:
            parts.append(_escape(literal) + _escape(match["escaped"][1]))
            continue
        parts.append(_escape(literal))
        regex, unnamed = _param(match, unnamed)
        parts.append(regex)
    tail = template[position:]
    parts.append(_escape(tail.removesuffix("/")) if tail.endswith("/") else _escape(tail))
    return re.compile("^" + "".join(parts) + "(?:/(?=$))?$")


class TemplateRoute:
    """A route to match against templates; matched parameters become attributes."""

    def __init__(self, route: str) -> None:
        self.route = route
        self._params: dict[str, Any] = {}

    def match(self, route_template: str) -> bool:
        """Whether the route matches ``route_template``; sets its parameters as attributes."""
        for name in self._params:
            setattr(self, name, None)
        found = template_pattern(route_template).match(self.route)
        self._params = found.groupdict() if found else {}
        for name, value in self._params.items():
            setattr(self, name, value)
        return found is not None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("_"):
            raise AttributeError(name)
        raise AttributeError(
            f"TemplateRoute has no parameter {name!r}: the last match() did not capture it; "
            "name it in the template, e.g. match('/books/:id') for .id"
        )

    def __repr__(self) -> str:
        return f"TemplateRoute({self.route!r})"


class QueryString:
    """``page.query``: the query string of the page's route (``/search?q=x`` → ``get("q")``)."""

    def __init__(self, route: str) -> None:
        self.route = route

    @property
    def path(self) -> str:
        """The route without its query (``/search``)."""
        return urlsplit(self.route).path

    @property
    def to_dict(self) -> dict[str, str]:
        """Every key and its (last) value, decoded."""
        return dict(parse_qsl(urlsplit(self.route).query, keep_blank_values=True))

    def get(self, key: str) -> str:
        """The value of ``key``; ``KeyError`` if the route has none (as in Flet 0.25)."""
        return self.to_dict[key]
