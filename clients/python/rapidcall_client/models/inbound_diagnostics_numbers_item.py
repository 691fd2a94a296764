from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.inbound_diagnostics_numbers_item_status_type_0 import (
    InboundDiagnosticsNumbersItemStatusType0,
    check_inbound_diagnostics_numbers_item_status_type_0,
)
from ..models.inbound_diagnostics_numbers_item_status_type_1 import (
    InboundDiagnosticsNumbersItemStatusType1,
    check_inbound_diagnostics_numbers_item_status_type_1,
)
from ..models.inbound_diagnostics_numbers_item_status_type_2 import (
    InboundDiagnosticsNumbersItemStatusType2,
    check_inbound_diagnostics_numbers_item_status_type_2,
)

T = TypeVar("T", bound="InboundDiagnosticsNumbersItem")


@_attrs_define
class InboundDiagnosticsNumbersItem:
    """
    Attributes:
        id (str):
        e164 (str):
        status (InboundDiagnosticsNumbersItemStatusType0 | InboundDiagnosticsNumbersItemStatusType1 |
            InboundDiagnosticsNumbersItemStatusType2): `pending`: imported, never provisioned; `active`: the last
            reprovision succeeded; `error`: a reprovision step failed
        inbound_agent_id (None | str):
        inbound_agent_name (None | str):
        on_twilio_trunk (bool | None):
        in_live_kit_inbound_trunk (bool | None):
    """

    id: str
    e164: str
    status: (
        InboundDiagnosticsNumbersItemStatusType0
        | InboundDiagnosticsNumbersItemStatusType1
        | InboundDiagnosticsNumbersItemStatusType2
    )
    inbound_agent_id: None | str
    inbound_agent_name: None | str
    on_twilio_trunk: bool | None
    in_live_kit_inbound_trunk: bool | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        e164 = self.e164

        status: str
        if isinstance(self.status, str):
            status = self.status
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        inbound_agent_id: None | str
        inbound_agent_id = self.inbound_agent_id

        inbound_agent_name: None | str
        inbound_agent_name = self.inbound_agent_name

        on_twilio_trunk: bool | None
        on_twilio_trunk = self.on_twilio_trunk

        in_live_kit_inbound_trunk: bool | None
        in_live_kit_inbound_trunk = self.in_live_kit_inbound_trunk

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "e164": e164,
                "status": status,
                "inboundAgentId": inbound_agent_id,
                "inboundAgentName": inbound_agent_name,
                "onTwilioTrunk": on_twilio_trunk,
                "inLiveKitInboundTrunk": in_live_kit_inbound_trunk,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        e164 = d.pop("e164")

        def _parse_status(
            data: object,
        ) -> (
            InboundDiagnosticsNumbersItemStatusType0
            | InboundDiagnosticsNumbersItemStatusType1
            | InboundDiagnosticsNumbersItemStatusType2
        ):
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_inbound_diagnostics_numbers_item_status_type_0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = check_inbound_diagnostics_numbers_item_status_type_1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            status_type_2 = check_inbound_diagnostics_numbers_item_status_type_2(data)

            return status_type_2

        status = _parse_status(d.pop("status"))

        def _parse_inbound_agent_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        inbound_agent_id = _parse_inbound_agent_id(d.pop("inboundAgentId"))

        def _parse_inbound_agent_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        inbound_agent_name = _parse_inbound_agent_name(d.pop("inboundAgentName"))

        def _parse_on_twilio_trunk(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        on_twilio_trunk = _parse_on_twilio_trunk(d.pop("onTwilioTrunk"))

        def _parse_in_live_kit_inbound_trunk(data: object) -> bool | None:
            if data is None:
                return data
            return cast(bool | None, data)

        in_live_kit_inbound_trunk = _parse_in_live_kit_inbound_trunk(d.pop("inLiveKitInboundTrunk"))

        inbound_diagnostics_numbers_item = cls(
            id=id,
            e164=e164,
            status=status,
            inbound_agent_id=inbound_agent_id,
            inbound_agent_name=inbound_agent_name,
            on_twilio_trunk=on_twilio_trunk,
            in_live_kit_inbound_trunk=in_live_kit_inbound_trunk,
        )

        inbound_diagnostics_numbers_item.additional_properties = d
        return inbound_diagnostics_numbers_item

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
