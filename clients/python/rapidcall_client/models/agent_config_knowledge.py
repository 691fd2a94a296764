from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AgentConfigKnowledge")


@_attrs_define
class AgentConfigKnowledge:
    """Present when the prompt has a `{{knowledge}}` placeholder

    Attributes:
        documents_inlined (int): Knowledge-base documents whose whole text fills `{{knowledge}}` in `prompt`
        documents_omitted (int): Documents of the agent's folders left out (over KB_INLINE_MAX_CHARS, or to keep the
            room metadata under 60 KiB)
        chars (int): Characters of knowledge put in the prompt
    """

    documents_inlined: int
    documents_omitted: int
    chars: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        documents_inlined = self.documents_inlined

        documents_omitted = self.documents_omitted

        chars = self.chars

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "documentsInlined": documents_inlined,
                "documentsOmitted": documents_omitted,
                "chars": chars,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        documents_inlined = d.pop("documentsInlined")

        documents_omitted = d.pop("documentsOmitted")

        chars = d.pop("chars")

        agent_config_knowledge = cls(
            documents_inlined=documents_inlined,
            documents_omitted=documents_omitted,
            chars=chars,
        )

        agent_config_knowledge.additional_properties = d
        return agent_config_knowledge

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
