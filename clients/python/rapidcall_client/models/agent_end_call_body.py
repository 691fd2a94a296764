from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.agent_end_call_body_transcript_item import AgentEndCallBodyTranscriptItem


T = TypeVar("T", bound="AgentEndCallBody")


@_attrs_define
class AgentEndCallBody:
    """
    Attributes:
        outcome (str | Unset):
        transcript (list[AgentEndCallBodyTranscriptItem] | Unset):
    """

    outcome: str | Unset = UNSET
    transcript: list[AgentEndCallBodyTranscriptItem] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        outcome = self.outcome

        transcript: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.transcript, Unset):
            transcript = []
            for transcript_item_data in self.transcript:
                transcript_item = transcript_item_data.to_dict()
                transcript.append(transcript_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if outcome is not UNSET:
            field_dict["outcome"] = outcome
        if transcript is not UNSET:
            field_dict["transcript"] = transcript

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.agent_end_call_body_transcript_item import AgentEndCallBodyTranscriptItem  # noqa: PLC0415

        d = dict(src_dict)
        outcome = d.pop("outcome", UNSET)

        _transcript = d.pop("transcript", UNSET)
        transcript: list[AgentEndCallBodyTranscriptItem] | Unset = UNSET
        if _transcript is not UNSET:
            transcript = []
            for transcript_item_data in _transcript:
                transcript_item = AgentEndCallBodyTranscriptItem.from_dict(transcript_item_data)

                transcript.append(transcript_item)

        agent_end_call_body = cls(
            outcome=outcome,
            transcript=transcript,
        )

        agent_end_call_body.additional_properties = d
        return agent_end_call_body

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
