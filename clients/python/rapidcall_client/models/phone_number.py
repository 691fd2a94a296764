from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.phone_number_provider import PhoneNumberProvider, check_phone_number_provider
from ..models.phone_number_source_type_0 import PhoneNumberSourceType0, check_phone_number_source_type_0
from ..models.phone_number_source_type_1 import PhoneNumberSourceType1, check_phone_number_source_type_1
from ..models.phone_number_status_type_0 import PhoneNumberStatusType0, check_phone_number_status_type_0
from ..models.phone_number_status_type_1 import PhoneNumberStatusType1, check_phone_number_status_type_1
from ..models.phone_number_status_type_2 import PhoneNumberStatusType2, check_phone_number_status_type_2

T = TypeVar("T", bound="PhoneNumber")


@_attrs_define
class PhoneNumber:
    """
    Attributes:
        id (str):
        e164 (str):
        label (str):
        provider (PhoneNumberProvider):
        source (PhoneNumberSourceType0 | PhoneNumberSourceType1): `purchased` numbers are released at Twilio when
            deleted (unless `release=false`)
        inbound_agent_id (None | str):
        outbound_agent_id (None | str):
        allowed_inbound_countries (list[str]): Callers from other countries hear that the call cannot be taken; empty:
            all
        allowed_outbound_countries (list[str]): Destinations in other countries are refused (422
            `destination_not_allowed`); empty: all
        allow_withheld_callers (bool): Whether a caller who withholds their number is answered (they have no country)
        status_reason (None | str):
        on_trunk (bool): Associated with the workspace Twilio SIP trunk: inbound calls go to its origination URI
        status (PhoneNumberStatusType0 | PhoneNumberStatusType1 | PhoneNumberStatusType2): `pending`: imported, never
            provisioned; `active`: the last reprovision succeeded; `error`: a reprovision step failed
        twilio_sid (None | str):
        twilio_trunk_sid (None | str):
        livekit_inbound_trunk_id (None | str):
        livekit_outbound_trunk_id (None | str):
        last_provisioned_at (datetime.datetime | None):
        created_at (datetime.datetime): ISO-8601 UTC
        updated_at (datetime.datetime): ISO-8601 UTC
    """

    id: str
    e164: str
    label: str
    provider: PhoneNumberProvider
    source: PhoneNumberSourceType0 | PhoneNumberSourceType1
    inbound_agent_id: None | str
    outbound_agent_id: None | str
    allowed_inbound_countries: list[str]
    allowed_outbound_countries: list[str]
    allow_withheld_callers: bool
    status_reason: None | str
    on_trunk: bool
    status: PhoneNumberStatusType0 | PhoneNumberStatusType1 | PhoneNumberStatusType2
    twilio_sid: None | str
    twilio_trunk_sid: None | str
    livekit_inbound_trunk_id: None | str
    livekit_outbound_trunk_id: None | str
    last_provisioned_at: datetime.datetime | None
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        e164 = self.e164

        label = self.label

        provider: str = self.provider

        source: str
        if isinstance(self.source, str):
            source = self.source
        else:
            source = self.source

        inbound_agent_id: None | str
        inbound_agent_id = self.inbound_agent_id

        outbound_agent_id: None | str
        outbound_agent_id = self.outbound_agent_id

        allowed_inbound_countries = self.allowed_inbound_countries

        allowed_outbound_countries = self.allowed_outbound_countries

        allow_withheld_callers = self.allow_withheld_callers

        status_reason: None | str
        status_reason = self.status_reason

        on_trunk = self.on_trunk

        status: str
        if isinstance(self.status, str):
            status = self.status
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        twilio_sid: None | str
        twilio_sid = self.twilio_sid

        twilio_trunk_sid: None | str
        twilio_trunk_sid = self.twilio_trunk_sid

        livekit_inbound_trunk_id: None | str
        livekit_inbound_trunk_id = self.livekit_inbound_trunk_id

        livekit_outbound_trunk_id: None | str
        livekit_outbound_trunk_id = self.livekit_outbound_trunk_id

        last_provisioned_at: None | str
        if isinstance(self.last_provisioned_at, datetime.datetime):
            last_provisioned_at = self.last_provisioned_at.isoformat()
        else:
            last_provisioned_at = self.last_provisioned_at

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "e164": e164,
                "label": label,
                "provider": provider,
                "source": source,
                "inboundAgentId": inbound_agent_id,
                "outboundAgentId": outbound_agent_id,
                "allowedInboundCountries": allowed_inbound_countries,
                "allowedOutboundCountries": allowed_outbound_countries,
                "allowWithheldCallers": allow_withheld_callers,
                "statusReason": status_reason,
                "onTrunk": on_trunk,
                "status": status,
                "twilioSid": twilio_sid,
                "twilioTrunkSid": twilio_trunk_sid,
                "livekitInboundTrunkId": livekit_inbound_trunk_id,
                "livekitOutboundTrunkId": livekit_outbound_trunk_id,
                "lastProvisionedAt": last_provisioned_at,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        e164 = d.pop("e164")

        label = d.pop("label")

        provider = check_phone_number_provider(d.pop("provider"))

        def _parse_source(data: object) -> PhoneNumberSourceType0 | PhoneNumberSourceType1:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_0 = check_phone_number_source_type_0(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            source_type_1 = check_phone_number_source_type_1(data)

            return source_type_1

        source = _parse_source(d.pop("source"))

        def _parse_inbound_agent_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        inbound_agent_id = _parse_inbound_agent_id(d.pop("inboundAgentId"))

        def _parse_outbound_agent_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        outbound_agent_id = _parse_outbound_agent_id(d.pop("outboundAgentId"))

        allowed_inbound_countries = cast(list[str], d.pop("allowedInboundCountries"))

        allowed_outbound_countries = cast(list[str], d.pop("allowedOutboundCountries"))

        allow_withheld_callers = d.pop("allowWithheldCallers")

        def _parse_status_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        status_reason = _parse_status_reason(d.pop("statusReason"))

        on_trunk = d.pop("onTrunk")

        def _parse_status(data: object) -> PhoneNumberStatusType0 | PhoneNumberStatusType1 | PhoneNumberStatusType2:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_phone_number_status_type_0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = check_phone_number_status_type_1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            status_type_2 = check_phone_number_status_type_2(data)

            return status_type_2

        status = _parse_status(d.pop("status"))

        def _parse_twilio_sid(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        twilio_sid = _parse_twilio_sid(d.pop("twilioSid"))

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

        def _parse_livekit_outbound_trunk_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        livekit_outbound_trunk_id = _parse_livekit_outbound_trunk_id(d.pop("livekitOutboundTrunkId"))

        def _parse_last_provisioned_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_provisioned_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_provisioned_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_provisioned_at = _parse_last_provisioned_at(d.pop("lastProvisionedAt"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        phone_number = cls(
            id=id,
            e164=e164,
            label=label,
            provider=provider,
            source=source,
            inbound_agent_id=inbound_agent_id,
            outbound_agent_id=outbound_agent_id,
            allowed_inbound_countries=allowed_inbound_countries,
            allowed_outbound_countries=allowed_outbound_countries,
            allow_withheld_callers=allow_withheld_callers,
            status_reason=status_reason,
            on_trunk=on_trunk,
            status=status,
            twilio_sid=twilio_sid,
            twilio_trunk_sid=twilio_trunk_sid,
            livekit_inbound_trunk_id=livekit_inbound_trunk_id,
            livekit_outbound_trunk_id=livekit_outbound_trunk_id,
            last_provisioned_at=last_provisioned_at,
            created_at=created_at,
            updated_at=updated_at,
        )

        phone_number.additional_properties = d
        return phone_number

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
