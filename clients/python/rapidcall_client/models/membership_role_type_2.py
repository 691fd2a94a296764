from typing import Literal

MembershipRoleType2 = Literal["member"]

MEMBERSHIP_ROLE_TYPE_2_VALUES: set[MembershipRoleType2] = {
    "member",
}


def check_membership_role_type_2(value: str) -> MembershipRoleType2:
    if value in MEMBERSHIP_ROLE_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEMBERSHIP_ROLE_TYPE_2_VALUES!r}")
