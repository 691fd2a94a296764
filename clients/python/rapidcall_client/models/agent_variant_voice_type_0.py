from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="AgentVariantVoiceType0")


@_attrs_define
class AgentVariantVoiceType0:
    """Provider-specific voice settings; extra keys are kept

    Attributes:
        provider (str | Unset):
        voice_id (str | Unset):
        model (str | Unset):
        speed (float | Unset):
        language_code (str | Unset): BCP 47 language of speech (e.g. `en-US`); the agent passes it to STT/TTS
    """

    provider: str | Unset = UNSET
    voice_id: str | Unset = UNSET
    model: str | Unset = UNSET
    speed: float | Unset = UNSET
    language_code: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        provider = self.provider

        voice_id = self.voice_id

        model = self.model

        speed = self.speed

        language_code = self.language_code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if provider is not UNSET:
            field_dict["provider"] = provider
        if voice_id is not UNSET:
            field_dict["voiceId"] = voice_id
        if model is not UNSET:
            field_dict["model"] = model
        if speed is not UNSET:
            field_dict["speed"] = speed
        if language_code is not UNSET:
            field_dict["languageCode"] = language_code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        provider = d.pop("provider", UNSET)

        voice_id = d.pop("voiceId", UNSET)

        model = d.pop("model", UNSET)

        speed = d.pop("speed", UNSET)

        language_code = d.pop("languageCode", UNSET)

        agent_variant_voice_type_0 = cls(
            provider=provider,
            voice_id=voice_id,
            model=model,
            speed=speed,
            language_code=language_code,
        )

        agent_variant_voice_type_0.additional_properties = d
        return agent_variant_voice_type_0

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
