"""Gallery routes that display: layout ("/"), text and media ("/text"), lists ("/lists")."""

import flet as ft

# a 16x16 teal square with a white centre
SQUARE_PNG = (
    "iVBORw0KGgoAAAANSUhEUgAAABAAAAAQCAIAAACQkWg2AAAALUlEQVR42mNkmNbBQApgYiAR0F4DCzLnf2Y5VkWM0zs"
    "Hsx+GgwYWXOE9hPwAAA/HBWOljgxeAAAAAElFTkSuQmCC"
)


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
