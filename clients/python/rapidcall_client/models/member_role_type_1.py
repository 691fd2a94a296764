from typing import Literal

MemberRoleType1 = Literal["admin"]

MEMBER_ROLE_TYPE_1_VALUES: set[MemberRoleType1] = {
    "admin",
}


def check_member_role_type_1(value: str) -> MemberRoleType1:
    if value in MEMBER_ROLE_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEMBER_ROLE_TYPE_1_VALUES!r}")
