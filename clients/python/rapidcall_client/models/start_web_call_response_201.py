from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="StartWebCallResponse201")


@_attrs_define
class StartWebCallResponse201:
    """
    Attributes:
        call_id (str):
        room_name (str): `call-<agentId>-<6 alphanumerics>`; the agent parses the agent id from it
        token (str): LiveKit participant token for this room only, valid 1 h
        livekit_url (str):
    """

    call_id: str
    room_name: str
    token: str
    livekit_url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        room_name = self.room_name

        token = self.token

        livekit_url = self.livekit_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callId": call_id,
                "roomName": room_name,
                "token": token,
                "livekitUrl": livekit_url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        call_id = d.pop("callId")

        room_name = d.pop("roomName")

        token = d.pop("token")

        livekit_url = d.pop("livekitUrl")

        start_web_call_response_201 = cls(
            call_id=call_id,
            room_name=room_name,
            token=token,
            livekit_url=livekit_url,
        )

        start_web_call_response_201.additional_properties = d
        return start_web_call_response_201

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
