from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.billing_limits_plan_type_0 import BillingLimitsPlanType0, check_billing_limits_plan_type_0
from ..models.billing_limits_plan_type_1 import BillingLimitsPlanType1, check_billing_limits_plan_type_1
from ..models.billing_limits_plan_type_2 import BillingLimitsPlanType2, check_billing_limits_plan_type_2
from ..models.billing_plan_type_0 import BillingPlanType0, check_billing_plan_type_0
from ..models.billing_plan_type_1 import BillingPlanType1, check_billing_plan_type_1
from ..models.billing_plan_type_2 import BillingPlanType2, check_billing_plan_type_2

if TYPE_CHECKING:
    from ..models.billing_plan_limits import BillingPlanLimits
    from ..models.billing_usage import BillingUsage


T = TypeVar("T", bound="Billing")


@_attrs_define
class Billing:
    """Plan, status, period, usage this period and the limits that apply

    Attributes:
        plan (BillingPlanType0 | BillingPlanType1 | BillingPlanType2): Plan id
        status (str): Stripe's subscription status (`active`, `trialing`, `past_due`, `unpaid`, `canceled`,
            `incomplete`, ...); `active` for a workspace that never subscribed
        current_period_start (datetime.datetime): ISO-8601 UTC
        current_period_end (datetime.datetime | None):
        limits_plan (BillingLimitsPlanType0 | BillingLimitsPlanType1 | BillingLimitsPlanType2): The plan whose limits
            apply now: `free` when the subscription is not active (past_due beyond the grace period, canceled, unpaid...)
        past_due_grace_ends_at (datetime.datetime | None):
        usage (BillingUsage):
        limits (BillingPlanLimits):
    """

    plan: BillingPlanType0 | BillingPlanType1 | BillingPlanType2
    status: str
    current_period_start: datetime.datetime
    current_period_end: datetime.datetime | None
    limits_plan: BillingLimitsPlanType0 | BillingLimitsPlanType1 | BillingLimitsPlanType2
    past_due_grace_ends_at: datetime.datetime | None
    usage: BillingUsage
    limits: BillingPlanLimits
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        plan: str
        if isinstance(self.plan, str):
            plan = self.plan
        elif isinstance(self.plan, str):
            plan = self.plan
        else:
            plan = self.plan

        status = self.status

        current_period_start = self.current_period_start.isoformat()

        current_period_end: None | str
        if isinstance(self.current_period_end, datetime.datetime):
            current_period_end = self.current_period_end.isoformat()
        else:
            current_period_end = self.current_period_end

        limits_plan: str
        if isinstance(self.limits_plan, str):
            limits_plan = self.limits_plan
        elif isinstance(self.limits_plan, str):
            limits_plan = self.limits_plan
        else:
            limits_plan = self.limits_plan

        past_due_grace_ends_at: None | str
        if isinstance(self.past_due_grace_ends_at, datetime.datetime):
            past_due_grace_ends_at = self.past_due_grace_ends_at.isoformat()
        else:
            past_due_grace_ends_at = self.past_due_grace_ends_at

        usage = self.usage.to_dict()

        limits = self.limits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "plan": plan,
                "status": status,
                "currentPeriodStart": current_period_start,
                "currentPeriodEnd": current_period_end,
                "limitsPlan": limits_plan,
                "pastDueGraceEndsAt": past_due_grace_ends_at,
                "usage": usage,
                "limits": limits,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.billing_plan_limits import BillingPlanLimits  # noqa: PLC0415
        from ..models.billing_usage import BillingUsage  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_plan(data: object) -> BillingPlanType0 | BillingPlanType1 | BillingPlanType2:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                plan_type_0 = check_billing_plan_type_0(data)

                return plan_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                plan_type_1 = check_billing_plan_type_1(data)

                return plan_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            plan_type_2 = check_billing_plan_type_2(data)

            return plan_type_2

        plan = _parse_plan(d.pop("plan"))

        status = d.pop("status")

        current_period_start = datetime.datetime.fromisoformat(d.pop("currentPeriodStart"))

        def _parse_current_period_end(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                current_period_end_type_0 = datetime.datetime.fromisoformat(data)

                return current_period_end_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        current_period_end = _parse_current_period_end(d.pop("currentPeriodEnd"))

        def _parse_limits_plan(
            data: object,
        ) -> BillingLimitsPlanType0 | BillingLimitsPlanType1 | BillingLimitsPlanType2:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                limits_plan_type_0 = check_billing_limits_plan_type_0(data)

                return limits_plan_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                limits_plan_type_1 = check_billing_limits_plan_type_1(data)

                return limits_plan_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            limits_plan_type_2 = check_billing_limits_plan_type_2(data)

            return limits_plan_type_2

        limits_plan = _parse_limits_plan(d.pop("limitsPlan"))

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

        usage = BillingUsage.from_dict(d.pop("usage"))

        limits = BillingPlanLimits.from_dict(d.pop("limits"))

        billing = cls(
            plan=plan,
            status=status,
            current_period_start=current_period_start,
            current_period_end=current_period_end,
            limits_plan=limits_plan,
            past_due_grace_ends_at=past_due_grace_ends_at,
            usage=usage,
            limits=limits,
        )

        billing.additional_properties = d
        return billing

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
