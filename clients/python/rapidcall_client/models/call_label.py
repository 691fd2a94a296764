from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="CallLabel")


@_attrs_define
class CallLabel:
    """
    Attributes:
        id (str):
        call_id (str):
        workspace_id (str):
        label (str):
        created_at (datetime.datetime): ISO-8601 UTC
    """

    id: str
    call_id: str
    workspace_id: str
    label: str
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        call_id = self.call_id

        workspace_id = self.workspace_id

        label = self.label

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "callId": call_id,
                "workspaceId": workspace_id,
                "label": label,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        call_id = d.pop("callId")

        workspace_id = d.pop("workspaceId")

        label = d.pop("label")

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        call_label = cls(
            id=id,
            call_id=call_id,
            workspace_id=workspace_id,
            label=label,
            created_at=created_at,
        )

        call_label.additional_properties = d
        return call_label

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
