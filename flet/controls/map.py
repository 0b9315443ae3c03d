"""The interactive map (``import flet.map as map`` in 0.25, ``import flet_map as ftm`` in 1.0).

The 1.0.5 web client draws it with its compiled-in map extension (flutter_map): a ``Map``
whose ``layers`` are ``TileLayer``, ``MarkerLayer`` (of ``Marker``), ``CircleLayer`` (of
``CircleMarker``), ``PolygonLayer`` (of ``PolygonMarker``), ``PolylineLayer`` (of
``PolylineMarker``), ``OverlayImageLayer`` (of ``OverlayImage``/``RotatedOverlayImage``),
``RichAttribution`` (of ``TextSourceAttribution``/``ImageSourceAttribution``) and
``SimpleAttribution``. Property names are the client's, which are the era's but for:

* the 0.24 ``Map(configuration=MapConfiguration(...))``: its fields (and handlers) are set on
  the map itself, as 0.25 and 1.0 spell them;
* the era's ``PolylineLayer(simplify_tolerance=)`` is sent as ``simplification_tolerance``;
* ``TileLayer.error_image_src`` goes out as ``errorImageSrc``, the key the client reads;
  the era's ``TileLayer.keep_alive`` is kept in Python (1.0.5 no longer reads it).

Tiles come from ``url_template``; a relative template (``"tiles/{z}/{x}/{y}.png"``) is
fetched from the published site, so a map can work offline with tiles in the app's assets.
The map's methods (``move_to``, ``zoom_in``...) call the client and return an awaitable that
sync code may ignore, as the era's did.
"""

from __future__ import annotations

from collections.abc import Awaitable
from dataclasses import dataclass, fields
from typing import Any

from flet.controls.base import (
    AlignmentProp,
    ColorProp,
    LayoutControl,
    NumberProp,
    RadiusProp,
    StrProp,
    ValueProp,
    call_client,
)
from flet.core.control import Control
from flet.core.props import Child, Children, Event, Prop, PropertyError
from flet.core.snapshot import encode_value
from flet.values.geometry import Offset
from flet.values.maps import Camera, MapLatitudeLongitude
from flet.values.wire import WireValue

__all__ = [
    "CircleLayer",
    "CircleMarker",
    "ImageSourceAttribution",
    "Map",
    "MapConfiguration",
    "MapLayer",
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

DURATION = (int, float, dict, WireValue)


def PointProp(**kw: Any) -> Prop:
    """A ``MapLatitudeLongitude`` (or its ``{"latitude", "longitude"}`` map)."""
    return ValueProp(**kw)


def PointsProp(**kw: Any) -> Prop:
    """A list of ``MapLatitudeLongitude``."""
    return Prop((list, tuple), encode=encode_value, **kw)


@dataclass
class MapConfiguration:
    """The 0.24 way to configure a map: ``Map(configuration=MapConfiguration(...))``.

    Its fields are the map's own properties since 0.25; the map takes them over.
    """

    initial_center: Any = None
    initial_rotation: Any = None
    initial_zoom: Any = None
    interaction_configuration: Any = None
    bgcolor: Any = None
    keep_alive: Any = None
    max_zoom: Any = None
    min_zoom: Any = None
    animation_curve: Any = None
    animation_duration: Any = None
    on_init: Any = None
    on_tap: Any = None
    on_hover: Any = None
    on_secondary_tap: Any = None
    on_long_press: Any = None
    on_event: Any = None
    on_position_change: Any = None
    on_pointer_down: Any = None
    on_pointer_cancel: Any = None
    on_pointer_up: Any = None


class MapLayer(Control):
    """Base of what a ``Map`` holds in ``layers``."""


class Map(LayoutControl):
    """An interactive map of ``layers``; taps and moves arrive as typed map events."""

    control_type = "Map"
    positional = ("layers",)

    layers = Children()
    initial_center = PointProp()
    initial_rotation = NumberProp()
    initial_zoom = NumberProp()
    interaction_configuration = ValueProp()
    initial_camera_fit = ValueProp()
    bgcolor = ColorProp()
    keep_alive = Prop(bool)
    max_zoom = NumberProp()
    min_zoom = NumberProp()
    animation_curve = StrProp()
    animation_duration = Prop(DURATION)
    on_init = Event()
    on_tap = Event()
    on_hover = Event()
    on_secondary_tap = Event()
    on_long_press = Event()
    on_event = Event()
    on_position_change = Event()
    on_pointer_down = Event()
    on_pointer_cancel = Event()
    on_pointer_up = Event()

    def __init__(
        self, *args: Any, configuration: MapConfiguration | None = None, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        if configuration is not None:
            self.configuration = configuration

    @property
    def configuration(self) -> MapConfiguration:
        """The 0.24 ``MapConfiguration``: reads and sets the map's own properties."""
        return MapConfiguration(**{f.name: getattr(self, f.name) for f in fields(MapConfiguration)})

    @configuration.setter
    def configuration(self, value: MapConfiguration) -> None:
        if not isinstance(value, MapConfiguration):
            raise PropertyError(
                f"Map.configuration takes a map.MapConfiguration(...), not {value!r}; "
                "or set initial_center=..., initial_zoom=... on the Map itself."
            )
        for item in fields(MapConfiguration):
            setting = getattr(value, item.name)
            if setting is not None:
                setattr(self, item.name, setting)

    # -- methods: animated camera moves (the client's defaults: the map's curve/duration) --

    def _animate(
        self, name: str, args: dict[str, Any], curve: Any, duration: Any, cancel: bool
    ) -> Awaitable[Any]:
        args = {**args, "curve": curve, "duration": duration}
        if cancel:
            args["cancel_ongoing_animations"] = True
        wire = {k: encode_value(v) for k, v in args.items() if v is not None}
        return call_client(self, name, wire)

    def rotate_from(
        self,
        degree: float,
        animation_curve: Any = None,
        animation_duration: Any = None,
        cancel_ongoing_animations: bool = False,
    ) -> Awaitable[Any]:
        """Rotate by ``degree`` degrees from the current rotation."""
        args = {"degree": degree}
        return self._animate(
            "rotate_from", args, animation_curve, animation_duration, cancel_ongoing_animations
        )

    def reset_rotation(
        self,
        animation_curve: Any = None,
        animation_duration: Any = None,
        cancel_ongoing_animations: bool = False,
    ) -> Awaitable[Any]:
        return self._animate(
            "reset_rotation", {}, animation_curve, animation_duration, cancel_ongoing_animations
        )

    def zoom_in(
        self,
        animation_curve: Any = None,
        animation_duration: Any = None,
        cancel_ongoing_animations: bool = False,
    ) -> Awaitable[Any]:
        return self._animate(
            "zoom_in", {}, animation_curve, animation_duration, cancel_ongoing_animations
        )

    def zoom_out(
        self,
        animation_curve: Any = None,
        animation_duration: Any = None,
        cancel_ongoing_animations: bool = False,
    ) -> Awaitable[Any]:
        return self._animate(
            "zoom_out", {}, animation_curve, animation_duration, cancel_ongoing_animations
        )

    def zoom_to(
        self,
        zoom: float,
        animation_curve: Any = None,
        animation_duration: Any = None,
        cancel_ongoing_animations: bool = False,
    ) -> Awaitable[Any]:
        _check_zoom(zoom)
        return self._animate(
            "zoom_to",
            {"zoom": zoom},
            animation_curve,
            animation_duration,
            cancel_ongoing_animations,
        )

    def move_to(
        self,
        destination: MapLatitudeLongitude | None = None,
        zoom: float | None = None,
        rotation: float | None = None,
        animation_curve: Any = None,
        animation_duration: Any = None,
        offset: Any = None,
        cancel_ongoing_animations: bool = False,
    ) -> Awaitable[Any]:
        """Move to ``destination`` (and ``zoom``, ``rotation``); ``offset`` is in pixels."""
        if zoom is not None:
            _check_zoom(zoom)
        if isinstance(offset, tuple | list):
            offset = Offset(*offset)
        args = {"destination": destination, "zoom": zoom, "rotation": rotation, "offset": offset}
        return self._animate(
            "move_to", args, animation_curve, animation_duration, cancel_ongoing_animations
        )

    def center_on(
        self,
        point: MapLatitudeLongitude,
        zoom: float | None = None,
        animation_curve: Any = None,
        animation_duration: Any = None,
        cancel_ongoing_animations: bool = False,
    ) -> Awaitable[Any]:
        args = {"point": point, "zoom": zoom}
        return self._animate(
            "center_on", args, animation_curve, animation_duration, cancel_ongoing_animations
        )

    async def get_camera(self) -> Camera | None:
        """Where the map looks now (``center``, ``zoom``, ``rotation``...)."""
        return Camera.from_wire(await call_client(self, "get_camera"))

    rotate_from_async = rotate_from
    reset_rotation_async = reset_rotation
    zoom_in_async = zoom_in
    zoom_out_async = zoom_out
    zoom_to_async = zoom_to
    move_to_async = move_to
    center_on_async = center_on


def _check_zoom(zoom: Any) -> None:
    if not isinstance(zoom, int | float) or zoom < 0:
        raise PropertyError(f"a map's zoom is a number of 0 or more, not {zoom!r}")


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
