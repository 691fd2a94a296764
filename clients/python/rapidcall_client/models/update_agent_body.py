from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.update_agent_body_background_audio import UpdateAgentBodyBackgroundAudio
    from ..models.update_agent_body_call_settings import UpdateAgentBodyCallSettings
    from ..models.update_agent_body_default_dynamic_variables import UpdateAgentBodyDefaultDynamicVariables
    from ..models.update_agent_body_post_call_data_extraction_item import UpdateAgentBodyPostCallDataExtractionItem
    from ..models.update_agent_body_settings import UpdateAgentBodySettings
    from ..models.update_agent_body_tool_configs import UpdateAgentBodyToolConfigs
    from ..models.update_agent_body_voice import UpdateAgentBodyVoice
    from ..models.update_agent_body_welcome import UpdateAgentBodyWelcome


T = TypeVar("T", bound="UpdateAgentBody")


@_attrs_define
class UpdateAgentBody:
    """
    Attributes:
        name (str | Unset):
        prompt_draft (str | Unset):
        prompt_published (None | str | Unset):
        welcome (UpdateAgentBodyWelcome | Unset):
        voice (UpdateAgentBodyVoice | Unset): Provider-specific voice settings; extra keys are kept
        llm_model (None | str | Unset):
        max_call_seconds (int | Unset): The agent hangs up after this many seconds; 0 means no limit
        enabled_tools (list[str] | Unset):
        tool_configs (UpdateAgentBodyToolConfigs | Unset): Per-tool settings, keyed by tool name; always an object
        default_dynamic_variables (UpdateAgentBodyDefaultDynamicVariables | Unset): Values for `{{variable}}`
            placeholders
        call_settings (UpdateAgentBodyCallSettings | Unset): Call options passed to the agent runtime (as
            `callSettings`)
        backchannel_enabled (bool | Unset):
        background_audio (UpdateAgentBodyBackgroundAudio | Unset): Background audio under the call
        fallback_voice (Any | Unset): Voice used when the primary voice provider fails
        knowledge_folder_ids (list[str] | Unset):
        post_call_data_extraction (list[UpdateAgentBodyPostCallDataExtractionItem] | Unset): Values extracted from every
            ended call into `analysis.custom`
        post_call_extraction_model (None | str | Unset):
        auto_eval_enabled (bool | Unset): Evaluate every ended call of this agent automatically
        webhook_url (None | str | Unset):
        settings (UpdateAgentBodySettings | Unset): Platform settings of the agent
    """

    name: str | Unset = UNSET
    prompt_draft: str | Unset = UNSET
    prompt_published: None | str | Unset = UNSET
    welcome: UpdateAgentBodyWelcome | Unset = UNSET
    voice: UpdateAgentBodyVoice | Unset = UNSET
    llm_model: None | str | Unset = UNSET
    max_call_seconds: int | Unset = UNSET
    enabled_tools: list[str] | Unset = UNSET
    tool_configs: UpdateAgentBodyToolConfigs | Unset = UNSET
    default_dynamic_variables: UpdateAgentBodyDefaultDynamicVariables | Unset = UNSET
    call_settings: UpdateAgentBodyCallSettings | Unset = UNSET
    backchannel_enabled: bool | Unset = UNSET
    background_audio: UpdateAgentBodyBackgroundAudio | Unset = UNSET
    fallback_voice: Any | Unset = UNSET
    knowledge_folder_ids: list[str] | Unset = UNSET
    post_call_data_extraction: list[UpdateAgentBodyPostCallDataExtractionItem] | Unset = UNSET
    post_call_extraction_model: None | str | Unset = UNSET
    auto_eval_enabled: bool | Unset = UNSET
    webhook_url: None | str | Unset = UNSET
    settings: UpdateAgentBodySettings | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        prompt_draft = self.prompt_draft

        prompt_published: None | str | Unset
        if isinstance(self.prompt_published, Unset):
            prompt_published = UNSET
        else:
            prompt_published = self.prompt_published

        welcome: dict[str, Any] | Unset = UNSET
        if not isinstance(self.welcome, Unset):
            welcome = self.welcome.to_dict()

        voice: dict[str, Any] | Unset = UNSET
        if not isinstance(self.voice, Unset):
            voice = self.voice.to_dict()

        llm_model: None | str | Unset
        if isinstance(self.llm_model, Unset):
            llm_model = UNSET
        else:
            llm_model = self.llm_model

        max_call_seconds = self.max_call_seconds

        enabled_tools: list[str] | Unset = UNSET
        if not isinstance(self.enabled_tools, Unset):
            enabled_tools = self.enabled_tools

        tool_configs: dict[str, Any] | Unset = UNSET
        if not isinstance(self.tool_configs, Unset):
            tool_configs = self.tool_configs.to_dict()

        default_dynamic_variables: dict[str, Any] | Unset = UNSET
        if not isinstance(self.default_dynamic_variables, Unset):
            default_dynamic_variables = self.default_dynamic_variables.to_dict()

        call_settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.call_settings, Unset):
            call_settings = self.call_settings.to_dict()

        backchannel_enabled = self.backchannel_enabled

        background_audio: dict[str, Any] | Unset = UNSET
        if not isinstance(self.background_audio, Unset):
            background_audio = self.background_audio.to_dict()

        fallback_voice = self.fallback_voice

        knowledge_folder_ids: list[str] | Unset = UNSET
        if not isinstance(self.knowledge_folder_ids, Unset):
            knowledge_folder_ids = self.knowledge_folder_ids

        post_call_data_extraction: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.post_call_data_extraction, Unset):
            post_call_data_extraction = []
            for post_call_data_extraction_item_data in self.post_call_data_extraction:
                post_call_data_extraction_item = post_call_data_extraction_item_data.to_dict()
                post_call_data_extraction.append(post_call_data_extraction_item)

        post_call_extraction_model: None | str | Unset
        if isinstance(self.post_call_extraction_model, Unset):
            post_call_extraction_model = UNSET
        else:
            post_call_extraction_model = self.post_call_extraction_model

        auto_eval_enabled = self.auto_eval_enabled

        webhook_url: None | str | Unset
        if isinstance(self.webhook_url, Unset):
            webhook_url = UNSET
        else:
            webhook_url = self.webhook_url

        settings: dict[str, Any] | Unset = UNSET
        if not isinstance(self.settings, Unset):
            settings = self.settings.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if name is not UNSET:
            field_dict["name"] = name
        if prompt_draft is not UNSET:
            field_dict["promptDraft"] = prompt_draft
        if prompt_published is not UNSET:
            field_dict["promptPublished"] = prompt_published
        if welcome is not UNSET:
            field_dict["welcome"] = welcome
        if voice is not UNSET:
            field_dict["voice"] = voice
        if llm_model is not UNSET:
            field_dict["llmModel"] = llm_model
        if max_call_seconds is not UNSET:
            field_dict["maxCallSeconds"] = max_call_seconds
        if enabled_tools is not UNSET:
            field_dict["enabledTools"] = enabled_tools
        if tool_configs is not UNSET:
            field_dict["toolConfigs"] = tool_configs
        if default_dynamic_variables is not UNSET:
            field_dict["defaultDynamicVariables"] = default_dynamic_variables
        if call_settings is not UNSET:
            field_dict["callSettings"] = call_settings
        if backchannel_enabled is not UNSET:
            field_dict["backchannelEnabled"] = backchannel_enabled
        if background_audio is not UNSET:
            field_dict["backgroundAudio"] = background_audio
        if fallback_voice is not UNSET:
            field_dict["fallbackVoice"] = fallback_voice
        if knowledge_folder_ids is not UNSET:
            field_dict["knowledgeFolderIds"] = knowledge_folder_ids
        if post_call_data_extraction is not UNSET:
            field_dict["postCallDataExtraction"] = post_call_data_extraction
        if post_call_extraction_model is not UNSET:
            field_dict["postCallExtractionModel"] = post_call_extraction_model
        if auto_eval_enabled is not UNSET:
            field_dict["autoEvalEnabled"] = auto_eval_enabled
        if webhook_url is not UNSET:
            field_dict["webhookUrl"] = webhook_url
        if settings is not UNSET:
            field_dict["settings"] = settings

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.update_agent_body_background_audio import UpdateAgentBodyBackgroundAudio  # noqa: PLC0415
        from ..models.update_agent_body_call_settings import UpdateAgentBodyCallSettings  # noqa: PLC0415
        from ..models.update_agent_body_default_dynamic_variables import UpdateAgentBodyDefaultDynamicVariables  # noqa: PLC0415
        from ..models.update_agent_body_post_call_data_extraction_item import UpdateAgentBodyPostCallDataExtractionItem  # noqa: PLC0415
        from ..models.update_agent_body_settings import UpdateAgentBodySettings  # noqa: PLC0415
        from ..models.update_agent_body_tool_configs import UpdateAgentBodyToolConfigs  # noqa: PLC0415
        from ..models.update_agent_body_voice import UpdateAgentBodyVoice  # noqa: PLC0415
        from ..models.update_agent_body_welcome import UpdateAgentBodyWelcome  # noqa: PLC0415

        d = dict(src_dict)
        name = d.pop("name", UNSET)

        prompt_draft = d.pop("promptDraft", UNSET)

        def _parse_prompt_published(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        prompt_published = _parse_prompt_published(d.pop("promptPublished", UNSET))

        _welcome = d.pop("welcome", UNSET)
        welcome: UpdateAgentBodyWelcome | Unset
        if isinstance(_welcome, Unset):
            welcome = UNSET
        else:
            welcome = UpdateAgentBodyWelcome.from_dict(_welcome)

        _voice = d.pop("voice", UNSET)
        voice: UpdateAgentBodyVoice | Unset
        if isinstance(_voice, Unset):
            voice = UNSET
        else:
            voice = UpdateAgentBodyVoice.from_dict(_voice)

        def _parse_llm_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        llm_model = _parse_llm_model(d.pop("llmModel", UNSET))

        max_call_seconds = d.pop("maxCallSeconds", UNSET)

        enabled_tools = cast(list[str], d.pop("enabledTools", UNSET))

        _tool_configs = d.pop("toolConfigs", UNSET)
        tool_configs: UpdateAgentBodyToolConfigs | Unset
        if isinstance(_tool_configs, Unset):
            tool_configs = UNSET
        else:
            tool_configs = UpdateAgentBodyToolConfigs.from_dict(_tool_configs)

        _default_dynamic_variables = d.pop("defaultDynamicVariables", UNSET)
        default_dynamic_variables: UpdateAgentBodyDefaultDynamicVariables | Unset
        if isinstance(_default_dynamic_variables, Unset):
            default_dynamic_variables = UNSET
        else:
            default_dynamic_variables = UpdateAgentBodyDefaultDynamicVariables.from_dict(_default_dynamic_variables)

        _call_settings = d.pop("callSettings", UNSET)
        call_settings: UpdateAgentBodyCallSettings | Unset
        if isinstance(_call_settings, Unset):
            call_settings = UNSET
        else:
            call_settings = UpdateAgentBodyCallSettings.from_dict(_call_settings)

        backchannel_enabled = d.pop("backchannelEnabled", UNSET)

        _background_audio = d.pop("backgroundAudio", UNSET)
        background_audio: UpdateAgentBodyBackgroundAudio | Unset
        if isinstance(_background_audio, Unset):
            background_audio = UNSET
        else:
            background_audio = UpdateAgentBodyBackgroundAudio.from_dict(_background_audio)

        fallback_voice = d.pop("fallbackVoice", UNSET)

        knowledge_folder_ids = cast(list[str], d.pop("knowledgeFolderIds", UNSET))

        _post_call_data_extraction = d.pop("postCallDataExtraction", UNSET)
        post_call_data_extraction: list[UpdateAgentBodyPostCallDataExtractionItem] | Unset = UNSET
        if _post_call_data_extraction is not UNSET:
            post_call_data_extraction = []
            for post_call_data_extraction_item_data in _post_call_data_extraction:
                post_call_data_extraction_item = UpdateAgentBodyPostCallDataExtractionItem.from_dict(
                    post_call_data_extraction_item_data
                )

                post_call_data_extraction.append(post_call_data_extraction_item)

        def _parse_post_call_extraction_model(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        post_call_extraction_model = _parse_post_call_extraction_model(d.pop("postCallExtractionModel", UNSET))

        auto_eval_enabled = d.pop("autoEvalEnabled", UNSET)

        def _parse_webhook_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        webhook_url = _parse_webhook_url(d.pop("webhookUrl", UNSET))

        _settings = d.pop("settings", UNSET)
        settings: UpdateAgentBodySettings | Unset
        if isinstance(_settings, Unset):
            settings = UNSET
        else:
            settings = UpdateAgentBodySettings.from_dict(_settings)

        update_agent_body = cls(
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
        )

        return update_agent_body
