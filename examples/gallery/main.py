"""Flet control gallery: every control of the catalog on a few routes.

Written as an async-era Flet app (0.21-0.25 API) the way users bring them: views built in
``on_route_change``, ``page.go`` from a NavigationRail, ``page.open``/``page.close`` and the
older ``page.dialog``/``page.snack_bar``/``page.banner`` style for overlays.

    flet publish examples/gallery/main.py --distpath dist

The picture comes from ``assets/images/landscape.png`` (publish copies ``assets/`` to the
site root) and a second one from base64. tests/browser/test_catalog_gallery.py visits every
route and checks that the client draws every control.
"""

import flet as ft

# a 16x16 teal square with a white centre
SQUARE_PNG = (
    "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAALUlEQVR42mNkmNbBQApgYiAR0F4DCzLnf2Y5VkWM0zs"
    "Hsx+GgwYWXOE9hPwAAA/HBWOljgxeAAAAAElFTkSuQmCC"
)

ROUTES = [
    ("/", "Layout", ft.icons.DASHBOARD_OUTLINED, ft.icons.DASHBOARD),
    ("/text", "Text", ft.icons.TEXT_FIELDS_OUTLINED, ft.icons.TEXT_FIELDS),
    ("/buttons", "Buttons", ft.icons.SMART_BUTTON_OUTLINED, ft.icons.SMART_BUTTON),
    ("/inputs", "Inputs", ft.icons.EDIT_OUTLINED, ft.icons.EDIT),
    ("/lists", "Lists", ft.icons.LIST_ALT_OUTLINED, ft.icons.LIST_ALT),
    ("/navigation", "Navigation", ft.icons.EXPLORE_OUTLINED, ft.icons.EXPLORE),
    ("/dialogs", "Dialogs", ft.icons.CHAT_BUBBLE_OUTLINE, ft.icons.CHAT_BUBBLE),
]


def tile(text, color):
    return ft.Container(
        ft.Text(text, color=ft.colors.WHITE),
        bgcolor=color,
        padding=10,
        border_radius=8,
        alignment=ft.alignment.center,
    )


def layout_controls(page):
    clicks = ft.Text("Container clicks: 0")

    def container_clicked(e):
        e.control.data += 1
        clicks.value = f"Container clicks: {e.control.data}"
        page.update()

    return [
        ft.Row(
            [
                ft.Container(
                    ft.Text("Gradient container"),
                    padding=ft.padding.symmetric(horizontal=16, vertical=12),
                    margin=ft.margin.only(right=8),
                    border=ft.border.all(2, ft.colors.INDIGO),
                    border_radius=ft.border_radius.all(12),
                    gradient=ft.LinearGradient(
                        begin=ft.alignment.center_left,
                        end=ft.alignment.center_right,
                        colors=[ft.colors.AMBER_100, ft.colors.TEAL_100],
                    ),
                ),
                ft.Container(
                    ft.Text("Clickable container"),
                    padding=12,
                    bgcolor=ft.colors.BLUE_GREY_50,
                    ink=True,
                    on_click=container_clicked,
                    data=0,
                ),
                clicks,
            ]
        ),
        ft.Row(
            [
                ft.Column(
                    [tile("Column one", ft.colors.INDIGO), tile("Column two", ft.colors.TEAL)]
                ),
                ft.VerticalDivider(),
                ft.Stack(
                    [
                        ft.Container(width=220, height=90, bgcolor=ft.colors.BLUE_GREY_100),
                        ft.Container(ft.Text("Stack top left"), left=8, top=8),
                        ft.Container(ft.Text("Stack bottom right"), right=8, bottom=8),
                    ],
                    width=220,
                    height=90,
                ),
                ft.Card(
                    ft.Container(ft.Text("Card content"), padding=20),
                    elevation=4,
                ),
                ft.SafeArea(ft.Text("Inside SafeArea")),
            ],
            height=100,
        ),
        ft.Divider(),
        ft.ResponsiveRow(
            [
                ft.Container(tile(f"Responsive {n}", ft.colors.DEEP_PURPLE), col={"sm": 6, "md": 3})
                for n in range(1, 5)
            ]
        ),
        ft.ExpansionTile(
            title=ft.Text("Expansion tile"),
            subtitle=ft.Text("Tap to collapse"),
            initially_expanded=True,
            controls=[ft.ListTile(title=ft.Text("Hidden detail"))],
        ),
        ft.Row([ft.Text("Placeholder:"), ft.Placeholder(height=60, width=200)]),
    ]


def text_controls(page):
    return [
        ft.Text("Headline text", theme_style=ft.TextThemeStyle.HEADLINE_SMALL),
        ft.Text(
            spans=[
                ft.TextSpan("Bold span", ft.TextStyle(weight=ft.FontWeight.BOLD)),
                ft.TextSpan(" and "),
                ft.TextSpan("italic span", ft.TextStyle(italic=True, color=ft.colors.INDIGO)),
            ]
        ),
        ft.Text(
            "Selectable text",
            selectable=True,
            weight=ft.FontWeight.W_600,
            semantics_label="Selectable text",
        ),
        ft.Text(
            "Clipped text that is far too long to fit in two hundred pixels of width",
            max_lines=1,
            overflow=ft.TextOverflow.ELLIPSIS,
            width=200,
        ),
        ft.Row(
            [
                ft.Icon(ft.icons.FAVORITE, color=ft.colors.PINK, semantics_label="Heart icon"),
                ft.Icon(name=ft.icons.STAR, color=ft.colors.AMBER, semantics_label="Star icon"),
                ft.CircleAvatar(ft.Text("AB"), bgcolor=ft.colors.TEAL_200),
                ft.CircleAvatar(foreground_image_src="/images/landscape.png"),
            ]
        ),
        ft.Row(
            [
                ft.Image(
                    src="/images/landscape.png",
                    width=120,
                    height=80,
                    fit=ft.ImageFit.COVER,
                    semantics_label="Landscape picture",
                ),
                ft.Image(src_base64=SQUARE_PNG, width=48, height=48, semantics_label="Teal square"),
            ]
        ),
        ft.Markdown(
            "## Markdown heading\n\nSome *emphasis* and a [link](https://flet.dev).\n\n"
            "- first item\n- second item",
            extension_set=ft.MarkdownExtensionSet.GITHUB_WEB,
        ),
        ft.Row(
            [
                ft.Text("Progress"),
                ft.ProgressBar(value=0.4, width=200, semantics_label="Progress bar"),
                ft.ProgressRing(value=0.7, semantics_label="Progress ring"),
                ft.ProgressRing(width=20, height=20, stroke_width=2),
            ]
        ),
    ]


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
                ft.OutlinedButton(
                    "Pick a time",
                    icon=ft.icons.SCHEDULE,
                    on_click=lambda e: page.open(ft.TimePicker()),
                ),
            ]
        ),
    ]


def list_controls(page):
    people = [("Ada", 36), ("Grace", 45), ("Linus", 28)]
    sorted_by = ft.Text("Sorted by: nothing")

    def sort(e):
        rows = sorted(people, key=lambda p: p[e.column_index], reverse=not e.ascending)
        table.rows = [person_row(*p) for p in rows]
        table.sort_column_index = e.column_index
        table.sort_ascending = e.ascending
        order = "ascending" if e.ascending else "descending"
        sorted_by.value = f"Sorted by: column {e.column_index} {order}"
        page.update()

    def person_row(name, age):
        return ft.DataRow(cells=[ft.DataCell(ft.Text(name)), ft.DataCell(ft.Text(str(age)))])

    table = ft.DataTable(
        columns=[
            ft.DataColumn(ft.Text("Name"), on_sort=sort),
            ft.DataColumn(ft.Text("Age"), numeric=True, on_sort=sort),
        ],
        rows=[person_row(*p) for p in people],
    )
    return [
        ft.Row(
            [
                ft.Container(
                    ft.ListView(
                        [ft.Text(f"List view line {n}") for n in range(1, 6)],
                        spacing=4,
                        height=120,
                    ),
                    width=220,
                ),
                ft.Container(
                    ft.GridView(
                        [tile(f"Grid {n}", ft.colors.TEAL) for n in range(1, 7)],
                        runs_count=3,
                        spacing=4,
                        run_spacing=4,
                        child_aspect_ratio=2,
                    ),
                    width=330,
                    height=120,
                ),
            ]
        ),
        ft.Container(
            ft.Column(
                [
                    ft.ListTile(
                        leading=ft.Icon(ft.icons.PERSON),
                        title=ft.Text("List tile title"),
                        subtitle=ft.Text("List tile subtitle"),
                        trailing=ft.Icon(ft.icons.CHEVRON_RIGHT),
                    ),
                    ft.ListTile(title=ft.Text("Dense tile"), dense=True),
                ]
            ),
            width=400,
        ),
        ft.Row([table, sorted_by], vertical_alignment=ft.CrossAxisAlignment.START),
    ]


def navigation_controls(page, view):
    drawer = ft.NavigationDrawer(
        controls=[
            ft.Container(ft.Text("Drawer header"), padding=16),
            ft.NavigationDrawerDestination(label="Drawer inbox", icon=ft.icons.INBOX),
            ft.NavigationDrawerDestination(label="Drawer outbox", icon=ft.icons.SEND),
        ],
    )
    view.drawer = drawer
    view.navigation_bar = ft.NavigationBar(
        destinations=[
            ft.NavigationBarDestination(icon=ft.icons.HOME, label="Bar home"),
            ft.NavigationBarDestination(icon=ft.icons.SEARCH, label="Bar search"),
            ft.NavigationBarDestination(icon=ft.icons.PERSON, label="Bar profile"),
        ],
    )
    tab_state = ft.Text("Selected tab: 0")

    def tab_changed(e):
        tab_state.value = f"Selected tab: {e.control.selected_index}"
        page.update()

    return [
        ft.ElevatedButton("Open drawer", on_click=lambda e: page.open(drawer)),
        ft.Tabs(
            selected_index=0,
            on_change=tab_changed,
            height=140,
            tabs=[
                ft.Tab(text="First tab", content=ft.Text("First tab content")),
                ft.Tab(text="Second tab", icon=ft.icons.STAR, content=ft.Text("Second tab body")),
                ft.Tab(tab_content=ft.Text("Custom tab"), content=ft.Text("Custom tab body")),
            ],
        ),
        tab_state,
    ]


def dialog_controls(page):
    status = ft.Text("Dialog status: closed")

    def dialog_dismissed(e):
        status.value = f"Dialog status: dismissed, open={dialog.open}"
        page.update()

    def close_dialog(e):
        page.close(dialog)
        status.value = f"Dialog status: closed, open={dialog.open}"
        page.update()

    dialog = ft.AlertDialog(
        title=ft.Text("Gallery dialog"),
        content=ft.Text("An AlertDialog with two actions."),
        actions=[ft.TextButton("Close dialog", on_click=close_dialog)],
        on_dismiss=dialog_dismissed,
    )
    sheet = ft.BottomSheet(
        ft.Container(ft.Text("Bottom sheet content"), padding=40),
    )

    def old_style_dialog(e):
        page.dialog = dialog
        dialog.open = True
        page.update()

    def show_snack_bar(e):
        page.snack_bar = ft.SnackBar(ft.Text("Snack bar message"), action="Undo")
        page.snack_bar.open = True
        page.update()

    def close_banner(e):
        page.close(banner)

    banner = ft.Banner(
        bgcolor=ft.colors.AMBER_100,
        leading=ft.Icon(ft.icons.INFO_OUTLINE, color=ft.colors.AMBER_900),
        content=ft.Text("Banner message"),
        actions=[ft.TextButton("Dismiss banner", on_click=close_banner)],
    )

    return [
        ft.Row(
            [
                ft.ElevatedButton("Open dialog", on_click=lambda e: page.open(dialog)),
                ft.ElevatedButton("Open dialog the old way", on_click=old_style_dialog),
                ft.ElevatedButton("Open bottom sheet", on_click=lambda e: page.open(sheet)),
                ft.ElevatedButton("Show snack bar", on_click=show_snack_bar),
                ft.ElevatedButton("Show banner", on_click=lambda e: page.open(banner)),
            ],
            wrap=True,
        ),
        status,
    ]


def main(page: ft.Page):
    page.title = "Flet gallery"
    page.theme_mode = ft.ThemeMode.LIGHT
    page.theme = ft.Theme(color_scheme_seed=ft.colors.INDIGO)

    def rail(index):
        return ft.NavigationRail(
            selected_index=index,
            label_type=ft.NavigationRailLabelType.ALL,
            min_width=100,
            destinations=[
                ft.NavigationRailDestination(icon=icon, selected_icon=selected, label=label)
                for _, label, icon, selected in ROUTES
            ],
            on_change=lambda e: page.go(ROUTES[e.control.selected_index][0]),
        )

    def make_view(index):
        route, label, _, _ = ROUTES[index]
        view = ft.View(route, padding=0)
        builders = {
            "/": layout_controls,
            "/text": text_controls,
            "/buttons": button_controls,
            "/inputs": input_controls,
            "/lists": list_controls,
            "/dialogs": dialog_controls,
        }
        if route == "/navigation":
            content = navigation_controls(page, view)
        else:
            content = builders[route](page)
        view.appbar = ft.AppBar(
            title=ft.Text(f"Gallery: {label}"),
            bgcolor=ft.colors.INDIGO_50,
            actions=[ft.IconButton(ft.icons.HOME, tooltip="Home", on_click=lambda e: page.go("/"))],
        )
        if route == "/buttons":
            view.floating_action_button = ft.FloatingActionButton(
                icon=ft.icons.ADD, tooltip="Add item"
            )
            view.bottom_appbar = ft.BottomAppBar(
                ft.Row([ft.Text("Bottom app bar"), ft.Icon(ft.icons.MENU)]),
                height=60,
            )
        view.controls = [
            ft.Row(
                [
                    rail(index),
                    ft.VerticalDivider(width=1),
                    ft.Container(
                        ft.Column(content, spacing=12, scroll=ft.ScrollMode.AUTO),
                        padding=ft.padding.only(top=8, right=8),
                        expand=True,
                    ),
                ],
                expand=True,
                vertical_alignment=ft.CrossAxisAlignment.START,
            )
        ]
        return view

    def route_change(e):
        index = next((i for i, r in enumerate(ROUTES) if r[0] == page.route), 0)
        page.views.clear()
        page.views.append(make_view(0))
        if index:
            page.views.append(make_view(index))
        page.update()

    def view_pop(e):
        page.views.pop()
        page.go(page.views[-1].route)

    page.on_route_change = route_change
    page.on_view_pop = view_pop
    page.go(page.route)


ft.app(main)
