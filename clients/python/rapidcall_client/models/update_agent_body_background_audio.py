from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.update_agent_body_background_audio_preset import (
    UpdateAgentBodyBackgroundAudioPreset,
    check_update_agent_body_background_audio_preset,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateAgentBodyBackgroundAudio")


@_attrs_define
class UpdateAgentBodyBackgroundAudio:
    """Background audio under the call

    Attributes:
        preset (UpdateAgentBodyBackgroundAudioPreset | Unset): Ambient sound; `none` (default) plays nothing
        ambient_volume (float | Unset): Default 0.7
        thinking_volume (float | Unset): Default 0.7
    """

    preset: UpdateAgentBodyBackgroundAudioPreset | Unset = UNSET
    ambient_volume: float | Unset = UNSET
    thinking_volume: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        preset: str | Unset = UNSET
        if not isinstance(self.preset, Unset):
            preset = self.preset

        ambient_volume = self.ambient_volume

        thinking_volume = self.thinking_volume

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if preset is not UNSET:
            field_dict["preset"] = preset
        if ambient_volume is not UNSET:
            field_dict["ambientVolume"] = ambient_volume
        if thinking_volume is not UNSET:
            field_dict["thinkingVolume"] = thinking_volume

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        _preset = d.pop("preset", UNSET)
        preset: UpdateAgentBodyBackgroundAudioPreset | Unset
        if isinstance(_preset, Unset):
            preset = UNSET
        else:
            preset = check_update_agent_body_background_audio_preset(_preset)

        ambient_volume = d.pop("ambientVolume", UNSET)

        thinking_volume = d.pop("thinkingVolume", UNSET)

        update_agent_body_background_audio = cls(
            preset=preset,
            ambient_volume=ambient_volume,
            thinking_volume=thinking_volume,
        )

        return update_agent_body_background_audio
