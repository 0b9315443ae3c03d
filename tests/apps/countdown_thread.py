# The era's countdown UserControl: did_mount starts a thread that counts down with time.sleep,
# will_unmount stops it.
import threading
import time

import flet as ft


class Countdown(ft.UserControl):
    def __init__(self, seconds):
        super().__init__()
        self.seconds = seconds

    def did_mount(self):
        self.running = True
        self.th = threading.Thread(target=self.update_timer, args=(), daemon=True)
        self.th.start()

    def will_unmount(self):
        self.running = False

    def update_timer(self):
        while self.seconds and self.running:
            mins, secs = divmod(self.seconds, 60)
            self.countdown.value = f"{mins:02d}:{secs:02d}"
            self.update()
            time.sleep(1)
            self.seconds -= 1
        if self.running:
            self.countdown.value = "Time's up!"
            self.update()

    def build(self):
        self.countdown = ft.Text()
        return self.countdown


def main(page: ft.Page):
    page.add(Countdown(2), Countdown(120))


ft.app(target=main)
