"""bridge.js and worker.mjs each declare the bridge <-> worker messages in a frozen object;
they must agree with each other and with docs/architecture.md."""

from __future__ import annotations

import json
import re
from pathlib import Path

JS = Path(__file__).resolve().parents[3] / "pyodide_runtime" / "js"
STAGES = ["downloading", "starting-python", "starting-app"]  # docs/architecture.md


def frozen_object(source: str, name: str) -> dict[str, str]:
    """The string entries of ``const NAME = Object.freeze({ ... });`` in ``source``."""
    block = re.search(rf"const {name} = Object\.freeze\(\{{(.*?)\}}\);", source, re.S)
    assert block is not None, f"no frozen object {name}"
    pairs = re.findall(r'^\s*"?([\w-]+)"?:\s*("[^"]*"),?$', block.group(1), re.M)
    return {key: json.loads(value) for key, value in pairs}  # JS and JSON escapes agree here


def test_both_sides_use_the_same_message_names() -> None:
    bridge = frozen_object((JS / "bridge.js").read_text(encoding="utf-8"), "MESSAGE")
    worker = frozen_object((JS / "worker.mjs").read_text(encoding="utf-8"), "MESSAGE")
    assert (
        bridge
        == worker
        == {
            "INIT": "init",
            "STAGE": "stage",
            "BOOT": "boot",
            "READY": "ready",
            "FAILED": "failed",
        }
    )


def test_the_js_files_are_ascii_so_any_page_charset_reads_them() -> None:
    for path in JS.iterdir():
        assert path.read_bytes().isascii(), path.name


def test_every_stage_the_worker_posts_has_a_text_on_the_loading_screen() -> None:
    worker = frozen_object((JS / "worker.mjs").read_text(encoding="utf-8"), "STAGE")
    texts = frozen_object((JS / "bridge.js").read_text(encoding="utf-8"), "STAGE_TEXT")
    assert list(worker.values()) == STAGES
    assert list(texts) == STAGES
    assert all(text.endswith("\u2026") for text in texts.values())
