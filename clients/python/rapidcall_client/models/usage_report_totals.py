from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="UsageReportTotals")


@_attrs_define
class UsageReportTotals:
    """
    Attributes:
        calls (int):
        minutes (float): Sum of call durations, in minutes
        cost_usd (float): Provider cost estimate (model, TTS, STT) from the metrics
        billed_usd (float): What the calls cost the customer by the rate card (sum of the priced calls' `cost.totalUsd`)
        prompt_tokens (int):
        completion_tokens (int):
        latency_p50_ms (float | None):
        latency_p95_ms (float | None):
    """

    calls: int
    minutes: float
    cost_usd: float
    billed_usd: float
    prompt_tokens: int
    completion_tokens: int
    latency_p50_ms: float | None
    latency_p95_ms: float | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        calls = self.calls

        minutes = self.minutes

        cost_usd = self.cost_usd

        billed_usd = self.billed_usd

        prompt_tokens = self.prompt_tokens

        completion_tokens = self.completion_tokens

        latency_p50_ms: float | None
        latency_p50_ms = self.latency_p50_ms

        latency_p95_ms: float | None
        latency_p95_ms = self.latency_p95_ms

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "calls": calls,
                "minutes": minutes,
                "costUsd": cost_usd,
                "billedUsd": billed_usd,
                "promptTokens": prompt_tokens,
                "completionTokens": completion_tokens,
                "latencyP50Ms": latency_p50_ms,
                "latencyP95Ms": latency_p95_ms,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        calls = d.pop("calls")

        minutes = d.pop("minutes")

        cost_usd = d.pop("costUsd")

        billed_usd = d.pop("billedUsd")

        prompt_tokens = d.pop("promptTokens")

        completion_tokens = d.pop("completionTokens")

        def _parse_latency_p50_ms(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        latency_p50_ms = _parse_latency_p50_ms(d.pop("latencyP50Ms"))

        def _parse_latency_p95_ms(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        latency_p95_ms = _parse_latency_p95_ms(d.pop("latencyP95Ms"))

        usage_report_totals = cls(
            calls=calls,
            minutes=minutes,
            cost_usd=cost_usd,
            billed_usd=billed_usd,
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            latency_p50_ms=latency_p50_ms,
            latency_p95_ms=latency_p95_ms,
        )

        usage_report_totals.additional_properties = d
        return usage_report_totals

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
