from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SwitchWorkspaceBody")


@_attrs_define
class SwitchWorkspaceBody:
    """
    Attributes:
        workspace_id (str):
    """

    workspace_id: str

    def to_dict(self) -> dict[str, Any]:
        workspace_id = self.workspace_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "workspaceId": workspace_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        workspace_id = d.pop("workspaceId")

        switch_workspace_body = cls(
            workspace_id=workspace_id,
        )

        return switch_workspace_body
