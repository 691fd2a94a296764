from typing import Literal

UpdateAgentBodyBackgroundAudioPreset = Literal["keyboard", "none", "office", "office1", "office2"]

UPDATE_AGENT_BODY_BACKGROUND_AUDIO_PRESET_VALUES: set[UpdateAgentBodyBackgroundAudioPreset] = {
    "keyboard",
    "none",
    "office",
    "office1",
    "office2",
}


def check_update_agent_body_background_audio_preset(value: str) -> UpdateAgentBodyBackgroundAudioPreset:
    if value in UPDATE_AGENT_BODY_BACKGROUND_AUDIO_PRESET_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {UPDATE_AGENT_BODY_BACKGROUND_AUDIO_PRESET_VALUES!r}")
