from typing import Literal

CreateAgentBodyBackgroundAudioPreset = Literal["keyboard", "none", "office", "office1", "office2"]

CREATE_AGENT_BODY_BACKGROUND_AUDIO_PRESET_VALUES: set[CreateAgentBodyBackgroundAudioPreset] = {
    "keyboard",
    "none",
    "office",
    "office1",
    "office2",
}


def check_create_agent_body_background_audio_preset(value: str) -> CreateAgentBodyBackgroundAudioPreset:
    if value in CREATE_AGENT_BODY_BACKGROUND_AUDIO_PRESET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {CREATE_AGENT_BODY_BACKGROUND_AUDIO_PRESET_VALUES!r}")
