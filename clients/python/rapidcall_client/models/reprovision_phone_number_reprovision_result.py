from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.phone_number import PhoneNumber
    from ..models.reprovision_phone_number_reprovision_result_steps_item import (
        ReprovisionPhoneNumberReprovisionResultStepsItem,
    )


T = TypeVar("T", bound="ReprovisionPhoneNumberReprovisionResult")


@_attrs_define
class ReprovisionPhoneNumberReprovisionResult:
    """
    Attributes:
        phone_number (PhoneNumber):
        steps (list[ReprovisionPhoneNumberReprovisionResultStepsItem]):
    """

    phone_number: PhoneNumber
    steps: list[ReprovisionPhoneNumberReprovisionResultStepsItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        phone_number = self.phone_number.to_dict()

        steps = []
        for steps_item_data in self.steps:
            steps_item = steps_item_data.to_dict()
            steps.append(steps_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "phoneNumber": phone_number,
                "steps": steps,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.phone_number import PhoneNumber  # noqa: PLC0415
        from ..models.reprovision_phone_number_reprovision_result_steps_item import (
            ReprovisionPhoneNumberReprovisionResultStepsItem,  # noqa: PLC0415
        )

        d = dict(src_dict)
        phone_number = PhoneNumber.from_dict(d.pop("phoneNumber"))

        steps = []
        _steps = d.pop("steps")
        for steps_item_data in _steps:
            steps_item = ReprovisionPhoneNumberReprovisionResultStepsItem.from_dict(steps_item_data)

            steps.append(steps_item)

        reprovision_phone_number_reprovision_result = cls(
            phone_number=phone_number,
            steps=steps,
        )

        reprovision_phone_number_reprovision_result.additional_properties = d
        return reprovision_phone_number_reprovision_result

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
