from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="StartInboundCallBody")


@_attrs_define
class StartInboundCallBody:
    """
    Attributes:
        room_name (str): LiveKit room name
        to (str): Dialled number: E.164 with or without `+`, `sip:+1...@host` or `tel:`
        from_ (None | str | Unset):
        twilio_call_sid (None | str | Unset):
    """

    room_name: str
    to: str
    from_: None | str | Unset = UNSET
    twilio_call_sid: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        room_name = self.room_name

        to = self.to

        from_: None | str | Unset
        if isinstance(self.from_, Unset):
            from_ = UNSET
        else:
            from_ = self.from_

        twilio_call_sid: None | str | Unset
        if isinstance(self.twilio_call_sid, Unset):
            twilio_call_sid = UNSET
        else:
            twilio_call_sid = self.twilio_call_sid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "roomName": room_name,
                "to": to,
            }
        )
        if from_ is not UNSET:
            field_dict["from"] = from_
        if twilio_call_sid is not UNSET:
            field_dict["twilioCallSid"] = twilio_call_sid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        room_name = d.pop("roomName")

        to = d.pop("to")

        def _parse_from_(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        from_ = _parse_from_(d.pop("from", UNSET))

        def _parse_twilio_call_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        twilio_call_sid = _parse_twilio_call_sid(d.pop("twilioCallSid", UNSET))

        start_inbound_call_body = cls(
            room_name=room_name,
            to=to,
            from_=from_,
            twilio_call_sid=twilio_call_sid,
        )

        start_inbound_call_body.additional_properties = d
        return start_inbound_call_body

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
