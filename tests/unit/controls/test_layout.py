"""Wire shapes, async-era spellings and events of the layout controls."""

import flet as ft
from tests.support.loop import run
from tests.support.simclient import start
from tests.support.wire import client_view

BORDER = {"top": {"width": 2, "color": "red"}, "bottom": {"width": 2, "color": "red"}}
GRADIENT = {"_type": "linear", "colors": ["blue", "red"], "begin": {"x": -1, "y": 0}}


def text(value):
    return {"_c": "Text", "value": value}


def test_container_matches_the_flet_golden_sample():
    container = ft.Container(
        content=ft.Text("c"),
        padding=10,
        margin=ft.margin.all(5),
        bgcolor="#eeeeee",
        border_radius=8,
        alignment=ft.alignment.center,
        width=100,
        height=50,
        on_click=lambda e: None,
    )
    assert client_view(container) == {
        "_c": "Container",
        "width": 100,
        "height": 50,
        "margin": {"left": 5, "top": 5, "right": 5, "bottom": 5},
        "content": text("c"),
        "padding": 10,
        "alignment": {"x": 0, "y": 0},
        "bgcolor": "#eeeeee",
        "border_radius": 8,
        "on_click": True,
        "_internals": {"skip_properties": ["width", "height", "margin"]},
    }


def test_container_value_objects_and_events_reach_the_client_as_maps_and_flags():
    container = ft.Container(
        border=BORDER,
        gradient=GRADIENT,
        shadow=[{"blur_radius": 8, "color": "black54"}],
        animate={"duration": 300, "curve": "easeIn"},
        blur=(2, 4),
        shape="circle",
        clip_behavior="antiAlias",
        ink=True,
        ink_color="red",
        ignore_interactions=True,
        theme_mode="dark",
        on_hover=lambda e: None,
        on_long_press=lambda e: None,
        on_tap_down=lambda e: None,
    )
    view = client_view(container)
    view.pop("_internals")
    assert view == {
        "_c": "Container",
        "border": BORDER,
        "gradient": GRADIENT,
        "shadow": [{"blur_radius": 8, "color": "black54"}],
        "animate": {"duration": 300, "curve": "easeIn"},
        "blur": [2, 4],
        "shape": "circle",
        "clip_behavior": "antiAlias",
        "ink": True,
        "ink_color": "red",
        "ignore_interactions": True,
        "theme_mode": "dark",
        "on_hover": True,
        "on_long_press": True,
        "on_tap_down": True,
    }


def test_container_animate_takes_a_duration_or_true():
    assert client_view(ft.Container(animate=300))["animate"] == 300
    assert client_view(ft.Container(animate=True))["animate"] is True


def test_async_era_container_image_fields_become_the_image_map():
    container = ft.Container(
        image_src="images/bg.png", image_fit="cover", image_repeat="repeat", image_opacity=0.5
    )
    assert client_view(container)["image"] == {
        "src": "images/bg.png",
        "fit": "cover",
        "repeat": "repeat",
        "opacity": 0.5,
    }


def test_container_image_src_base64_and_an_image_map_combine():
    container = ft.Container(image={"fit": "contain"}, image_src_base64="iVBORw0KGgo=")
    assert client_view(container)["image"] == {"fit": "contain", "src": "iVBORw0KGgo="}
    assert client_view(ft.Container(image={"src": "a.png"}))["image"] == {"src": "a.png"}


def test_container_url_target_joins_the_url():
    assert client_view(ft.Container(url="https://a.b"))["url"] == "https://a.b"
    joined = client_view(ft.Container(url="https://a.b", url_target="blank"))
    assert joined["url"] == {"url": "https://a.b", "target": "_blank"}
    self_target = client_view(ft.Container(url="https://a.b", url_target="_self"))
    assert self_target["url"] == {"url": "https://a.b", "target": "_self"}


def test_container_positional_arguments_follow_the_async_era_order():
    container = ft.Container(ft.Text("x"), 5, 6, ft.alignment.top_left, "red")
    assert (container.padding, container.margin, container.bgcolor) == (5, 6, "red")
    assert container.alignment == ft.alignment.top_left


def test_container_click_and_hover_reach_the_handlers():
    async def scenario():
        seen = []

        def main(page):
            page.add(
                ft.Container(
                    ft.Text("box"),
                    on_click=lambda e: seen.append(("click", e.data)),
                    on_hover=lambda e: seen.append(("hover", e.data)),
                )
            )

        client, _ = await start(main)
        box = client.find("Container")
        await client.click(box)
        client.fire(box, "hover", True)
        await client.settle()
        assert seen == [("click", None), ("hover", "true")]

    run(scenario())


def test_a_changed_legacy_image_field_patches_the_image_map():
    async def scenario():
        box = ft.Container(image_src="a.png")

        def main(page):
            page.add(box)

        client, _ = await start(main)
        box.image_src = "b.png"
        await box.update()
        await client.settle()
        assert client.find("Container").props["image"] == {"src": "b.png"}

    run(scenario())


def test_column_matches_the_flet_golden_sample():
    column = ft.Column(
        [ft.Text("a"), ft.Text("b")],
        spacing=5,
        alignment=ft.MainAxisAlignment.CENTER,
        horizontal_alignment=ft.CrossAxisAlignment.CENTER,
        scroll=ft.ScrollMode.AUTO,
        expand=True,
    )
    assert client_view(column) == {
        "_c": "Column",
        "expand": True,
        "scroll": "auto",
        "alignment": "center",
        "horizontal_alignment": "center",
        "spacing": 5,
        "_internals": {"host_expanded": True},
        "controls": [text("a"), text("b")],
    }


def test_row_sends_wrapping_and_scrolling_properties():
    row = ft.Row(
        [ft.Text("a")],
        vertical_alignment="start",
        wrap=True,
        tight=True,
        run_spacing=4,
        run_alignment="end",
        auto_scroll=True,
        on_scroll_interval=50,
        intrinsic_height=True,
        on_scroll=lambda e: None,
    )
    assert client_view(row) == {
        "_c": "Row",
        "controls": [text("a")],
        "vertical_alignment": "start",
        "wrap": True,
        "tight": True,
        "run_spacing": 4,
        "run_alignment": "end",
        "auto_scroll": True,
        "scroll_interval": 50,
        "intrinsic_height": True,
        "on_scroll": True,
        "_internals": {"host_expanded": True},
    }


def test_column_positional_arguments_follow_the_async_era_order():
    column = ft.Column([ft.Text("a")], "center", "end", 3)
    view = client_view(column)
    assert (view["alignment"], view["horizontal_alignment"], view["spacing"]) == (
        "center",
        "end",
        3,
    )


def test_a_scroll_event_reads_its_fields_as_attributes():
    async def scenario():
        seen = []

        def main(page):
            page.add(ft.ListView([ft.Text("x")], on_scroll=lambda e: seen.append(e.pixels)))

        client, _ = await start(main)
        data = {"event_type": "update", "pixels": 42.0, "min_scroll_extent": 0.0}
        client.fire(client.find("ListView"), "scroll", data)
        await client.settle()
        assert seen == [42.0]

    run(scenario())


def test_stack_positions_its_children():
    stack = ft.Stack([ft.Text("p", left=10, top=20)], fit="expand", clip_behavior="none")
    assert client_view(stack) == {
        "_c": "Stack",
        "controls": [{"_c": "Text", "value": "p", "left": 10, "top": 20}],
        "fit": "expand",
        "clip_behavior": "none",
        "_internals": {"host_positioned": True},
    }


def test_list_view_shape():
    lv = ft.ListView(
        [ft.Text("a")],
        spacing=3,
        padding=ft.padding.symmetric(horizontal=4),
        item_extent=20,
        divider_thickness=1,
        reverse=True,
        horizontal=True,
        build_controls_on_demand=False,
        auto_scroll=True,
        expand=1,
    )
    assert client_view(lv) == {
        "_c": "ListView",
        "controls": [text("a")],
        "spacing": 3,
        "padding": {"left": 4, "top": 0, "right": 4, "bottom": 0},
        "item_extent": 20,
        "divider_thickness": 1,
        "reverse": True,
        "horizontal": True,
        "build_controls_on_demand": False,
        "auto_scroll": True,
        "expand": 1,
    }


def test_grid_view_shape():
    grid = ft.GridView(
        [ft.Text("a")], runs_count=3, max_extent=150, child_aspect_ratio=1.5, run_spacing=5
    )
    assert client_view(grid) == {
        "_c": "GridView",
        "controls": [text("a")],
        "runs_count": 3,
        "max_extent": 150,
        "child_aspect_ratio": 1.5,
        "run_spacing": 5,
    }


def test_responsive_row_children_take_a_col_number_or_breakpoint_map():
    row = ft.ResponsiveRow(
        [ft.Text("a", col={"sm": 6, "md": 4}), ft.Text("b", col=12)],
        columns=12,
        spacing={"xs": 5, "md": 10},
        run_spacing=5,
        breakpoints={"sm": 500},
    )
    assert client_view(row) == {
        "_c": "ResponsiveRow",
        "controls": [
            {"_c": "Text", "value": "a", "col": {"sm": 6, "md": 4}},
            {"_c": "Text", "value": "b", "col": 12},
        ],
        "columns": 12,
        "spacing": {"xs": 5, "md": 10},
        "run_spacing": 5,
        "breakpoints": {"sm": 500},
    }


def test_safe_area_async_era_side_flags_and_minimum():
    area = ft.SafeArea(ft.Text("s"), left=False, bottom=False, minimum=ft.padding.all(5))
    assert client_view(area) == {
        "_c": "SafeArea",
        "content": text("s"),
        "avoid_intrusions_left": False,
        "avoid_intrusions_bottom": False,
        "minimum_padding": {"left": 5, "top": 5, "right": 5, "bottom": 5},
    }


def test_safe_area_numbers_still_position_it():
    area = ft.SafeArea(ft.Text("s"), top=5, maintain_bottom_view_padding=True)
    view = client_view(area, place=lambda page, c: page.add(ft.Stack([c])))
    assert view == {
        "_c": "SafeArea",
        "content": text("s"),
        "top": 5,
        "maintain_bottom_view_padding": True,
    }


def test_container_takes_the_value_classes():
    container = ft.Container(
        border=ft.border.all(2, ft.colors.RED),
        gradient=ft.LinearGradient(
            colors=["blue", "red"], begin=ft.alignment.center_left, end=ft.alignment.center_right
        ),
        shadow=ft.BoxShadow(blur_radius=8, color="black54", offset=ft.Offset(2, 2)),
        animate=ft.animation.Animation(300, ft.AnimationCurve.EASE_IN),
        blur=ft.Blur(2, 4),
        image=ft.DecorationImage(src="bg.png", fit=ft.ImageFit.COVER),
        image_opacity=0.5,
    )
    view = client_view(container)
    side = {"width": 2, "color": "red"}
    assert view["border"] == {"top": side, "right": side, "bottom": side, "left": side}
    assert view["gradient"] == {
        "_type": "linear",
        "colors": ["blue", "red"],
        "begin": {"x": -1, "y": 0},
        "end": {"x": 1, "y": 0},
    }
    assert view["shadow"] == {"blur_radius": 8, "color": "black54", "offset": {"x": 2, "y": 2}}
    assert view["animate"] == {"duration": 300, "curve": "easeIn"}
    assert view["blur"] == {"sigma_x": 2, "sigma_y": 4}
    assert view["image"] == {"src": "bg.png", "fit": "cover", "opacity": 0.5}


def test_container_url_target_takes_the_enum():
    view = client_view(ft.Container(url="https://a.b", url_target=ft.UrlTarget.BLANK))
    assert view["url"] == {"url": "https://a.b", "target": "_blank"}


def test_async_era_scroll_true_means_auto():
    assert client_view(ft.Column([ft.Text("a")], scroll=True))["scroll"] == "auto"
    assert "scroll" not in client_view(ft.Row([ft.Text("a")], scroll=False))
    scrollbar = {"thumb_visibility": True}
    assert client_view(ft.ListView([ft.Text("a")], scroll=scrollbar))["scroll"] == scrollbar


def test_scroll_to_calls_the_client_from_sync_and_async_code():
    async def scenario():
        lv = ft.ListView([ft.Text(str(i), key=f"i{i}") for i in range(30)], height=100)

        async def go_end(e):
            await lv.scroll_to_async(offset=-1, duration=300)

        def main(page):
            page.add(lv, ft.ElevatedButton("end", on_click=go_end))
            lv.scroll_to(key="i20", duration=500)  # sync: an awaitable that may be ignored
            page.scroll_to(delta=40)

        client, _ = await start(main, methods={"scroll_to": lambda c, args: None})
        await client.settle(0.6)
        await client.click(client.find("Button", "end"))
        return [(c["name"], client.index[c["control_id"]].type, c["args"]) for c in client.calls()]

    assert run(scenario()) == [
        ("scroll_to", "ListView", {"scroll_key": "i20", "duration": 500, "curve": "ease"}),
        ("scroll_to", "View", {"delta": 40, "duration": 0, "curve": "ease"}),
        ("scroll_to", "ListView", {"offset": -1, "duration": 300, "curve": "ease"}),
    ]


def test_a_page_with_scroll_true_scrolls_automatically_as_in_the_async_era():
    async def scenario():
        def main(page):
            page.scroll = True
            page.add(ft.Text("x"))

        client, _ = await start(main)
        return client.page.props["views"][0].props["scroll"]

    assert run(scenario()) == "auto"
