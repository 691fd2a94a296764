from typing import Literal

MemberRoleType2 = Literal["member"]

MEMBER_ROLE_TYPE_2_VALUES: set[MemberRoleType2] = {
    "member",
}


def check_member_role_type_2(value: str) -> MemberRoleType2:
    if value in MEMBER_ROLE_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEMBER_ROLE_TYPE_2_VALUES!r}")
