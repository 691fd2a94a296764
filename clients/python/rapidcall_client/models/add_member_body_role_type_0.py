from typing import Literal

AddMemberBodyRoleType0 = Literal["owner"]

ADD_MEMBER_BODY_ROLE_TYPE_0_VALUES: set[AddMemberBodyRoleType0] = {
    "owner",
}


def check_add_member_body_role_type_0(value: str) -> AddMemberBodyRoleType0:
    if value in ADD_MEMBER_BODY_ROLE_TYPE_0_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADD_MEMBER_BODY_ROLE_TYPE_0_VALUES!r}")
