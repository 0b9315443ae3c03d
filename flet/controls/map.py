"""The interactive map (``import flet.map as map`` in 0.25, ``import flet_map as ftm`` in 1.0).

The 1.0.5 web client draws it with its compiled-in map extension (flutter_map): a ``Map``
whose ``layers`` are ``TileLayer``, ``MarkerLayer`` (of ``Marker``), ``CircleLayer`` (of
``CircleMarker``), ``PolygonLayer`` (of ``PolygonMarker``), ``PolylineLayer`` (of
``PolylineMarker``), ``OverlayImageLayer`` (of ``OverlayImage``/``RotatedOverlayImage``),
``RichAttribution`` (of ``TextSourceAttribution``/``ImageSourceAttribution``) and
``SimpleAttribution`` (the layers are in :mod:`flet.controls.map_layers`). Property names are
the client's, which are the era's; the 0.24 ``Map(configuration=MapConfiguration(...))`` has
its fields (and handlers) set on the map itself, as 0.25 and 1.0 spell them.

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
    ColorProp,
    LayoutControl,
    NumberProp,
    StrProp,
    ValueProp,
    call_client,
)
from flet.core.control import Control
from flet.core.props import Children, Event, Prop, PropertyError
from flet.core.snapshot import encode_value
from flet.values.geometry import Offset
from flet.values.maps import Camera, MapLatitudeLongitude
from flet.values.wire import WireValue

__all__ = [
    "Map",
    "MapConfiguration",
    "MapLayer",
    "PointProp",
    "PointsProp",
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
