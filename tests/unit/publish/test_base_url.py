"""--base-url takes a URL path only; anything else is an OptionError that says what is wrong."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pytest

from flet.publish import OptionError
from flet.publish.plan import normalize_base_url
from tests.unit.publish._support import Publish

pytestmark = pytest.mark.host_only


@pytest.mark.parametrize(
    ("value", "normalized"),
    [
        ("", "/"),
        ("/", "/"),
        ("app", "/app/"),
        ("/app", "/app/"),
        ("/app/", "/app/"),
        ("/user/my-app_v2.0~x/", "/user/my-app_v2.0~x/"),
        ("/caf%C3%A9/", "/caf%C3%A9/"),
        ("/a:b@c!$&()*+,;=/", "/a:b@c!$&()*+,;=/"),
    ],
)
def test_paths_are_normalized(value: str, normalized: str) -> None:
    assert normalize_base_url(value) == normalized


@pytest.mark.parametrize(
    ("value", "problem"),
    [
        ("https://example.com/app/", "is a URL, not a path (leave out the scheme and host)"),
        ("javascript:alert(1)", "is a URL, not a path"),
        ("localhost:8000/app", "is a URL, not a path"),
        ("//cdn.example.com/app/", "starts with //, which a browser reads as a host name"),
        ("/app/?v=1", "has a query (?...), which a base path cannot have"),
        ("/app/#top", "has a fragment (#...), which a base path cannot have"),
        ('/app/"><script>', "contains '\"', which a URL path cannot hold"),
        ("/a<b/", "contains '<', which a URL path cannot hold"),
        ("/a>b/", "contains '>', which a URL path cannot hold"),
        ("/it's/", 'contains "\'", which a URL path cannot hold'),
        ("/a\\b/", "contains '\\\\', which a URL path cannot hold"),
        ("/a`b/", "contains '`', which a URL path cannot hold"),
        ("/my app/", "contains whitespace (percent-encode a space as %20)"),
        (" /app/", "contains whitespace"),
        ("/app/\n", "contains the control character '\\n'"),
        ("/a\x00b/", "contains the control character '\\x00'"),
        ("/a\x7fb/", "contains the control character '\\x7f'"),
        ("/café/", "contains 'é' (percent-encode it, e.g. %C3%A9)"),
        ("/app/../etc/", "has a '..' segment (give the path itself)"),
        ("/./app/", "has a '.' segment"),
        ("/..", "has a '..' segment"),
        ("/a//b/", "has an empty segment (//)"),
        ("/100%/", "has a '%' that is not followed by two hex digits (write '%' as %25)"),
    ],
)
def test_anything_but_a_path_is_refused_with_the_reason(value: str, problem: str) -> None:
    with pytest.raises(OptionError) as info:
        normalize_base_url(value)
    assert str(info.value).startswith(f"--base-url {value!r} {problem}")
    assert "e.g. --base-url /myapp/" in info.value.fix


def test_publish_refuses_a_bad_base_url_before_writing_anything(
    tmp_path: Path, make_app: Callable[..., Path], run_publish: Publish
) -> None:
    with pytest.raises(OptionError, match="cannot hold"):
        run_publish(make_app(), base_url='/x"onload="alert(1)')
    assert not (tmp_path / "dist").exists()
