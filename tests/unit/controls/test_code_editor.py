"""CodeEditor (flet-code-editor 1.0.5): wire shape, typing, and its methods.

The client writes ``value`` (and ``selection``) back as the user edits and sends ``change``
with the full text; its methods are ``focus``, ``fold_comment_at_line_zero``,
``fold_imports`` and ``fold_at`` (``line_number``).
"""

import pytest

import flet as ft
import flet_code_editor as fce
from tests.support.loop import run
from tests.support.simclient import start
from tests.support.wire import client_view


def test_wire_shape_with_language_theme_gutter_and_issues():
    view = client_view(
        fce.CodeEditor(
            "x = 1\n",
            language=fce.CodeLanguage.PYTHON,
            code_theme=fce.CodeTheme.ATOM_ONE_LIGHT,
            gutter_style=fce.GutterStyle(width=48, show_folding_handles=False),
            issues=[fce.Issue(line=0, message="unused", type=fce.IssueType.WARNING)],
            autocomplete=True,
            autocomplete_words=["print"],
            on_change=print,
        )
    )
    assert view == {
        "_c": "CodeEditor",
        "value": "x = 1\n",
        "language": "python",
        "code_theme": "atom-one-light",
        "gutter_style": {
            "width": 48,
            "show_errors": True,
            "show_folding_handles": False,
            "show_line_numbers": True,
        },
        "issues": [{"line": 0, "message": "unused", "type": "warning"}],
        "autocomplete": True,
        "autocomplete_words": ["print"],
        "on_change": True,
    }
    custom = fce.CustomCodeTheme(keyword=ft.TextStyle(color="red"))
    assert client_view(fce.CodeEditor(code_theme=custom))["code_theme"] == {
        "keyword": {"color": "red"}
    }


def test_typing_reaches_value_and_on_change_and_methods_reach_the_client():
    seen = []
    editor = fce.CodeEditor("a", on_change=lambda e: seen.append(e.data))

    async def go(_):
        await editor.fold_at(3)
        await editor.fold_imports()
        await editor.focus()

    async def scenario():
        client, _ = await start(
            lambda page: page.add(editor, ft.TextButton("Fold", on_click=go)),
            methods={
                "CodeEditor.fold_at": lambda *_: None,
                "fold_imports": lambda *_: None,
                "focus": lambda *_: None,
            },
        )
        await client.type_text(client.find("CodeEditor"), "a = 2")
        await client.click(client.find(text="Fold"), settle=0.05)
        return client

    client = run(scenario())
    assert editor.value == "a = 2"
    assert seen == ["a = 2"]
    assert [(c["name"], c["args"]) for c in client.calls()] == [
        ("fold_at", {"line_number": 3}),
        ("fold_imports", {}),
        ("focus", {}),
    ]


def test_bad_issues_are_refused():
    with pytest.raises(ft.PropertyError, match="Issue"):
        fce.CodeEditor(issues=["line 1 is bad"]).before_update()
