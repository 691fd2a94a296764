from typing import Literal

InboundDiagnosticsNumbersItemStatusType1 = Literal["active"]

INBOUND_DIAGNOSTICS_NUMBERS_ITEM_STATUS_TYPE_1_VALUES: set[InboundDiagnosticsNumbersItemStatusType1] = {
    "active",
}


def check_inbound_diagnostics_numbers_item_status_type_1(value: str) -> InboundDiagnosticsNumbersItemStatusType1:
    if value in INBOUND_DIAGNOSTICS_NUMBERS_ITEM_STATUS_TYPE_1_VALUES:
        return value
    raise TypeError(
        f"Unexpected value {value!r}. Expected one of {INBOUND_DIAGNOSTICS_NUMBERS_ITEM_STATUS_TYPE_1_VALUES!r}"
    )
