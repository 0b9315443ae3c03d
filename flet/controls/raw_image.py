"""RawImage: shows frames that Python pushes over a DataChannel.

The 1.0.5 client (main.dart.js) registers ``RawImage``; it reads ``fit``, ``filter_quality``
and ``scale``. When it is drawn it opens a DataChannel and sends ``data_channel_open``
(``{"channel_id", "channel_name": "frames"}``); frames then travel as DataChannel packets
(protocol §4), not in property patches: ``0x01`` + encoded image bytes (PNG, JPEG...),
``0x04`` + width and height (u32 little-endian) + premultiplied RGBA8888 pixels, ``0x03``
to clear. It answers each with ``0xFF`` once the frame is shown, so ``await render...()``
returns when the frame is on screen and a loop of renders keeps pace with the display. The
last frame is sent again when the client draws the control anew (a new channel).
"""

from __future__ import annotations

import asyncio
import io
from collections import deque
from collections.abc import Callable
from typing import Any

from flet.controls.base import LayoutControl, NumberProp, StrProp, open_data_channel
from flet.core.props import Event, Prop

__all__ = ["RawImage"]

ENCODED, CLEAR, RAW, ACK = 0x01, 0x03, 0x04, 0xFF


class RawImage(LayoutControl):
    """Shows the frames ``render``, ``render_rgba`` and ``render_encoded`` push to it."""

    control_type = "RawImage"

    fit = StrProp()
    filter_quality = StrProp(default="low")
    scale = NumberProp(default=1.0)
    ready_timeout = Prop((int, float), default=5.0, sent=False)
    ack_timeout = Prop((int, float), default=10.0, sent=False)
    on_data_channel_open = Event()

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._send: Callable[[bytes], None] | None = None
        self._ready = asyncio.Event()
        self._acks: deque[asyncio.Future[None]] = deque()
        self._last: bytes | None = None
        if self.on_data_channel_open is None:
            self.on_data_channel_open = self._channel_opened

    def _channel_opened(self, e: Any) -> None:
        data = e.data if isinstance(e.data, dict) else {}
        channel_id = data.get("channel_id")
        if not isinstance(channel_id, int):
            return
        self._send = open_data_channel(self, channel_id, self._received)
        while self._acks:  # acks of the old channel will not come
            _resolve(self._acks.popleft())
        if self._last is not None:
            self._send(self._last)
        self._ready.set()

    def _received(self, payload: bytes) -> None:
        if payload[:1] == bytes([ACK]) and self._acks:
            _resolve(self._acks.popleft())

    async def _send_and_wait(self, packet: bytes, last: bytes | None) -> None:
        """Send ``packet`` once the channel is open and wait for its ack; ``last`` is what a
        new channel gets again (the frame, or ``None`` after a clear)."""
        if not self._ready.is_set():
            try:
                await asyncio.wait_for(self._ready.wait(), _seconds(self.ready_timeout))
            except TimeoutError:
                raise TimeoutError(
                    f"RawImage was not drawn within {self.ready_timeout}s; add it to the page "
                    "(page.add(raw_image)) before rendering, or raise ready_timeout"
                ) from None
        assert self._send is not None  # set with _ready
        ack: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._acks.append(ack)
        self._last = last
        self._send(packet)
        try:
            await asyncio.wait_for(ack, _seconds(self.ack_timeout))
        except TimeoutError:
            if ack in self._acks:
                self._acks.remove(ack)
            raise TimeoutError(
                f"the client did not show the frame within {self.ack_timeout}s"
            ) from None

    async def _frame(self, packet: bytes) -> None:
        await self._send_and_wait(packet, packet)

    async def render_encoded(self, data: bytes) -> None:
        """Show an encoded image (PNG, JPEG, WebP...) and wait until it is on screen."""
        if not isinstance(data, bytes | bytearray) or not data:
            raise TypeError("RawImage.render_encoded() takes the bytes of a PNG/JPEG/... image")
        await self._frame(bytes([ENCODED]) + bytes(data))

    async def render_rgba(
        self, width: int, height: int, pixels: bytes, *, premultiplied: bool = True
    ) -> None:
        """Show ``width`` x ``height`` RGBA8888 ``pixels`` and wait until they are on screen.

        The client wants the colours multiplied by alpha (``premultiplied``; always true of
        an opaque frame); pass ``premultiplied=False`` for straight alpha.
        """
        if len(pixels) != width * height * 4 or width <= 0 or height <= 0:
            raise ValueError(
                f"pixels must be width * height * 4 = {width * height * 4} bytes "
                f"(width and height above 0), got {len(pixels)}"
            )
        if not premultiplied:
            pixels = _premultiply(pixels)
        header = bytes([RAW]) + width.to_bytes(4, "little") + height.to_bytes(4, "little")
        await self._frame(header + bytes(pixels))

    async def render(self, image: Any, *, premultiplied: bool = False) -> None:
        """Show a Pillow image (sent as PNG) or a uint8 array of shape (h, w, 3 or 4)."""
        if hasattr(image, "mode") and hasattr(image, "save"):
            buffer = io.BytesIO()
            image.save(buffer, format="PNG")
            await self.render_encoded(buffer.getvalue())
        elif hasattr(image, "__array_interface__"):
            height, width, pixels = _array_rgba(image)
            await self.render_rgba(width, height, pixels, premultiplied=premultiplied)
        else:
            raise TypeError(
                "RawImage.render() takes a PIL.Image.Image or a uint8 array of shape "
                f"(height, width, 3 or 4), not {type(image).__name__}; for PNG/JPEG bytes "
                "use render_encoded()"
            )

    async def clear(self) -> None:
        """Show nothing."""
        await self._send_and_wait(bytes([CLEAR]), None)


def _resolve(future: asyncio.Future[None]) -> None:
    if not future.done():
        future.set_result(None)


def _seconds(value: Any) -> float | None:
    return None if value is None else float(value)


def _premultiply(pixels: bytes) -> bytes:
    alphas = pixels[3::4]
    if alphas.count(255) == len(alphas):
        return bytes(pixels)
    out = bytearray(pixels)
    for i in range(0, len(out), 4):
        a = out[i + 3]
        out[i] = out[i] * a // 255
        out[i + 1] = out[i + 1] * a // 255
        out[i + 2] = out[i + 2] * a // 255
    return bytes(out)


def _array_rgba(array: Any) -> tuple[int, int, bytes]:
    shape = tuple(array.shape)
    if len(shape) != 3 or shape[2] not in (3, 4) or str(array.dtype) != "uint8":
        raise TypeError(f"the array must be uint8 of shape (height, width, 3 or 4), not {shape}")
    height, width, channels = shape
    data = array.tobytes()
    if channels == 3:
        rgba = bytearray(height * width * 4)
        rgba[0::4], rgba[1::4], rgba[2::4] = data[0::3], data[1::3], data[2::3]
        rgba[3::4] = b"\xff" * (height * width)
        data = bytes(rgba)
    return height, width, data
