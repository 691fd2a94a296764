from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BillingStatusTrial")


@_attrs_define
class BillingStatusTrial:
    """
    Attributes:
        trial_credit_usd (float): Credit the trial was granted
        credit_usd (float): Credit left (never below 0), 6 decimals
        approx_minutes_remaining (int): floor(creditUsd / base price per minute)
        allow_pstn (bool): TRIAL_ALLOW_PSTN
        allow_number_purchase (bool): TRIAL_ALLOW_NUMBER_PURCHASE
    """

    trial_credit_usd: float
    credit_usd: float
    approx_minutes_remaining: int
    allow_pstn: bool
    allow_number_purchase: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        trial_credit_usd = self.trial_credit_usd

        credit_usd = self.credit_usd

        approx_minutes_remaining = self.approx_minutes_remaining

        allow_pstn = self.allow_pstn

        allow_number_purchase = self.allow_number_purchase

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "trialCreditUsd": trial_credit_usd,
                "creditUsd": credit_usd,
                "approxMinutesRemaining": approx_minutes_remaining,
                "allowPstn": allow_pstn,
                "allowNumberPurchase": allow_number_purchase,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        trial_credit_usd = d.pop("trialCreditUsd")

        credit_usd = d.pop("creditUsd")

        approx_minutes_remaining = d.pop("approxMinutesRemaining")

        allow_pstn = d.pop("allowPstn")

        allow_number_purchase = d.pop("allowNumberPurchase")

        billing_status_trial = cls(
            trial_credit_usd=trial_credit_usd,
            credit_usd=credit_usd,
            approx_minutes_remaining=approx_minutes_remaining,
            allow_pstn=allow_pstn,
            allow_number_purchase=allow_number_purchase,
        )

        billing_status_trial.additional_properties = d
        return billing_status_trial

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
