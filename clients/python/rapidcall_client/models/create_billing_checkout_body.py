from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.create_billing_checkout_body_plan_type_0 import (
    CreateBillingCheckoutBodyPlanType0,
    check_create_billing_checkout_body_plan_type_0,
)
from ..models.create_billing_checkout_body_plan_type_1 import (
    CreateBillingCheckoutBodyPlanType1,
    check_create_billing_checkout_body_plan_type_1,
)

T = TypeVar("T", bound="CreateBillingCheckoutBody")


@_attrs_define
class CreateBillingCheckoutBody:
    """
    Attributes:
        plan (CreateBillingCheckoutBodyPlanType0 | CreateBillingCheckoutBodyPlanType1): A paid plan
    """

    plan: CreateBillingCheckoutBodyPlanType0 | CreateBillingCheckoutBodyPlanType1

    def to_dict(self) -> dict[str, Any]:
        plan: str
        if isinstance(self.plan, str):
            plan = self.plan
        else:
            plan = self.plan

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "plan": plan,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_plan(data: object) -> CreateBillingCheckoutBodyPlanType0 | CreateBillingCheckoutBodyPlanType1:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                plan_type_0 = check_create_billing_checkout_body_plan_type_0(data)

                return plan_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            plan_type_1 = check_create_billing_checkout_body_plan_type_1(data)

            return plan_type_1

        plan = _parse_plan(d.pop("plan"))

        create_billing_checkout_body = cls(
            plan=plan,
        )

        return create_billing_checkout_body
