from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UsageSummaryUsageLine")


@_attrs_define
class UsageSummaryUsageLine:
    """
    Attributes:
        key (str): `voice_base_minutes`, `voice_model_upgrade_minutes`, `telephony_minutes`, `llm_token_overage_1k` or
            `phone_numbers`
        meter (str):
        description (str):
        unit (str):
        quantity (float): Sum of the calls' quantities on this meter, 6 decimals
        unit_usd (float):
        amount_usd (float): quantity x unitUsd, 6 decimals: what Stripe bills for this meter
        calls (int):
        model (str | Unset):
    """

    key: str
    meter: str
    description: str
    unit: str
    quantity: float
    unit_usd: float
    amount_usd: float
    calls: int
    model: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        meter = self.meter

        description = self.description

        unit = self.unit

        quantity = self.quantity

        unit_usd = self.unit_usd

        amount_usd = self.amount_usd

        calls = self.calls

        model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "meter": meter,
                "description": description,
                "unit": unit,
                "quantity": quantity,
                "unitUsd": unit_usd,
                "amountUsd": amount_usd,
                "calls": calls,
            }
        )
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        key = d.pop("key")

        meter = d.pop("meter")

        description = d.pop("description")

        unit = d.pop("unit")

        quantity = d.pop("quantity")

        unit_usd = d.pop("unitUsd")

        amount_usd = d.pop("amountUsd")

        calls = d.pop("calls")

        model = d.pop("model", UNSET)

        usage_summary_usage_line = cls(
            key=key,
            meter=meter,
            description=description,
            unit=unit,
            quantity=quantity,
            unit_usd=unit_usd,
            amount_usd=amount_usd,
            calls=calls,
            model=model,
        )

        usage_summary_usage_line.additional_properties = d
        return usage_summary_usage_line

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
