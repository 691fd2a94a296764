from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.agent_config_variant_type_0_prompt_mode import (
    AgentConfigVariantType0PromptMode,
    check_agent_config_variant_type_0_prompt_mode,
)

T = TypeVar("T", bound="AgentConfigVariantType0")


@_attrs_define
class AgentConfigVariantType0:
    """The A/B variant this call runs (its prompt, welcome, voice and LLM are already applied); null: the agent itself

    Attributes:
        id (str):
        name (str):
        prompt_mode (AgentConfigVariantType0PromptMode):
    """

    id: str
    name: str
    prompt_mode: AgentConfigVariantType0PromptMode
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        prompt_mode: str = self.prompt_mode

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "promptMode": prompt_mode,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        prompt_mode = check_agent_config_variant_type_0_prompt_mode(d.pop("promptMode"))

        agent_config_variant_type_0 = cls(
            id=id,
            name=name,
            prompt_mode=prompt_mode,
        )

        agent_config_variant_type_0.additional_properties = d
        return agent_config_variant_type_0

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
