"""Wire shapes, async-era spellings and events of Card, dividers, ExpansionTile, Placeholder."""

import flet as ft
from flet.protocol import Action
from tests.support.loop import run
from tests.support.simclient import start
from tests.support.wire import client_view


def text(value):
    return {"_c": "Text", "value": value}


def test_card_applies_its_own_margin_and_takes_the_async_era_color():
    card = ft.Card(
        ft.Text("c"),
        margin=10,
        elevation=4,
        color="blue50",
        shadow_color="black",
        is_semantic_container=False,
        shape={"_type": "roundedRectangle", "radius": 8},
        variant="outlined",
        surface_tint_color="red",
    )
    assert client_view(card) == {
        "_c": "Card",
        "content": text("c"),
        "margin": 10,
        "elevation": 4,
        "bgcolor": "blue50",
        "shadow_color": "black",
        "semantic_container": False,
        "shape": {"_type": "roundedRectangle", "radius": 8},
        "variant": "outlined",
        "_internals": {"skip_properties": ["margin"]},
    }
    assert card.color == card.bgcolor == "blue50"


def test_divider_and_vertical_divider_shapes():
    assert client_view(ft.Divider(10, 2, "red", leading_indent=5, radius=1)) == {
        "_c": "Divider",
        "height": 10,
        "thickness": 2,
        "color": "red",
        "leading_indent": 5,
        "radius": 1,
    }
    assert client_view(ft.VerticalDivider(width=8, thickness=1, trailing_indent=3)) == {
        "_c": "VerticalDivider",
        "width": 8,
        "thickness": 1,
        "trailing_indent": 3,
    }


def test_expansion_tile_shape_and_async_era_initially_expanded():
    tile = ft.ExpansionTile(
        title=ft.Text("t"),
        subtitle=ft.Text("s"),
        leading=ft.Icon(ft.icons.INFO),
        controls=[ft.Text("child")],
        initially_expanded=True,
        affinity="leading",
        controls_padding=4,
        collapsed_bgcolor="grey100",
        maintain_state=True,
        on_change=lambda e: None,
    )
    view = client_view(tile)
    assert view == {
        "_c": "ExpansionTile",
        "title": text("t"),
        "subtitle": text("s"),
        "leading": {"_c": "Icon", "icon": view["leading"]["icon"]},
        "controls": [text("child")],
        "expanded": True,
        "affinity": "leading",
        "controls_padding": 4,
        "collapsed_bgcolor": "grey100",
        "maintain_state": True,
        "on_change": True,
    }
    assert isinstance(view["leading"]["icon"], int)


def test_collapsing_an_expansion_tile_is_seen_in_python_inside_on_change():
    async def scenario():
        seen = []

        def main(page):
            page.add(
                ft.ExpansionTile(
                    title=ft.Text("t"),
                    initially_expanded=True,
                    on_change=lambda e: seen.append((e.data, e.control.expanded)),
                )
            )

        client, _ = await start(main)
        tile = client.find("ExpansionTile")
        before = len(client.patches())
        client.send(Action.UPDATE_CONTROL_PROPS, {"id": tile.id, "props": {"expanded": False}})
        client.fire(tile, "change", False)
        await client.settle()
        assert seen == [("false", False)]
        assert len(client.patches()) == before  # the echo is not sent back

    run(scenario())


def test_placeholder_shape():
    holder = ft.Placeholder(fallback_height=60, fallback_width=120, color="red", stroke_width=1)
    assert client_view(holder) == {
        "_c": "Placeholder",
        "fallback_height": 60,
        "fallback_width": 120,
        "color": "red",
        "stroke_width": 1,
    }


def test_card_takes_shape_and_variant_values():
    card = ft.Card(shape=ft.RoundedRectangleBorder(radius=8), variant=ft.CardVariant.FILLED)
    view = client_view(card)
    assert view["shape"] == {"_type": "roundedRectangle", "radius": 8}
    assert view["variant"] == "filled"
