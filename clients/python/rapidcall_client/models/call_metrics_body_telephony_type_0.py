from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallMetricsBodyTelephonyType0")


@_attrs_define
class CallMetricsBodyTelephonyType0:
    """
    Attributes:
        trunk_number (None | str | Unset): Number the call came in on
        caller_number (None | str | Unset): Caller
        twilio_call_sid (None | str | Unset): Twilio call SID
        rate_key (None | str | Unset): Rate table key
    """

    trunk_number: None | str | Unset = UNSET
    caller_number: None | str | Unset = UNSET
    twilio_call_sid: None | str | Unset = UNSET
    rate_key: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trunk_number: None | str | Unset
        if isinstance(self.trunk_number, Unset):
            trunk_number = UNSET
        else:
            trunk_number = self.trunk_number

        caller_number: None | str | Unset
        if isinstance(self.caller_number, Unset):
            caller_number = UNSET
        else:
            caller_number = self.caller_number

        twilio_call_sid: None | str | Unset
        if isinstance(self.twilio_call_sid, Unset):
            twilio_call_sid = UNSET
        else:
            twilio_call_sid = self.twilio_call_sid

        rate_key: None | str | Unset
        if isinstance(self.rate_key, Unset):
            rate_key = UNSET
        else:
            rate_key = self.rate_key

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if trunk_number is not UNSET:
            field_dict["trunkNumber"] = trunk_number
        if caller_number is not UNSET:
            field_dict["callerNumber"] = caller_number
        if twilio_call_sid is not UNSET:
            field_dict["twilioCallSid"] = twilio_call_sid
        if rate_key is not UNSET:
            field_dict["rateKey"] = rate_key

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_trunk_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        trunk_number = _parse_trunk_number(d.pop("trunkNumber", UNSET))

        def _parse_caller_number(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        caller_number = _parse_caller_number(d.pop("callerNumber", UNSET))

        def _parse_twilio_call_sid(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        twilio_call_sid = _parse_twilio_call_sid(d.pop("twilioCallSid", UNSET))

        def _parse_rate_key(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        rate_key = _parse_rate_key(d.pop("rateKey", UNSET))

        call_metrics_body_telephony_type_0 = cls(
            trunk_number=trunk_number,
            caller_number=caller_number,
            twilio_call_sid=twilio_call_sid,
            rate_key=rate_key,
        )

        call_metrics_body_telephony_type_0.additional_properties = d
        return call_metrics_body_telephony_type_0

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
