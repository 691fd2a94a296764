from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="InboundDiagnosticsChecksItem")


@_attrs_define
class InboundDiagnosticsChecksItem:
    """
    Attributes:
        name (str):
        ok (bool):
        message (str):
        fix (str | Unset): The dashboard step or environment variable that fixes a failing check
    """

    name: str
    ok: bool
    message: str
    fix: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        name = self.name

        ok = self.ok

        message = self.message

        fix = self.fix

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "ok": ok,
                "message": message,
            }
        )
        if fix is not UNSET:
            field_dict["fix"] = fix

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        name = d.pop("name")

        ok = d.pop("ok")

        message = d.pop("message")

        fix = d.pop("fix", UNSET)

        inbound_diagnostics_checks_item = cls(
            name=name,
            ok=ok,
            message=message,
            fix=fix,
        )

        inbound_diagnostics_checks_item.additional_properties = d
        return inbound_diagnostics_checks_item

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
