from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="SignupBody")


@_attrs_define
class SignupBody:
    """
    Attributes:
        email (str): Email address; trimmed and lower-cased
        password (str): At least 8 characters
        name (str | Unset):
        workspace_name (str | Unset):
    """

    email: str
    password: str
    name: str | Unset = UNSET
    workspace_name: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        password = self.password

        name = self.name

        workspace_name = self.workspace_name

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "password": password,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if workspace_name is not UNSET:
            field_dict["workspaceName"] = workspace_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        password = d.pop("password")

        name = d.pop("name", UNSET)

        workspace_name = d.pop("workspaceName", UNSET)

        signup_body = cls(
            email=email,
            password=password,
            name=name,
            workspace_name=workspace_name,
        )

        return signup_body
