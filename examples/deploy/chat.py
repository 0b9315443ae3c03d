# The era's realtime chat, served by N uvicorn processes behind nginx (README: "Deploying on
# several processes and machines"). Every process runs this file; page.pubsub crosses between
# them through Redis when FLET_PUBSUB_URL=redis://HOST:6379/0 is set:
#
#     FLET_PUBSUB_URL=redis://127.0.0.1:6379/0 uvicorn chat:app --port 8001 --root-path /chat \
#         --ws-per-message-deflate false
#     FLET_PUBSUB_URL=redis://127.0.0.1:6379/0 uvicorn chat:app --port 8002 --root-path /chat \
#         --ws-per-message-deflate false
#     nginx with nginx-flet.conf in front (session affinity, WebSocket upgrade, /chat/)
import flet as ft
import flet_fastapi


class Message:
    def __init__(self, user: str, text: str, message_type: str):
        self.user = user
        self.text = text
        self.message_type = message_type


def main(page: ft.Page):
    page.title = "Flet chat"
    chat = ft.Column(spacing=6)
    typing = ft.Text("", italic=True, size=12)
    user_name = ft.TextField(label="Your name", width=220)
    new_message = ft.TextField(label="Write a message", expand=True)

    def on_message(message: Message):
        if message.message_type == "chat_message":
            chat.controls.append(ft.Text(f"{message.user}: {message.text}"))
        elif message.message_type == "login_message":
            chat.controls.append(ft.Text(message.text, italic=True, color=ft.colors.BLACK45))
        typing.value = ""
        page.update()

    def on_typing(topic, who):
        typing.value = f"{who} is typing..."
        page.update()

    page.pubsub.subscribe(on_message)
    page.pubsub.subscribe_topic("typing", on_typing)

    def join_click(e):
        if not user_name.value:
            user_name.error_text = "Name cannot be blank!"
            user_name.update()
            return
        page.session.set("user_name", user_name.value)
        text = f"{user_name.value} has joined the chat."
        page.pubsub.send_all(Message(user_name.value, text, "login_message"))

    def message_change(e):
        name = page.session.get("user_name")
        if name:
            page.pubsub.send_others_on_topic("typing", name)

    def send_click(e):
        if not new_message.value:
            return
        name = page.session.get("user_name") or f"guest {page.session_id[:4]}"
        page.pubsub.send_all(Message(name, new_message.value, "chat_message"))
        new_message.value = ""
        page.update()

    new_message.on_change = message_change
    new_message.on_submit = send_click
    page.add(
        ft.Row([user_name, ft.ElevatedButton("Join", on_click=join_click)]),
        chat,
        typing,
        ft.Row([new_message, ft.ElevatedButton("Send", on_click=send_click)]),
    )


app = flet_fastapi.app(main)
