from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallCallCostCallCostLine")


@_attrs_define
class CallCallCostCallCostLine:
    """
    Attributes:
        key (str): `voice_base_minutes`, `voice_model_upgrade_minutes`, `telephony_minutes` or `llm_token_overage_1k`
        meter (str): The Stripe meter it is reported to: the key, or `voice_model_upgrade_minutes:<model>`
        description (str):
        quantity (float): Minutes (billed per second) or thousands of tokens, 6 decimals
        unit (str):
        unit_usd (float):
        amount_usd (float): quantity x unitUsd, 6 decimals (only invoices round)
        model (str | Unset):
    """

    key: str
    meter: str
    description: str
    quantity: float
    unit: str
    unit_usd: float
    amount_usd: float
    model: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        key = self.key

        meter = self.meter

        description = self.description

        quantity = self.quantity

        unit = self.unit

        unit_usd = self.unit_usd

        amount_usd = self.amount_usd

        model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "key": key,
                "meter": meter,
                "description": description,
                "quantity": quantity,
                "unit": unit,
                "unitUsd": unit_usd,
                "amountUsd": amount_usd,
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

        quantity = d.pop("quantity")

        unit = d.pop("unit")

        unit_usd = d.pop("unitUsd")

        amount_usd = d.pop("amountUsd")

        model = d.pop("model", UNSET)

        call_call_cost_call_cost_line = cls(
            key=key,
            meter=meter,
            description=description,
            quantity=quantity,
            unit=unit,
            unit_usd=unit_usd,
            amount_usd=amount_usd,
            model=model,
        )

        call_call_cost_call_cost_line.additional_properties = d
        return call_call_cost_call_cost_line

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
