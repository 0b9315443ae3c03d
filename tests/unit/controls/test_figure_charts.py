"""MatplotlibChart and PlotlyChart: what the client is sent, when a figure is drawn again, the
era's import paths and the errors that name the package a chart needs.

Most tests draw stand-in figures (objects with ``savefig`` or ``to_json``, as the charts ask
of a figure), so they run inside Pyodide too, where neither matplotlib nor plotly is
installed; the ``host_only`` ones draw real figures with the host's matplotlib and plotly.
"""

from __future__ import annotations

import base64
import gzip
import importlib
import random
import sys
import types
from typing import Any

import pytest

import flet as ft
from flet.controls import figure_charts
from tests.support.loop import run
from tests.support.simclient import start
from tests.support.wire import client_view

SVG_NS = ' xmlns="http://www.w3.org/2000/svg"'  # how the client tells SVG markup (images.dart)


def svg(width: str = "460.8pt", height: str = "345.6pt", body: str = "") -> str:
    return f'<?xml version="1.0"?>\n<svg width="{width}" height="{height}"{SVG_NS}>{body}</svg>'


class StandInFigure:
    """What MatplotlibChart asks of a matplotlib figure: ``savefig`` and ``stale``."""

    def __init__(self, body: str = "line") -> None:
        self.body = body
        self.stale = True
        self.saved: list[dict[str, Any]] = []

    def savefig(self, out: Any, **options: Any) -> None:
        self.saved.append(options)
        out.write(svg(body=self.body))
        self.stale = True  # as matplotlib's savefig leaves it (restoring the face colour)


class StandInPlotly:
    """What PlotlyChart asks of a plotly figure: ``to_json`` (and ``to_image`` with kaleido)."""

    def __init__(self, spec: str = '{"data": [{"y": [1, 2]}], "layout": {}}') -> None:
        self.spec = spec

    def to_json(self) -> str:
        return self.spec

    def to_image(self, format: str) -> bytes:
        assert format == "svg"
        return svg("700", "500", self.spec).encode()


@pytest.fixture
def plotly_js(monkeypatch: pytest.MonkeyPatch) -> str:
    """A stand-in ``plotly.offline.get_plotlyjs`` (plotly is not installed in Pyodide)."""
    source = "window.Plotly = {newPlot() {}};"
    offline = types.ModuleType("plotly.offline")
    offline.get_plotlyjs = lambda: source  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "plotly.offline", offline)
    figure_charts._plotly_js.cache_clear()
    yield source
    figure_charts._plotly_js.cache_clear()


def unpack(text: str) -> str:
    return gzip.decompress(base64.b64decode(text)).decode("utf-8")


def frame_payload(url: str) -> tuple[str, str]:
    """The plotly.js and the figure JSON that a frame address carries after its page."""
    page = figure_charts._frame_page()
    assert url.startswith(page)
    library, figure = url[len(page) :].split(".")
    return unpack(library), unpack(figure)


# -- MatplotlibChart ---------------------------------------------------------------------


def test_a_matplotlib_figure_is_an_svg_image_in_a_centred_container():
    figure = StandInFigure()
    view = client_view(ft.MatplotlibChart(figure, expand=True))
    assert view["_c"] == "Container"
    assert view["alignment"] == {"x": 0, "y": 0} and view["expand"] is True
    image = view["content"]
    assert image["_c"] == "Image" and image["fit"] == "fill"
    assert image["src"] == svg(body="line") and SVG_NS in image["src"]
    assert image["aspect_ratio"] == pytest.approx(460.8 / 345.6)
    assert figure.saved == [{"format": "svg", "transparent": False, "metadata": {"Date": None}}]


def test_original_size_keeps_the_figures_size_and_transparent_is_passed_to_savefig():
    figure = StandInFigure()
    view = client_view(ft.MatplotlibChart(figure, False, True, True))  # the era's positions
    assert "aspect_ratio" not in view["content"]
    assert figure.saved[0]["transparent"] is True


def test_a_chart_without_a_figure_shows_nothing():
    chart = ft.MatplotlibChart()
    assert "content" not in client_view(chart)
    assert chart.figure is None


def chart_session(chart: ft.Control, *others: ft.Control) -> Any:
    async def open_page() -> Any:
        client, _ = await start(lambda page: page.add(chart, *others))
        await client.settle()
        return client

    return open_page()


def test_an_unchanged_figure_is_not_drawn_again_and_nothing_is_sent_for_it():
    async def scenario() -> None:
        figure, text = StandInFigure(), ft.Text("a")
        client = await chart_session(ft.MatplotlibChart(figure), text)
        sent = len(client.patches())
        text.value = "b"
        await text.update()
        await client.settle()
        assert len(figure.saved) == 1  # the figure was drawn once, for the first update
        assert client.patches()[sent:] == [
            {"id": client.find("Text").id, "patch": [[0], [0, 0, "value", "b"]]}
        ]

    run(scenario())


def test_a_figure_matplotlib_marks_changed_is_drawn_again_and_only_its_src_patched():
    async def scenario() -> None:
        figure = StandInFigure()
        chart = ft.MatplotlibChart(figure)
        client = await chart_session(chart)
        image_id = client.find("Image").id
        figure.body, figure.stale = "moved", True  # as ax.plot(...) or line.set_data(...) do
        await chart.page.update()
        await client.settle()
        assert len(figure.saved) == 2
        assert client.find("Image").id == image_id
        assert client.find("Image").props["src"] == svg(body="moved")

    run(scenario())


def test_chart_update_draws_again_and_so_does_another_figure():
    async def scenario() -> None:
        figure = StandInFigure()
        chart = ft.MatplotlibChart(figure)
        client = await chart_session(chart)
        await chart.update()  # the era's way after changing a figure
        await client.settle()
        assert len(figure.saved) == 2
        other = StandInFigure("other")
        other.stale = False
        chart.figure = other
        await chart.update_async()
        await client.settle()
        assert len(other.saved) == 1
        assert client.find("Image").props["src"] == svg(body="other")

    run(scenario())


def test_a_chart_given_something_else_than_a_figure_names_what_it_takes(
    monkeypatch: pytest.MonkeyPatch,
):
    monkeypatch.setattr(figure_charts, "_installed", lambda package: True)
    with pytest.raises(ft.PropertyError, match=r"MatplotlibChart\.figure takes a matplotlib"):
        ft.MatplotlibChart(figure="chart.png")
    with pytest.raises(ft.PropertyError, match=r"PlotlyChart\.figure takes a plotly Figure"):
        ft.PlotlyChart(StandInFigure())


@pytest.mark.parametrize(
    ("control", "package"), [(ft.MatplotlibChart, "matplotlib"), (ft.PlotlyChart, "plotly")]
)
def test_without_the_plotting_package_the_error_says_how_to_get_it(
    monkeypatch: pytest.MonkeyPatch, control: type[ft.Control], package: str
):
    monkeypatch.setitem(sys.modules, package, None)  # not importable, as in a bare Pyodide
    with pytest.raises(ft.ChartLibraryMissingError) as caught:
        control(figure=[1, 2, 3])
    assert caught.value.package == caught.value.name == package
    message = str(caught.value)
    assert f"add {package} to requirements.txt" in message
    assert "--pyodide-packages-url" in message and f"pip install {package}" in message
    assert isinstance(caught.value, ModuleNotFoundError)


def test_the_era_import_paths_need_no_plotting_package(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setitem(sys.modules, "matplotlib", None)
    monkeypatch.setitem(sys.modules, "plotly", None)
    for name in (
        "flet.matplotlib_chart",
        "flet_core.matplotlib_chart",
        "flet.core.matplotlib_chart",
    ):
        assert importlib.import_module(name).MatplotlibChart is ft.MatplotlibChart
    for name in ("flet.plotly_chart", "flet_core.plotly_chart", "flet.core.plotly_chart"):
        assert importlib.import_module(name).PlotlyChart is ft.PlotlyChart
    assert ft.matplotlib_chart.MatplotlibChart is ft.MatplotlibChart


# -- PlotlyChart -------------------------------------------------------------------------


def test_without_kaleido_a_plotly_figure_is_plotly_js_in_a_webview(plotly_js: str):
    figure = StandInPlotly('{"data": [], "layout": {"width": 600, "height": 300}}')
    view = client_view(ft.PlotlyChart(figure))
    keyed = view["content"]
    assert keyed["_c"] == "Container" and keyed["key"].startswith("plotly-")
    webview = keyed["content"]
    assert webview["_c"] == "WebView" and webview["aspect_ratio"] == 2.0
    assert frame_payload(webview["url"]) == (plotly_js, figure.spec)


def test_plotly_original_size_uses_the_layouts_size_or_plotlys_default(plotly_js: str):
    view = client_view(ft.PlotlyChart(StandInPlotly(), original_size=True))
    webview = view["content"]["content"]
    assert (webview["width"], webview["height"]) == (700, 500)
    assert "aspect_ratio" not in webview


def test_the_frame_page_is_the_html_file_and_fits_a_data_address():
    page = figure_charts._frame_page()
    assert page.startswith("data:text/html;charset=utf-8,%3C%21doctype%20html%3E")
    assert "#" not in page  # the client's WebView refuses a data: address with a fragment
    assert len(page) < 5000


def test_a_changed_plotly_figure_gets_a_new_keyed_view(plotly_js: str):
    async def scenario() -> None:
        figure = StandInPlotly()
        chart = ft.PlotlyChart(figure)
        client = await chart_session(chart)
        first = client.find("WebView")
        await chart.page.update()
        await client.settle()
        assert client.find("WebView").id == first.id  # same JSON: nothing drawn again
        figure.spec = '{"data": [{"y": [3, 1]}], "layout": {}}'
        await chart.page.update()
        await client.settle()
        webview = client.find("WebView")
        assert webview.id != first.id
        assert frame_payload(webview.props["url"])[1] == figure.spec
        keys = [c.props["key"] for c in client.find_all("Container") if "key" in c.props]
        assert len(keys) == 1 and keys[0].startswith("plotly-")

    run(scenario())


def test_a_figure_too_large_for_the_address_says_so(plotly_js: str):
    noise = base64.b64encode(random.Random(1).randbytes(1_700_000)).decode()
    with pytest.raises(ft.PlotlyFigureTooLargeError, match="Plot fewer points") as caught:
        figure_charts.plotly_frame_url(f'{{"data": [{{"name": "{noise}"}}]}}')
    assert caught.value.figure_chars > caught.value.room_chars > 0


def test_with_kaleido_a_plotly_figure_is_an_svg_image(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(figure_charts, "_can_export_svg", lambda: True)
    figure = StandInPlotly()
    image = client_view(ft.PlotlyChart(figure))["content"]
    assert image["_c"] == "Image" and image["src"] == svg("700", "500", figure.spec)
    assert image["aspect_ratio"] == pytest.approx(1.4)


def test_kaleido_is_never_used_in_the_browser(monkeypatch: pytest.MonkeyPatch):
    monkeypatch.setattr(figure_charts, "_installed", lambda package: True)
    monkeypatch.setattr(sys, "platform", "emscripten")
    assert figure_charts._can_export_svg() is False


# -- real figures (the host has matplotlib and plotly; Pyodide's test run has neither) -----


@pytest.mark.host_only
def test_a_real_matplotlib_figure_draws_the_same_svg_twice_and_is_redrawn_when_changed():
    from matplotlib.figure import Figure

    figure = Figure(figsize=(6, 3))
    axes = figure.subplots()
    (line,) = axes.plot([0, 1, 2], [2, 0, 1], color="#FB8C00")

    async def scenario() -> None:
        chart = ft.MatplotlibChart(figure)
        client = await chart_session(chart)
        first = client.find("Image").props["src"]
        assert SVG_NS in first and "#fb8c00" in first
        assert client.find("Image").props["aspect_ratio"] == pytest.approx(2.0)
        sent = len(client.patches())
        await chart.update()  # drawn again, to the same SVG: nothing to send
        await client.settle()
        assert client.patches()[sent:] == []
        line.set_color("#1E88E5")  # matplotlib marks the figure stale
        await chart.page.update()
        await client.settle()
        src = client.find("Image").props["src"]
        assert "#1e88e5" in src and "#fb8c00" not in src

    run(scenario())


@pytest.mark.host_only
def test_a_real_plotly_figure_fits_the_frame_with_the_real_plotly_js():
    import plotly.graph_objects as go

    figure_charts._plotly_js.cache_clear()
    figure = go.Figure(go.Scatter(x=list(range(500)), y=[x % 17 for x in range(500)]))
    url = figure_charts.plotly_frame_url(figure.to_json())
    library, spec = frame_payload(url)
    assert "plotly.js" in library[:200] and len(library) > 3_000_000
    assert spec == figure.to_json()
    assert len(url) <= figure_charts.MAX_URL_CHARS
