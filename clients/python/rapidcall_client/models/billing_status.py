from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_status_mode_type_0 import BillingStatusModeType0, check_billing_status_mode_type_0
from ..models.billing_status_mode_type_1 import BillingStatusModeType1, check_billing_status_mode_type_1
from ..models.billing_status_mode_type_2 import BillingStatusModeType2, check_billing_status_mode_type_2

if TYPE_CHECKING:
    from ..models.billing_status_concurrency import BillingStatusConcurrency
    from ..models.billing_status_period import BillingStatusPeriod
    from ..models.billing_status_spend import BillingStatusSpend
    from ..models.billing_status_stripe import BillingStatusStripe
    from ..models.billing_status_trial import BillingStatusTrial
    from ..models.rate_card import RateCard


T = TypeVar("T", bound="BillingStatus")


@_attrs_define
class BillingStatus:
    """Read from the database only (never from Stripe): cheap to poll

    Attributes:
        workspace_id (str):
        mode (BillingStatusModeType0 | BillingStatusModeType1 | BillingStatusModeType2): `unmetered`: no
            STRIPE_SECRET_KEY on this instance (costs shown, nothing charged, only concurrency applies); `trial`: calls draw
            the trial credit down; `paid`: pay as you go through Stripe
        status (str): Stripe subscription status (`active`, `past_due`, `canceled`...); `active` for a workspace that
            never subscribed
        has_payment_method (bool):
        trial (BillingStatusTrial):
        concurrency (BillingStatusConcurrency):
        period (BillingStatusPeriod): The Stripe subscription period, else the UTC calendar month
        spend (BillingStatusSpend):
        past_due_grace_ends_at (datetime.datetime | None):
        stripe (BillingStatusStripe):
        rate_card (RateCard):
    """

    workspace_id: str
    mode: BillingStatusModeType0 | BillingStatusModeType1 | BillingStatusModeType2
    status: str
    has_payment_method: bool
    trial: BillingStatusTrial
    concurrency: BillingStatusConcurrency
    period: BillingStatusPeriod
    spend: BillingStatusSpend
    past_due_grace_ends_at: datetime.datetime | None
    stripe: BillingStatusStripe
    rate_card: RateCard
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        workspace_id = self.workspace_id

        mode: str
        if isinstance(self.mode, str):
            mode = self.mode
        elif isinstance(self.mode, str):
            mode = self.mode
        else:
            mode = self.mode

        status = self.status

        has_payment_method = self.has_payment_method

        trial = self.trial.to_dict()

        concurrency = self.concurrency.to_dict()

        period = self.period.to_dict()

        spend = self.spend.to_dict()

        past_due_grace_ends_at: None | str
        if isinstance(self.past_due_grace_ends_at, datetime.datetime):
            past_due_grace_ends_at = self.past_due_grace_ends_at.isoformat()
        else:
            past_due_grace_ends_at = self.past_due_grace_ends_at

        stripe = self.stripe.to_dict()

        rate_card = self.rate_card.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "workspaceId": workspace_id,
                "mode": mode,
                "status": status,
                "hasPaymentMethod": has_payment_method,
                "trial": trial,
                "concurrency": concurrency,
                "period": period,
                "spend": spend,
                "pastDueGraceEndsAt": past_due_grace_ends_at,
                "stripe": stripe,
                "rateCard": rate_card,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_status_concurrency import BillingStatusConcurrency  # noqa: PLC0415
        from ..models.billing_status_period import BillingStatusPeriod  # noqa: PLC0415
        from ..models.billing_status_spend import BillingStatusSpend  # noqa: PLC0415
        from ..models.billing_status_stripe import BillingStatusStripe  # noqa: PLC0415
        from ..models.billing_status_trial import BillingStatusTrial  # noqa: PLC0415
        from ..models.rate_card import RateCard  # noqa: PLC0415

        d = dict(src_dict)
        workspace_id = d.pop("workspaceId")

        def _parse_mode(data: object) -> BillingStatusModeType0 | BillingStatusModeType1 | BillingStatusModeType2:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mode_type_0 = check_billing_status_mode_type_0(data)

                return mode_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                mode_type_1 = check_billing_status_mode_type_1(data)

                return mode_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            mode_type_2 = check_billing_status_mode_type_2(data)

            return mode_type_2

        mode = _parse_mode(d.pop("mode"))

        status = d.pop("status")

        has_payment_method = d.pop("hasPaymentMethod")

        trial = BillingStatusTrial.from_dict(d.pop("trial"))

        concurrency = BillingStatusConcurrency.from_dict(d.pop("concurrency"))

        period = BillingStatusPeriod.from_dict(d.pop("period"))

        spend = BillingStatusSpend.from_dict(d.pop("spend"))

        def _parse_past_due_grace_ends_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                past_due_grace_ends_at_type_0 = datetime.datetime.fromisoformat(data)

                return past_due_grace_ends_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        past_due_grace_ends_at = _parse_past_due_grace_ends_at(d.pop("pastDueGraceEndsAt"))

        stripe = BillingStatusStripe.from_dict(d.pop("stripe"))

        rate_card = RateCard.from_dict(d.pop("rateCard"))

        billing_status = cls(
            workspace_id=workspace_id,
            mode=mode,
            status=status,
            has_payment_method=has_payment_method,
            trial=trial,
            concurrency=concurrency,
            period=period,
            spend=spend,
            past_due_grace_ends_at=past_due_grace_ends_at,
            stripe=stripe,
            rate_card=rate_card,
        )

        billing_status.additional_properties = d
        return billing_status

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
