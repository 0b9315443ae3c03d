# ResponsiveRow with col spans per breakpoint; a button adds a column.
import flet as ft


def main(page: ft.Page):
    row = ft.ResponsiveRow(
        [
            ft.Container(
                ft.Text("Column 1"),
                padding=5,
                bgcolor=ft.colors.YELLOW,
                col={"sm": 6, "md": 4, "xl": 2},
            ),
            ft.Container(
                ft.Text("Column 2"),
                padding=5,
                bgcolor=ft.colors.GREEN,
                col={"sm": 6, "md": 4, "xl": 2},
            ),
        ],
        run_spacing={"xs": 10},
    )

    def add(e):
        n = len(row.controls) + 1
        row.controls.append(
            ft.Container(ft.Text(f"Column {n}"), padding=5, bgcolor=ft.colors.BLUE, col={"md": 4})
        )
        page.update()

    page.add(row, ft.TextButton("Add column", on_click=add))


ft.app(target=main)
