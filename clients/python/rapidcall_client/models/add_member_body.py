from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.add_member_body_role_type_0 import AddMemberBodyRoleType0, check_add_member_body_role_type_0
from ..models.add_member_body_role_type_1 import AddMemberBodyRoleType1, check_add_member_body_role_type_1
from ..models.add_member_body_role_type_2 import AddMemberBodyRoleType2, check_add_member_body_role_type_2

T = TypeVar("T", bound="AddMemberBody")


@_attrs_define
class AddMemberBody:
    """
    Attributes:
        email (str): Email address; trimmed and lower-cased
        role (AddMemberBodyRoleType0 | AddMemberBodyRoleType1 | AddMemberBodyRoleType2):
    """

    email: str
    role: AddMemberBodyRoleType0 | AddMemberBodyRoleType1 | AddMemberBodyRoleType2

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        role: str
        if isinstance(self.role, str):
            role = self.role
        elif isinstance(self.role, str):
            role = self.role
        else:
            role = self.role

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        def _parse_role(data: object) -> AddMemberBodyRoleType0 | AddMemberBodyRoleType1 | AddMemberBodyRoleType2:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = check_add_member_body_role_type_0(data)

                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_1 = check_add_member_body_role_type_1(data)

                return role_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            role_type_2 = check_add_member_body_role_type_2(data)

            return role_type_2

        role = _parse_role(d.pop("role"))

        add_member_body = cls(
            email=email,
            role=role,
        )

        return add_member_body
