from typing import Literal

MembershipRoleType0 = Literal["owner"]

MEMBERSHIP_ROLE_TYPE_0_VALUES: set[MembershipRoleType0] = {
    "owner",
}


def check_membership_role_type_0(value: str) -> MembershipRoleType0:
    if value in MEMBERSHIP_ROLE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEMBERSHIP_ROLE_TYPE_0_VALUES!r}")
