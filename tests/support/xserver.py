"""A real X server for the desktop tests: Debian's Xvfb, driven with xdotool.

``XServer.start()`` runs ``Xvfb`` as a child of the test on a free display number picked at
random from a high range (other users of the machine start X servers from :0 up), waits until
it is ready (``-displayfd``) and ``stop()`` ends it by its PID. A missing program fails the
test with what to install (``scripts/test.sh`` installs both); nothing here skips.

``request_close`` does what a window manager does when the close button is clicked: it sends
the window a ``WM_DELETE_WINDOW`` client message (libX11 through ctypes; ``xdotool
windowclose`` would destroy the window under the app instead).
"""

from __future__ import annotations

import ctypes
import os
import random
import shutil
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from PIL import Image, ImageGrab

__all__ = ["XServer", "XToolMissing"]

SCREEN = "1280x800x24"
#: no TCP; and no reset when the last client leaves (a client starting during a reset cannot
#: open the display)
XVFB_FLAGS = ("-nolisten", "tcp", "-noreset")


class XToolMissing(AssertionError):
    """A program the desktop tests need is not installed."""


def _need(program: str, package: str) -> str:
    path = shutil.which(program)
    if path is None:
        raise XToolMissing(
            f"{program} is not installed: the desktop tests need Debian's {package} "
            f"(apt-get install {package}; scripts/test.sh installs it)"
        )
    return path


@dataclass
class XServer:
    display: str = ""
    process: subprocess.Popen[bytes] | None = None
    env: dict[str, str] = field(default_factory=dict)

    @classmethod
    def start(cls) -> XServer:
        xvfb = _need("Xvfb", "xvfb")
        _need("xdotool", "xdotool")
        for number in random.sample(range(200, 900), 20):
            if Path(f"/tmp/.X{number}-lock").exists():
                continue
            process = _start_xvfb(xvfb, number)
            if process is not None:
                env = {**os.environ, "DISPLAY": f":{number}"}
                env.pop("WAYLAND_DISPLAY", None)
                return cls(f":{number}", process, env)
        raise AssertionError("Xvfb did not start on any of 20 free display numbers")

    def stop(self) -> None:
        if self.process is not None and self.process.poll() is None:
            self.process.terminate()
            try:
                self.process.wait(5)
            except subprocess.TimeoutExpired:
                self.process.kill()
                self.process.wait()

    # -- looking ---------------------------------------------------------------------------

    def screenshot(self) -> Image.Image:
        return ImageGrab.grab(xdisplay=self.display)

    def xdotool(self, *args: str) -> str:
        done = subprocess.run(
            ["xdotool", *args], env=self.env, capture_output=True, text=True, timeout=10
        )
        return done.stdout

    def windows(self, name: str, visible_only: bool = False) -> list[int]:
        """The X windows titled exactly ``name``."""
        flags = ["--onlyvisible"] if visible_only else []
        return [int(w) for w in self.xdotool("search", *flags, "--name", f"^{name}$").split()]

    def wait_window(self, name: str, timeout: float = 30.0, visible_only: bool = True) -> int:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            found = self.windows(name, visible_only)
            if found:
                return found[0]
            time.sleep(0.1)
        raise AssertionError(f"no window titled {name!r} appeared within {timeout} s")

    def geometry(self, window: int) -> tuple[int, int]:
        """The window's size."""
        values = self._geometry(window)
        return values["WIDTH"], values["HEIGHT"]

    def position(self, window: int) -> tuple[int, int]:
        """Where the window's top left corner is on the screen."""
        values = self._geometry(window)
        return values["X"], values["Y"]

    def _geometry(self, window: int) -> dict[str, int]:
        shell = self.xdotool("getwindowgeometry", "--shell", str(window))
        return {k: int(v) for k, v in (line.split("=", 1) for line in shell.split() if "=" in line)}

    # -- acting ----------------------------------------------------------------------------

    def click(self, x: int, y: int) -> None:
        """Move the pointer to (x, y), rest there a moment, as a hand does, and click."""
        self.xdotool("mousemove", str(x), str(y), "sleep", "0.2", "click", "1")

    def request_close(self, window: int) -> None:
        """Ask ``window`` to close, as its close button does (``WM_DELETE_WINDOW``)."""
        x11 = ctypes.CDLL("libX11.so.6")
        x11.XOpenDisplay.restype = ctypes.c_void_p
        x11.XOpenDisplay.argtypes = [ctypes.c_char_p]
        x11.XInternAtom.restype = ctypes.c_ulong
        x11.XInternAtom.argtypes = [ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int]
        x11.XSendEvent.argtypes = [
            ctypes.c_void_p, ctypes.c_ulong, ctypes.c_int, ctypes.c_long, ctypes.c_void_p
        ]  # fmt: skip
        x11.XFlush.argtypes = x11.XCloseDisplay.argtypes = [ctypes.c_void_p]
        dpy = x11.XOpenDisplay(self.display.encode())
        if not dpy:
            raise AssertionError(f"cannot open X display {self.display}")
        try:
            event = _ClientMessage()
            event.type = 33  # ClientMessage
            event.window = window
            event.message_type = x11.XInternAtom(dpy, b"WM_PROTOCOLS", 0)
            event.format = 32
            event.data[0] = x11.XInternAtom(dpy, b"WM_DELETE_WINDOW", 0)
            event.data[1] = 0  # CurrentTime
            x11.XSendEvent(dpy, window, 0, 0, ctypes.byref(event))
            x11.XFlush(dpy)
        finally:
            x11.XCloseDisplay(dpy)


def _start_xvfb(xvfb: str, number: int) -> subprocess.Popen[bytes] | None:
    """Xvfb on display ``number``, once it accepts clients; ``None`` if it did not start."""
    read, write = os.pipe()
    process = subprocess.Popen(
        [xvfb, f":{number}", "-displayfd", str(write), "-screen", "0", SCREEN, *XVFB_FLAGS],
        pass_fds=(write,),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    os.close(write)
    with os.fdopen(read) as pipe:
        ready = pipe.readline().strip()  # written when the server is ready; "" if it exited
    if ready == str(number):
        return process
    process.kill()
    process.wait()
    return None


class _ClientMessage(ctypes.Structure):
    """``XClientMessageEvent``, padded to the size of an ``XEvent`` (24 longs)."""

    _fields_: Any = [
        ("type", ctypes.c_int),
        ("serial", ctypes.c_ulong),
        ("send_event", ctypes.c_int),
        ("display", ctypes.c_void_p),
        ("window", ctypes.c_ulong),
        ("message_type", ctypes.c_ulong),
        ("format", ctypes.c_int),
        ("data", ctypes.c_long * 5),
        ("pad", ctypes.c_long * 12),
    ]
