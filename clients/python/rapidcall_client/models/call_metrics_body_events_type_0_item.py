from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_metrics_body_events_type_0_item_type_type_0 import (
    CallMetricsBodyEventsType0ItemTypeType0,
    check_call_metrics_body_events_type_0_item_type_type_0,
)
from ..models.call_metrics_body_events_type_0_item_type_type_1 import (
    CallMetricsBodyEventsType0ItemTypeType1,
    check_call_metrics_body_events_type_0_item_type_type_1,
)
from ..models.call_metrics_body_events_type_0_item_type_type_2 import (
    CallMetricsBodyEventsType0ItemTypeType2,
    check_call_metrics_body_events_type_0_item_type_type_2,
)
from ..models.call_metrics_body_events_type_0_item_type_type_3 import (
    CallMetricsBodyEventsType0ItemTypeType3,
    check_call_metrics_body_events_type_0_item_type_type_3,
)
from ..types import UNSET, Unset

T = TypeVar("T", bound="CallMetricsBodyEventsType0Item")


@_attrs_define
class CallMetricsBodyEventsType0Item:
    """A per-turn sample; extra keys are accepted and ignored

    Attributes:
        id (int | str): Unique within the call; a replayed id is ignored
        type_ (CallMetricsBodyEventsType0ItemTypeType0 | CallMetricsBodyEventsType0ItemTypeType1 |
            CallMetricsBodyEventsType0ItemTypeType2 | CallMetricsBodyEventsType0ItemTypeType3):
        at (Any | Unset): ISO-8601 string, or unix time in seconds or milliseconds
        e_2_e_latency_ms (float | None | Unset): User stops speaking to agent speaks; `turn` events feed the call
            percentiles
        llm_ttft_ms (float | None | Unset): LLM time to first token
        tts_ttfb_ms (float | None | Unset): TTS time to first byte
        eou_delay_ms (float | None | Unset): End-of-utterance delay
        prompt_tokens (int | None | Unset):
        completion_tokens (int | None | Unset):
        cost_usd (float | None | Unset):
    """

    id: int | str
    type_: (
        CallMetricsBodyEventsType0ItemTypeType0
        | CallMetricsBodyEventsType0ItemTypeType1
        | CallMetricsBodyEventsType0ItemTypeType2
        | CallMetricsBodyEventsType0ItemTypeType3
    )
    at: Any | Unset = UNSET
    e_2_e_latency_ms: float | None | Unset = UNSET
    llm_ttft_ms: float | None | Unset = UNSET
    tts_ttfb_ms: float | None | Unset = UNSET
    eou_delay_ms: float | None | Unset = UNSET
    prompt_tokens: int | None | Unset = UNSET
    completion_tokens: int | None | Unset = UNSET
    cost_usd: float | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: int | str
        id = self.id

        type_: str
        if isinstance(self.type_, str):
            type_ = self.type_
        elif isinstance(self.type_, str):
            type_ = self.type_
        elif isinstance(self.type_, str):
            type_ = self.type_
        else:
            type_ = self.type_

        at = self.at

        e_2_e_latency_ms: float | None | Unset
        if isinstance(self.e_2_e_latency_ms, Unset):
            e_2_e_latency_ms = UNSET
        else:
            e_2_e_latency_ms = self.e_2_e_latency_ms

        llm_ttft_ms: float | None | Unset
        if isinstance(self.llm_ttft_ms, Unset):
            llm_ttft_ms = UNSET
        else:
            llm_ttft_ms = self.llm_ttft_ms

        tts_ttfb_ms: float | None | Unset
        if isinstance(self.tts_ttfb_ms, Unset):
            tts_ttfb_ms = UNSET
        else:
            tts_ttfb_ms = self.tts_ttfb_ms

        eou_delay_ms: float | None | Unset
        if isinstance(self.eou_delay_ms, Unset):
            eou_delay_ms = UNSET
        else:
            eou_delay_ms = self.eou_delay_ms

        prompt_tokens: int | None | Unset
        if isinstance(self.prompt_tokens, Unset):
            prompt_tokens = UNSET
        else:
            prompt_tokens = self.prompt_tokens

        completion_tokens: int | None | Unset
        if isinstance(self.completion_tokens, Unset):
            completion_tokens = UNSET
        else:
            completion_tokens = self.completion_tokens

        cost_usd: float | None | Unset
        if isinstance(self.cost_usd, Unset):
            cost_usd = UNSET
        else:
            cost_usd = self.cost_usd

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
            }
        )
        if at is not UNSET:
            field_dict["at"] = at
        if e_2_e_latency_ms is not UNSET:
            field_dict["e2eLatencyMs"] = e_2_e_latency_ms
        if llm_ttft_ms is not UNSET:
            field_dict["llmTtftMs"] = llm_ttft_ms
        if tts_ttfb_ms is not UNSET:
            field_dict["ttsTtfbMs"] = tts_ttfb_ms
        if eou_delay_ms is not UNSET:
            field_dict["eouDelayMs"] = eou_delay_ms
        if prompt_tokens is not UNSET:
            field_dict["promptTokens"] = prompt_tokens
        if completion_tokens is not UNSET:
            field_dict["completionTokens"] = completion_tokens
        if cost_usd is not UNSET:
            field_dict["costUsd"] = cost_usd

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_id(data: object) -> int | str:
            return cast(int | str, data)

        id = _parse_id(d.pop("id"))

        def _parse_type_(
            data: object,
        ) -> (
            CallMetricsBodyEventsType0ItemTypeType0
            | CallMetricsBodyEventsType0ItemTypeType1
            | CallMetricsBodyEventsType0ItemTypeType2
            | CallMetricsBodyEventsType0ItemTypeType3
        ):
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_0 = check_call_metrics_body_events_type_0_item_type_type_0(data)

                return type_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_1 = check_call_metrics_body_events_type_0_item_type_type_1(data)

                return type_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                type_type_2 = check_call_metrics_body_events_type_0_item_type_type_2(data)

                return type_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            type_type_3 = check_call_metrics_body_events_type_0_item_type_type_3(data)

            return type_type_3

        type_ = _parse_type_(d.pop("type"))

        at = d.pop("at", UNSET)

        def _parse_e_2_e_latency_ms(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        e_2_e_latency_ms = _parse_e_2_e_latency_ms(d.pop("e2eLatencyMs", UNSET))

        def _parse_llm_ttft_ms(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        llm_ttft_ms = _parse_llm_ttft_ms(d.pop("llmTtftMs", UNSET))

        def _parse_tts_ttfb_ms(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        tts_ttfb_ms = _parse_tts_ttfb_ms(d.pop("ttsTtfbMs", UNSET))

        def _parse_eou_delay_ms(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        eou_delay_ms = _parse_eou_delay_ms(d.pop("eouDelayMs", UNSET))

        def _parse_prompt_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        prompt_tokens = _parse_prompt_tokens(d.pop("promptTokens", UNSET))

        def _parse_completion_tokens(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        completion_tokens = _parse_completion_tokens(d.pop("completionTokens", UNSET))

        def _parse_cost_usd(data: object) -> float | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(float | None | Unset, data)

        cost_usd = _parse_cost_usd(d.pop("costUsd", UNSET))

        call_metrics_body_events_type_0_item = cls(
            id=id,
            type_=type_,
            at=at,
            e_2_e_latency_ms=e_2_e_latency_ms,
            llm_ttft_ms=llm_ttft_ms,
            tts_ttfb_ms=tts_ttfb_ms,
            eou_delay_ms=eou_delay_ms,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            cost_usd=cost_usd,
        )

        call_metrics_body_events_type_0_item.additional_properties = d
        return call_metrics_body_events_type_0_item

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
