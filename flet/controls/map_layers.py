"""The layers of a ``Map`` and what they hold, in the 1.0.5 client's shape (see
:mod:`flet.controls.map`): tiles, markers, circles, polygons, polylines, overlay images and
attributions. ``TileLayer.error_image_src`` goes out as ``errorImageSrc`` (the key the client
reads), the era's ``PolylineLayer(simplify_tolerance=)`` as ``simplification_tolerance``, and
the era's ``TileLayer.keep_alive`` stays in Python (1.0.5 no longer reads it).
"""

from __future__ import annotations

from typing import Any

from flet.controls.base import (
    AlignmentProp,
    ColorProp,
    NumberProp,
    RadiusProp,
    StrProp,
    ValueProp,
)
from flet.controls.map import DURATION, MapLayer, PointProp, PointsProp
from flet.core.control import Control
from flet.core.props import Child, Children, Event, Prop, PropertyError

__all__ = [
    "CircleLayer",
    "CircleMarker",
    "ImageSourceAttribution",
    "Marker",
    "MarkerLayer",
    "OverlayImage",
    "OverlayImageLayer",
    "PolygonLayer",
    "PolygonMarker",
    "PolylineLayer",
    "PolylineMarker",
    "RichAttribution",
    "RotatedOverlayImage",
    "SimpleAttribution",
    "TextSourceAttribution",
    "TileLayer",
]


# -- tiles ------------------------------------------------------------------------------------


class TileLayer(MapLayer):
    """Map tiles from ``url_template`` (``"https://.../{z}/{x}/{y}.png"``, or a site path)."""

    control_type = "TileLayer"
    positional = ("url_template",)

    url_template = StrProp()
    fallback_url = StrProp()
    subdomains = Prop(list)
    tile_bounds = ValueProp()
    tile_size = NumberProp()
    min_native_zoom = Prop(int)
    max_native_zoom = Prop(int)
    zoom_reverse = Prop(bool)
    zoom_offset = NumberProp()
    keep_buffer = Prop(int)
    pan_buffer = Prop(int)
    enable_tms = Prop(bool)
    enable_retina_mode = Prop(bool)
    additional_options = Prop(dict)
    max_zoom = NumberProp()
    min_zoom = NumberProp()
    error_image_src = StrProp(wire="errorImageSrc")
    evict_error_tile_strategy = StrProp()
    display_mode = ValueProp()
    user_agent_package_name = StrProp()
    wms_configuration = ValueProp()
    keep_alive = Prop(bool, sent=False)
    on_image_error = Event()

    def before_update(self) -> None:
        if not self.url_template and self.wms_configuration is None:
            raise PropertyError(
                'TileLayer needs url_template="https://.../{z}/{x}/{y}.png" (or a path on '
                "the site, such as tiles/{z}/{x}/{y}.png) or wms_configuration=..."
            )


# -- markers ----------------------------------------------------------------------------------


class Marker(Control):
    """A control (``content``) pinned at ``coordinates``."""

    control_type = "Marker"
    positional = ("content", "coordinates")

    content = Child()
    coordinates = PointProp()
    rotate = Prop(bool)
    height = NumberProp()
    width = NumberProp()
    alignment = AlignmentProp()


class MarkerLayer(MapLayer):
    control_type = "MarkerLayer"
    positional = ("markers",)

    markers = Children()
    alignment = AlignmentProp()
    rotate = Prop(bool)


class CircleMarker(Control):
    """A circle of ``radius`` pixels (or metres, ``use_radius_in_meter``) at ``coordinates``."""

    control_type = "CircleMarker"
    positional = ("radius", "coordinates")

    radius = NumberProp()
    coordinates = PointProp()
    color = ColorProp()
    border_color = ColorProp()
    border_stroke_width = NumberProp()
    use_radius_in_meter = Prop(bool)


class CircleLayer(MapLayer):
    control_type = "CircleLayer"
    positional = ("circles",)

    circles = Children()


class PolygonMarker(Control):
    control_type = "PolygonMarker"
    positional = ("coordinates",)

    coordinates = PointsProp()
    label = StrProp()
    label_text_style = ValueProp()
    border_color = ColorProp()
    color = ColorProp()
    border_stroke_width = NumberProp()
    disable_holes_border = Prop(bool)
    rotate_label = Prop(bool)
    stroke_cap = StrProp()
    stroke_join = StrProp()


class PolygonLayer(MapLayer):
    control_type = "PolygonLayer"
    positional = ("polygons",)

    polygons = Children()
    polygon_culling = Prop(bool)
    polygon_labels = Prop(bool)
    draw_labels_last = Prop(bool)
    simplification_tolerance = NumberProp()
    use_alternative_rendering = Prop(bool)


class PolylineMarker(Control):
    control_type = "PolylineMarker"
    positional = ("coordinates",)

    coordinates = PointsProp()
    colors_stop = Prop(list)
    gradient_colors = Prop(list)
    border_color = ColorProp()
    color = ColorProp()
    stroke_width = NumberProp()
    border_stroke_width = NumberProp()
    use_stroke_width_in_meter = Prop(bool)
    stroke_pattern = ValueProp()
    stroke_cap = StrProp()
    stroke_join = StrProp()


class PolylineLayer(MapLayer):
    control_type = "PolylineLayer"
    positional = ("polylines",)

    polylines = Children()
    culling_margin = NumberProp()
    min_hittable_radius = NumberProp()
    simplification_tolerance = NumberProp()

    def __init__(self, *args: Any, simplify_tolerance: float | None = None, **kw: Any) -> None:
        super().__init__(*args, **kw)
        if simplify_tolerance is not None:
            self.simplification_tolerance = simplify_tolerance

    @property
    def simplify_tolerance(self) -> float | None:
        """The era's (0.25) name of :attr:`simplification_tolerance`."""
        return self.simplification_tolerance  # type: ignore[no-any-return]

    @simplify_tolerance.setter
    def simplify_tolerance(self, value: float | None) -> None:
        self.simplification_tolerance = value


# -- overlay images ---------------------------------------------------------------------------


class _OverlayImageBase(Control):
    src = Prop((str, bytes))
    opacity = NumberProp()
    gapless_playback = Prop(bool)
    filter_quality = StrProp()

    def before_update(self) -> None:
        if not self.src:
            raise PropertyError(
                f"{type(self).__name__} needs src=... (an asset path, a URL or bytes)"
            )


class OverlayImage(_OverlayImageBase):
    """An image stretched over ``bounds``."""

    control_type = "OverlayImage"
    positional = ("src", "bounds")

    bounds = ValueProp()


class RotatedOverlayImage(_OverlayImageBase):
    """An image placed by three of its corners (so it may be rotated or skewed)."""

    control_type = "RotatedOverlayImage"
    positional = ("src",)

    top_left_corner = PointProp()
    bottom_left_corner = PointProp()
    bottom_right_corner = PointProp()


class OverlayImageLayer(MapLayer):
    control_type = "OverlayImageLayer"
    positional = ("overlay_images",)

    overlay_images = Children()


# -- attributions -----------------------------------------------------------------------------


class TextSourceAttribution(Control):
    """A line of the ``RichAttribution`` popup (``on_click`` when clicked)."""

    control_type = "TextSourceAttribution"
    positional = ("text",)

    text = StrProp()
    text_style = ValueProp()
    prepend_copyright = Prop(bool)
    on_click = Event()


class ImageSourceAttribution(Control):
    """A logo (an ``ft.Image``) always shown by a ``RichAttribution``."""

    control_type = "ImageSourceAttribution"
    positional = ("image",)

    image = Child()
    height = NumberProp()
    tooltip = StrProp()
    on_click = Event()


class RichAttribution(MapLayer):
    """An ⓘ button that opens the attributions; ``alignment`` is ``AttributionAlignment``."""

    control_type = "RichAttribution"
    positional = ("attributions",)

    attributions = Children()
    alignment = StrProp()
    popup_bgcolor = ColorProp()
    popup_border_radius = RadiusProp()
    popup_initial_display_duration = Prop(DURATION)
    permanent_height = NumberProp()
    show_flutter_map_attribution = Prop(bool)


class SimpleAttribution(MapLayer):
    """A text box in a corner of the map (``on_click`` when clicked)."""

    control_type = "SimpleAttribution"
    positional = ("text",)

    text = StrProp()
    text_style = ValueProp()
    alignment = AlignmentProp()
    bgcolor = ColorProp()
    on_click = Event()

    def before_update(self) -> None:
        if not self.text:
            raise PropertyError('SimpleAttribution needs text="..." (the client shows it)')
