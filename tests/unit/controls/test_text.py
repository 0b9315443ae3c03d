"""Wire shapes, async-era spellings and events of Text, TextSpan and Icon."""

import flet as ft
from tests.support.loop import run
from tests.support.simclient import start
from tests.support.wire import client_view


def test_text_matches_the_flet_golden_sample():
    label = ft.Text(
        "Hi",
        size=20,
        weight=ft.FontWeight.BOLD,
        color=ft.colors.RED_400,
        text_align=ft.TextAlign.CENTER,
        selectable=True,
    )
    assert client_view(label) == {
        "_c": "Text",
        "value": "Hi",
        "text_align": "center",
        "size": 20,
        "weight": "bold",
        "selectable": True,
        "color": "red400",
    }


def test_text_sends_style_overflow_and_selection_properties():
    label = ft.Text(
        "long",
        style={"italic": True, "size": 12},
        theme_style="headlineSmall",
        max_lines=2,
        overflow=ft.TextOverflow.ELLIPSIS,
        no_wrap=True,
        italic=True,
        font_family="Roboto",
        font_family_fallback=["Noto"],
        bgcolor="yellow",
        semantics_label="long text",
        show_selection_cursor=True,
        selection_cursor_color="red",
        on_tap=lambda e: None,
        on_selection_change=lambda e: None,
    )
    assert client_view(label) == {
        "_c": "Text",
        "value": "long",
        "style": {"italic": True, "size": 12},
        "theme_style": "headlineSmall",
        "max_lines": 2,
        "overflow": "ellipsis",
        "no_wrap": True,
        "italic": True,
        "font_family": "Roboto",
        "font_family_fallback": ["Noto"],
        "bgcolor": "yellow",
        "semantics_label": "long text",
        "show_selection_cursor": True,
        "selection_cursor_color": "red",
        "on_tap": True,
        "on_selection_change": True,
    }


def test_a_number_is_shown_as_text():
    assert client_view(ft.Text(5)) == {"_c": "Text", "value": "5"}


def test_spans_are_text_span_children():
    label = ft.Text(
        spans=[
            ft.TextSpan("one ", {"color": "blue"}),
            ft.TextSpan(
                "link",
                url="https://a.b",
                url_target="blank",
                spans=[ft.TextSpan("!")],
                on_click=lambda e: None,
            ),
        ]
    )
    assert client_view(label) == {
        "_c": "Text",
        "spans": [
            {"_c": "TextSpan", "text": "one ", "style": {"color": "blue"}},
            {
                "_c": "TextSpan",
                "text": "link",
                "spans": [{"_c": "TextSpan", "text": "!"}],
                "on_click": True,
                "url": {"url": "https://a.b", "target": "_blank"},
            },
        ],
    }


def test_a_span_url_without_target_is_a_plain_string():
    label = ft.Text(spans=[ft.TextSpan("x", url="https://a.b", on_enter=lambda e: None)])
    assert client_view(label)["spans"] == [
        {"_c": "TextSpan", "text": "x", "url": "https://a.b", "on_enter": True}
    ]


def test_span_click_reaches_its_handler():
    async def scenario():
        seen = []

        def main(page):
            span = ft.TextSpan("go", on_click=lambda e: seen.append(e.control.text))
            page.add(ft.Text(spans=[span]))

        client, _ = await start(main)
        client.fire(client.find("TextSpan"), "click")
        await client.settle()
        assert seen == ["go"]

    run(scenario())


def test_text_tap_reaches_its_handler_and_changes_are_patched():
    async def scenario():
        def main(page):
            def tapped(e):
                e.control.value = "tapped"

            page.add(ft.Text("tap me", on_tap=tapped))

        client, _ = await start(main)
        client.fire(client.find("Text"), "tap")
        await client.settle()
        assert client.find("Text").props["value"] == "tapped"

    run(scenario())


def test_icon_async_era_name_and_positional_color_and_size():
    assert client_view(ft.Icon(name=ft.icons.ADD)) == {"_c": "Icon", "icon": 65604}
    assert client_view(ft.Icon(ft.Icons.HOME, "pink", 30)) == {
        "_c": "Icon",
        "icon": 69217,
        "color": "pink",
        "size": 30,
    }


def test_icon_sends_its_1_0_5_properties():
    icon = ft.Icon(
        "favorite",
        fill=0.5,
        weight=300,
        grade=1,
        optical_size=24,
        apply_text_scaling=True,
        shadows=[{"blur_radius": 2}],
        semantics_label="fav",
    )
    assert client_view(icon) == {
        "_c": "Icon",
        "icon": 68258,
        "fill": 0.5,
        "weight": 300,
        "grade": 1,
        "optical_size": 24,
        "apply_text_scaling": True,
        "shadows": [{"blur_radius": 2}],
        "semantics_label": "fav",
    }


def test_text_and_spans_take_text_style_objects():
    style = ft.TextStyle(size=12, weight=ft.FontWeight.BOLD, decoration=ft.TextDecoration.UNDERLINE)
    label = ft.Text("x", style=style, spans=[ft.TextSpan("y", style)])
    wire = {"size": 12, "weight": "bold", "decoration": 1}
    assert client_view(label) == {
        "_c": "Text",
        "value": "x",
        "style": wire,
        "spans": [{"_c": "TextSpan", "text": "y", "style": wire}],
    }


def test_async_era_theme_style_given_as_style_is_sent_as_theme_style():
    for style in (ft.TextThemeStyle.HEADLINE_SMALL, "headlineSmall"):
        label = ft.Text("h", style=style)
        assert client_view(label) == {"_c": "Text", "value": "h", "theme_style": "headlineSmall"}
