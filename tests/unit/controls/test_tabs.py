"""Tabs: the async-era ``Tabs(tabs=[Tab(text, content)])`` reaches the client in the 1.0.5 shape.

The 1.0.5 client draws ``Tabs{length, selected_index, content}`` whose content is a column of
a ``TabBar{tabs: [Tab{label, icon}]}`` and a ``TabBarView{controls}`` (protocol §12.3, the
1.0.5 SDK's Tabs example). Its Tabs state echoes ``selected_index`` and sends ``change`` with
the index on the Tabs control; the TabBar sends ``click`` with the index.
"""

import pytest

import flet as ft
from flet.protocol import Action
from tests.support.loop import run
from tests.support.simclient import start
from tests.support.wire import client_view

ADD, SEARCH, SETTINGS = 65604, 72141, 72245


def column(*controls):
    return {
        "_c": "Column",
        "expand": True,
        "spacing": 0,
        "_internals": {"host_expanded": True},
        "controls": list(controls),
    }


def test_async_era_tabs_become_tabs_with_a_bar_and_a_view():
    tabs = ft.Tabs(
        selected_index=1,
        animation_duration=300,
        tabs=[
            ft.Tab(text="A", icon=ft.Icons.ADD, content=ft.Text("a")),
            ft.Tab(text="B", content=ft.Text("b")),
        ],
        expand=1,
        on_change=print,
    )
    assert client_view(tabs) == {
        "_c": "Tabs",
        "expand": 1,
        "selected_index": 1,
        "length": 2,
        "animation_duration": 300,
        "on_change": True,
        "content": column(
            {
                "_c": "TabBar",
                "tabs": [
                    {"_c": "Tab", "label": "A", "icon": ADD},
                    {"_c": "Tab", "label": "B"},
                ],
            },
            {
                "_c": "TabBarView",
                "expand": True,
                "controls": [{"_c": "Text", "value": "a"}, {"_c": "Text", "value": "b"}],
            },
        ),
    }


def test_tab_spellings_label_and_icon_as_text_code_or_control():
    tabs = ft.Tabs(
        [
            ft.Tab("Positional", ft.Text("p")),
            ft.Tab(tab_content=ft.Icon(ft.Icons.SEARCH), content=ft.Text("s")),
            ft.Tab(label="Label", icon=ft.Icon(ft.Icons.SETTINGS), height=80),
            ft.Tab(label=ft.Text("Rich label")),
        ]
    )
    bar, view = client_view(tabs)["content"]["controls"]
    assert bar["tabs"] == [
        {"_c": "Tab", "label": "Positional"},
        {"_c": "Tab", "label": {"_c": "Icon", "icon": SEARCH}},
        {"_c": "Tab", "label": "Label", "icon": {"_c": "Icon", "icon": SETTINGS}, "height": 80},
        {"_c": "Tab", "label": {"_c": "Text", "value": "Rich label"}},
    ]
    # a tab without content shows a blank, so the bar and the view have the same length
    assert view["controls"] == [
        {"_c": "Text", "value": "p"},
        {"_c": "Text", "value": "s"},
        {"_c": "Container"},
        {"_c": "Container"},
    ]


def test_tabs_without_any_content_are_a_bar_only():
    tabs = ft.Tabs(tabs=[ft.Tab("A"), ft.Tab("B")])
    assert client_view(tabs) == {
        "_c": "Tabs",
        "length": 2,
        "content": column(
            {"_c": "TabBar", "tabs": [{"_c": "Tab", "label": "A"}, {"_c": "Tab", "label": "B"}]}
        ),
    }


def test_async_era_bar_properties_move_to_the_tab_bar_and_view():
    tabs = ft.Tabs(
        tabs=[ft.Tab("A", ft.Text("a"))],
        scrollable=False,
        tab_alignment=ft.TabAlignment.CENTER,
        is_secondary=True,
        indicator_tab_size=False,
        indicator_color="red",
        indicator_thickness=3,
        indicator_border_radius=4,
        label_color="blue",
        unselected_label_color="grey",
        divider_color="green",
        clip_behavior=ft.ClipBehavior.NONE,
    )
    view = client_view(tabs)
    assert set(view) == {"_c", "length", "content"}
    bar, tab_view = view["content"]["controls"]
    assert bar == {
        "_c": "TabBar",
        "scrollable": False,
        "tab_alignment": "center",
        "secondary": True,
        "indicator_size": "label",
        "indicator_color": "red",
        "indicator_thickness": 3,
        "indicator": {"border_side": {"width": 3, "color": "red"}, "border_radius": 4},
        "label_color": "blue",
        "unselected_label_color": "grey",
        "divider_color": "green",
        "tabs": [{"_c": "Tab", "label": "A"}],
    }
    assert tab_view["clip_behavior"] == "none"


async def user_selects(client, tabs, index):
    """What the 1.0.5 client does when the user picks tab ``index``."""
    bar = tabs.props["content"].props["controls"][0]
    if bar.props.get("on_click"):
        client.fire(bar, "click", index)
    client.send(Action.UPDATE_CONTROL_PROPS, {"id": tabs.id, "props": {"selected_index": index}})
    tabs.props["selected_index"] = index
    client.fire(tabs, "change", index)
    await client.settle()


def test_switching_tabs_updates_selected_index_before_on_change():
    async def scenario():
        seen = []
        tabs = ft.Tabs(
            tabs=[ft.Tab("A", ft.Text("a")), ft.Tab("B", ft.Text("b"))],
            on_change=lambda e: seen.append(("change", e.data, e.control.selected_index)),
            on_click=lambda e: seen.append(("click", e.data, type(e.control).__name__)),
        )

        def main(page):
            page.add(tabs)

        client, _ = await start(main)
        before = len(client.patches())
        await user_selects(client, client.find("Tabs"), 1)
        assert seen == [("click", "1", "Tabs"), ("change", "1", 1)]
        assert tabs.selected_index == 1
        assert len(client.patches()) == before  # the echo is not sent back

    run(scenario())


def test_selecting_a_tab_from_python_is_one_small_patch():
    async def scenario():
        tabs = ft.Tabs(tabs=[ft.Tab("A", ft.Text("a")), ft.Tab("B", ft.Text("b"))])

        def main(page):
            page.add(tabs)

        client, _ = await start(main)
        tabs.selected_index = 1
        await tabs.update()
        await client.settle()
        assert client.patches()[-1]["patch"][1:] == [[0, 0, "selected_index", 1]]

    run(scenario())


def test_adding_a_tab_keeps_the_ids_of_what_was_shown():
    async def scenario():
        tabs = ft.Tabs(tabs=[ft.Tab("A", ft.Text("a"))])

        def main(page):
            page.add(tabs)

        client, _ = await start(main)
        shown = client.find("Tabs")
        bar, view = shown.props["content"].props["controls"]
        first_tab = bar.props["tabs"][0]
        tabs.tabs.append(ft.Tab("B", ft.Text("b")))
        await tabs.update()
        await client.settle()
        assert shown.props["length"] == 2
        assert shown.props["content"].props["controls"] == [bar, view]
        assert bar.props["tabs"][0] is first_tab
        assert [t.props["label"] for t in bar.props["tabs"]] == ["A", "B"]
        assert [c.props["value"] for c in view.props["controls"]] == ["a", "b"]

    run(scenario())


def test_hidden_tabs_are_left_out_of_the_bar_the_view_and_the_length():
    tabs = ft.Tabs(tabs=[ft.Tab("A", ft.Text("a")), ft.Tab("B", ft.Text("b"), visible=False)])
    view = client_view(tabs)
    bar, tab_view = view["content"]["controls"]
    assert view["length"] == 1
    assert bar["tabs"] == [{"_c": "Tab", "label": "A"}]
    assert tab_view["controls"] == [{"_c": "Text", "value": "a"}]


def test_1_0_style_tabs_with_their_own_content_are_sent_as_given():
    tabs = ft.Tabs(
        length=2,
        content=ft.Column(
            [
                ft.TabBar(tabs=[ft.Tab(label="X"), ft.Tab(label="Y")]),
                ft.TabBarView([ft.Text("x"), ft.Text("y")], expand=True),
            ],
            expand=True,
        ),
    )
    view = client_view(tabs)
    assert view["length"] == 2
    bar, tab_view = view["content"]["controls"]
    assert bar == {
        "_c": "TabBar",
        "tabs": [{"_c": "Tab", "label": "X"}, {"_c": "Tab", "label": "Y"}],
    }
    assert tab_view["controls"] == [{"_c": "Text", "value": "x"}, {"_c": "Text", "value": "y"}]


def test_tabs_take_tabs_and_handlers_only():
    with pytest.raises(ft.PropertyError, match=r"holds ft\.Tab controls"):
        ft.Tabs(tabs=[ft.Text("not a tab")])
    with pytest.raises(ft.PropertyError, match="takes a function"):
        ft.Tabs(on_click="nope")


def test_tabs_without_tabs_are_hidden_until_a_tab_is_added():
    async def scenario():
        tabs = ft.Tabs(tabs=[])

        def main(page):
            page.add(tabs)

        client, _ = await start(main)
        shown = client.page.props["views"][0].props["controls"][0]
        # the client cannot build a Tabs of length 0, so it is not shown at all
        assert (shown.type, shown.props["length"], shown.props["visible"]) == ("Tabs", 0, False)
        tabs.tabs.append(ft.Tab("A", ft.Text("a")))
        await tabs.update()
        await client.settle()
        assert shown.props["length"] == 1 and shown.props["visible"] is None
        assert client.find("Text", "a")

    run(scenario())
