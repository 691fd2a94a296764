from typing import Literal

PreviewVoiceBodyProvider = Literal["cartesia", "elevenlabs"]

PREVIEW_VOICE_BODY_PROVIDER_VALUES: set[PreviewVoiceBodyProvider] = {
    "cartesia",
    "elevenlabs",
}


def check_preview_voice_body_provider(value: str) -> PreviewVoiceBodyProvider:
    if value in PREVIEW_VOICE_BODY_PROVIDER_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {PREVIEW_VOICE_BODY_PROVIDER_VALUES!r}")
