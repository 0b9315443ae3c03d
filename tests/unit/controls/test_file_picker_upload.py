"""FilePicker.upload(): the era's pick -> get_upload_url -> upload -> read upload_dir flow.

The picked bytes reached Python with ``pick_files``; ``upload()`` writes them into the app's
``upload_dir`` and ``on_upload`` gets 0.0, (tenths of files over 1 MB,) 1.0 - or an error - as
the 1.0.5 client reports them. No client method is called.
"""

import json
import os

import pytest

import flet as ft
from flet import uploads
from tests.support.loop import run
from tests.support.simclient import start

PNG = b"\x89PNG\r\n\x1a\n" + bytes(range(40))
BIG = bytes(range(256)) * 5000  # 1.28 MB: reported in tenths


def picked(_control, args):
    files = [("a.png", PNG), ("notes.txt", b"hello"), ("big.bin", BIG)]
    return [
        {
            "id": i,
            "name": n,
            "path": None,
            "size": len(b),
            "bytes": b if args["with_data"] else None,
        }
        for i, (n, b) in enumerate(files)
    ]


def era_app(events, errors, names=None, **pick):
    """An app written as the era's upload example: pick, then upload each picked file."""

    def main(page: ft.Page):
        def on_result(e: ft.FilePickerResultEvent):
            pass

        def upload_files(_):
            files = picker.result.files
            try:
                picker.upload(
                    [
                        ft.FilePickerUploadFile(n, upload_url=page.get_upload_url(n, 600))
                        for n in (names or [f.name for f in files])
                    ]
                )
            except ValueError as exc:
                errors.append(exc)

        picker = ft.FilePicker(on_result=on_result, on_upload=events.append)
        page.overlay.append(picker)
        page.add(
            ft.ElevatedButton("Pick", on_click=lambda _: picker.pick_files(**pick)),
            ft.ElevatedButton("Upload", on_click=upload_files),
        )

    return main


def pick_then_upload(main):
    async def scenario():
        client, _ = await start(main, methods={"FilePicker.pick_files": picked})
        await client.click(client.find(text="Pick"), settle=0.05)
        await client.click(client.find(text="Upload"), settle=0.5)
        return client

    return run(scenario())


def test_upload_writes_the_picked_bytes_into_upload_dir_and_reports_progress(tmp_path):
    events, errors = [], []
    folder = tmp_path / "uploads"
    with uploads.use_upload_dir(folder):
        client = pick_then_upload(era_app(events, errors, allow_multiple=True))
    assert errors == []
    assert (folder / "a.png").read_bytes() == PNG
    assert (folder / "notes.txt").read_bytes() == b"hello"
    assert (folder / "big.bin").read_bytes() == BIG
    assert sorted(os.listdir(folder)) == ["a.png", "big.bin", "notes.txt"]  # no .part left
    by_file = {}
    for e in events:
        assert isinstance(e, ft.FilePickerUploadEvent)
        assert e.error is None and e.name == "upload"
        assert json.loads(e.data) == {
            "file_name": e.file_name,
            "progress": e.progress,
            "error": None,
        }
        by_file.setdefault(e.file_name, []).append(round(e.progress, 1))
    assert by_file == {
        "a.png": [0.0, 1.0],
        "notes.txt": [0.0, 1.0],
        "big.bin": [0.0] + [round(0.1 * i, 1) for i in range(1, 10)] + [1.0],
    }
    assert [e.file_name for e in events][:2] == ["a.png", "a.png"]  # one file after another
    assert client.calls("upload") == []  # the client's HTTP upload is not used


def test_flet_1_style_by_id_into_a_subfolder_awaited(tmp_path):
    seen = []

    async def main(page: ft.Page):
        picker = ft.FilePicker(on_upload=lambda e: seen.append((e.file_name, e.progress)))
        page.services.append(picker)

        async def go(_):
            result = await picker.pick_files_async(allow_multiple=True)
            second = result.files[1]
            await picker.upload(
                [
                    ft.FilePickerUploadFile(
                        upload_url=page.get_upload_url(f"user1/{second.name}", 60), id=second.id
                    )
                ]
            )
            with open(os.path.join(uploads.upload_dir(), "user1", "notes.txt")) as f:
                seen.append(f.read())

        page.add(ft.ElevatedButton("Go", on_click=go))

    async def scenario():
        client, _ = await start(main, methods={"FilePicker.pick_files": picked})
        await client.click(client.find(text="Go"), settle=0.5)

    with uploads.use_upload_dir(tmp_path):
        run(scenario())
    assert seen == [("notes.txt", 0.0), ("notes.txt", 1.0), "hello"]


def test_a_file_not_among_the_picked_ones_gets_an_error_event(tmp_path):
    events, errors = [], []
    with uploads.use_upload_dir(tmp_path):
        pick_then_upload(era_app(events, errors, names=["missing.txt", "a.png"]))
    assert errors == []
    assert [(e.file_name, e.progress, e.error) for e in events] == [
        ("missing.txt", None, "File not found among the picked files."),
        ("a.png", 0.0, None),
        ("a.png", 1.0, None),
    ]
    assert os.listdir(tmp_path) == ["a.png"]


def test_an_expired_url_gets_an_error_event_and_writes_nothing(tmp_path):
    events = []

    def main(page: ft.Page):
        picker = ft.FilePicker(on_upload=events.append)
        page.overlay.append(picker)
        page.add(
            ft.ElevatedButton("Pick", on_click=lambda _: picker.pick_files()),
            ft.ElevatedButton(
                "Upload",
                on_click=lambda _: picker.upload(
                    [ft.FilePickerUploadFile("a.png", "upload/a.png?expires=1000")]
                ),
            ),
        )

    with uploads.use_upload_dir(tmp_path):
        pick_then_upload(main)
    assert [(e.file_name, e.error) for e in events] == [("a.png", "The upload URL has expired.")]
    assert os.listdir(tmp_path) == []


def test_a_folder_that_cannot_be_written_gets_an_error_event(tmp_path):
    events, errors = [], []
    (tmp_path / "uploads").write_text("a file where the folder should be")
    with uploads.use_upload_dir(tmp_path / "uploads"):
        pick_then_upload(era_app(events, errors, names=["notes.txt"]))
    assert [(e.progress, e.error is None) for e in events] == [(0.0, True), (None, False)]
    assert "notes.txt" in events[-1].error


@pytest.mark.parametrize(
    ("pick", "names", "folder", "message"),
    [
        ({"with_data": False}, None, "up", "pick_files(with_data=True)"),
        ({}, None, None, "ft.app(main, upload_dir='uploads')"),
        ({}, ["../x.txt"], "up", "a path inside upload_dir"),
    ],
)
def test_what_cannot_work_is_refused_at_the_call(tmp_path, pick, names, folder, message):
    events, errors = [], []
    with uploads.use_upload_dir(folder and tmp_path / folder):
        pick_then_upload(era_app(events, errors, names=names, **pick))
    [error] = errors
    assert isinstance(error, ft.FilePickerError | ft.UploadError)
    assert message in str(error)
    assert events == []
    assert not (tmp_path / "up").exists()


def test_bad_upload_arguments_say_what_upload_takes(tmp_path):
    errors = []

    def main(page: ft.Page):
        picker = ft.FilePicker()
        page.overlay.append(picker)
        for call in (
            lambda: picker.upload("a.png"),
            lambda: picker.upload([ft.FilePickerUploadFile("a.png", "upload/a.png", "GET")]),
            lambda: picker.upload([ft.FilePickerUploadFile("a.png", "https://s3.test/a.png")]),
        ):
            try:
                call()
            except ValueError as exc:
                errors.append(exc)

    async def scenario():
        await start(main)

    with uploads.use_upload_dir(tmp_path):
        run(scenario())
    assert [type(e) for e in errors] == [ft.FilePickerError, ft.FilePickerError, ft.UploadError]
    assert "list of ft.FilePickerUploadFile" in str(errors[0])
    assert "'PUT' or 'POST'" in str(errors[1])
    assert "pyfetch" in str(errors[2])


def test_a_picker_on_no_page_says_how_to_add_it():
    with pytest.raises(ft.FilePickerError, match=r"page\.overlay\.append"):
        ft.FilePicker().upload([ft.FilePickerUploadFile("a", "upload/a")])
