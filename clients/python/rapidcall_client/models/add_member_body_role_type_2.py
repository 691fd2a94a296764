from typing import Literal

AddMemberBodyRoleType2 = Literal["member"]

ADD_MEMBER_BODY_ROLE_TYPE_2_VALUES: set[AddMemberBodyRoleType2] = {
    "member",
}


def check_add_member_body_role_type_2(value: str) -> AddMemberBodyRoleType2:
    if value in ADD_MEMBER_BODY_ROLE_TYPE_2_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADD_MEMBER_BODY_ROLE_TYPE_2_VALUES!r}")
