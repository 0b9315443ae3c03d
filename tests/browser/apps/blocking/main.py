"""Sync code of the era that sleeps and starts threads, in the browser (pyodide_runtime.blocking):
a handler that counts with time.sleep, a clock on a daemon Thread, a countdown Thread started
by a click, a threading.Timer, and a button that must answer while they all wait."""

import threading
import time

import flet as ft


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
    )
    threading.Thread(target=tick, daemon=True).start()
    threading.Timer(0.8, fire).start()


ft.app(main)
