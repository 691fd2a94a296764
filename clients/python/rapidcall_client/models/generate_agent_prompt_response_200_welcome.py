from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.generate_agent_prompt_response_200_welcome_ai_message_mode import (
    GenerateAgentPromptResponse200WelcomeAiMessageMode,
    check_generate_agent_prompt_response_200_welcome_ai_message_mode,
)
from ..models.generate_agent_prompt_response_200_welcome_mode_type_0 import (
    GenerateAgentPromptResponse200WelcomeModeType0,
    check_generate_agent_prompt_response_200_welcome_mode_type_0,
)
from ..models.generate_agent_prompt_response_200_welcome_mode_type_1 import (
    GenerateAgentPromptResponse200WelcomeModeType1,
    check_generate_agent_prompt_response_200_welcome_mode_type_1,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="GenerateAgentPromptResponse200Welcome")


@_attrs_define
class GenerateAgentPromptResponse200Welcome:
    """An opening line for the agent to say first (`aiMessageMode: custom`)

    Attributes:
        mode (GenerateAgentPromptResponse200WelcomeModeType0 | GenerateAgentPromptResponse200WelcomeModeType1): `agent`
            speaks first; `user` waits for the caller
        text (str | Unset):
        ai_message_mode (GenerateAgentPromptResponse200WelcomeAiMessageMode | Unset): When the agent speaks first:
            `dynamic` lets the LLM open, `custom` says `aiMessageText`
        ai_message_text (str | Unset): The opening line when `aiMessageMode` is `custom`
        ai_delay_seconds (float | Unset): Pause before the agent speaks first
    """

    mode: GenerateAgentPromptResponse200WelcomeModeType0 | GenerateAgentPromptResponse200WelcomeModeType1
    text: str | Unset = UNSET
    ai_message_mode: GenerateAgentPromptResponse200WelcomeAiMessageMode | Unset = UNSET
    ai_message_text: str | Unset = UNSET
    ai_delay_seconds: float | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        mode: str
        if isinstance(self.mode, str):
            mode = self.mode
        else:
            mode = self.mode

        text = self.text

        ai_message_mode: str | Unset = UNSET
        if not isinstance(self.ai_message_mode, Unset):
            ai_message_mode = self.ai_message_mode

        ai_message_text = self.ai_message_text

        ai_delay_seconds = self.ai_delay_seconds

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "mode": mode,
            }
        )
        if text is not UNSET:
            field_dict["text"] = text
        if ai_message_mode is not UNSET:
            field_dict["aiMessageMode"] = ai_message_mode
        if ai_message_text is not UNSET:
            field_dict["aiMessageText"] = ai_message_text
        if ai_delay_seconds is not UNSET:
            field_dict["aiDelaySeconds"] = ai_delay_seconds

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_mode(
            data: object,
        ) -> GenerateAgentPromptResponse200WelcomeModeType0 | GenerateAgentPromptResponse200WelcomeModeType1:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mode_type_0 = check_generate_agent_prompt_response_200_welcome_mode_type_0(data)

                return mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            mode_type_1 = check_generate_agent_prompt_response_200_welcome_mode_type_1(data)

            return mode_type_1

        mode = _parse_mode(d.pop("mode"))

        text = d.pop("text", UNSET)

        _ai_message_mode = d.pop("aiMessageMode", UNSET)
        ai_message_mode: GenerateAgentPromptResponse200WelcomeAiMessageMode | Unset
        if isinstance(_ai_message_mode, Unset):
            ai_message_mode = UNSET
        else:
            ai_message_mode = check_generate_agent_prompt_response_200_welcome_ai_message_mode(_ai_message_mode)

        ai_message_text = d.pop("aiMessageText", UNSET)

        ai_delay_seconds = d.pop("aiDelaySeconds", UNSET)

        generate_agent_prompt_response_200_welcome = cls(
            mode=mode,
            text=text,
            ai_message_mode=ai_message_mode,
            ai_message_text=ai_message_text,
            ai_delay_seconds=ai_delay_seconds,
        )

        return generate_agent_prompt_response_200_welcome
