from typing import Literal

AgentBackgroundAudioPreset = Literal["keyboard", "none", "office", "office1", "office2"]

AGENT_BACKGROUND_AUDIO_PRESET_VALUES: set[AgentBackgroundAudioPreset] = {
    "keyboard",
    "none",
    "office",
    "office1",
    "office2",
}


def check_agent_background_audio_preset(value: str) -> AgentBackgroundAudioPreset:
    if value in AGENT_BACKGROUND_AUDIO_PRESET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {AGENT_BACKGROUND_AUDIO_PRESET_VALUES!r}")
