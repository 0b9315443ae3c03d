"""flet.uploads: the upload folder of the app's context, upload URLs and the pieces an
upload is written in."""

import os
import time
from urllib.parse import quote

import pytest

import flet as ft
from flet import uploads
from flet.app import use_runner


def test_a_url_names_its_file_in_the_upload_folder(tmp_path):
    with uploads.use_upload_dir(tmp_path):
        url = uploads.upload_url("photo 1.png", 600)
        assert url.startswith("upload/photo%201.png?expires=")
        target = uploads.target_of(url)
    assert target.name == "photo 1.png"
    assert target.path == os.path.join(tmp_path, "photo 1.png")
    assert time.time() + 590 < target.expires <= time.time() + 601
    assert not target.expired()


def test_a_name_may_hold_folders_inside_the_upload_folder(tmp_path):
    with uploads.use_upload_dir(tmp_path):
        target = uploads.target_of(uploads.upload_url("user1\\docs/a.txt", 60))
        # a leading slash (a base-relative spelling) names the same file
        again = uploads.target_of("/upload/" + quote("user1/docs/a.txt"))
    assert target.path == os.path.join(tmp_path, "user1", "docs", "a.txt")
    assert again.path == target.path
    assert again.expires == float("inf")


def test_an_expired_url_says_so(tmp_path):
    with uploads.use_upload_dir(tmp_path):
        target = uploads.target_of("upload/a.txt?expires=1000")
    assert target.expired()


@pytest.mark.parametrize("name", ["../secret.txt", "/etc/passwd", "a/../../b", "", "  ", ".", 7])
def test_names_outside_the_upload_folder_are_refused(tmp_path, name):
    with uploads.use_upload_dir(tmp_path), pytest.raises(uploads.UploadError, match="file name"):
        uploads.upload_url(name, 60)


@pytest.mark.parametrize("expires", [-1, "600", None, True])
def test_expires_is_a_number_of_seconds(tmp_path, expires):
    with uploads.use_upload_dir(tmp_path), pytest.raises(uploads.UploadError, match="seconds"):
        uploads.upload_url("a.txt", expires)


@pytest.mark.parametrize(
    "url", ["https://example.test/upload/a.txt", "/u", "uploads/a.txt", "//host/upload/a"]
)
def test_urls_not_made_by_get_upload_url_are_refused_with_what_to_do(tmp_path, url):
    with uploads.use_upload_dir(tmp_path), pytest.raises(uploads.UploadError) as info:
        uploads.target_of(url)
    assert "page.get_upload_url" in str(info.value)
    assert "pyfetch" in str(info.value)


def test_without_an_upload_folder_the_error_says_how_to_name_one():
    with uploads.use_upload_dir(None), pytest.raises(uploads.UploadError) as info:
        uploads.upload_url("a.txt", 60)
    assert "ft.app(main, upload_dir='uploads')" in str(info.value)


def test_ft_app_sets_the_folder_relative_to_the_working_directory(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    seen = []

    class Done:
        def __await__(self):
            return iter(())

    def runner(main):
        seen.append(uploads.upload_dir())  # what the session's tasks will inherit
        return Done()

    with uploads.use_upload_dir(None), use_runner(runner):
        ft.app(lambda page: None, upload_dir="uploads")
        assert seen == [os.path.join(tmp_path, "uploads")]
        assert not (tmp_path / "uploads").exists()  # made when a file is written
        with pytest.raises(TypeError, match="folder path"):
            ft.app(lambda page: None, upload_dir=3)


def test_small_data_is_one_piece_big_data_comes_in_tenths():
    assert list(uploads.chunks(b"abc")) == [(b"abc", 1.0)]
    assert list(uploads.chunks(b"")) == [(b"", 1.0)]
    big = bytes(range(256)) * 4097  # just over 1 MB
    pieces = list(uploads.chunks(big))
    assert b"".join(p for p, _ in pieces) == big
    assert [round(p, 1) for _, p in pieces] == [round(0.1 * i, 1) for i in range(1, 11)]
    assert pieces[-1][1] == 1.0
