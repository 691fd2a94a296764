from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpgradeResult")


@_attrs_define
class UpgradeResult:
    """
    Attributes:
        url (str | Unset): Stripe Checkout page to send the browser to
        already_paid (bool | Unset): The workspace is paid already: no Checkout
    """

    url: str | Unset = UNSET
    already_paid: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        url = self.url

        already_paid = self.already_paid

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if already_paid is not UNSET:
            field_dict["alreadyPaid"] = already_paid

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        url = d.pop("url", UNSET)

        already_paid = d.pop("alreadyPaid", UNSET)

        upgrade_result = cls(
            url=url,
            already_paid=already_paid,
        )

        upgrade_result.additional_properties = d
        return upgrade_result

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
