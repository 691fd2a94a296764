from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreatePhoneNumberBody")


@_attrs_define
class CreatePhoneNumberBody:
    """`{e164}` imports a number the Twilio account already owns; `{purchase}` buys that number; `{areaCode}` buys one
    there. Exactly one of them.

        Attributes:
            e164 (str | Unset): E.164 phone number
            purchase (str | Unset): Buy exactly this number (from GET /api/phone-numbers/available)
            label (str | Unset):
            area_code (str | Unset): US area code to buy a new local number in
            inbound_agent_id (None | str | Unset):
    """

    e164: str | Unset = UNSET
    purchase: str | Unset = UNSET
    label: str | Unset = UNSET
    area_code: str | Unset = UNSET
    inbound_agent_id: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        e164 = self.e164

        purchase = self.purchase

        label = self.label

        area_code = self.area_code

        inbound_agent_id: None | str | Unset
        if isinstance(self.inbound_agent_id, Unset):
            inbound_agent_id = UNSET
        else:
            inbound_agent_id = self.inbound_agent_id

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if e164 is not UNSET:
            field_dict["e164"] = e164
        if purchase is not UNSET:
            field_dict["purchase"] = purchase
        if label is not UNSET:
            field_dict["label"] = label
        if area_code is not UNSET:
            field_dict["areaCode"] = area_code
        if inbound_agent_id is not UNSET:
            field_dict["inboundAgentId"] = inbound_agent_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        e164 = d.pop("e164", UNSET)

        purchase = d.pop("purchase", UNSET)

        label = d.pop("label", UNSET)

        area_code = d.pop("areaCode", UNSET)

        def _parse_inbound_agent_id(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        inbound_agent_id = _parse_inbound_agent_id(d.pop("inboundAgentId", UNSET))

        create_phone_number_body = cls(
            e164=e164,
            purchase=purchase,
            label=label,
            area_code=area_code,
            inbound_agent_id=inbound_agent_id,
        )

        return create_phone_number_body
