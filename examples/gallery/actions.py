"""Gallery routes that take input: buttons ("/buttons") and inputs ("/inputs")."""

import flet as ft


def button_controls(page):
    pressed = ft.Text("Last pressed: none")

    def press(e):
        pressed.value = f"Last pressed: {e.control.data}"
        page.update()

    def named(cls, text):
        return cls(text, on_click=press, data=text)

    return [
        ft.Row(
            [
                named(ft.ElevatedButton, "Elevated button"),
                named(ft.FilledButton, "Filled button"),
                named(ft.FilledTonalButton, "Filled tonal button"),
                named(ft.OutlinedButton, "Outlined button"),
                named(ft.TextButton, "Text button"),
            ],
            wrap=True,
        ),
        ft.ElevatedButton(
            text="Styled button",
            icon=ft.icons.PALETTE,
            color=ft.colors.WHITE,
            bgcolor=ft.colors.INDIGO,
            style=ft.ButtonStyle(shape=ft.RoundedRectangleBorder(radius=4)),
            on_click=press,
            data="Styled button",
        ),
        ft.Row(
            [
                ft.IconButton(ft.icons.THUMB_UP, tooltip="Like", on_click=press, data="Like"),
                ft.IconButton(
                    icon=ft.icons.BOOKMARK_BORDER,
                    selected_icon=ft.icons.BOOKMARK,
                    selected=True,
                    tooltip="Bookmark",
                ),
                ft.IconButton(
                    icon=ft.icons.SHARE,
                    tooltip="Share",
                    style=ft.ButtonStyle(bgcolor=ft.colors.TEAL_100),
                ),
                ft.FilledIconButton(ft.icons.ADD, tooltip="Filled icon button"),
                ft.FilledTonalIconButton(ft.icons.REMOVE, tooltip="Tonal icon button"),
                ft.OutlinedIconButton(ft.icons.EDIT, tooltip="Outlined icon button"),
                ft.PopupMenuButton(
                    tooltip="More actions",
                    items=[
                        ft.PopupMenuItem(text="Popup item one", on_click=press, data="Popup one"),
                        ft.PopupMenuItem(),
                        ft.PopupMenuItem(text="Popup item two", icon=ft.icons.CHECK),
                    ],
                ),
            ]
        ),
        ft.Row(
            [
                ft.Chip(label=ft.Text("Plain chip"), on_click=press, data="Plain chip"),
                ft.Chip(
                    label=ft.Text("Selected chip"),
                    leading=ft.Icon(ft.icons.FILTER_ALT),
                    selected=True,
                    on_select=lambda e: None,
                ),
            ]
        ),
        pressed,
    ]


def input_controls(page):
    time_picker = ft.TimePicker(help_text="Gallery time")

    def pick_time(e):
        if time_picker not in page.overlay:
            page.overlay.append(time_picker)
            page.update()
        time_picker.pick_time()

    def suggestion_picked(e):
        search.close_view(e.control.data)

    search = ft.SearchBar(
        bar_hint_text="Search the gallery",
        view_hint_text="Pick a suggestion",
        on_tap=lambda e: e.control.open_view(),
        controls=[
            ft.ListTile(title=ft.Text(text), on_click=suggestion_picked, data=text)
            for text in ("Suggestion one", "Suggestion two")
        ],
        width=300,
    )
    return [
        ft.Row(
            [
                ft.TextField(label="Plain field", hint_text="Type here", width=220),
                ft.TextField(
                    label="Password field", password=True, can_reveal_password=True, width=220
                ),
                ft.TextField(
                    label="Amount field",
                    keyboard_type=ft.KeyboardType.NUMBER,
                    prefix_text="$",
                    suffix_text="USD",
                    prefix_icon=ft.icons.ATTACH_MONEY,
                    width=220,
                ),
            ]
        ),
        ft.TextField(label="Multiline field", multiline=True, min_lines=2, max_lines=3),
        ft.Row(
            [
                ft.Checkbox(label="Gallery checkbox", value=True),
                ft.Switch(label="Gallery switch", value=True),
                ft.RadioGroup(
                    content=ft.Row(
                        [
                            ft.Radio(value="tea", label="Tea"),
                            ft.Radio(value="coffee", label="Coffee"),
                        ]
                    ),
                    value="tea",
                ),
            ]
        ),
        ft.Row(
            [
                ft.Text("Slider"),
                ft.Slider(min=0, max=100, divisions=10, value=30, label="{value}", width=250),
                ft.Text("Range slider"),
                ft.RangeSlider(
                    min=0, max=100, start_value=20, end_value=60, divisions=10, width=250
                ),
            ]
        ),
        ft.Row(
            [
                ft.Dropdown(
                    label="Colour dropdown",
                    width=220,
                    value="Green",
                    options=[
                        ft.dropdown.Option("Red"),
                        ft.dropdown.Option("Green"),
                        ft.dropdown.Option(key="blue", text="Blue"),
                    ],
                ),
                search,
            ]
        ),
        ft.Row(
            [
                ft.OutlinedButton(
                    "Pick a date",
                    icon=ft.icons.CALENDAR_MONTH,
                    on_click=lambda e: page.open(ft.DatePicker()),
                ),
                ft.OutlinedButton("Pick a time", icon=ft.icons.SCHEDULE, on_click=pick_time),
            ]
        ),
    ]
