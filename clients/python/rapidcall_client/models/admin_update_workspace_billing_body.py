from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="AdminUpdateWorkspaceBillingBody")


@_attrs_define
class AdminUpdateWorkspaceBillingBody:
    """
    Attributes:
        concurrency_limit (int | None | Unset):
        trial_credit_usd (float | None | Unset):
    """

    concurrency_limit: int | None | Unset = UNSET
    trial_credit_usd: float | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        concurrency_limit: int | None | Unset
        if isinstance(self.concurrency_limit, Unset):
            concurrency_limit = UNSET
        else:
            concurrency_limit = self.concurrency_limit

        trial_credit_usd: float | None | Unset
        if isinstance(self.trial_credit_usd, Unset):
            trial_credit_usd = UNSET
        else:
            trial_credit_usd = self.trial_credit_usd

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if concurrency_limit is not UNSET:
            field_dict["concurrencyLimit"] = concurrency_limit
        if trial_credit_usd is not UNSET:
            field_dict["trialCreditUsd"] = trial_credit_usd

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_concurrency_limit(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        concurrency_limit = _parse_concurrency_limit(d.pop("concurrencyLimit", UNSET))

        def _parse_trial_credit_usd(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        trial_credit_usd = _parse_trial_credit_usd(d.pop("trialCreditUsd", UNSET))

        admin_update_workspace_billing_body = cls(
            concurrency_limit=concurrency_limit,
            trial_credit_usd=trial_credit_usd,
        )

        return admin_update_workspace_billing_body
