from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AddDncEntryBody")


@_attrs_define
class AddDncEntryBody:
    """
    Attributes:
        phone (str): Any common notation; stored as E.164
        reason (str | Unset):
        default_country (str | Unset): ISO 3166-1 alpha-2 country for numbers written without a country code
    """

    phone: str
    reason: str | Unset = UNSET
    default_country: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        reason = self.reason

        default_country = self.default_country

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "phone": phone,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason
        if default_country is not UNSET:
            field_dict["defaultCountry"] = default_country

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone = d.pop("phone")

        reason = d.pop("reason", UNSET)

        default_country = d.pop("defaultCountry", UNSET)

        add_dnc_entry_body = cls(
            phone=phone,
            reason=reason,
            default_country=default_country,
        )

        return add_dnc_entry_body
