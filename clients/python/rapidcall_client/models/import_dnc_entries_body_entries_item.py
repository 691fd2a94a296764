from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImportDncEntriesBodyEntriesItem")


@_attrs_define
class ImportDncEntriesBodyEntriesItem:
    """
    Attributes:
        phone (str): Any common notation; stored as E.164
        reason (str | Unset):
    """

    phone: str
    reason: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        phone = self.phone

        reason = self.reason

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "phone": phone,
            }
        )
        if reason is not UNSET:
            field_dict["reason"] = reason

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        phone = d.pop("phone")

        reason = d.pop("reason", UNSET)

        import_dnc_entries_body_entries_item = cls(
            phone=phone,
            reason=reason,
        )

        return import_dnc_entries_body_entries_item
