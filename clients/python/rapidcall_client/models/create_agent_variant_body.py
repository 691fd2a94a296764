from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.create_agent_variant_body_prompt_mode import (
    CreateAgentVariantBodyPromptMode,
    check_create_agent_variant_body_prompt_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.create_agent_variant_body_voice_type_0 import CreateAgentVariantBodyVoiceType0
    from ..models.create_agent_variant_body_welcome_type_0 import CreateAgentVariantBodyWelcomeType0


T = TypeVar("T", bound="CreateAgentVariantBody")


@_attrs_define
class CreateAgentVariantBody:
    """
    Attributes:
        name (str):
        traffic_percent (int): Share of the agent's calls; over the enabled variants the sum is at most 100, the rest
            runs the agent itself
        prompt_mode (CreateAgentVariantBodyPromptMode | Unset): `append` (the previous API's behaviour) adds `prompt`
            under the agent's prompt; `replace` uses `prompt` instead of it
        prompt (str | Unset): Must not be blank with `promptMode: replace`
        welcome (CreateAgentVariantBodyWelcomeType0 | None | Unset): Replaces the agent's welcome on this variant's
            calls; null keeps the agent's
        voice (CreateAgentVariantBodyVoiceType0 | None | Unset): Replaces the agent's voice (as a whole) on this
            variant's calls; null keeps the agent's
        llm_model (None | str | Unset):
        enabled (bool | Unset): Disabled variants get no calls
    """

    name: str
    traffic_percent: int
    prompt_mode: CreateAgentVariantBodyPromptMode | Unset = UNSET
    prompt: str | Unset = UNSET
    welcome: CreateAgentVariantBodyWelcomeType0 | None | Unset = UNSET
    voice: CreateAgentVariantBodyVoiceType0 | None | Unset = UNSET
    llm_model: None | str | Unset = UNSET
    enabled: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.create_agent_variant_body_voice_type_0 import CreateAgentVariantBodyVoiceType0  # noqa: PLC0415
        from ..models.create_agent_variant_body_welcome_type_0 import CreateAgentVariantBodyWelcomeType0  # noqa: PLC0415

        name = self.name

        traffic_percent = self.traffic_percent

        prompt_mode: str | Unset = UNSET
        if not isinstance(self.prompt_mode, Unset):
            prompt_mode = self.prompt_mode

        prompt = self.prompt

        welcome: dict[str, Any] | None | Unset
        if isinstance(self.welcome, Unset):
            welcome = UNSET
        elif isinstance(self.welcome, CreateAgentVariantBodyWelcomeType0):
            welcome = self.welcome.to_dict()
        else:
            welcome = self.welcome

        voice: dict[str, Any] | None | Unset
        if isinstance(self.voice, Unset):
            voice = UNSET
        elif isinstance(self.voice, CreateAgentVariantBodyVoiceType0):
            voice = self.voice.to_dict()
        else:
            voice = self.voice

        llm_model: None | str | Unset
        if isinstance(self.llm_model, Unset):
            llm_model = UNSET
        else:
            llm_model = self.llm_model

        enabled = self.enabled

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "trafficPercent": traffic_percent,
            }
        )
        if prompt_mode is not UNSET:
            field_dict["promptMode"] = prompt_mode
        if prompt is not UNSET:
            field_dict["prompt"] = prompt
        if welcome is not UNSET:
            field_dict["welcome"] = welcome
        if voice is not UNSET:
            field_dict["voice"] = voice
        if llm_model is not UNSET:
            field_dict["llmModel"] = llm_model
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.create_agent_variant_body_voice_type_0 import CreateAgentVariantBodyVoiceType0  # noqa: PLC0415
        from ..models.create_agent_variant_body_welcome_type_0 import CreateAgentVariantBodyWelcomeType0  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name")

        traffic_percent = d.pop("trafficPercent")

        _prompt_mode = d.pop("promptMode", UNSET)
        prompt_mode: CreateAgentVariantBodyPromptMode | Unset
        if isinstance(_prompt_mode, Unset):
            prompt_mode = UNSET
        else:
            prompt_mode = check_create_agent_variant_body_prompt_mode(_prompt_mode)

        prompt = d.pop("prompt", UNSET)

        def _parse_welcome(data: object) -> CreateAgentVariantBodyWelcomeType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                welcome_type_0 = CreateAgentVariantBodyWelcomeType0.from_dict(data)

                return welcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateAgentVariantBodyWelcomeType0 | None | Unset, data)

        welcome = _parse_welcome(d.pop("welcome", UNSET))

        def _parse_voice(data: object) -> CreateAgentVariantBodyVoiceType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                voice_type_0 = CreateAgentVariantBodyVoiceType0.from_dict(data)

                return voice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CreateAgentVariantBodyVoiceType0 | None | Unset, data)

        voice = _parse_voice(d.pop("voice", UNSET))

        def _parse_llm_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        llm_model = _parse_llm_model(d.pop("llmModel", UNSET))

        enabled = d.pop("enabled", UNSET)

        create_agent_variant_body = cls(
            name=name,
            traffic_percent=traffic_percent,
            prompt_mode=prompt_mode,
            prompt=prompt,
            welcome=welcome,
            voice=voice,
            llm_model=llm_model,
            enabled=enabled,
        )

        return create_agent_variant_body
