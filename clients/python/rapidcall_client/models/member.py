from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.member_role_type_0 import MemberRoleType0, check_member_role_type_0
from ..models.member_role_type_1 import MemberRoleType1, check_member_role_type_1
from ..models.member_role_type_2 import MemberRoleType2, check_member_role_type_2

T = TypeVar("T", bound="Member")


@_attrs_define
class Member:
    """
    Attributes:
        user_id (str):
        email (str):
        name (None | str):
        role (MemberRoleType0 | MemberRoleType1 | MemberRoleType2):
        created_at (datetime.datetime): ISO-8601 UTC
    """

    user_id: str
    email: str
    name: None | str
    role: MemberRoleType0 | MemberRoleType1 | MemberRoleType2
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_id = self.user_id

        email = self.email

        name: None | str
        name = self.name

        role: str
        if isinstance(self.role, str):
            role = self.role
        elif isinstance(self.role, str):
            role = self.role
        else:
            role = self.role

        created_at = self.created_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "userId": user_id,
                "email": email,
                "name": name,
                "role": role,
                "createdAt": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_id = d.pop("userId")

        email = d.pop("email")

        def _parse_name(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        name = _parse_name(d.pop("name"))

        def _parse_role(data: object) -> MemberRoleType0 | MemberRoleType1 | MemberRoleType2:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = check_member_role_type_0(data)

                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_1 = check_member_role_type_1(data)

                return role_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            role_type_2 = check_member_role_type_2(data)

            return role_type_2

        role = _parse_role(d.pop("role"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        member = cls(
            user_id=user_id,
            email=email,
            name=name,
            role=role,
            created_at=created_at,
        )

        member.additional_properties = d
        return member

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
