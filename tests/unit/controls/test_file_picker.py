"""FilePicker: an overlay control of the async era, a service of the 1.0.5 client.

The client's ``pick_files`` (1.0.5 main.dart.js, FilePickerService) answers with a list of
``{"id", "name", "path": null, "size", "bytes"}`` maps (``bytes`` only with ``with_data``);
``save_file`` needs ``file_name`` and ``src_bytes`` on the web and answers ``null``.
"""

import pytest

import flet as ft
from tests.support.loop import run
from tests.support.simclient import start

BUTTON = "Pick"
PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(40))


def picked(_control, args):
    """The client's answer for a visitor who picked two files."""
    with_data = args["with_data"]
    return [
        {
            "id": 0,
            "name": "a.png",
            "path": None,
            "size": len(PNG),
            "bytes": PNG if with_data else None,
        },
        {
            "id": 1,
            "name": "notes.txt",
            "path": None,
            "size": 5,
            "bytes": b"hello" if with_data else None,
        },
    ]


def picker_app(results, **pick):
    def main(page: ft.Page):
        def on_result(e: ft.FilePickerResultEvent):
            results.append(e)
            label.value = (
                ", ".join(f"{f.name}:{f.size}" for f in e.files) if e.files else "Cancelled!"
            )
            label.update()

        picker = ft.FilePicker(on_result=on_result)
        page.overlay.append(picker)
        label = ft.Text("none")
        page.add(
            ft.ElevatedButton("Pick", on_click=lambda _: picker.pick_files(**pick)),
            label,
        )

    return main


def test_picker_in_the_overlay_is_registered_as_a_service():
    async def scenario():
        client, _ = await start(picker_app([]))
        services = client.page.props["_services"].props["_services"]
        overlay = client.page.props["_overlay"].props.get("controls", [])
        return [c.type for c in services], [c.type for c in overlay], services

    services, overlay, shown = run(scenario())
    assert "FilePicker" in services
    assert overlay == []
    picker = next(c for c in shown if c.type == "FilePicker")
    assert picker.props.get("on_result") is True


def test_pick_files_sends_the_era_arguments_and_result_reaches_on_result_with_bytes():
    results = []

    async def scenario():
        client, _ = await start(
            picker_app(
                results,
                allow_multiple=True,
                file_type=ft.FilePickerFileType.CUSTOM,
                allowed_extensions=["png", "txt"],
                dialog_title="Choose",
            ),
            methods={"FilePicker.pick_files": picked},
        )
        await client.click(client.find(text=BUTTON), settle=0.05)
        return client

    client = run(scenario())
    [call] = client.calls("pick_files")
    assert call["args"] == {
        "dialog_title": "Choose",
        "initial_directory": None,
        "file_type": "custom",
        "allowed_extensions": ["png", "txt"],
        "allow_multiple": True,
        "with_data": True,
    }
    [event] = results
    assert isinstance(event, ft.FilePickerResultEvent)
    assert event.path is None
    assert [(f.name, f.path, f.size) for f in event.files] == [
        ("a.png", None, len(PNG)),
        ("notes.txt", None, 5),
    ]
    assert event.files[0].bytes == PNG
    assert event.files[1].read() == b"hello"
    assert isinstance(event.files[0], ft.FilePickerFile)
    assert event.control.result is event
    assert "a.png:48, notes.txt:5" in client.texts()


def test_without_data_the_bytes_are_absent_and_read_says_what_to_do():
    results = []

    async def scenario():
        client, _ = await start(
            picker_app(results, with_data=False), methods={"FilePicker.pick_files": picked}
        )
        await client.click(client.find(text=BUTTON), settle=0.05)
        return client

    client = run(scenario())
    assert client.calls("pick_files")[0]["args"]["with_data"] is False
    file = results[0].files[0]
    assert file.bytes is None
    with pytest.raises(ft.FilePickerError, match=r"with_data=True"):
        file.read()


def test_cancelled_dialog_gives_files_none():
    results = []

    async def scenario():
        client, _ = await start(
            picker_app(results), methods={"FilePicker.pick_files": lambda _c, _a: []}
        )
        await client.click(client.find(text=BUTTON), settle=0.05)
        return client

    client = run(scenario())
    assert results[0].files is None
    assert "Cancelled!" in client.texts()


def test_async_app_awaits_the_result():
    got = []

    async def main(page: ft.Page):
        picker = ft.FilePicker()
        page.overlay.append(picker)

        async def pick(_):
            e = await picker.pick_files_async(file_type=ft.FilePickerFileType.IMAGE)
            got.append([(f.name, f.bytes) for f in e.files])

        page.add(ft.ElevatedButton("Pick", on_click=pick))

    async def scenario():
        client, _ = await start(main, methods={"FilePicker.pick_files": picked})
        await client.click(client.find(text=BUTTON), settle=0.05)
        return client

    client = run(scenario())
    assert client.calls("pick_files")[0]["args"]["file_type"] == "image"
    assert got == [[("a.png", PNG), ("notes.txt", b"hello")]]


def test_save_file_downloads_the_bytes_and_reports_no_path():
    results = []
    data = b"col1,col2\n1,2\n"

    def main(page: ft.Page):
        picker = ft.FilePicker(on_result=results.append)
        page.overlay.append(picker)
        page.add(
            ft.ElevatedButton(
                "Save", on_click=lambda _: picker.save_file(file_name="t.csv", src_bytes=data)
            )
        )

    async def scenario():
        client, _ = await start(main, methods={"FilePicker.save_file": lambda _c, _a: None})
        await client.click(client.find(text="Save"), settle=0.05)
        return client

    client = run(scenario())
    [call] = client.calls("save_file")
    assert call["args"]["file_name"] == "t.csv"
    assert call["args"]["src_bytes"] == data
    assert call["args"]["file_type"] == "any"
    assert results[0].path is None and results[0].files is None


def test_what_a_browser_cannot_do_is_refused_with_advice():
    errors = []

    def main(page: ft.Page):
        picker = ft.FilePicker()
        page.overlay.append(picker)
        for call in (
            lambda: picker.save_file(file_name="x.txt"),
            lambda: picker.get_directory_path(),
            lambda: picker.pick_files(file_type="pdf"),
        ):
            try:
                call()
            except ft.FilePickerError as exc:
                errors.append(str(exc))

    async def scenario():
        client, _ = await start(main)
        return client

    client = run(scenario())
    assert len(errors) == 3
    assert "src_bytes" in errors[0]
    assert "folder paths" in errors[1]
    assert "FilePickerFileType.CUSTOM" in errors[2]
    assert client.calls() == []


def test_picker_not_on_a_page_says_how_to_add_it():
    with pytest.raises(ft.ControlNotMountedError, match=r"page\.overlay\.append"):
        ft.FilePicker().pick_files()
