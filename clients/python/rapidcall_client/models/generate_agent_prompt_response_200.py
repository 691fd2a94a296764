from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.generate_agent_prompt_response_200_welcome import GenerateAgentPromptResponse200Welcome


T = TypeVar("T", bound="GenerateAgentPromptResponse200")


@_attrs_define
class GenerateAgentPromptResponse200:
    """
    Attributes:
        prompt_draft (str): A plain-text system prompt for the voice agent, ready for PATCH /api/agents/:id
        welcome (GenerateAgentPromptResponse200Welcome): An opening line for the agent to say first (`aiMessageMode:
            custom`)
    """

    prompt_draft: str
    welcome: GenerateAgentPromptResponse200Welcome
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt_draft = self.prompt_draft

        welcome = self.welcome.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "promptDraft": prompt_draft,
                "welcome": welcome,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.generate_agent_prompt_response_200_welcome import GenerateAgentPromptResponse200Welcome  # noqa: PLC0415

        d = dict(src_dict)
        prompt_draft = d.pop("promptDraft")

        welcome = GenerateAgentPromptResponse200Welcome.from_dict(d.pop("welcome"))

        generate_agent_prompt_response_200 = cls(
            prompt_draft=prompt_draft,
            welcome=welcome,
        )

        generate_agent_prompt_response_200.additional_properties = d
        return generate_agent_prompt_response_200

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
