# The era's chat tutorial, first step: messages go to every session with page.pubsub.
import flet as ft


class Message:
    def __init__(self, user: str, text: str):
        self.user = user
        self.text = text


def main(page: ft.Page):
    chat = ft.Column()
    new_message = ft.TextField(label="Message")

    def on_message(message: Message):
        chat.controls.append(ft.Text(f"{message.user}: {message.text}"))
        page.update()

    page.pubsub.subscribe(on_message)

    def send_click(e):
        user = page.session.get("user_name") or "guest"  # page.session_id in the tutorial
        page.pubsub.send_all(Message(user=user, text=new_message.value))
        new_message.value = ""
        page.update()

    page.add(chat, ft.Row([new_message, ft.ElevatedButton("Send", on_click=send_click)]))


ft.app(target=main)
