from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="RecordingStateRecording")


@_attrs_define
class RecordingStateRecording:
    """
    Attributes:
        status (str): `recording`, `ready`, `failed`, or `none`
        url (str | Unset): Where the API streams it from
        egress_id (str | Unset):
        size_bytes (float | Unset):
        duration_s (float | Unset):
        error (str | Unset):
    """

    status: str
    url: str | Unset = UNSET
    egress_id: str | Unset = UNSET
    size_bytes: float | Unset = UNSET
    duration_s: float | Unset = UNSET
    error: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status

        url = self.url

        egress_id = self.egress_id

        size_bytes = self.size_bytes

        duration_s = self.duration_s

        error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if egress_id is not UNSET:
            field_dict["egressId"] = egress_id
        if size_bytes is not UNSET:
            field_dict["sizeBytes"] = size_bytes
        if duration_s is not UNSET:
            field_dict["durationS"] = duration_s
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        status = d.pop("status")

        url = d.pop("url", UNSET)

        egress_id = d.pop("egressId", UNSET)

        size_bytes = d.pop("sizeBytes", UNSET)

        duration_s = d.pop("durationS", UNSET)

        error = d.pop("error", UNSET)

        recording_state_recording = cls(
            status=status,
            url=url,
            egress_id=egress_id,
            size_bytes=size_bytes,
            duration_s=duration_s,
            error=error,
        )

        recording_state_recording.additional_properties = d
        return recording_state_recording

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
