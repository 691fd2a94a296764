from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RateCardRateCardMeter")


@_attrs_define
class RateCardRateCardMeter:
    """
    Attributes:
        meter (str): The line's meter: the key, or `voice_model_upgrade_minutes:<model>`
        key (str): `voice_base_minutes`, `voice_model_upgrade_minutes`, `telephony_minutes`, `llm_token_overage_1k` or
            `phone_numbers`
        description (str):
        unit (str):
        unit_usd (float): Price per unit
        lookup_key (str): Lookup key of its Stripe price
        event_name (str | Unset): Event name of its Stripe Billing Meter (none for the monthly number fee)
        model (str | Unset):
    """

    meter: str
    key: str
    description: str
    unit: str
    unit_usd: float
    lookup_key: str
    event_name: str | Unset = UNSET
    model: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        meter = self.meter

        key = self.key

        description = self.description

        unit = self.unit

        unit_usd = self.unit_usd

        lookup_key = self.lookup_key

        event_name = self.event_name

        model = self.model

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meter": meter,
                "key": key,
                "description": description,
                "unit": unit,
                "unitUsd": unit_usd,
                "lookupKey": lookup_key,
            }
        )
        if event_name is not UNSET:
            field_dict["eventName"] = event_name
        if model is not UNSET:
            field_dict["model"] = model

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        meter = d.pop("meter")

        key = d.pop("key")

        description = d.pop("description")

        unit = d.pop("unit")

        unit_usd = d.pop("unitUsd")

        lookup_key = d.pop("lookupKey")

        event_name = d.pop("eventName", UNSET)

        model = d.pop("model", UNSET)

        rate_card_rate_card_meter = cls(
            meter=meter,
            key=key,
            description=description,
            unit=unit,
            unit_usd=unit_usd,
            lookup_key=lookup_key,
            event_name=event_name,
            model=model,
        )

        rate_card_rate_card_meter.additional_properties = d
        return rate_card_rate_card_meter

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
