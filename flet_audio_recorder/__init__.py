"""``import flet_audio_recorder as far``: Flet 1.0's package name of
:class:`flet.AudioRecorder`."""

from flet.controls.device import AudioEncoder as AudioEncoder
from flet.controls.device import AudioRecorder as AudioRecorder
from flet.controls.device import AudioRecorderConfiguration as AudioRecorderConfiguration
from flet.controls.device import InputDevice as InputDevice
from flet.events.device import AudioRecorderState as AudioRecorderState
from flet.events.device import AudioRecorderStateChangeEvent as AudioRecorderStateChangeEvent

__all__ = [
    "AudioEncoder",
    "AudioRecorder",
    "AudioRecorderConfiguration",
    "AudioRecorderState",
    "AudioRecorderStateChangeEvent",
    "InputDevice",
]
