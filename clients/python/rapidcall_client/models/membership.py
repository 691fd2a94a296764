from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.membership_role_type_0 import MembershipRoleType0, check_membership_role_type_0
from ..models.membership_role_type_1 import MembershipRoleType1, check_membership_role_type_1
from ..models.membership_role_type_2 import MembershipRoleType2, check_membership_role_type_2

T = TypeVar("T", bound="Membership")


@_attrs_define
class Membership:
    """A workspace and the caller's role in it

    Attributes:
        id (str):
        name (str):
        role (MembershipRoleType0 | MembershipRoleType1 | MembershipRoleType2):
    """

    id: str
    name: str
    role: MembershipRoleType0 | MembershipRoleType1 | MembershipRoleType2
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        role: str
        if isinstance(self.role, str):
            role = self.role
        elif isinstance(self.role, str):
            role = self.role
        else:
            role = self.role

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "role": role,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        name = d.pop("name")

        def _parse_role(data: object) -> MembershipRoleType0 | MembershipRoleType1 | MembershipRoleType2:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_0 = check_membership_role_type_0(data)

                return role_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                role_type_1 = check_membership_role_type_1(data)

                return role_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            role_type_2 = check_membership_role_type_2(data)

            return role_type_2

        role = _parse_role(d.pop("role"))

        membership = cls(
            id=id,
            name=name,
            role=role,
        )

        membership.additional_properties = d
        return membership

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
