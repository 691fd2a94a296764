from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.agent_background_audio import AgentBackgroundAudio
    from ..models.agent_call_settings import AgentCallSettings
    from ..models.agent_default_dynamic_variables import AgentDefaultDynamicVariables
    from ..models.agent_settings import AgentSettings
    from ..models.agent_tool_configs import AgentToolConfigs
    from ..models.agent_voice import AgentVoice
    from ..models.agent_welcome import AgentWelcome


T = TypeVar("T", bound="Agent")


@_attrs_define
class Agent:
    """
    Attributes:
        id (str):
        name (str):
        prompt_draft (str):
        prompt_published (None | str):
        welcome (AgentWelcome):
        voice (AgentVoice): Provider-specific voice settings; extra keys are kept
        llm_model (None | str):
        max_call_seconds (int): The agent hangs up after this many seconds; 0 means no limit
        enabled_tools (list[str]):
        tool_configs (AgentToolConfigs): Per-tool settings, keyed by tool name; always an object
        default_dynamic_variables (AgentDefaultDynamicVariables): Values for `{{variable}}` placeholders
        call_settings (AgentCallSettings): Call options passed to the agent runtime (as `callSettings`)
        backchannel_enabled (bool):
        background_audio (AgentBackgroundAudio): Background audio under the call
        fallback_voice (Any):
        knowledge_folder_ids (list[str]):
        post_call_data_extraction (list[Any]): The post-call fields (`{name, type, description, options?}` for agents
            saved here)
        post_call_extraction_model (None | str):
        auto_eval_enabled (bool): Evaluate every ended call of this agent automatically
        webhook_url (None | str):
        settings (AgentSettings): Platform settings of the agent
        published_at (datetime.datetime | None):
        created_at (datetime.datetime): ISO-8601 UTC
        updated_at (datetime.datetime): ISO-8601 UTC
    """

    id: str
    name: str
    prompt_draft: str
    prompt_published: None | str
    welcome: AgentWelcome
    voice: AgentVoice
    llm_model: None | str
    max_call_seconds: int
    enabled_tools: list[str]
    tool_configs: AgentToolConfigs
    default_dynamic_variables: AgentDefaultDynamicVariables
    call_settings: AgentCallSettings
    backchannel_enabled: bool
    background_audio: AgentBackgroundAudio
    fallback_voice: Any
    knowledge_folder_ids: list[str]
    post_call_data_extraction: list[Any]
    post_call_extraction_model: None | str
    auto_eval_enabled: bool
    webhook_url: None | str
    settings: AgentSettings
    published_at: datetime.datetime | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        prompt_draft = self.prompt_draft

        prompt_published: None | str
        prompt_published = self.prompt_published

        welcome = self.welcome.to_dict()

        voice = self.voice.to_dict()

        llm_model: None | str
        llm_model = self.llm_model

        max_call_seconds = self.max_call_seconds

        enabled_tools = self.enabled_tools

        tool_configs = self.tool_configs.to_dict()

        default_dynamic_variables = self.default_dynamic_variables.to_dict()

        call_settings = self.call_settings.to_dict()

        backchannel_enabled = self.backchannel_enabled

        background_audio = self.background_audio.to_dict()

        fallback_voice = self.fallback_voice

        knowledge_folder_ids = self.knowledge_folder_ids

        post_call_data_extraction = self.post_call_data_extraction

        post_call_extraction_model: None | str
        post_call_extraction_model = self.post_call_extraction_model

        auto_eval_enabled = self.auto_eval_enabled

        webhook_url: None | str
        webhook_url = self.webhook_url

        settings = self.settings.to_dict()

        published_at: None | str
        if isinstance(self.published_at, datetime.datetime):
            published_at = self.published_at.isoformat()
        else:
            published_at = self.published_at

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "promptDraft": prompt_draft,
                "promptPublished": prompt_published,
                "welcome": welcome,
                "voice": voice,
                "llmModel": llm_model,
                "maxCallSeconds": max_call_seconds,
                "enabledTools": enabled_tools,
                "toolConfigs": tool_configs,
                "defaultDynamicVariables": default_dynamic_variables,
                "callSettings": call_settings,
                "backchannelEnabled": backchannel_enabled,
                "backgroundAudio": background_audio,
                "fallbackVoice": fallback_voice,
                "knowledgeFolderIds": knowledge_folder_ids,
                "postCallDataExtraction": post_call_data_extraction,
                "postCallExtractionModel": post_call_extraction_model,
                "autoEvalEnabled": auto_eval_enabled,
                "webhookUrl": webhook_url,
                "settings": settings,
                "publishedAt": published_at,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_background_audio import AgentBackgroundAudio  # noqa: PLC0415
        from ..models.agent_call_settings import AgentCallSettings  # noqa: PLC0415
        from ..models.agent_default_dynamic_variables import AgentDefaultDynamicVariables  # noqa: PLC0415
        from ..models.agent_settings import AgentSettings  # noqa: PLC0415
        from ..models.agent_tool_configs import AgentToolConfigs  # noqa: PLC0415
        from ..models.agent_voice import AgentVoice  # noqa: PLC0415
        from ..models.agent_welcome import AgentWelcome  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        prompt_draft = d.pop("promptDraft")

        def _parse_prompt_published(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        prompt_published = _parse_prompt_published(d.pop("promptPublished"))

        welcome = AgentWelcome.from_dict(d.pop("welcome"))

        voice = AgentVoice.from_dict(d.pop("voice"))

        def _parse_llm_model(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        llm_model = _parse_llm_model(d.pop("llmModel"))

        max_call_seconds = d.pop("maxCallSeconds")

        enabled_tools = cast(list[str], d.pop("enabledTools"))

        tool_configs = AgentToolConfigs.from_dict(d.pop("toolConfigs"))

        default_dynamic_variables = AgentDefaultDynamicVariables.from_dict(d.pop("defaultDynamicVariables"))

        call_settings = AgentCallSettings.from_dict(d.pop("callSettings"))

        backchannel_enabled = d.pop("backchannelEnabled")

        background_audio = AgentBackgroundAudio.from_dict(d.pop("backgroundAudio"))

        fallback_voice = d.pop("fallbackVoice")

        knowledge_folder_ids = cast(list[str], d.pop("knowledgeFolderIds"))

        post_call_data_extraction = cast(list[Any], d.pop("postCallDataExtraction"))

        def _parse_post_call_extraction_model(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        post_call_extraction_model = _parse_post_call_extraction_model(d.pop("postCallExtractionModel"))

        auto_eval_enabled = d.pop("autoEvalEnabled")

        def _parse_webhook_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        webhook_url = _parse_webhook_url(d.pop("webhookUrl"))

        settings = AgentSettings.from_dict(d.pop("settings"))

        def _parse_published_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                published_at_type_0 = datetime.datetime.fromisoformat(data)

                return published_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        published_at = _parse_published_at(d.pop("publishedAt"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        agent = cls(
            id=id,
            name=name,
            prompt_draft=prompt_draft,
            prompt_published=prompt_published,
            welcome=welcome,
            voice=voice,
            llm_model=llm_model,
            max_call_seconds=max_call_seconds,
            enabled_tools=enabled_tools,
            tool_configs=tool_configs,
            default_dynamic_variables=default_dynamic_variables,
            call_settings=call_settings,
            backchannel_enabled=backchannel_enabled,
            background_audio=background_audio,
            fallback_voice=fallback_voice,
            knowledge_folder_ids=knowledge_folder_ids,
            post_call_data_extraction=post_call_data_extraction,
            post_call_extraction_model=post_call_extraction_model,
            auto_eval_enabled=auto_eval_enabled,
            webhook_url=webhook_url,
            settings=settings,
            published_at=published_at,
            created_at=created_at,
            updated_at=updated_at,
        )

        agent.additional_properties = d
        return agent

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
