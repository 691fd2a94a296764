from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.create_agent_body_post_call_data_extraction_item_type import (
    CreateAgentBodyPostCallDataExtractionItemType,
    check_create_agent_body_post_call_data_extraction_item_type,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAgentBodyPostCallDataExtractionItem")


@_attrs_define
class CreateAgentBodyPostCallDataExtractionItem:
    """
    Attributes:
        name (str): Key of the value in `analysis.custom` (unique per agent)
        type_ (CreateAgentBodyPostCallDataExtractionItemType): `text`, `selector` (one of `options`), `boolean` or
            `number`
        description (str): What to extract, as the LLM is told Default: ''.
        options (list[str] | Unset): The choices of a `selector` (required for it, refused for other types)
    """

    name: str
    type_: CreateAgentBodyPostCallDataExtractionItemType
    description: str = ""
    options: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        type_: str = self.type_

        description = self.description

        options: list[str] | Unset = UNSET
        if not isinstance(self.options, Unset):
            options = self.options

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "name": name,
                "type": type_,
                "description": description,
            }
        )
        if options is not UNSET:
            field_dict["options"] = options

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        type_ = check_create_agent_body_post_call_data_extraction_item_type(d.pop("type"))

        description = d.pop("description")

        options = cast(list[str], d.pop("options", UNSET))

        create_agent_body_post_call_data_extraction_item = cls(
            name=name,
            type_=type_,
            description=description,
            options=options,
        )

        return create_agent_body_post_call_data_extraction_item
