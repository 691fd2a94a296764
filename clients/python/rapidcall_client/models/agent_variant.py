from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_variant_prompt_mode import AgentVariantPromptMode, check_agent_variant_prompt_mode

if TYPE_CHECKING:
    from ..models.agent_variant_voice_type_0 import AgentVariantVoiceType0
    from ..models.agent_variant_welcome_type_0 import AgentVariantWelcomeType0


T = TypeVar("T", bound="AgentVariant")


@_attrs_define
class AgentVariant:
    """
    Attributes:
        id (str):
        agent_id (str):
        name (str):
        prompt_mode (AgentVariantPromptMode): `append` (the previous API's behaviour) adds `prompt` under the agent's
            prompt; `replace` uses `prompt` instead of it
        prompt (str): Must not be blank with `promptMode: replace`
        welcome (AgentVariantWelcomeType0 | None): Replaces the agent's welcome on this variant's calls; null keeps the
            agent's
        voice (AgentVariantVoiceType0 | None): Replaces the agent's voice (as a whole) on this variant's calls; null
            keeps the agent's
        llm_model (None | str):
        traffic_percent (int): Share of the agent's calls; over the enabled variants the sum is at most 100, the rest
            runs the agent itself
        enabled (bool): Disabled variants get no calls
        created_at (datetime.datetime): ISO-8601 UTC
        updated_at (datetime.datetime): ISO-8601 UTC
    """

    id: str
    agent_id: str
    name: str
    prompt_mode: AgentVariantPromptMode
    prompt: str
    welcome: AgentVariantWelcomeType0 | None
    voice: AgentVariantVoiceType0 | None
    llm_model: None | str
    traffic_percent: int
    enabled: bool
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.agent_variant_voice_type_0 import AgentVariantVoiceType0  # noqa: PLC0415
        from ..models.agent_variant_welcome_type_0 import AgentVariantWelcomeType0  # noqa: PLC0415

        id = self.id

        agent_id = self.agent_id

        name = self.name

        prompt_mode: str = self.prompt_mode

        prompt = self.prompt

        welcome: dict[str, Any] | None
        if isinstance(self.welcome, AgentVariantWelcomeType0):
            welcome = self.welcome.to_dict()
        else:
            welcome = self.welcome

        voice: dict[str, Any] | None
        if isinstance(self.voice, AgentVariantVoiceType0):
            voice = self.voice.to_dict()
        else:
            voice = self.voice

        llm_model: None | str
        llm_model = self.llm_model

        traffic_percent = self.traffic_percent

        enabled = self.enabled

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "agentId": agent_id,
                "name": name,
                "promptMode": prompt_mode,
                "prompt": prompt,
                "welcome": welcome,
                "voice": voice,
                "llmModel": llm_model,
                "trafficPercent": traffic_percent,
                "enabled": enabled,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_variant_voice_type_0 import AgentVariantVoiceType0  # noqa: PLC0415
        from ..models.agent_variant_welcome_type_0 import AgentVariantWelcomeType0  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        agent_id = d.pop("agentId")

        name = d.pop("name")

        prompt_mode = check_agent_variant_prompt_mode(d.pop("promptMode"))

        prompt = d.pop("prompt")

        def _parse_welcome(data: object) -> AgentVariantWelcomeType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                welcome_type_0 = AgentVariantWelcomeType0.from_dict(data)

                return welcome_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentVariantWelcomeType0 | None, data)

        welcome = _parse_welcome(d.pop("welcome"))

        def _parse_voice(data: object) -> AgentVariantVoiceType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                voice_type_0 = AgentVariantVoiceType0.from_dict(data)

                return voice_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentVariantVoiceType0 | None, data)

        voice = _parse_voice(d.pop("voice"))

        def _parse_llm_model(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        llm_model = _parse_llm_model(d.pop("llmModel"))

        traffic_percent = d.pop("trafficPercent")

        enabled = d.pop("enabled")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        agent_variant = cls(
            id=id,
            agent_id=agent_id,
            name=name,
            prompt_mode=prompt_mode,
            prompt=prompt,
            welcome=welcome,
            voice=voice,
            llm_model=llm_model,
            traffic_percent=traffic_percent,
            enabled=enabled,
            created_at=created_at,
            updated_at=updated_at,
        )

        agent_variant.additional_properties = d
        return agent_variant

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
