from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_metrics_body_normalized_type_0_source_type_0 import (
    CallMetricsBodyNormalizedType0SourceType0,
    check_call_metrics_body_normalized_type_0_source_type_0,
)
from ..models.call_metrics_body_normalized_type_0_source_type_1 import (
    CallMetricsBodyNormalizedType0SourceType1,
    check_call_metrics_body_normalized_type_0_source_type_1,
)
from ..models.call_metrics_body_normalized_type_0_source_type_2 import (
    CallMetricsBodyNormalizedType0SourceType2,
    check_call_metrics_body_normalized_type_0_source_type_2,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallMetricsBodyNormalizedType0")


@_attrs_define
class CallMetricsBodyNormalizedType0:
    """
    Attributes:
        source (CallMetricsBodyNormalizedType0SourceType0 | CallMetricsBodyNormalizedType0SourceType1 |
            CallMetricsBodyNormalizedType0SourceType2 | Unset):
        participants_count_avg (float | None | Unset):
        recording_enabled (bool | None | Unset):
    """

    source: (
        CallMetricsBodyNormalizedType0SourceType0
        | CallMetricsBodyNormalizedType0SourceType1
        | CallMetricsBodyNormalizedType0SourceType2
        | Unset
    ) = UNSET
    participants_count_avg: float | None | Unset = UNSET
    recording_enabled: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        source: str | Unset
        if isinstance(self.source, Unset):
            source = UNSET
        elif isinstance(self.source, str):
            source = self.source
        elif isinstance(self.source, str):
            source = self.source
        else:
            source = self.source

        participants_count_avg: float | None | Unset
        if isinstance(self.participants_count_avg, Unset):
            participants_count_avg = UNSET
        else:
            participants_count_avg = self.participants_count_avg

        recording_enabled: bool | None | Unset
        if isinstance(self.recording_enabled, Unset):
            recording_enabled = UNSET
        else:
            recording_enabled = self.recording_enabled

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if source is not UNSET:
            field_dict["source"] = source
        if participants_count_avg is not UNSET:
            field_dict["participantsCountAvg"] = participants_count_avg
        if recording_enabled is not UNSET:
            field_dict["recordingEnabled"] = recording_enabled

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_source(
            data: object,
        ) -> (
            CallMetricsBodyNormalizedType0SourceType0
            | CallMetricsBodyNormalizedType0SourceType1
            | CallMetricsBodyNormalizedType0SourceType2
            | Unset
        ):
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_0 = check_call_metrics_body_normalized_type_0_source_type_0(data)

                return source_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                source_type_1 = check_call_metrics_body_normalized_type_0_source_type_1(data)

                return source_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            source_type_2 = check_call_metrics_body_normalized_type_0_source_type_2(data)

            return source_type_2

        source = _parse_source(d.pop("source", UNSET))

        def _parse_participants_count_avg(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        participants_count_avg = _parse_participants_count_avg(d.pop("participantsCountAvg", UNSET))

        def _parse_recording_enabled(data: object) -> bool | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(bool | None | Unset, data)

        recording_enabled = _parse_recording_enabled(d.pop("recordingEnabled", UNSET))

        call_metrics_body_normalized_type_0 = cls(
            source=source,
            participants_count_avg=participants_count_avg,
            recording_enabled=recording_enabled,
        )

        call_metrics_body_normalized_type_0.additional_properties = d
        return call_metrics_body_normalized_type_0

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
