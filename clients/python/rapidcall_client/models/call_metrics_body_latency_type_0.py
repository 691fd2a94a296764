from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CallMetricsBodyLatencyType0")


@_attrs_define
class CallMetricsBodyLatencyType0:
    """
    Attributes:
        llm_ttft_ms_avg (float | None | Unset): Average LLM time to first token
        eou_transcription_ms_avg (float | None | Unset): Average end-of-utterance to transcript
        eou_end_ms_avg (float | None | Unset): Average end-of-utterance delay
        agent_turn_latency_ms_avg (float | None | Unset): Average user-stops-speaking to agent-speaks
    """

    llm_ttft_ms_avg: float | None | Unset = UNSET
    eou_transcription_ms_avg: float | None | Unset = UNSET
    eou_end_ms_avg: float | None | Unset = UNSET
    agent_turn_latency_ms_avg: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        llm_ttft_ms_avg: float | None | Unset
        if isinstance(self.llm_ttft_ms_avg, Unset):
            llm_ttft_ms_avg = UNSET
        else:
            llm_ttft_ms_avg = self.llm_ttft_ms_avg

        eou_transcription_ms_avg: float | None | Unset
        if isinstance(self.eou_transcription_ms_avg, Unset):
            eou_transcription_ms_avg = UNSET
        else:
            eou_transcription_ms_avg = self.eou_transcription_ms_avg

        eou_end_ms_avg: float | None | Unset
        if isinstance(self.eou_end_ms_avg, Unset):
            eou_end_ms_avg = UNSET
        else:
            eou_end_ms_avg = self.eou_end_ms_avg

        agent_turn_latency_ms_avg: float | None | Unset
        if isinstance(self.agent_turn_latency_ms_avg, Unset):
            agent_turn_latency_ms_avg = UNSET
        else:
            agent_turn_latency_ms_avg = self.agent_turn_latency_ms_avg

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if llm_ttft_ms_avg is not UNSET:
            field_dict["llm_ttft_ms_avg"] = llm_ttft_ms_avg
        if eou_transcription_ms_avg is not UNSET:
            field_dict["eou_transcription_ms_avg"] = eou_transcription_ms_avg
        if eou_end_ms_avg is not UNSET:
            field_dict["eou_end_ms_avg"] = eou_end_ms_avg
        if agent_turn_latency_ms_avg is not UNSET:
            field_dict["agent_turn_latency_ms_avg"] = agent_turn_latency_ms_avg

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_llm_ttft_ms_avg(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        llm_ttft_ms_avg = _parse_llm_ttft_ms_avg(d.pop("llm_ttft_ms_avg", UNSET))

        def _parse_eou_transcription_ms_avg(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        eou_transcription_ms_avg = _parse_eou_transcription_ms_avg(d.pop("eou_transcription_ms_avg", UNSET))

        def _parse_eou_end_ms_avg(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        eou_end_ms_avg = _parse_eou_end_ms_avg(d.pop("eou_end_ms_avg", UNSET))

        def _parse_agent_turn_latency_ms_avg(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        agent_turn_latency_ms_avg = _parse_agent_turn_latency_ms_avg(d.pop("agent_turn_latency_ms_avg", UNSET))

        call_metrics_body_latency_type_0 = cls(
            llm_ttft_ms_avg=llm_ttft_ms_avg,
            eou_transcription_ms_avg=eou_transcription_ms_avg,
            eou_end_ms_avg=eou_end_ms_avg,
            agent_turn_latency_ms_avg=agent_turn_latency_ms_avg,
        )

        call_metrics_body_latency_type_0.additional_properties = d
        return call_metrics_body_latency_type_0

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
