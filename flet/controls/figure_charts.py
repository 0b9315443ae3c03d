"""MatplotlibChart and PlotlyChart: figures drawn by Python plotting libraries, as Flet
0.21-0.25 had them (``from flet.matplotlib_chart import MatplotlibChart``, ``ft.PlotlyChart``).

Each is a Container (its properties apply) whose ``content`` is derived from ``figure`` before
an update. ``isolated`` is accepted, as the era's apps pass it, and changes nothing here. The
plotting library is never imported by the core: the app imports it, and a chart that is given
something else than a figure says which package it needs (:class:`ChartLibraryMissingError`
when that package is not installed).

``MatplotlibChart`` shows ``figure.savefig(format="svg", transparent=...)`` in an Image, with
the figure's aspect ratio unless ``original_size``. The figure is drawn again only when it
changed: matplotlib marks a changed figure stale (``plot``, ``set_data``, ``set_title``,
``clear``...), or another ``figure`` or ``transparent`` was set, or ``chart.update()`` was
called. The SVG carries no date and stable ids, so drawing an unchanged figure sends nothing.

``PlotlyChart``: the era's ``figure.to_image(format="svg")`` needs kaleido, which renders
with a Chromium (kaleido 0.2 bundles one, kaleido 1 starts an installed Chrome): possible on a
server, never in the browser. With kaleido importable (and not in the browser) the chart is
that SVG in an Image, as in the era. Otherwise it is the interactive plotly.js chart in a
WebView (an iframe) whose ``data:`` address is the page ``_data/plotly_frame.html`` followed by
plotly.js (from the plotly package, gzip-compressed and base64: about 1.96 MB) and the figure's
JSON (the same): it needs no network and works offline, but the compressed figure must fit in
what Chromium's 2 MB address limit leaves (about 130 KB; :class:`PlotlyFigureTooLargeError`
otherwise). The figure is drawn again when its JSON changed.
"""

from __future__ import annotations

import base64
import contextlib
import functools
import gzip
import hashlib
import importlib
import importlib.util
import io
import json
import re
import sys
import urllib.parse
from collections.abc import Awaitable
from pathlib import Path
from typing import Any, ClassVar

from flet.controls.layout import Container
from flet.controls.media import Image
from flet.controls.webview import WebView
from flet.core.props import Prop, PropertyError
from flet.values.geometry import Alignment

__all__ = [
    "ChartLibraryMissingError",
    "MatplotlibChart",
    "PlotlyChart",
    "PlotlyFigureTooLargeError",
]

#: The longest address Chromium loads in an iframe (url::kMaxURLChars); longer ones are blocked.
MAX_URL_CHARS = 2 * 1024 * 1024
#: plotly's own default size of an exported image (``plotly.io.to_image``).
PLOTLY_SIZE = (700, 500)
_FRAME = Path(__file__).parent / "_data" / "plotly_frame.html"
_SVG_ROOT = re.compile(r"<svg\b[^>]*>")


class ChartLibraryMissingError(ModuleNotFoundError):
    """A chart was given something else than a figure, and the plotting library it draws
    figures of is not installed."""

    def __init__(self, control: str, package: str) -> None:
        self.control = control
        self.package = package
        super().__init__(
            f"{control} shows figures of {package!r}, which is not installed here. In a "
            f"published app add {package} to requirements.txt (flet publish takes compiled "
            "packages from Pyodide's package distribution; --pyodide-packages-url for a mirror "
            f"or a local folder); on a server run: pip install {package}",
            name=package,
        )


class PlotlyFigureTooLargeError(ValueError):
    """A PlotlyChart's figure is too large for the address the browser's WebView loads."""

    def __init__(self, figure_chars: int, room_chars: int) -> None:
        self.figure_chars = figure_chars
        self.room_chars = room_chars
        super().__init__(
            f"PlotlyChart: the figure takes {figure_chars // 1024} KB compressed, but the "
            f"WebView's address has room for {room_chars // 1024} KB next to plotly.js "
            "(Chromium loads addresses up to 2 MB). Plot fewer points (aggregate or resample "
            "the data), or, on a server, install kaleido (pip install 'kaleido>=1') to show "
            "the figure as an SVG image."
        )


def _installed(package: str) -> bool:
    try:
        return importlib.util.find_spec(package) is not None
    except (ImportError, ValueError):
        return False


def _figure_check(control: str, package: str, method: str, what: str) -> Any:
    """A ``decode`` for ``figure``: a value with ``method`` (a figure), else a clear error."""

    def check(value: Any) -> Any:
        if callable(getattr(value, method, None)):
            return value
        if not _installed(package):
            raise ChartLibraryMissingError(control, package)
        raise PropertyError(
            f"{control}.figure takes {what}, not {type(value).__name__} ({value!r})."
        )

    return check


class _FigureChart(Container):
    """A Container showing a figure; subclasses derive ``content`` from ``figure``."""

    # the era's arguments (Container takes its content first)
    positional: ClassVar[tuple[str, ...]] = (  # type: ignore[assignment]
        "figure",
        "isolated",
        "original_size",
    )

    figure = Prop(sent=False)
    isolated = Prop(bool, sent=False)
    original_size = Prop(bool, sent=False)

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        self._drawn: Any = None  # what the content shows (compared before drawing again)
        self._redraw = False
        super().__init__(*args, **kwargs)
        if self.alignment is None:
            self.alignment = Alignment(0, 0)

    def update(self) -> Awaitable[None]:
        """Draw the figure again (it may have changed) and send the changes."""
        self._redraw = True
        return super().update()

    def update_async(self) -> Awaitable[None]:
        """The same as :meth:`update`."""
        return self.update()

    def before_update(self) -> None:
        super().before_update()
        if self.figure is None:
            self.content, self._drawn = None, None
            return
        key = self._key()
        if self._redraw or key != self._drawn or self._changed():
            self.content = self._draw(key)
            self._drawn = key
        self._redraw = False

    def _key(self) -> Any:
        """What the content shows: a figure with another key is drawn again."""
        raise NotImplementedError

    def _changed(self) -> bool:
        """Whether the figure says it changed since it was drawn."""
        return False

    def _draw(self, key: Any) -> Image | Container:
        raise NotImplementedError

    def _svg_image(self, svg: str) -> Image:
        """The content Image (kept, so only its ``src`` is patched) showing ``svg``."""
        image = self.content if isinstance(self.content, Image) else Image(fit="fill")
        image.src = svg
        image.aspect_ratio = None if self.original_size else _svg_aspect_ratio(svg)
        return image


def _svg_aspect_ratio(svg: str) -> float | None:
    root = _SVG_ROOT.search(svg)
    if root is None:
        return None
    sizes = [re.search(rf'\s{name}="([\d.]+)', root.group()) for name in ("width", "height")]
    if sizes[0] is None or sizes[1] is None or not float(sizes[1].group(1)):
        return None
    return float(sizes[0].group(1)) / float(sizes[1].group(1))


class MatplotlibChart(_FigureChart):
    """A matplotlib figure, drawn as SVG (see the module's description)."""

    control_type = "Container"
    positional: ClassVar[tuple[str, ...]] = ("figure", "isolated", "original_size", "transparent")

    figure = Prop(
        sent=False,
        decode=_figure_check(
            "MatplotlibChart",
            "matplotlib",
            "savefig",
            "a matplotlib Figure (fig, ax = plt.subplots(), or matplotlib.figure.Figure())",
        ),
    )
    transparent = Prop(bool, sent=False)

    def _key(self) -> Any:
        return (self.figure, bool(self.transparent), bool(self.original_size))

    def _changed(self) -> bool:
        return bool(getattr(self.figure, "stale", True))

    def _draw(self, key: Any) -> Image:
        return self._svg_image(_matplotlib_svg(self.figure, bool(self.transparent)))


def _matplotlib_svg(figure: Any, transparent: bool) -> str:
    buffer = io.StringIO()
    with _stable_svg_ids():
        figure.savefig(buffer, format="svg", transparent=transparent, metadata={"Date": None})
    if hasattr(figure, "stale"):
        figure.stale = False  # drawn; matplotlib marks it stale again when it changes
    return buffer.getvalue()


def _stable_svg_ids() -> contextlib.AbstractContextManager[Any]:
    """matplotlib salts the SVG's ids at random unless ``svg.hashsalt`` is set."""
    matplotlib = sys.modules.get("matplotlib")
    params = getattr(matplotlib, "rcParams", None)
    rc_context = getattr(matplotlib, "rc_context", None)
    if params is None or rc_context is None or params.get("svg.hashsalt") is not None:
        return contextlib.nullcontext()
    context: contextlib.AbstractContextManager[Any] = rc_context({"svg.hashsalt": "flet"})
    return context


class PlotlyChart(_FigureChart):
    """A plotly figure: SVG where kaleido is installed, else plotly.js in a WebView (see the
    module's description)."""

    control_type = "Container"

    figure = Prop(
        sent=False,
        decode=_figure_check(
            "PlotlyChart",
            "plotly",
            "to_json",
            "a plotly Figure (plotly.graph_objects.Figure, or one of plotly.express)",
        ),
    )

    def _key(self) -> Any:
        return (self.figure.to_json(), bool(self.original_size))

    def _draw(self, key: Any) -> Image | Container:
        if _can_export_svg():
            svg = self.figure.to_image(format="svg")
            return self._svg_image(svg.decode("utf-8") if isinstance(svg, bytes) else svg)
        return self._frame(key[0])

    def _frame(self, spec: str) -> Container:
        layout = json.loads(spec).get("layout", {})
        width = layout.get("width") or PLOTLY_SIZE[0]
        height = layout.get("height") or PLOTLY_SIZE[1]
        url = plotly_frame_url(spec)
        view = WebView(url=url)
        if self.original_size:
            view.width, view.height = width, height
        else:
            view.aspect_ratio = width / height
        # The client's WebView loads its url once, when its widget state is made, and keeps
        # that state for a new WebView in the same place (it drops the control's key). A
        # Container keyed by the figure makes the client build the view anew for each figure.
        key = hashlib.sha256(spec.encode("utf-8")).hexdigest()[:16]
        return Container(view, key=f"plotly-{key}")


def _can_export_svg() -> bool:
    """Whether plotly can export SVG here: kaleido (v1 drives a Chrome it starts) is installed
    and the platform starts processes (the browser does not, even where kaleido installs)."""
    return sys.platform != "emscripten" and _installed("kaleido")


def plotly_frame_url(spec: str) -> str:
    """The ``data:`` address of a page that draws the plotly figure ``spec`` (its JSON) with
    plotly.js, both carried in the address; raises :class:`PlotlyFigureTooLargeError` when it
    would be longer than Chromium loads."""
    prefix = f"{_frame_page()}{_plotly_js()}."
    figure = _packed(spec.encode("utf-8"))
    if len(prefix) + len(figure) > MAX_URL_CHARS:
        raise PlotlyFigureTooLargeError(len(figure), MAX_URL_CHARS - len(prefix))
    return prefix + figure


@functools.cache
def _frame_page() -> str:
    """The page as the start of a ``data:`` address (percent-encoded: the client's WebView
    refuses a ``data:`` address with a fragment, and base64 text needs no encoding)."""
    page = urllib.parse.quote(_FRAME.read_text(encoding="utf-8").rstrip(), safe="")
    return f"data:text/html;charset=utf-8,{page}"


@functools.cache
def _plotly_js() -> str:
    """plotly.js of the installed plotly package, packed (gzip, base64; about 1.96 MB)."""
    offline = importlib.import_module("plotly.offline")
    return _packed(offline.get_plotlyjs().encode("utf-8"))


def _packed(data: bytes) -> str:
    return base64.b64encode(gzip.compress(data, 9, mtime=0)).decode("ascii")
