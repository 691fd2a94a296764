from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.preview_voice_body_provider import PreviewVoiceBodyProvider, check_preview_voice_body_provider
from ..types import UNSET, Unset

T = TypeVar("T", bound="PreviewVoiceBody")


@_attrs_define
class PreviewVoiceBody:
    """
    Attributes:
        provider (PreviewVoiceBodyProvider):
        voice_id (str): The provider's voice id
        text (str):
        model (str | Unset): Default `eleven_flash_v2_5` (ElevenLabs) or `sonic-2` (Cartesia)
        language_code (str | Unset): BCP 47, e.g. `en-US`
    """

    provider: PreviewVoiceBodyProvider
    voice_id: str
    text: str
    model: str | Unset = UNSET
    language_code: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        provider: str = self.provider

        voice_id = self.voice_id

        text = self.text

        model = self.model

        language_code = self.language_code

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "provider": provider,
                "voiceId": voice_id,
                "text": text,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model
        if language_code is not UNSET:
            field_dict["languageCode"] = language_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider = check_preview_voice_body_provider(d.pop("provider"))

        voice_id = d.pop("voiceId")

        text = d.pop("text")

        model = d.pop("model", UNSET)

        language_code = d.pop("languageCode", UNSET)

        preview_voice_body = cls(
            provider=provider,
            voice_id=voice_id,
            text=text,
            model=model,
            language_code=language_code,
        )

        return preview_voice_body
