from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="StartWebCallBody")


@_attrs_define
class StartWebCallBody:
    """
    Attributes:
        agent_id (str): Agent id
    """

    agent_id: str

    def to_dict(self) -> dict[str, Any]:
        agent_id = self.agent_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "agentId": agent_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        agent_id = d.pop("agentId")

        start_web_call_body = cls(
            agent_id=agent_id,
        )

        return start_web_call_body
