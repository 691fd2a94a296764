from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.verify_upgrade_result_status_type_0 import (
    VerifyUpgradeResultStatusType0,
    check_verify_upgrade_result_status_type_0,
)
from ..models.verify_upgrade_result_status_type_1 import (
    VerifyUpgradeResultStatusType1,
    check_verify_upgrade_result_status_type_1,
)
from ..models.verify_upgrade_result_status_type_2 import (
    VerifyUpgradeResultStatusType2,
    check_verify_upgrade_result_status_type_2,
)

T = TypeVar("T", bound="VerifyUpgradeResult")


@_attrs_define
class VerifyUpgradeResult:
    """
    Attributes:
        ok (bool):
        status (VerifyUpgradeResultStatusType0 | VerifyUpgradeResultStatusType1 | VerifyUpgradeResultStatusType2):
    """

    ok: bool
    status: VerifyUpgradeResultStatusType0 | VerifyUpgradeResultStatusType1 | VerifyUpgradeResultStatusType2
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        ok = self.ok

        status: str
        if isinstance(self.status, str):
            status = self.status
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ok": ok,
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        ok = d.pop("ok")

        def _parse_status(
            data: object,
        ) -> VerifyUpgradeResultStatusType0 | VerifyUpgradeResultStatusType1 | VerifyUpgradeResultStatusType2:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_verify_upgrade_result_status_type_0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = check_verify_upgrade_result_status_type_1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            status_type_2 = check_verify_upgrade_result_status_type_2(data)

            return status_type_2

        status = _parse_status(d.pop("status"))

        verify_upgrade_result = cls(
            ok=ok,
            status=status,
        )

        verify_upgrade_result.additional_properties = d
        return verify_upgrade_result

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
