"""A counter served by flet_fastapi with a 2-second session timeout, beside an endpoint that
tells how many sessions the process holds, for tests/browser/test_fastapi_in_chromium.py.

When a session ends, its ``page.on_close`` writes the session id to ``$STATS_DIR/closed``, and
a task it started writes ``cancelled`` to ``$STATS_DIR/task`` when it is cancelled."""

import asyncio
import os
from pathlib import Path

import flet as ft
import flet_fastapi

OUT = Path(os.environ["STATS_DIR"])


async def main(page: ft.Page):
    count = ft.Text("0", data=0)

    async def add(e):
        count.data += 1
        count.value = str(count.data)
        await count.update_async()

    def closed(e):
        (OUT / "closed").write_text(page.session_id)

    async def forever():
        try:
            await asyncio.sleep(3600)
        except asyncio.CancelledError:
            (OUT / "task").write_text("cancelled")
            raise

    page.on_close = closed
    page.run_task(forever)
    page.floating_action_button = ft.FloatingActionButton(icon=ft.icons.ADD, on_click=add)
    await page.add_async(count)


app = flet_fastapi.FastAPI()


@app.get("/stats")
def stats() -> dict[str, int]:
    hosts = flet_fastapi.app_manager.hosts()
    return {"sessions": sum(len(host.registry) for host in hosts)}


app.mount("/", flet_fastapi.app(main, session_timeout_seconds=2))
