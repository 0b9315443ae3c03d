"""The four seed examples of the specification, run over the in-memory transport."""

from tests.support.apps import EXAMPLES, load_main
from tests.support.loop import run
from tests.support.simclient import start


def test_hello_async_world_is_in_the_first_frame():
    async def scenario():
        client, _ = await start(load_main(EXAMPLES / "hello.py"))
        # the register reply itself carried the UI: the first frame shows the app
        first = client.log[0][1]["page_patch"]["views"][0]["controls"]
        assert first[0]["value"] == "Hello, async world!"
        assert client.texts() == ["Hello, async world!"]

    run(scenario())


def test_counter_reads_0_and_ten_clicks_give_10():
    async def scenario():
        client, _ = await start(load_main(EXAMPLES / "counter.py"))
        assert client.texts() == ["0"]
        fab = client.find("FloatingActionButton")
        for _ in range(10):
            await client.click(fab)
        assert client.texts() == ["10"]

    run(scenario())


def test_hello_with_delay_shows_hello_about_a_second_after_the_click():
    async def scenario():
        client, _ = await start(load_main(EXAMPLES / "hello_delay.py"))
        await client.click(client.find("Button", "Say hello with delay!"))
        await client.settle(0.9)
        assert "Hello!" not in client.texts()
        await client.settle(0.2)
        assert client.texts() == ["Say hello with delay!", "Hello!"]

    run(scenario())


def test_both_countdowns_tick_down():
    async def scenario():
        client, _ = await start(load_main(EXAMPLES / "countdown.py"))
        assert client.texts() == ["02:00", "01:00"]
        await client.settle(3)
        assert client.texts() == ["01:57", "00:57"]
        await client.settle(60)
        assert client.texts()[1] == "00:01"

    run(scenario())


def test_resize_events_reach_on_resize_with_the_new_size(capsys):
    async def scenario():
        client, _ = await start(load_main(EXAMPLES / "resize.py"))
        await client.resize(640, 480)
        assert client.texts() == ["size: 640x480"]

    run(scenario())
    assert "New page size: 640 480" in capsys.readouterr().out
