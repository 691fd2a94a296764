from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BillingUsage")


@_attrs_define
class BillingUsage:
    """
    Attributes:
        minutes (int): Billable minutes of the calls that ended this period
        cost_usd (float): Model and telephony cost of the calls started this period, as in /api/analytics/usage
        active_calls (int): Calls open now
    """

    minutes: int
    cost_usd: float
    active_calls: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        minutes = self.minutes

        cost_usd = self.cost_usd

        active_calls = self.active_calls

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "minutes": minutes,
                "costUsd": cost_usd,
                "activeCalls": active_calls,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        minutes = d.pop("minutes")

        cost_usd = d.pop("costUsd")

        active_calls = d.pop("activeCalls")

        billing_usage = cls(
            minutes=minutes,
            cost_usd=cost_usd,
            active_calls=active_calls,
        )

        billing_usage.additional_properties = d
        return billing_usage

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
