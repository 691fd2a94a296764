from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CreateOutboundCallResponse201")


@_attrs_define
class CreateOutboundCallResponse201:
    """
    Attributes:
        call_id (str):
        room_name (str): Always `out-<callId>`
        status (str): `active` once answered; `ended` when the dial failed
        outcome (None | str):
    """

    call_id: str
    room_name: str
    status: str
    outcome: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        room_name = self.room_name

        status = self.status

        outcome: None | str
        outcome = self.outcome

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callId": call_id,
                "roomName": room_name,
                "status": status,
                "outcome": outcome,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_id = d.pop("callId")

        room_name = d.pop("roomName")

        status = d.pop("status")

        def _parse_outcome(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        outcome = _parse_outcome(d.pop("outcome"))

        create_outbound_call_response_201 = cls(
            call_id=call_id,
            room_name=room_name,
            status=status,
            outcome=outcome,
        )

        create_outbound_call_response_201.additional_properties = d
        return create_outbound_call_response_201

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
