from typing import Literal

VerifyUpgradeResultStatusType1 = Literal["already_paid"]

VERIFY_UPGRADE_RESULT_STATUS_TYPE_1_VALUES: set[VerifyUpgradeResultStatusType1] = {
    "already_paid",
}


def check_verify_upgrade_result_status_type_1(value: str) -> VerifyUpgradeResultStatusType1:
    if value in VERIFY_UPGRADE_RESULT_STATUS_TYPE_1_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {VERIFY_UPGRADE_RESULT_STATUS_TYPE_1_VALUES!r}")
