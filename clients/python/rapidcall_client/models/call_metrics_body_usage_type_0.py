from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallMetricsBodyUsageType0")


@_attrs_define
class CallMetricsBodyUsageType0:
    """
    Attributes:
        llm_prompt_tokens (float | None | Unset): Prompt tokens so far, cached ones included
        llm_prompt_cached_tokens (float | None | Unset): Of which served from the prompt cache
        llm_completion_tokens (float | None | Unset): Completion tokens so far
        tts_characters_count (float | None | Unset): Characters synthesized so far
        tts_audio_duration (float | None | Unset): Seconds of synthesized audio
        stt_audio_duration (float | None | Unset): Seconds of transcribed audio
        llm_model (None | str | Unset): LLM model name
        stt_model (None | str | Unset): STT model name
        tts_model (None | str | Unset): TTS model name
    """

    llm_prompt_tokens: float | None | Unset = UNSET
    llm_prompt_cached_tokens: float | None | Unset = UNSET
    llm_completion_tokens: float | None | Unset = UNSET
    tts_characters_count: float | None | Unset = UNSET
    tts_audio_duration: float | None | Unset = UNSET
    stt_audio_duration: float | None | Unset = UNSET
    llm_model: None | str | Unset = UNSET
    stt_model: None | str | Unset = UNSET
    tts_model: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        llm_prompt_tokens: float | None | Unset
        if isinstance(self.llm_prompt_tokens, Unset):
            llm_prompt_tokens = UNSET
        else:
            llm_prompt_tokens = self.llm_prompt_tokens

        llm_prompt_cached_tokens: float | None | Unset
        if isinstance(self.llm_prompt_cached_tokens, Unset):
            llm_prompt_cached_tokens = UNSET
        else:
            llm_prompt_cached_tokens = self.llm_prompt_cached_tokens

        llm_completion_tokens: float | None | Unset
        if isinstance(self.llm_completion_tokens, Unset):
            llm_completion_tokens = UNSET
        else:
            llm_completion_tokens = self.llm_completion_tokens

        tts_characters_count: float | None | Unset
        if isinstance(self.tts_characters_count, Unset):
            tts_characters_count = UNSET
        else:
            tts_characters_count = self.tts_characters_count

        tts_audio_duration: float | None | Unset
        if isinstance(self.tts_audio_duration, Unset):
            tts_audio_duration = UNSET
        else:
            tts_audio_duration = self.tts_audio_duration

        stt_audio_duration: float | None | Unset
        if isinstance(self.stt_audio_duration, Unset):
            stt_audio_duration = UNSET
        else:
            stt_audio_duration = self.stt_audio_duration

        llm_model: None | str | Unset
        if isinstance(self.llm_model, Unset):
            llm_model = UNSET
        else:
            llm_model = self.llm_model

        stt_model: None | str | Unset
        if isinstance(self.stt_model, Unset):
            stt_model = UNSET
        else:
            stt_model = self.stt_model

        tts_model: None | str | Unset
        if isinstance(self.tts_model, Unset):
            tts_model = UNSET
        else:
            tts_model = self.tts_model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if llm_prompt_tokens is not UNSET:
            field_dict["llm_prompt_tokens"] = llm_prompt_tokens
        if llm_prompt_cached_tokens is not UNSET:
            field_dict["llm_prompt_cached_tokens"] = llm_prompt_cached_tokens
        if llm_completion_tokens is not UNSET:
            field_dict["llm_completion_tokens"] = llm_completion_tokens
        if tts_characters_count is not UNSET:
            field_dict["tts_characters_count"] = tts_characters_count
        if tts_audio_duration is not UNSET:
            field_dict["tts_audio_duration"] = tts_audio_duration
        if stt_audio_duration is not UNSET:
            field_dict["stt_audio_duration"] = stt_audio_duration
        if llm_model is not UNSET:
            field_dict["llm_model"] = llm_model
        if stt_model is not UNSET:
            field_dict["stt_model"] = stt_model
        if tts_model is not UNSET:
            field_dict["tts_model"] = tts_model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_llm_prompt_tokens(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        llm_prompt_tokens = _parse_llm_prompt_tokens(d.pop("llm_prompt_tokens", UNSET))

        def _parse_llm_prompt_cached_tokens(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        llm_prompt_cached_tokens = _parse_llm_prompt_cached_tokens(d.pop("llm_prompt_cached_tokens", UNSET))

        def _parse_llm_completion_tokens(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        llm_completion_tokens = _parse_llm_completion_tokens(d.pop("llm_completion_tokens", UNSET))

        def _parse_tts_characters_count(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        tts_characters_count = _parse_tts_characters_count(d.pop("tts_characters_count", UNSET))

        def _parse_tts_audio_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        tts_audio_duration = _parse_tts_audio_duration(d.pop("tts_audio_duration", UNSET))

        def _parse_stt_audio_duration(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        stt_audio_duration = _parse_stt_audio_duration(d.pop("stt_audio_duration", UNSET))

        def _parse_llm_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        llm_model = _parse_llm_model(d.pop("llm_model", UNSET))

        def _parse_stt_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        stt_model = _parse_stt_model(d.pop("stt_model", UNSET))

        def _parse_tts_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        tts_model = _parse_tts_model(d.pop("tts_model", UNSET))

        call_metrics_body_usage_type_0 = cls(
            llm_prompt_tokens=llm_prompt_tokens,
            llm_prompt_cached_tokens=llm_prompt_cached_tokens,
            llm_completion_tokens=llm_completion_tokens,
            tts_characters_count=tts_characters_count,
            tts_audio_duration=tts_audio_duration,
            stt_audio_duration=stt_audio_duration,
            llm_model=llm_model,
            stt_model=stt_model,
            tts_model=tts_model,
        )

        call_metrics_body_usage_type_0.additional_properties = d
        return call_metrics_body_usage_type_0

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
