from typing import Literal

ExportCallFormat = Literal["json", "txt"]

EXPORT_CALL_FORMAT_VALUES: set[ExportCallFormat] = {
    "json",
    "txt",
}


def check_export_call_format(value: str) -> ExportCallFormat:
    if value in EXPORT_CALL_FORMAT_VALUES:
        return value
    raise TypeError(f"Unexpected value {value!r}. Expected one of {EXPORT_CALL_FORMAT_VALUES!r}")
