from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BillingStatusSpend")


@_attrs_define
class BillingStatusSpend:
    """
    Attributes:
        spend_usd (float): Cost of the calls priced this period
        monthly_spend_cap_usd (float | None):
        cap_reached (bool):
    """

    spend_usd: float
    monthly_spend_cap_usd: float | None
    cap_reached: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        spend_usd = self.spend_usd

        monthly_spend_cap_usd: float | None
        monthly_spend_cap_usd = self.monthly_spend_cap_usd

        cap_reached = self.cap_reached

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "spendUsd": spend_usd,
                "monthlySpendCapUsd": monthly_spend_cap_usd,
                "capReached": cap_reached,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        spend_usd = d.pop("spendUsd")

        def _parse_monthly_spend_cap_usd(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        monthly_spend_cap_usd = _parse_monthly_spend_cap_usd(d.pop("monthlySpendCapUsd"))

        cap_reached = d.pop("capReached")

        billing_status_spend = cls(
            spend_usd=spend_usd,
            monthly_spend_cap_usd=monthly_spend_cap_usd,
            cap_reached=cap_reached,
        )

        billing_status_spend.additional_properties = d
        return billing_status_spend

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
