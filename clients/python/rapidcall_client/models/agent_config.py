from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_config_agent import AgentConfigAgent
    from ..models.agent_config_background_audio import AgentConfigBackgroundAudio
    from ..models.agent_config_call_settings import AgentConfigCallSettings
    from ..models.agent_config_default_dynamic_variables import AgentConfigDefaultDynamicVariables
    from ..models.agent_config_knowledge import AgentConfigKnowledge
    from ..models.agent_config_phone_number import AgentConfigPhoneNumber
    from ..models.agent_config_tool_configs import AgentConfigToolConfigs
    from ..models.agent_config_variant_type_0 import AgentConfigVariantType0
    from ..models.agent_config_voice import AgentConfigVoice
    from ..models.agent_config_welcome import AgentConfigWelcome


T = TypeVar("T", bound="AgentConfig")


@_attrs_define
class AgentConfig:
    """
    Attributes:
        workspace_id (str):
        agent (AgentConfigAgent):
        prompt (str): Resolved prompt with {{variables}} filled
        welcome (AgentConfigWelcome):
        voice (AgentConfigVoice):
        background_audio (AgentConfigBackgroundAudio):
        llm_model (None | str):
        max_call_seconds (int): 0: no limit
        enabled_tools (list[str]):
        tool_configs (AgentConfigToolConfigs): Always an object
        call_settings (AgentConfigCallSettings):
        backchannel_enabled (bool):
        fallback_voice (Any):
        knowledge_folder_ids (list[str]):
        default_dynamic_variables (AgentConfigDefaultDynamicVariables):
        post_call_data_extraction (list[Any]):
        post_call_extraction_model (None | str):
        auto_eval_enabled (bool):
        variant (AgentConfigVariantType0 | None):
        call_id (str | Unset):
        fallback (bool | Unset): true when the number has no inbound agent
        phone_number (AgentConfigPhoneNumber | Unset):
        knowledge (AgentConfigKnowledge | Unset): Present when the prompt has a `{{knowledge}}` placeholder
    """

    workspace_id: str
    agent: AgentConfigAgent
    prompt: str
    welcome: AgentConfigWelcome
    voice: AgentConfigVoice
    background_audio: AgentConfigBackgroundAudio
    llm_model: None | str
    max_call_seconds: int
    enabled_tools: list[str]
    tool_configs: AgentConfigToolConfigs
    call_settings: AgentConfigCallSettings
    backchannel_enabled: bool
    fallback_voice: Any
    knowledge_folder_ids: list[str]
    default_dynamic_variables: AgentConfigDefaultDynamicVariables
    post_call_data_extraction: list[Any]
    post_call_extraction_model: None | str
    auto_eval_enabled: bool
    variant: AgentConfigVariantType0 | None
    call_id: str | Unset = UNSET
    fallback: bool | Unset = UNSET
    phone_number: AgentConfigPhoneNumber | Unset = UNSET
    knowledge: AgentConfigKnowledge | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.agent_config_variant_type_0 import AgentConfigVariantType0  # noqa: PLC0415

        workspace_id = self.workspace_id

        agent = self.agent.to_dict()

        prompt = self.prompt

        welcome = self.welcome.to_dict()

        voice = self.voice.to_dict()

        background_audio = self.background_audio.to_dict()

        llm_model: None | str
        llm_model = self.llm_model

        max_call_seconds = self.max_call_seconds

        enabled_tools = self.enabled_tools

        tool_configs = self.tool_configs.to_dict()

        call_settings = self.call_settings.to_dict()

        backchannel_enabled = self.backchannel_enabled

        fallback_voice = self.fallback_voice

        knowledge_folder_ids = self.knowledge_folder_ids

        default_dynamic_variables = self.default_dynamic_variables.to_dict()

        post_call_data_extraction = self.post_call_data_extraction

        post_call_extraction_model: None | str
        post_call_extraction_model = self.post_call_extraction_model

        auto_eval_enabled = self.auto_eval_enabled

        variant: dict[str, Any] | None
        if isinstance(self.variant, AgentConfigVariantType0):
            variant = self.variant.to_dict()
        else:
            variant = self.variant

        call_id = self.call_id

        fallback = self.fallback

        phone_number: dict[str, Any] | Unset = UNSET
        if not isinstance(self.phone_number, Unset):
            phone_number = self.phone_number.to_dict()

        knowledge: dict[str, Any] | Unset = UNSET
        if not isinstance(self.knowledge, Unset):
            knowledge = self.knowledge.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspaceId": workspace_id,
                "agent": agent,
                "prompt": prompt,
                "welcome": welcome,
                "voice": voice,
                "backgroundAudio": background_audio,
                "llmModel": llm_model,
                "maxCallSeconds": max_call_seconds,
                "enabledTools": enabled_tools,
                "toolConfigs": tool_configs,
                "callSettings": call_settings,
                "backchannelEnabled": backchannel_enabled,
                "fallbackVoice": fallback_voice,
                "knowledgeFolderIds": knowledge_folder_ids,
                "defaultDynamicVariables": default_dynamic_variables,
                "postCallDataExtraction": post_call_data_extraction,
                "postCallExtractionModel": post_call_extraction_model,
                "autoEvalEnabled": auto_eval_enabled,
                "variant": variant,
            }
        )
        if call_id is not UNSET:
            field_dict["callId"] = call_id
        if fallback is not UNSET:
            field_dict["fallback"] = fallback
        if phone_number is not UNSET:
            field_dict["phoneNumber"] = phone_number
        if knowledge is not UNSET:
            field_dict["knowledge"] = knowledge

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_config_agent import AgentConfigAgent  # noqa: PLC0415
        from ..models.agent_config_background_audio import AgentConfigBackgroundAudio  # noqa: PLC0415
        from ..models.agent_config_call_settings import AgentConfigCallSettings  # noqa: PLC0415
        from ..models.agent_config_default_dynamic_variables import AgentConfigDefaultDynamicVariables  # noqa: PLC0415
        from ..models.agent_config_knowledge import AgentConfigKnowledge  # noqa: PLC0415
        from ..models.agent_config_phone_number import AgentConfigPhoneNumber  # noqa: PLC0415
        from ..models.agent_config_tool_configs import AgentConfigToolConfigs  # noqa: PLC0415
        from ..models.agent_config_variant_type_0 import AgentConfigVariantType0  # noqa: PLC0415
        from ..models.agent_config_voice import AgentConfigVoice  # noqa: PLC0415
        from ..models.agent_config_welcome import AgentConfigWelcome  # noqa: PLC0415

        d = dict(src_dict)
        workspace_id = d.pop("workspaceId")

        agent = AgentConfigAgent.from_dict(d.pop("agent"))

        prompt = d.pop("prompt")

        welcome = AgentConfigWelcome.from_dict(d.pop("welcome"))

        voice = AgentConfigVoice.from_dict(d.pop("voice"))

        background_audio = AgentConfigBackgroundAudio.from_dict(d.pop("backgroundAudio"))

        def _parse_llm_model(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        llm_model = _parse_llm_model(d.pop("llmModel"))

        max_call_seconds = d.pop("maxCallSeconds")

        enabled_tools = cast(list[str], d.pop("enabledTools"))

        tool_configs = AgentConfigToolConfigs.from_dict(d.pop("toolConfigs"))

        call_settings = AgentConfigCallSettings.from_dict(d.pop("callSettings"))

        backchannel_enabled = d.pop("backchannelEnabled")

        fallback_voice = d.pop("fallbackVoice")

        knowledge_folder_ids = cast(list[str], d.pop("knowledgeFolderIds"))

        default_dynamic_variables = AgentConfigDefaultDynamicVariables.from_dict(d.pop("defaultDynamicVariables"))

        post_call_data_extraction = cast(list[Any], d.pop("postCallDataExtraction"))

        def _parse_post_call_extraction_model(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        post_call_extraction_model = _parse_post_call_extraction_model(d.pop("postCallExtractionModel"))

        auto_eval_enabled = d.pop("autoEvalEnabled")

        def _parse_variant(data: object) -> AgentConfigVariantType0 | None:
            if data is None:
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                variant_type_0 = AgentConfigVariantType0.from_dict(data)

                return variant_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(AgentConfigVariantType0 | None, data)

        variant = _parse_variant(d.pop("variant"))

        call_id = d.pop("callId", UNSET)

        fallback = d.pop("fallback", UNSET)

        _phone_number = d.pop("phoneNumber", UNSET)
        phone_number: AgentConfigPhoneNumber | Unset
        if isinstance(_phone_number, Unset):
            phone_number = UNSET
        else:
            phone_number = AgentConfigPhoneNumber.from_dict(_phone_number)

        _knowledge = d.pop("knowledge", UNSET)
        knowledge: AgentConfigKnowledge | Unset
        if isinstance(_knowledge, Unset):
            knowledge = UNSET
        else:
            knowledge = AgentConfigKnowledge.from_dict(_knowledge)

        agent_config = cls(
            workspace_id=workspace_id,
            agent=agent,
            prompt=prompt,
            welcome=welcome,
            voice=voice,
            background_audio=background_audio,
            llm_model=llm_model,
            max_call_seconds=max_call_seconds,
            enabled_tools=enabled_tools,
            tool_configs=tool_configs,
            call_settings=call_settings,
            backchannel_enabled=backchannel_enabled,
            fallback_voice=fallback_voice,
            knowledge_folder_ids=knowledge_folder_ids,
            default_dynamic_variables=default_dynamic_variables,
            post_call_data_extraction=post_call_data_extraction,
            post_call_extraction_model=post_call_extraction_model,
            auto_eval_enabled=auto_eval_enabled,
            variant=variant,
            call_id=call_id,
            fallback=fallback,
            phone_number=phone_number,
            knowledge=knowledge,
        )

        agent_config.additional_properties = d
        return agent_config

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
