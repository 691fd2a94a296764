from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.recording_state_recording import RecordingStateRecording


T = TypeVar("T", bound="RecordingState")


@_attrs_define
class RecordingState:
    """The call's recording after the request was accepted

    Attributes:
        call_id (str):
        recording (RecordingStateRecording):
    """

    call_id: str
    recording: RecordingStateRecording
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call_id = self.call_id

        recording = self.recording.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "callId": call_id,
                "recording": recording,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.recording_state_recording import RecordingStateRecording  # noqa: PLC0415

        d = dict(src_dict)
        call_id = d.pop("callId")

        recording = RecordingStateRecording.from_dict(d.pop("recording"))

        recording_state = cls(
            call_id=call_id,
            recording=recording,
        )

        recording_state.additional_properties = d
        return recording_state

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
