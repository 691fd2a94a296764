from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.inbound_diagnostics_checks_item import InboundDiagnosticsChecksItem
    from ..models.inbound_diagnostics_numbers_item import InboundDiagnosticsNumbersItem


T = TypeVar("T", bound="InboundDiagnostics")


@_attrs_define
class InboundDiagnostics:
    """
    Attributes:
        livekit_sip_endpoint (None | str):
        livekit_agent_name (str):
        expected_origination_sip_url (None | str):
        origination_urls (list[str]):
        twilio_trunk_sid (None | str):
        livekit_inbound_trunk_id (None | str):
        last_inbound_start_at (datetime.datetime | None):
        numbers (list[InboundDiagnosticsNumbersItem]):
        checks (list[InboundDiagnosticsChecksItem]):
    """

    livekit_sip_endpoint: None | str
    livekit_agent_name: str
    expected_origination_sip_url: None | str
    origination_urls: list[str]
    twilio_trunk_sid: None | str
    livekit_inbound_trunk_id: None | str
    last_inbound_start_at: datetime.datetime | None
    numbers: list[InboundDiagnosticsNumbersItem]
    checks: list[InboundDiagnosticsChecksItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        livekit_sip_endpoint: None | str
        livekit_sip_endpoint = self.livekit_sip_endpoint

        livekit_agent_name = self.livekit_agent_name

        expected_origination_sip_url: None | str
        expected_origination_sip_url = self.expected_origination_sip_url

        origination_urls = self.origination_urls

        twilio_trunk_sid: None | str
        twilio_trunk_sid = self.twilio_trunk_sid

        livekit_inbound_trunk_id: None | str
        livekit_inbound_trunk_id = self.livekit_inbound_trunk_id

        last_inbound_start_at: None | str
        if isinstance(self.last_inbound_start_at, datetime.datetime):
            last_inbound_start_at = self.last_inbound_start_at.isoformat()
        else:
            last_inbound_start_at = self.last_inbound_start_at

        numbers = []
        for numbers_item_data in self.numbers:
            numbers_item = numbers_item_data.to_dict()
            numbers.append(numbers_item)

        checks = []
        for checks_item_data in self.checks:
            checks_item = checks_item_data.to_dict()
            checks.append(checks_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "LIVEKIT_SIP_ENDPOINT": livekit_sip_endpoint,
                "LIVEKIT_AGENT_NAME": livekit_agent_name,
                "expectedOriginationSipUrl": expected_origination_sip_url,
                "originationUrls": origination_urls,
                "twilioTrunkSid": twilio_trunk_sid,
                "livekitInboundTrunkId": livekit_inbound_trunk_id,
                "lastInboundStartAt": last_inbound_start_at,
                "numbers": numbers,
                "checks": checks,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.inbound_diagnostics_checks_item import InboundDiagnosticsChecksItem  # noqa: PLC0415
        from ..models.inbound_diagnostics_numbers_item import InboundDiagnosticsNumbersItem  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_livekit_sip_endpoint(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        livekit_sip_endpoint = _parse_livekit_sip_endpoint(d.pop("LIVEKIT_SIP_ENDPOINT"))

        livekit_agent_name = d.pop("LIVEKIT_AGENT_NAME")

        def _parse_expected_origination_sip_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        expected_origination_sip_url = _parse_expected_origination_sip_url(d.pop("expectedOriginationSipUrl"))

        origination_urls = cast(list[str], d.pop("originationUrls"))

        def _parse_twilio_trunk_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        twilio_trunk_sid = _parse_twilio_trunk_sid(d.pop("twilioTrunkSid"))

        def _parse_livekit_inbound_trunk_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        livekit_inbound_trunk_id = _parse_livekit_inbound_trunk_id(d.pop("livekitInboundTrunkId"))

        def _parse_last_inbound_start_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_inbound_start_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_inbound_start_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_inbound_start_at = _parse_last_inbound_start_at(d.pop("lastInboundStartAt"))

        numbers = []
        _numbers = d.pop("numbers")
        for numbers_item_data in _numbers:
            numbers_item = InboundDiagnosticsNumbersItem.from_dict(numbers_item_data)

            numbers.append(numbers_item)

        checks = []
        _checks = d.pop("checks")
        for checks_item_data in _checks:
            checks_item = InboundDiagnosticsChecksItem.from_dict(checks_item_data)

            checks.append(checks_item)

        inbound_diagnostics = cls(
            livekit_sip_endpoint=livekit_sip_endpoint,
            livekit_agent_name=livekit_agent_name,
            expected_origination_sip_url=expected_origination_sip_url,
            origination_urls=origination_urls,
            twilio_trunk_sid=twilio_trunk_sid,
            livekit_inbound_trunk_id=livekit_inbound_trunk_id,
            last_inbound_start_at=last_inbound_start_at,
            numbers=numbers,
            checks=checks,
        )

        inbound_diagnostics.additional_properties = d
        return inbound_diagnostics

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
