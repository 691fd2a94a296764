from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdatePhoneNumberBody")


@_attrs_define
class UpdatePhoneNumberBody:
    """Any of the fields; only those sent change.

    Attributes:
        label (str | Unset):
        inbound_agent_id (None | str | Unset):
        outbound_agent_id (None | str | Unset):
        allowed_inbound_countries (list[str] | Unset): Countries whose callers are answered; empty allows every country
        allowed_outbound_countries (list[str] | Unset): Countries this number may call; empty allows every country
        allow_withheld_callers (bool | Unset):
    """

    label: str | Unset = UNSET
    inbound_agent_id: None | str | Unset = UNSET
    outbound_agent_id: None | str | Unset = UNSET
    allowed_inbound_countries: list[str] | Unset = UNSET
    allowed_outbound_countries: list[str] | Unset = UNSET
    allow_withheld_callers: bool | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        label = self.label

        inbound_agent_id: None | str | Unset
        if isinstance(self.inbound_agent_id, Unset):
            inbound_agent_id = UNSET
        else:
            inbound_agent_id = self.inbound_agent_id

        outbound_agent_id: None | str | Unset
        if isinstance(self.outbound_agent_id, Unset):
            outbound_agent_id = UNSET
        else:
            outbound_agent_id = self.outbound_agent_id

        allowed_inbound_countries: list[str] | Unset = UNSET
        if not isinstance(self.allowed_inbound_countries, Unset):
            allowed_inbound_countries = self.allowed_inbound_countries

        allowed_outbound_countries: list[str] | Unset = UNSET
        if not isinstance(self.allowed_outbound_countries, Unset):
            allowed_outbound_countries = self.allowed_outbound_countries

        allow_withheld_callers = self.allow_withheld_callers

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if label is not UNSET:
            field_dict["label"] = label
        if inbound_agent_id is not UNSET:
            field_dict["inboundAgentId"] = inbound_agent_id
        if outbound_agent_id is not UNSET:
            field_dict["outboundAgentId"] = outbound_agent_id
        if allowed_inbound_countries is not UNSET:
            field_dict["allowedInboundCountries"] = allowed_inbound_countries
        if allowed_outbound_countries is not UNSET:
            field_dict["allowedOutboundCountries"] = allowed_outbound_countries
        if allow_withheld_callers is not UNSET:
            field_dict["allowWithheldCallers"] = allow_withheld_callers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        label = d.pop("label", UNSET)

        def _parse_inbound_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inbound_agent_id = _parse_inbound_agent_id(d.pop("inboundAgentId", UNSET))

        def _parse_outbound_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        outbound_agent_id = _parse_outbound_agent_id(d.pop("outboundAgentId", UNSET))

        allowed_inbound_countries = cast(list[str], d.pop("allowedInboundCountries", UNSET))

        allowed_outbound_countries = cast(list[str], d.pop("allowedOutboundCountries", UNSET))

        allow_withheld_callers = d.pop("allowWithheldCallers", UNSET)

        update_phone_number_body = cls(
            label=label,
            inbound_agent_id=inbound_agent_id,
            outbound_agent_id=outbound_agent_id,
            allowed_inbound_countries=allowed_inbound_countries,
            allowed_outbound_countries=allowed_outbound_countries,
            allow_withheld_callers=allow_withheld_callers,
        )

        return update_phone_number_body
