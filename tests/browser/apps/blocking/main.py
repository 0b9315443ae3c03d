"""Sync code of the era that sleeps and starts threads, in the browser (pyodide_runtime.blocking):
a handler that counts with time.sleep, a clock on a daemon Thread, a countdown Thread started
by a click, a threading.Timer, and a button that must answer while they all wait."""

import threading
import time

import flet as ft


class Countdown(ft.UserControl):
    """The era's countdown (Flet 0.21 docs, UserControl): a thread started in did_mount
    counts down with time.sleep(1) and stops in will_unmount."""

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
        self.countdown.value = "Time is up"
        self.update()

    def build(self):
        self.countdown = ft.Text()
        return self.countdown


def main(page: ft.Page):
    counter = ft.Text("Count: none")
    other = ft.Text("Other: 0")
    clock = ft.Text("Ticks: 0")
    countdown = ft.Text("Countdown: idle")
    timer_state = ft.Text("Timer: waiting")
    clicks = [0]
    ticks = [0]

    def count(e):
        for i in range(5):
            counter.value = f"Count: {i}"
            page.update()
            time.sleep(0.4)
        counter.value = "Count: done"
        page.update()

    def other_click(e):
        clicks[0] += 1
        other.value = f"Other: {clicks[0]}"
        page.update()

    def tick():
        while True:
            ticks[0] += 1
            clock.value = f"Ticks: {ticks[0]}"
            page.update()
            time.sleep(0.5)

    def start_countdown(e):
        def run():
            for n in range(3, -1, -1):
                countdown.value = f"Countdown: {n}"
                page.update()
                time.sleep(0.3)

        worker = threading.Thread(target=run)
        worker.start()
        worker.join()
        countdown.value = f"{countdown.value}, joined: {not worker.is_alive()}"
        page.update()

    def fire():
        timer_state.value = "Timer: fired"
        page.update()

    page.add(
        counter,
        ft.ElevatedButton("Count", on_click=count),
        other,
        ft.ElevatedButton("Other", on_click=other_click),
        clock,
        countdown,
        ft.ElevatedButton("Countdown", on_click=start_countdown),
        timer_state,
        Countdown(3),
    )
    threading.Thread(target=tick, daemon=True).start()
    threading.Timer(0.8, fire).start()


ft.app(main)
