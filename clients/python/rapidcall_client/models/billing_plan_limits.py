from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BillingPlanLimits")


@_attrs_define
class BillingPlanLimits:
    """
    Attributes:
        concurrent_calls (int): Calls open at once (web, inbound and outbound together)
        monthly_minutes (int): Billable minutes per billing period (each call rounded up to whole minutes)
    """

    concurrent_calls: int
    monthly_minutes: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        concurrent_calls = self.concurrent_calls

        monthly_minutes = self.monthly_minutes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "concurrentCalls": concurrent_calls,
                "monthlyMinutes": monthly_minutes,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        concurrent_calls = d.pop("concurrentCalls")

        monthly_minutes = d.pop("monthlyMinutes")

        billing_plan_limits = cls(
            concurrent_calls=concurrent_calls,
            monthly_minutes=monthly_minutes,
        )

        billing_plan_limits.additional_properties = d
        return billing_plan_limits

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
