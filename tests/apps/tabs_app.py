# Tabs with icons and content; on_change reports the selected tab.
import flet as ft


def main(page: ft.Page):
    shown = ft.Text("Tab 1 selected")

    def changed(e):
        shown.value = f"Tab {t.selected_index + 1} selected"
        page.update()

    t = ft.Tabs(
        selected_index=0,
        animation_duration=300,
        on_change=changed,
        tabs=[
            ft.Tab(
                text="Tab 1",
                content=ft.Container(
                    content=ft.Text("This is Tab 1"), alignment=ft.alignment.center
                ),
            ),
            ft.Tab(tab_content=ft.Icon(ft.icons.SEARCH), content=ft.Text("This is Tab 2")),
            ft.Tab(text="Tab 3", icon=ft.icons.SETTINGS, content=ft.Text("This is Tab 3")),
        ],
        expand=1,
    )
    page.add(shown, t)


ft.app(target=main)
