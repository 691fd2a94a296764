from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

T = TypeVar("T", bound="UpdatePhoneNumberBody")


@_attrs_define
class UpdatePhoneNumberBody:
    """
    Attributes:
        inbound_agent_id (None | str):
    """

    inbound_agent_id: None | str

    def to_dict(self) -> dict[str, Any]:
        inbound_agent_id: None | str
        inbound_agent_id = self.inbound_agent_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "inboundAgentId": inbound_agent_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_inbound_agent_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        inbound_agent_id = _parse_inbound_agent_id(d.pop("inboundAgentId"))

        update_phone_number_body = cls(
            inbound_agent_id=inbound_agent_id,
        )

        return update_phone_number_body
