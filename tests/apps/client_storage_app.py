# client_storage: remember a name between visits (the browser's local storage).
import flet as ft


def main(page: ft.Page):
    saved = page.client_storage.get("corpus.name")
    greeting = ft.Text(f"Welcome back, {saved}" if saved else "Nothing saved yet")
    name = ft.TextField(label="Your name")

    def save(e):
        page.client_storage.set("corpus.name", name.value)
        greeting.value = f"Saved {page.client_storage.get('corpus.name')}"
        page.update()

    def forget(e):
        page.client_storage.remove("corpus.name")
        keys = page.client_storage.get_keys("corpus.")
        greeting.value = f"Forgotten ({len(keys)} keys left)"
        page.update()

    page.add(
        greeting,
        name,
        ft.ElevatedButton("Save", on_click=save),
        ft.TextButton("Forget", on_click=forget),
    )


ft.app(target=main)
