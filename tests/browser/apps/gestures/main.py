"""A box dragged with a GestureDetector and a chip dropped on a DragTarget
(tests/browser/test_gestures_in_chromium.py).

Written as an async-era Flet app: ``on_pan_update`` moves the detector by ``e.delta_x`` and
``e.delta_y`` inside a Stack, and ``on_accept`` finds the dropped Draggable with
``page.get_control(e.src_id)``; a swiped Dismissible asks ``on_confirm_dismiss``, which
confirms, and ``on_dismiss`` removes it. Each handler writes what it saw into a Text the test reads.
"""

import flet as ft


def main(page: ft.Page):
    page.title = "Gestures"
    pan_state = ft.Text("pan: none")
    drop_state = ft.Text("drop: none")
    will_state = ft.Text("will accept: none")
    totals = {"dx": 0.0, "dy": 0.0, "n": 0}

    def on_pan_update(e: ft.DragUpdateEvent):
        totals["dx"] += e.delta_x
        totals["dy"] += e.delta_y
        totals["n"] += 1
        box.left += e.delta_x
        box.top += e.delta_y
        box.update()

    def on_pan_end(e: ft.DragEndEvent):
        pan_state.value = (
            f"pan: {totals['n']} updates, dx {totals['dx']:.1f}, dy {totals['dy']:.1f}, "
            f"at {box.left:.1f} {box.top:.1f}"
        )
        page.update()

    box = ft.GestureDetector(
        content=ft.Container(
            ft.Text("drag me"),
            width=90,
            height=90,
            bgcolor=ft.colors.AMBER_200,
            alignment=ft.alignment.center,
        ),
        mouse_cursor=ft.MouseCursor.MOVE,
        left=20,
        top=20,
        on_pan_update=on_pan_update,
        on_pan_end=on_pan_end,
    )

    def on_will_accept(e):
        will_state.value = f"will accept: {e.data}"
        page.update()

    def on_accept(e: ft.DragTargetAcceptEvent):
        src = page.get_control(e.src_id)
        drop_state.value = f"drop: {src.data} from {type(src).__name__}"
        target.content.bgcolor = src.content.bgcolor
        page.update()

    chip = ft.Draggable(
        group="color",
        data="cyan chip",
        content=ft.Container(
            ft.Text("chip"),
            width=70,
            height=70,
            bgcolor=ft.colors.CYAN_200,
            alignment=ft.alignment.center,
        ),
    )
    target = ft.DragTarget(
        group="color",
        content=ft.Container(
            ft.Text("drop here"),
            width=140,
            height=140,
            bgcolor=ft.colors.GREY_200,
            alignment=ft.alignment.center,
        ),
        on_will_accept=on_will_accept,
        on_accept=on_accept,
    )
    dismiss_state = ft.Text("dismissed: none")

    def on_confirm_dismiss(e: ft.DismissibleDismissEvent):
        e.control.confirm_dismiss(True)

    def on_dismiss(e: ft.DismissibleDismissEvent):
        dismiss_state.value = f"dismissed: {e.control.content.content.value} {e.direction}"
        items.controls.remove(e.control)
        page.update()

    items = ft.Column(
        [
            ft.Dismissible(
                content=ft.Container(
                    ft.Text(f"swipe item {n}"), width=300, height=40, bgcolor=ft.colors.WHITE
                ),
                background=ft.Container(bgcolor=ft.colors.GREEN_200),
                secondary_background=ft.Container(bgcolor=ft.colors.ORANGE_200),
                on_confirm_dismiss=on_confirm_dismiss,
                on_dismiss=on_dismiss,
            )
            for n in (1, 2)
        ]
    )
    page.add(
        ft.Stack([box], width=500, height=260),
        ft.Row([chip, ft.Container(width=200), target]),
        pan_state,
        will_state,
        drop_state,
        items,
        dismiss_state,
    )


ft.app(target=main)
