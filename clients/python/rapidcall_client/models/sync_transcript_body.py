from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.sync_transcript_body_transcript_item import SyncTranscriptBodyTranscriptItem


T = TypeVar("T", bound="SyncTranscriptBody")


@_attrs_define
class SyncTranscriptBody:
    """
    Attributes:
        transcript (list[SyncTranscriptBodyTranscriptItem]):
    """

    transcript: list[SyncTranscriptBodyTranscriptItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        transcript = []
        for transcript_item_data in self.transcript:
            transcript_item = transcript_item_data.to_dict()
            transcript.append(transcript_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "transcript": transcript,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.sync_transcript_body_transcript_item import SyncTranscriptBodyTranscriptItem  # noqa: PLC0415

        d = dict(src_dict)
        transcript = []
        _transcript = d.pop("transcript")
        for transcript_item_data in _transcript:
            transcript_item = SyncTranscriptBodyTranscriptItem.from_dict(transcript_item_data)

            transcript.append(transcript_item)

        sync_transcript_body = cls(
            transcript=transcript,
        )

        sync_transcript_body.additional_properties = d
        return sync_transcript_body

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
