"""The corpus of era-style apps (tests/apps/), each run through the simulated client: it
renders (no error in the register reply, no error bar), and an interaction changes what the
client shows to the text the app's logic says.

Each row of ``CORPUS`` is: actions the user takes, then texts that must be shown afterwards
(at least one of them more often than before). Apps using parts still being built are on the
known-failing list of ``scripts/corpus_report.py``, which reports how many apps render.

The apps of ``BLOCKING`` are sync code that sleeps or starts threads, as Flet's threads allowed.
On CPython their threads are real; inside Pyodide a ``threading.Thread`` needs stack switching
(pyodide_runtime/blocking.py), so the Pyodide run under Node 20 leaves the ``THREADED`` ones
out (marker ``threads``) and the JSPI stage runs every ``BLOCKING`` app through ``check``
(tests/pyodide/jspi_blocking.py).
"""

from __future__ import annotations

import asyncio
import datetime as dt
import importlib.util
import re
import threading
from typing import Any

import pytest

from flet.protocol import Action
from tests.support.apps import ROOT
from tests.support.corpus import app_files, open_app, problem
from tests.support.loop import run
from tests.support.simclient import CControl, SimClient


def xy(x: float, y: float) -> dict[str, float]:
    return {"x": x, "y": y}


def pan_update(lx: float, ly: float, dx: float, dy: float) -> dict[str, Any]:
    """What the 1.0.5 client sends for ``pan_update``."""
    return {"l": xy(lx, ly), "g": xy(lx, ly), "ld": xy(dx, dy), "gd": xy(dx, dy), "ts": 1}


PAN_START = {"k": "mouse", "l": xy(10, 10), "g": xy(10, 10), "ts": 0}
PAN_END = {"k": "mouse", "l": xy(0, 0), "g": xy(0, 0), "v": xy(0, 0), "pv": 0}
PICKED_DAY = dt.datetime(2024, 3, 5).astimezone().astimezone(dt.UTC)

# app -> (actions, texts shown afterwards)
CORPUS: dict[str, tuple[list[tuple[Any, ...]], list[str]]] = {
    "animate_opacity.py": ([("click", "Button", "Animate opacity")], ["faded"]),
    "audio_player.py": ([("click", "Button", "Louder")], ["Volume: 0.75"]),
    "pubsub_chat.py": (
        [("type", "TextField", "Message", "hello"), ("click", "Button", "Send"), ("wait", 0.1)],
        ["guest: hello"],
    ),
    "pubsub_chat_room.py": (
        [("type", "TextField", "Your name", "Ann"), ("click", "Button", "Join"), ("wait", 0.1)],
        ["Ann has joined the chat."],
    ),
    "cupertino_app.py": ([("toggle", "CupertinoSwitch", None, True)], ["on"]),
    "file_picker_app.py": (
        [("click", "Button", "Pick files"), ("wait", 0.1)],
        ["notes.txt, photo.png"],
    ),
    "animate_position.py": ([("click", "Button", "Animate!")], ["moved"]),
    "animated_container.py": ([("click", "Button", "Animate container")], ["small blue"]),
    "app_view_options.py": ([("click", "IconButton", 1), ("click", "IconButton", 1)], ["2"]),
    "async_user_control.py": (
        [("wait", 0.2), ("click", "TextButton", "Refresh"), ("wait", 0.2)],
        ["Oslo: 16 C"],
    ),
    "bar_chart_app.py": (
        [
            (
                "fire",
                "BarChart",
                None,
                "event",
                {"type": "pointerHover", "group_index": 2, "rod_index": 0, "stack_item_index": -1},
            )
        ],
        ["Cherry", "Cherry"],
    ),
    "bottom_sheet_app.py": (
        [("click", "Button", "Display bottom sheet")],
        ["sheet open", "This is sheet's content!"],
    ),
    "calculator.py": (
        [("click", "Button", t) for t in ["1", "2", "+", "3", "0", "="]],
        ["42"],
    ),
    "canvas_sketch.py": (
        [
            ("fire", "GestureDetector", None, "pan_start", PAN_START),
            ("fire", "GestureDetector", None, "pan_update", pan_update(20, 20, 10, 10)),
            ("fire", "GestureDetector", None, "pan_update", pan_update(30, 25, 10, 5)),
        ],
        ["3 strokes"],  # the background fill and two lines
    ),
    "canvas_smiley.py": ([("click", "Button", "Make it green")], ["green face"]),
    "cards_and_tiles.py": ([("click", "IconButton", "Like")], ["liked"]),
    "chips_filter.py": (
        [("set", "Chip", 2, {"selected": True}, "select", True)],
        ["Dogs OK"],  # the summary (the chip's own label is a Text too)
    ),
    "client_storage_app.py": (
        [("type", "TextField", "Your name", "Ada"), ("click", "Button", "Save")],
        ["Saved Ada"],
    ),
    "clipboard_app.py": (
        [("click", "TextButton", "Copy"), ("click", "TextButton", "Paste")],
        ["pasted: hello clipboard", "Copied"],
    ),
    "countdown_user_control.py": (
        [("click", "Button", "Add a 90 s timer"), ("wait", 2.5)],
        ["01:28", "00:01"],
    ),
    "counter_async.py": (
        [("click", "IconButton", 1), ("click", "IconButton", 1), ("click", "IconButton", 0)],
        ["1"],
    ),
    "counter_sync.py": ([("click", "FloatingActionButton", None)] * 3, ["3"]),
    "datatable_app.py": (
        [
            ("fire", "DataColumn", 2, "sort", {"ci": 2, "asc": False}),
            ("fire", "DataRow", 0, "select_change", True),
        ],
        ["selected John"],
    ),
    "date_picker_app.py": (
        [
            ("click", "Button", "Pick date"),
            ("set", "DatePicker", None, {"value": PICKED_DAY, "open": False}, "change", PICKED_DAY),
        ],
        ["Date changed: 2024-03-05"],
    ),
    "dialogs_app.py": (
        [("click", "Button", "Open modal dialog"), ("click", "TextButton", "No")],
        ["Modal dialog closed with action: No"],
    ),
    "dismissible_list.py": (
        [("fire", "Dismissible", 1, "dismiss", {"direction": "endToStart"})],
        ["4 items"],
    ),
    "drag_drop_colors.py": (
        [("drop", 1)],  # the second Draggable onto the DragTarget
        ["got yellow"],
    ),
    "expansion_tiles.py": (
        [("set", "ExpansionTile", 0, {"expanded": True}, "change", True)],
        ["ExpansionTile 1: expanded"],
    ),
    "form_fields.py": (
        [
            ("type", "TextField", "Name", "Ada"),
            ("set", "Dropdown", None, {"value": "Peru"}, "change", "Peru"),
            ("toggle", "Checkbox", None, True),
            ("set", "RadioGroup", None, {"value": "pro"}, "change", "pro"),
            ("click", "FilledButton", "Submit"),
        ],
        ["Ada from Peru on the pro plan"],
    ),
    "gesture_drag_box.py": (
        [
            ("fire", "GestureDetector", None, "pan_update", pan_update(5, 5, 30, 12)),
            ("fire", "GestureDetector", None, "pan_update", pan_update(5, 5, 10, -2)),
        ],
        ["at 40, 10"],
    ),
    "greeter_sync.py": (
        [("type", "TextField", None, "Grace"), ("click", "Button", "Say hello!")],
        ["Hello, Grace!"],
    ),
    "gridview_images.py": ([("click", "OutlinedButton", "More")], ["30 images", "image 29"]),
    "icon_browser.py": (
        [("type", "TextField", "Search icons", "alarm")],
        ["2 icons", "alarm_on"],
    ),
    "keyboard_events.py": ([("key", "A", {"shift": True})], ["Key: A", "Shift"]),
    "line_chart_app.py": ([("click", "IconButton", "Switch data")], ["Weekly sales"]),
    "listview_many.py": ([("click", "Button", "Add 100")], ["600 lines", "Line 599"]),
    "markdown_preview.py": (
        [("type", "TextField", None, "## Changed")],
        ["## Changed", "## Changed"],
    ),
    "navigation_bar.py": (
        [("set", "NavigationBar", None, {"selected_index": 2}, "change", 2)],
        ["Saved page"],
    ),
    "navigation_drawer.py": (
        [
            ("click", "Button", "Show drawer"),
            ("set", "NavigationDrawer", None, {"selected_index": 1}, "change", 1),
        ],
        ["picked item 1"],
    ),
    "navigation_rail.py": (
        [("set", "NavigationRail", None, {"selected_index": 2}, "change", 2)],
        ["Body: Settings"],
    ),
    "on_resize.py": ([("resize", 400, 800)], ["400 x 800", "narrow"]),
    "pie_chart_app.py": (
        [
            (
                "fire",
                "PieChart",
                None,
                "event",
                {"type": "pointerHover", "section_index": 1, "local_x": 3, "local_y": 4},
            )
        ],
        ["30%"],
    ),
    "popup_menu_app.py": ([("click", "PopupMenuItem", "Checked item")], ["Checked item: on"]),
    "progress_async.py": ([("click", "Button", "Start"), ("wait", 3)], ["Done!"]),
    "ref_greeter.py": (
        [
            ("type", "TextField", "First name", "Ada"),
            ("type", "TextField", "Last name", "Lovelace"),
            ("click", "Button", "Say hello!"),
        ],
        ["Hello, Ada Lovelace!"],
    ),
    "responsive_row.py": ([("click", "TextButton", "Add column")], ["Column 3"]),
    "routing_views.py": (
        [("click", "Button", "Visit Store")],
        ["Welcome to the store", "Store"],
    ),
    "shopping_refs.py": (
        [
            ("type", "TextField", "Item", "milk"),
            ("click", "IconButton", "Add item"),
            ("type", "TextField", "Item", "eggs"),
            ("click", "IconButton", "Add item"),
            ("click", "IconButton", "remove milk"),
        ],
        ["eggs", "1 items"],
    ),
    "snackbar_banner.py": (
        [
            ("click", "Button", "Open SnackBar"),
            ("click", "Button", "Show Banner"),
            ("click", "TextButton", "Ignore"),
        ],
        ["Hello 1", "banner closed"],
    ),
    "solitaire_drag.py": (
        [
            ("fire", "GestureDetector", 1, "pan_start", PAN_START),
            ("fire", "GestureDetector", 1, "pan_update", pan_update(0, 0, 195, 5)),
            ("fire", "GestureDetector", 1, "pan_end", PAN_END),
        ],
        ["yellow card on slot 1"],
    ),
    "spin_and_shake.py": (
        [("click", "Button", "Animate!"), ("click", "Button", "Animate!")],
        ["Animate!"],
    ),
    "stack_badges.py": ([("click", "OutlinedButton", "Toggle status")], ["offline"]),
    "stopwatch_async.py": (
        [("click", "Button", "Start"), ("wait", 1.05), ("click", "OutlinedButton", "Stop")],
        ["stopped at 1.0 s"],
    ),
    "switch_slider.py": (
        [("toggle", "Switch", None, False), ("set", "Slider", None, {"value": 70.0}, "change", 70)],
        ["volume 70, sound off"],
    ),
    "tabs_app.py": (
        [("set", "Tabs", None, {"selected_index": 2}, "change", 2)],
        ["Tab 3 selected"],
    ),
    "template_route.py": (
        [("click", "TextButton", "Book 42"), ("click", "TextButton", "An order")],
        ["Account: 7, order: 99"],
    ),
    "text_styles.py": ([("set", "Slider", None, {"value": 31.0}, "change", 31)], ["Size 31"]),
    "theme_switch.py": ([("click", "IconButton", "Switch theme")], ["dark mode"]),
    "time_picker_app.py": (
        [
            ("click", "Button", "Pick time"),
            ("set", "TimePicker", None, {"value": dt.time(17, 45)}, "change", dt.time(17, 45)),
        ],
        ["Time: 17:45"],
    ),
    "todo_app.py": (
        [
            ("type", "TextField", "What needs to be done?", "buy milk"),
            ("click", "FloatingActionButton", None),
            ("type", "TextField", "What needs to be done?", "walk"),
            ("click", "FloatingActionButton", None),
            ("toggle", "Checkbox", 0, True),
        ],
        ["walk", "1 items left"],
    ),
    "window_and_page_api.py": ([("click", "TextButton", "Fill")], ["6 tiles"]),
    "map_markers.py": (
        [
            (
                "fire",
                "Map",
                None,
                "tap",
                {
                    "coordinates": {"latitude": 40.9, "longitude": 45.0},
                    "lx": 384,
                    "ly": 128,
                    "gx": 394,
                    "gy": 138,
                },
            )
        ],
        ["Markers: 2"],
    ),
    "geolocator_app.py": (
        [("click", "Button", "Where am I?"), ("wait", 0.1)],
        ["You are at 48.86, 2.29"],
    ),
    "webview_toggle.py": ([("toggle", "Switch", None, False)], ["WebView hidden"]),
    "scatter_points.py": (
        [("fire", "ScatterChart", None, "event", {"type": "tapUp", "spot_index": 3})],
        ["Point 4: (4, 4)"],
    ),
    "progress_sleep.py": ([("wait", 1.5)], ["Done!"]),
    "clock_thread.py": ([("wait", 2.2), ("click", "Button", "Press")], ["1 presses"]),
    "countdown_thread.py": ([("wait", 2.5)], ["Time's up!"]),
    "shake_sleep.py": (
        # where the handler can suspend (JSPI), Add answers while the box still shakes
        [("click", "Button", "Shake"), ("click", "OutlinedButton", "Add"), ("wait", 0.5)],
        ["shaken 1 times", "tally 1"],
    ),
    "timer_notice.py": (
        [("type", "TextField", "Name", "Ada"), ("click", "Button", "Save"), ("wait", 2.3)],
        ["ready"],
    ),
    "run_thread_worker.py": (
        [("click", "Button", "Start"), ("wait", 1.0)],
        ["all 3 steps done", "finished step 3"],
    ),
}
# spin_and_shake changes only values (test_era_api_apps.py checks them): its text stays.
# progress_sleep's main fills its bar before the first page is shown when nothing can suspend it.
UNCHANGED_TEXT = {"spin_and_shake.py", "progress_sleep.py"}
#: texts of the form "<n> <word>" that must have reached at least n
AT_LEAST = {"clock_thread.py": ("ticks", 3)}

#: sync code that sleeps or starts threads (hung or froze the browser page before stack
#: switching); the THREADED ones start threading.Thread or Timer
BLOCKING = {
    "progress_sleep.py",
    "clock_thread.py",
    "countdown_thread.py",
    "shake_sleep.py",
    "timer_notice.py",
    "run_thread_worker.py",
}
THREADED = {"clock_thread.py", "countdown_thread.py", "timer_notice.py"}

#: the browser's clipboard, for the apps that use it
CLIPBOARD: dict[str, Any] = {}
#: what the browser's file dialog gives: two files, with their bytes (protocol: pick_files)
PICKED = [
    {"id": 0, "name": "notes.txt", "path": None, "size": 5, "bytes": b"notes"},
    {"id": 1, "name": "photo.png", "path": None, "size": 3, "bytes": b"png"},
]

#: where the browser says the device is (protocol: Geolocator.get_current_position)
POSITION = {
    "latitude": 48.8584,
    "longitude": 2.2945,
    "speed": 0.0,
    "altitude": 35.0,
    "timestamp": dt.datetime(2024, 1, 2, 3, 4, 5, tzinfo=dt.UTC),
    "accuracy": 12.5,
    "altitude_accuracy": 0.0,
    "heading": 0.0,
    "heading_accuracy": 0.0,
    "speed_accuracy": 0.0,
}

METHODS = {
    "Clipboard.set": lambda _control, args: CLIPBOARD.update(text=args["data"]),
    "Clipboard.get": lambda _control, _args: CLIPBOARD.get("text"),
    "FilePicker.pick_files": lambda _control, _args: PICKED,
    "Geolocator.get_current_position": lambda _control, _args: POSITION,
}


def _known_failing() -> dict[str, str]:
    spec = importlib.util.spec_from_file_location(
        "corpus_report", ROOT / "scripts" / "corpus_report.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return dict(module.KNOWN_FAILING)


KNOWN_FAILING = _known_failing()
RUNNABLE = [p for p in app_files() if p.name not in KNOWN_FAILING]


def _labels(control: CControl) -> list[Any]:
    tooltip = control.props.get("tooltip")
    return [
        control.text(),
        control.props.get("label"),
        control.props.get("hint_text"),
        control.props.get("text"),
        tooltip.get("message") if isinstance(tooltip, dict) else tooltip,
    ]


def pick(client: SimClient, kind: str, which: Any) -> CControl:
    """The shown control of ``kind``: the only one, the n-th one, or the one labelled so."""
    found = client.find_all(kind)
    if which is None:
        assert len(found) == 1, f"{len(found)} {kind} shown: {client.texts()}"
        return found[0]
    if isinstance(which, int):
        return found[which]
    labelled = [c for c in found if which in _labels(c)]
    assert len(labelled) == 1, f"{len(labelled)} {kind} {which!r} shown: {client.texts()}"
    return labelled[0]


async def act(client: SimClient, action: tuple[Any, ...]) -> None:
    verb, *args = action
    if verb == "click":
        await client.click(pick(client, args[0], args[1]))
    elif verb == "type":
        await client.type_text(pick(client, args[0], args[1]), args[2])
    elif verb == "toggle":
        await client.toggle(pick(client, args[0], args[1]), args[2])
    elif verb == "set":  # the client changes properties, then raises the event if asked to
        control = pick(client, args[0], args[1])
        client.send(Action.UPDATE_CONTROL_PROPS, {"id": control.id, "props": args[2]})
        control.props.update(args[2])
        if control.props.get(f"on_{args[3]}"):
            client.fire(control, args[3], args[4])
        await client.settle()
    elif verb == "fire":
        client.fire(pick(client, args[0], args[1]), args[2], args[3])
        await client.settle()
    elif verb == "drop":  # a Draggable dropped on the only DragTarget
        source = pick(client, "Draggable", args[0])
        target = pick(client, "DragTarget", None)
        client.fire(target, "will_accept", {"accept": True, "src_id": source.id})
        client.fire(target, "accept", {"src_id": source.id, "l": xy(5, 5), "g": xy(5, 5)})
        await client.settle()
    elif verb == "key":
        await client.press_key(args[0], **args[1])
    elif verb == "resize":
        await client.resize(args[0], args[1])
    elif verb == "wait":
        await client.settle(args[0])
    else:
        raise ValueError(f"unknown action {verb!r}")


def test_the_corpus_is_big_enough_and_every_app_has_a_row():
    assert len(RUNNABLE) >= 40
    assert sorted(CORPUS) == sorted(p.name for p in RUNNABLE)


async def check(path: Any) -> None:
    """Open the app at ``path``, take the actions of its row, and check what is shown; then
    end the session and wait for the threads the app started to stop (their next page call
    raises ``PageDisconnectedException``)."""
    actions, expected = CORPUS[path.name]
    threads_before = threading.active_count()
    client, trouble = await open_app(path, methods=METHODS, storage={})
    assert client is not None and trouble is None, trouble
    try:
        before = client.texts()
        for action in actions:
            await act(client, action)
        assert problem(client) is None, problem(client)
        shown = client.texts()
        for text in expected:
            assert shown.count(text) >= expected.count(text), f"{text!r} not in {shown}"
        if path.name not in UNCHANGED_TEXT:  # the interaction is what brought them
            assert any(shown.count(t) > before.count(t) for t in expected), f"before: {before}"
        if path.name in AT_LEAST:
            word, least = AT_LEAST[path.name]
            counts = [int(m[1]) for t in shown if (m := re.fullmatch(rf"(\d+) {word}", t))]
            assert counts and max(counts) >= least, f"fewer than {least} {word}: {shown}"
    finally:
        assert client.session is not None
        client.session.close()
    for _ in range(100):  # a thread sleeps up to a second before its next page call
        if threading.active_count() <= threads_before:
            break
        await asyncio.sleep(0.05)
    assert threading.active_count() <= threads_before, "a thread of the app outlived its session"


def _marks(path: Any) -> Any:
    marks = [pytest.mark.threads] if path.name in THREADED else []
    return pytest.param(path, marks=marks, id=path.stem)


# Era apps use names Flet 1.0.5 dropped (colors.SURFACE_VARIANT): a warning, as in the browser.
@pytest.mark.filterwarnings("default::DeprecationWarning")
@pytest.mark.parametrize("path", [_marks(p) for p in RUNNABLE])
def test_app_renders_and_an_interaction_changes_what_is_shown(path):
    if path.name in THREADED:  # real threads sleep in real time: a real loop waits with them
        asyncio.run(check(path))
    else:
        run(check(path))
