"""Gallery route "/more": menus, segmented buttons, expansion panels, badges and tooltips,
the Cupertino family and the file picker, as apps of the async era used them."""

import flet as ft


def material_more(page):
    sizes_state = ft.Text("Sizes: M")

    def sizes_changed(e):
        sizes_state.value = f"Sizes: {', '.join(sorted(e.control.selected))}"
        page.update()

    return [
        ft.MenuBar(
            controls=[
                ft.SubmenuButton(
                    content=ft.Text("File"),
                    controls=[
                        ft.MenuItemButton(
                            content=ft.Text("Open"), leading=ft.Icon(ft.icons.FOLDER)
                        ),
                        ft.MenuItemButton(content=ft.Text("Save"), leading=ft.Icon(ft.icons.SAVE)),
                    ],
                )
            ]
        ),
        ft.SegmentedButton(
            selected={"M"},
            allow_multiple_selection=True,
            on_change=sizes_changed,
            segments=[ft.Segment(value=size, label=ft.Text(size)) for size in ("S", "M", "L")],
        ),
        sizes_state,
        ft.ExpansionPanelList(
            controls=[
                ft.ExpansionPanel(
                    header=ft.ListTile(title=ft.Text("Shipping")),
                    content=ft.ListTile(title=ft.Text("Ships in two days")),
                )
            ]
        ),
        ft.Row(
            [
                ft.Icon(ft.icons.MAIL, badge=ft.Badge(text="3")),
                ft.Text("Hover for a tip", tooltip=ft.Tooltip(message="A tooltip")),
            ],
            spacing=30,
        ),
    ]


def cupertino(page):
    state = ft.Text("Cupertino switch: off")

    def switched(e):
        state.value = f"Cupertino switch: {'on' if e.control.value else 'off'}"
        page.update()

    return [
        ft.Row(
            [
                ft.CupertinoSwitch(value=False, on_change=switched),
                ft.CupertinoButton(
                    content=ft.Text("Cupertino button", color=ft.colors.WHITE),
                    bgcolor=ft.colors.INDIGO,
                ),
                ft.CupertinoActivityIndicator(radius=12),
            ],
            spacing=20,
        ),
        ft.CupertinoSlider(value=0.3, width=240),
        state,
    ]


def file_picker(page):
    picked = ft.Text("Picked: nothing")

    def result(e: ft.FilePickerResultEvent):
        if e.files:
            picked.value = "Picked: " + ", ".join(f"{f.name} ({f.size} bytes)" for f in e.files)
        else:
            picked.value = "Picked: cancelled"
        page.update()

    picker = ft.FilePicker(on_result=result)
    page.overlay.append(picker)
    return [
        ft.ElevatedButton(
            "Pick files",
            icon=ft.icons.UPLOAD_FILE,
            on_click=lambda _: picker.pick_files(allow_multiple=True),
        ),
        picked,
    ]


def more_controls(page):
    return [
        ft.Text("Menus, segments, panels, badges", weight=ft.FontWeight.BOLD),
        *material_more(page),
        ft.Text("Cupertino", weight=ft.FontWeight.BOLD),
        *cupertino(page),
        ft.Text("Files", weight=ft.FontWeight.BOLD),
        *file_picker(page),
    ]
