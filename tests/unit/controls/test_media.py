"""Wire shapes, async-era spellings and events of Image, Markdown, CircleAvatar, progress."""

import pytest

import flet as ft
from tests.support.loop import run
from tests.support.simclient import start
from tests.support.wire import client_view

SKIP_SIZE = {"skip_properties": ["width", "height"]}
PNG_B64 = (
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAE"
    "hQGAhKmMIQAAAABJRU5ErkJggg=="
)


def test_image_from_the_assets_folder_sizes_itself():
    image = ft.Image(src="/icons/icon.png", width=48, height=32, fit=ft.ImageFit.COVER)
    assert client_view(image) == {
        "_c": "Image",
        "width": 48,
        "height": 32,
        "fit": "cover",
        "src": "/icons/icon.png",
        "_internals": SKIP_SIZE,
    }


def test_image_sends_its_1_0_5_properties():
    image = ft.Image(
        src="https://a.b/x.png",
        repeat="repeatX",
        border_radius=ft.border_radius.all(4),
        color="red",
        color_blend_mode="modulate",
        gapless_playback=True,
        semantics_label="x",
        filter_quality="high",
        error_content=ft.Text("broken"),
        placeholder_src="loading.png",
        cache_width=100,
        anti_alias=True,
    )
    view = client_view(image)
    assert view == {
        "_c": "Image",
        "src": "https://a.b/x.png",
        "repeat": "repeatX",
        "border_radius": {"top_left": 4, "top_right": 4, "bottom_left": 4, "bottom_right": 4},
        "color": "red",
        "color_blend_mode": "modulate",
        "gapless_playback": True,
        "semantics_label": "x",
        "filter_quality": "high",
        "error_content": {"_c": "Text", "value": "broken"},
        "placeholder_src": "loading.png",
        "cache_width": 100,
        "anti_alias": True,
        "_internals": SKIP_SIZE,
    }


def test_image_bytes_are_sent_as_bytes():
    assert client_view(ft.Image(src=b"\x89PNG"))["src"] == b"\x89PNG"


def test_async_era_src_base64_is_sent_as_src_and_wins_over_src():
    assert client_view(ft.Image(src_base64=PNG_B64))["src"] == PNG_B64
    wrapped = PNG_B64[:40] + "\n" + PNG_B64[40:]
    assert client_view(ft.Image(src="/x.png", src_base64=wrapped))["src"] == PNG_B64
    assert client_view(ft.Image(src="/x.png", src_base64=None))["src"] == "/x.png"


def test_setting_src_base64_later_patches_src():
    async def scenario():
        image = ft.Image(src="/loading.png")

        def main(page):
            page.add(image)

        client, _ = await start(main)
        image.src_base64 = PNG_B64
        await image.update()
        await client.settle()
        assert client.find("Image").props["src"] == PNG_B64

    run(scenario())


def test_markdown_shape_and_async_era_names():
    md = ft.Markdown(
        "# Title",
        selectable=True,
        extension_set="gitHubWeb",
        code_theme="atom-one-dark",
        code_style={"font_family": "monospace"},
        img_error_content=ft.Text("no image"),
        auto_follow_links=True,
        on_tap_link=lambda e: None,
    )
    assert client_view(md) == {
        "_c": "Markdown",
        "value": "# Title",
        "selectable": True,
        "extension_set": "gitHubWeb",
        "code_theme": "atom-one-dark",
        "auto_follow_links": True,
        "image_error_content": {"_c": "Text", "value": "no image"},
        "on_tap_link": True,
        "code_style_sheet": {"code_text_style": {"font_family": "monospace"}},
    }


def test_markdown_code_style_sheet_is_sent_as_given():
    sheet = {"code_text_style": {"size": 12}, "codeblock_padding": 4}
    md = ft.Markdown("x", code_style_sheet=sheet, md_style_sheet={"block_spacing": 2})
    view = client_view(md)
    assert view["code_style_sheet"] == sheet
    assert view["md_style_sheet"] == {"block_spacing": 2}


def test_markdown_link_tap_gives_the_url():
    async def scenario():
        seen = []

        def main(page):
            page.add(ft.Markdown("[a](https://a.b)", on_tap_link=lambda e: seen.append(e.data)))

        client, _ = await start(main)
        client.fire(client.find("Markdown"), "tap_link", "https://a.b")
        await client.settle()
        assert seen == ["https://a.b"]

    run(scenario())


def test_circle_avatar_shape_and_async_era_image_urls():
    avatar = ft.CircleAvatar(
        content=ft.Text("AB"),
        foreground_image_url="/me.png",
        background_image_url="https://a.b/bg.png",
        bgcolor="green",
        color="white",
        radius=24,
        on_image_error=lambda e: None,
    )
    assert client_view(avatar) == {
        "_c": "CircleAvatar",
        "content": {"_c": "Text", "value": "AB"},
        "foreground_image_src": "/me.png",
        "background_image_src": "https://a.b/bg.png",
        "bgcolor": "green",
        "color": "white",
        "radius": 24,
        "on_image_error": True,
    }
    assert avatar.foreground_image_src == "/me.png"


def test_progress_bar_without_value_is_indeterminate():
    assert client_view(ft.ProgressBar(width=300)) == {"_c": "ProgressBar", "width": 300}
    bar = ft.ProgressBar(value=0.4, bar_height=8, color="amber", bgcolor="#eeeeee")
    assert client_view(bar) == {
        "_c": "ProgressBar",
        "value": 0.4,
        "bar_height": 8,
        "color": "amber",
        "bgcolor": "#eeeeee",
    }


def test_progress_ring_shape():
    ring = ft.ProgressRing(value=0.6, stroke_width=6, stroke_cap="round", semantics_label="p")
    assert client_view(ring) == {
        "_c": "ProgressRing",
        "value": 0.6,
        "stroke_width": 6,
        "stroke_cap": "round",
        "semantics_label": "p",
    }


def test_progress_value_changes_are_patched():
    async def scenario():
        bar = ft.ProgressBar(value=0)

        def main(page):
            page.add(bar)

        client, _ = await start(main)
        for step in (0.5, None):
            bar.value = step
            await bar.update()
            await client.settle()
            assert client.find("ProgressBar").props.get("value") == step

    run(scenario())


def test_markdown_takes_style_sheets_and_code_themes():
    md = ft.Markdown(
        "x",
        extension_set=ft.MarkdownExtensionSet.GITHUB_WEB,
        code_theme=ft.MarkdownCodeTheme.ATOM_ONE_DARK,
        md_style_sheet=ft.MarkdownStyleSheet(block_spacing=4, h1_text_style=ft.TextStyle(size=30)),
        code_style=ft.TextStyle(size=12),
    )
    view = client_view(md)
    assert (view["extension_set"], view["code_theme"]) == ("gitHubWeb", "atom-one-dark")
    assert view["md_style_sheet"] == {"block_spacing": 4, "h1_text_style": {"size": 30}}
    assert view["code_style_sheet"] == {"code_text_style": {"size": 12}}
    custom = ft.MarkdownCustomCodeTheme(keyword=ft.TextStyle(color="red"))
    assert client_view(ft.Markdown("y", code_theme=custom))["code_theme"] == {
        "keyword": {"color": "red"}
    }


def test_a_style_sheet_field_that_does_not_exist_names_the_nearest():
    with pytest.raises(TypeError, match="did you mean 'code_text_style'"):
        ft.MarkdownStyleSheet(code_style=ft.TextStyle(size=12))
