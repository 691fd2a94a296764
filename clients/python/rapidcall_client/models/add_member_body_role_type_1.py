from typing import Literal

AddMemberBodyRoleType1 = Literal["admin"]

ADD_MEMBER_BODY_ROLE_TYPE_1_VALUES: set[AddMemberBodyRoleType1] = {
    "admin",
}


def check_add_member_body_role_type_1(value: str) -> AddMemberBodyRoleType1:
    if value in ADD_MEMBER_BODY_ROLE_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {ADD_MEMBER_BODY_ROLE_TYPE_1_VALUES!r}")
