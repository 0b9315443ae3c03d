# A live Markdown preview of what is typed in a multiline TextField.
import flet as ft


def main(page: ft.Page):
    md = ft.Markdown("# Title", selectable=True, extension_set=ft.MarkdownExtensionSet.GITHUB_WEB)

    def changed(e):
        md.value = e.control.value
        page.update()

    page.add(
        ft.Row(
            [
                ft.TextField(
                    value="# Title",
                    multiline=True,
                    on_change=changed,
                    expand=True,
                    border_color=ft.colors.TRANSPARENT,
                ),
                ft.VerticalDivider(color=ft.colors.RED),
                ft.Container(
                    ft.Column([md], scroll=ft.ScrollMode.HIDDEN),
                    expand=True,
                    alignment=ft.alignment.top_left,
                ),
            ],
            expand=True,
            vertical_alignment=ft.CrossAxisAlignment.START,
        )
    )


ft.app(target=main)
