from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.update_agent_variant_body_prompt_mode import (
    UpdateAgentVariantBodyPromptMode,
    check_update_agent_variant_body_prompt_mode,
)
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_agent_variant_body_voice_type_0 import UpdateAgentVariantBodyVoiceType0
    from ..models.update_agent_variant_body_welcome_type_0 import UpdateAgentVariantBodyWelcomeType0


T = TypeVar("T", bound="UpdateAgentVariantBody")


@_attrs_define
class UpdateAgentVariantBody:
    """
    Attributes:
        name (str | Unset):
        prompt_mode (UpdateAgentVariantBodyPromptMode | Unset): `append` (the previous API's behaviour) adds `prompt`
            under the agent's prompt; `replace` uses `prompt` instead of it
        prompt (str | Unset): Must not be blank with `promptMode: replace`
        welcome (None | Unset | UpdateAgentVariantBodyWelcomeType0): Replaces the agent's welcome on this variant's
            calls; null keeps the agent's
        voice (None | Unset | UpdateAgentVariantBodyVoiceType0): Replaces the agent's voice (as a whole) on this
            variant's calls; null keeps the agent's
        llm_model (None | str | Unset):
        traffic_percent (int | Unset): Share of the agent's calls; over the enabled variants the sum is at most 100, the
            rest runs the agent itself
        enabled (bool | Unset): Disabled variants get no calls
    """

    name: str | Unset = UNSET
    prompt_mode: UpdateAgentVariantBodyPromptMode | Unset = UNSET
    prompt: str | Unset = UNSET
    welcome: None | Unset | UpdateAgentVariantBodyWelcomeType0 = UNSET
    voice: None | Unset | UpdateAgentVariantBodyVoiceType0 = UNSET
    llm_model: None | str | Unset = UNSET
    traffic_percent: int | Unset = UNSET
    enabled: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        from ..models.update_agent_variant_body_voice_type_0 import UpdateAgentVariantBodyVoiceType0  # noqa: PLC0415
        from ..models.update_agent_variant_body_welcome_type_0 import UpdateAgentVariantBodyWelcomeType0  # noqa: PLC0415

        name = self.name

        prompt_mode: str | Unset = UNSET
        if not isinstance(self.prompt_mode, Unset):
            prompt_mode = self.prompt_mode

        prompt = self.prompt

        welcome: dict[str, Any] | None | Unset
        if isinstance(self.welcome, Unset):
            welcome = UNSET
        elif isinstance(self.welcome, UpdateAgentVariantBodyWelcomeType0):
            welcome = self.welcome.to_dict()
        else:
            welcome = self.welcome

        voice: dict[str, Any] | None | Unset
        if isinstance(self.voice, Unset):
            voice = UNSET
        elif isinstance(self.voice, UpdateAgentVariantBodyVoiceType0):
            voice = self.voice.to_dict()
        else:
            voice = self.voice

        llm_model: None | str | Unset
        if isinstance(self.llm_model, Unset):
            llm_model = UNSET
        else:
            llm_model = self.llm_model

        traffic_percent = self.traffic_percent

        enabled = self.enabled

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
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
        if traffic_percent is not UNSET:
            field_dict["trafficPercent"] = traffic_percent
        if enabled is not UNSET:
            field_dict["enabled"] = enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_agent_variant_body_voice_type_0 import UpdateAgentVariantBodyVoiceType0  # noqa: PLC0415
        from ..models.update_agent_variant_body_welcome_type_0 import UpdateAgentVariantBodyWelcomeType0  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        _prompt_mode = d.pop("promptMode", UNSET)
        prompt_mode: UpdateAgentVariantBodyPromptMode | Unset
        if isinstance(_prompt_mode, Unset):
            prompt_mode = UNSET
        else:
            prompt_mode = check_update_agent_variant_body_prompt_mode(_prompt_mode)

        prompt = d.pop("prompt", UNSET)

        def _parse_welcome(data: object) -> None | Unset | UpdateAgentVariantBodyWelcomeType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                welcome_type_0 = UpdateAgentVariantBodyWelcomeType0.from_dict(data)

                return welcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateAgentVariantBodyWelcomeType0, data)

        welcome = _parse_welcome(d.pop("welcome", UNSET))

        def _parse_voice(data: object) -> None | Unset | UpdateAgentVariantBodyVoiceType0:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                voice_type_0 = UpdateAgentVariantBodyVoiceType0.from_dict(data)

                return voice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | Unset | UpdateAgentVariantBodyVoiceType0, data)

        voice = _parse_voice(d.pop("voice", UNSET))

        def _parse_llm_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        llm_model = _parse_llm_model(d.pop("llmModel", UNSET))

        traffic_percent = d.pop("trafficPercent", UNSET)

        enabled = d.pop("enabled", UNSET)

        update_agent_variant_body = cls(
            name=name,
            prompt_mode=prompt_mode,
            prompt=prompt,
            welcome=welcome,
            voice=voice,
            llm_model=llm_model,
            traffic_percent=traffic_percent,
            enabled=enabled,
        )

        return update_agent_variant_body
