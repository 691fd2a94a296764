from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="UpdateBillingSettingsBody")


@_attrs_define
class UpdateBillingSettingsBody:
    """
    Attributes:
        monthly_spend_cap_usd (float | None | Unset):
    """

    monthly_spend_cap_usd: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        monthly_spend_cap_usd: float | None | Unset
        if isinstance(self.monthly_spend_cap_usd, Unset):
            monthly_spend_cap_usd = UNSET
        else:
            monthly_spend_cap_usd = self.monthly_spend_cap_usd

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if monthly_spend_cap_usd is not UNSET:
            field_dict["monthlySpendCapUsd"] = monthly_spend_cap_usd

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_monthly_spend_cap_usd(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        monthly_spend_cap_usd = _parse_monthly_spend_cap_usd(d.pop("monthlySpendCapUsd", UNSET))

        update_billing_settings_body = cls(
            monthly_spend_cap_usd=monthly_spend_cap_usd,
        )

        return update_billing_settings_body
