from typing import Literal

MembershipRoleType1 = Literal["admin"]

MEMBERSHIP_ROLE_TYPE_1_VALUES: set[MembershipRoleType1] = {
    "admin",
}


def check_membership_role_type_1(value: str) -> MembershipRoleType1:
    if value in MEMBERSHIP_ROLE_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEMBERSHIP_ROLE_TYPE_1_VALUES!r}")
