from typing import Literal

MemberRoleType0 = Literal["owner"]

MEMBER_ROLE_TYPE_0_VALUES: set[MemberRoleType0] = {
    "owner",
}


def check_member_role_type_0(value: str) -> MemberRoleType0:
    if value in MEMBER_ROLE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {MEMBER_ROLE_TYPE_0_VALUES!r}")
