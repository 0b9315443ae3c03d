"""The documented deployment with the real engines (tests/server/deployment.py: a
``redis-server``, two uvicorn processes of examples/deploy/chat.py, nginx with
examples/deploy/nginx-flet.conf in front, all on 127.0.0.1). Clients speak the 1.0.5 protocol
over real WebSockets through nginx under /chat/, with the affinity cookie nginx gave them."""

from __future__ import annotations

import asyncio
import re
import urllib.request
from collections.abc import Iterator

import pytest

from tests.server.deployment import COOKIE, Deployment, deployed
from tests.server.wsclient import over_websocket, shows, until
from tests.support.simclient import CControl, SimClient

pytestmark = pytest.mark.host_only


@pytest.fixture(scope="module")
def deployment(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Deployment]:
    with deployed(tmp_path_factory.mktemp("deploy")) as started:
        yield started


def field(client: SimClient, label: str) -> CControl:
    return next(c for c in client.find_all("TextField") if c.props.get("label") == label)


async def join(client: SimClient, name: str) -> None:
    await client.type_text(field(client, "Your name"), name)
    await client.click(client.find(text="Join"))


async def say(client: SimClient, text: str) -> None:
    await client.type_text(field(client, "Write a message"), text)
    await client.click(client.find(text="Send"))


def test_the_page_is_served_under_the_sub_path_with_an_affinity_cookie(deployment: Deployment):
    with urllib.request.urlopen(deployment.base, timeout=10) as response:
        html = response.read().decode()
        cookie = response.headers["Set-Cookie"]
    assert '<base href="/chat/">' in html
    assert "/chat/ws" in html  # the client's WebSocket goes through nginx too
    assert re.match(rf"{COOKIE}=[0-9a-f]{{32}}; Path=/chat/; HttpOnly", cookie)
    key = cookie.split(";")[0].split("=")[1]
    assert deployment.upstream_of(key) == deployment.upstream_of(key)  # the cookie pins
    request = urllib.request.Request(f"http://127.0.0.1:{deployment.nginx.port}/chat")
    opener = urllib.request.build_opener(NoRedirect)
    with pytest.raises(urllib.error.HTTPError) as redirect:
        opener.open(request, timeout=10)
    redirect.value.close()
    assert redirect.value.code == 301 and redirect.value.headers["Location"].endswith("/chat/")


class NoRedirect(urllib.request.HTTPRedirectHandler):
    def redirect_request(self, *args: object, **kwargs: object) -> None:
        return None


def test_a_client_that_reconnects_20_times_keeps_its_session_each_time(deployment: Deployment):
    key = "reconnecting-client"
    upstream = deployment.upstream_of(key)
    headers = {"Cookie": f"{COOKIE}={key}"}

    async def scenario() -> None:
        async with over_websocket(deployment.ws, headers) as client:
            session_id = client.session_id
            await join(client, "Ann")
            await shows(client, "Ann has joined the chat.")
        assert session_id
        for n in range(20):
            async with over_websocket(deployment.ws, headers, session_id) as client:
                assert client.session_id == session_id, f"reconnect {n + 1} got a new session"
                # the whole page comes back with the reply: what this session did is there
                assert client.texts().count("Ann has joined the chat.") == 1
                await say(client, f"line {n + 1}")
                await shows(client, f"Ann: line {n + 1}")
                assert client.texts().count(f"Ann: line {n + 1}") == 1

    asyncio.run(scenario())

    def ours(lines: list[tuple[str, ...]]) -> list[tuple[str, ...]]:
        return [r for r in lines if r[0] == "/chat/ws" and r[3] == key]

    sockets = ours(deployment.routed_once(lambda lines: len(ours(lines)) >= 21))
    assert len(sockets) == 21 and {r[2] for r in sockets} == {upstream}


def test_a_pubsub_message_crosses_to_the_other_process_and_arrives_once(
    deployment: Deployment,
):
    one, two = deployment.keys_on_two_processes()

    async def scenario() -> None:
        async with (
            over_websocket(deployment.ws, {"Cookie": f"{COOKIE}={one}"}) as ann,
            over_websocket(deployment.ws, {"Cookie": f"{COOKIE}={two}"}) as bob,
        ):
            await join(ann, "Ann")
            await shows(bob, "Ann has joined the chat.")  # crossed through Redis
            await join(bob, "Bob")
            await shows(ann, "Bob has joined the chat.")
            await say(ann, "hello from the first process")
            await shows(bob, "Ann: hello from the first process")
            await shows(ann, "Ann: hello from the first process")
            await asyncio.sleep(0.5)  # time for a duplicate to show up, if there were one
            for client in (ann, bob):
                texts = client.texts()
                assert texts.count("Ann: hello from the first process") == 1
                assert texts.count("Ann has joined the chat.") == 1
                assert texts.count("Bob has joined the chat.") == 1

    asyncio.run(scenario())
    lines = deployment.routed_once(
        lambda lines: {one, two} <= {r[3] for r in lines if r[0] == "/chat/ws"}
    )
    ws = {r[3]: r[2] for r in lines if r[0] == "/chat/ws"}
    assert ws[one] != ws[two]  # the two sessions really lived in two processes


def test_sessions_live_through_a_redis_outage_and_pubsub_crosses_again_after_it(
    deployment: Deployment,
):
    one, two = deployment.keys_on_two_processes()
    headers_one = {"Cookie": f"{COOKIE}={one}"}

    async def scenario() -> None:
        async with over_websocket(deployment.ws, {"Cookie": f"{COOKIE}={two}"}) as bob:
            async with over_websocket(deployment.ws, headers_one) as ann:
                session_id = ann.session_id
                await join(ann, "Cleo")
                await shows(bob, "Cleo has joined the chat.")

                lost_before = deployment.app_logs().count("lost Redis")
                deployment.redis.stop()
                await say(ann, "said while Redis is away")
                await shows(ann, "Cleo: said while Redis is away")  # its own process: served
            async with over_websocket(deployment.ws, headers_one, session_id) as ann:
                assert ann.session_id == session_id  # and a reconnect keeps the session
                assert "Cleo: said while Redis is away" in ann.texts()
            await until(
                lambda: deployment.app_logs().count("lost Redis") >= lost_before + 2,
                "both processes to log that Redis went away",
            )

            back_before = deployment.app_logs().count("is back")
            await asyncio.to_thread(deployment.redis.start)
            await until(
                lambda: deployment.app_logs().count("is back") >= back_before + 2,
                "both processes to log that Redis is back",
            )
            async with over_websocket(deployment.ws, headers_one, session_id) as ann:
                assert ann.session_id == session_id
                await say(ann, "said after Redis came back")
                await shows(bob, "Cleo: said after Redis came back")
                await asyncio.sleep(0.5)
                assert bob.texts().count("Cleo: said after Redis came back") == 1

    asyncio.run(scenario())
