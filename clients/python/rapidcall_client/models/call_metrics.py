from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_metrics_latency import CallMetricsLatency
    from ..models.call_metrics_models import CallMetricsModels
    from ..models.call_metrics_normalized import CallMetricsNormalized
    from ..models.call_metrics_telephony import CallMetricsTelephony
    from ..models.call_metrics_usage import CallMetricsUsage


T = TypeVar("T", bound="CallMetrics")


@_attrs_define
class CallMetrics:
    """Merged metrics snapshot plus derived totals

    Attributes:
        prompt_tokens (int):
        completion_tokens (int):
        tokens_total (int):
        cost_usd (float):
        latency_p50_ms (float | None):
        latency_p95_ms (float | None):
        usage (CallMetricsUsage | Unset):
        models (CallMetricsModels | Unset):
        latency (CallMetricsLatency | Unset):
        normalized (CallMetricsNormalized | Unset):
        telephony (CallMetricsTelephony | Unset):
    """

    prompt_tokens: int
    completion_tokens: int
    tokens_total: int
    cost_usd: float
    latency_p50_ms: float | None
    latency_p95_ms: float | None
    usage: CallMetricsUsage | Unset = UNSET
    models: CallMetricsModels | Unset = UNSET
    latency: CallMetricsLatency | Unset = UNSET
    normalized: CallMetricsNormalized | Unset = UNSET
    telephony: CallMetricsTelephony | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        prompt_tokens = self.prompt_tokens

        completion_tokens = self.completion_tokens

        tokens_total = self.tokens_total

        cost_usd = self.cost_usd

        latency_p50_ms: float | None
        latency_p50_ms = self.latency_p50_ms

        latency_p95_ms: float | None
        latency_p95_ms = self.latency_p95_ms

        usage: dict[str, Any] | Unset = UNSET
        if not isinstance(self.usage, Unset):
            usage = self.usage.to_dict()

        models: dict[str, Any] | Unset = UNSET
        if not isinstance(self.models, Unset):
            models = self.models.to_dict()

        latency: dict[str, Any] | Unset = UNSET
        if not isinstance(self.latency, Unset):
            latency = self.latency.to_dict()

        normalized: dict[str, Any] | Unset = UNSET
        if not isinstance(self.normalized, Unset):
            normalized = self.normalized.to_dict()

        telephony: dict[str, Any] | Unset = UNSET
        if not isinstance(self.telephony, Unset):
            telephony = self.telephony.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "promptTokens": prompt_tokens,
                "completionTokens": completion_tokens,
                "tokensTotal": tokens_total,
                "costUsd": cost_usd,
                "latencyP50Ms": latency_p50_ms,
                "latencyP95Ms": latency_p95_ms,
            }
        )
        if usage is not UNSET:
            field_dict["usage"] = usage
        if models is not UNSET:
            field_dict["models"] = models
        if latency is not UNSET:
            field_dict["latency"] = latency
        if normalized is not UNSET:
            field_dict["normalized"] = normalized
        if telephony is not UNSET:
            field_dict["telephony"] = telephony

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_metrics_latency import CallMetricsLatency  # noqa: PLC0415
        from ..models.call_metrics_models import CallMetricsModels  # noqa: PLC0415
        from ..models.call_metrics_normalized import CallMetricsNormalized  # noqa: PLC0415
        from ..models.call_metrics_telephony import CallMetricsTelephony  # noqa: PLC0415
        from ..models.call_metrics_usage import CallMetricsUsage  # noqa: PLC0415

        d = dict(src_dict)
        prompt_tokens = d.pop("promptTokens")

        completion_tokens = d.pop("completionTokens")

        tokens_total = d.pop("tokensTotal")

        cost_usd = d.pop("costUsd")

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

        _usage = d.pop("usage", UNSET)
        usage: CallMetricsUsage | Unset
        if isinstance(_usage, Unset):
            usage = UNSET
        else:
            usage = CallMetricsUsage.from_dict(_usage)

        _models = d.pop("models", UNSET)
        models: CallMetricsModels | Unset
        if isinstance(_models, Unset):
            models = UNSET
        else:
            models = CallMetricsModels.from_dict(_models)

        _latency = d.pop("latency", UNSET)
        latency: CallMetricsLatency | Unset
        if isinstance(_latency, Unset):
            latency = UNSET
        else:
            latency = CallMetricsLatency.from_dict(_latency)

        _normalized = d.pop("normalized", UNSET)
        normalized: CallMetricsNormalized | Unset
        if isinstance(_normalized, Unset):
            normalized = UNSET
        else:
            normalized = CallMetricsNormalized.from_dict(_normalized)

        _telephony = d.pop("telephony", UNSET)
        telephony: CallMetricsTelephony | Unset
        if isinstance(_telephony, Unset):
            telephony = UNSET
        else:
            telephony = CallMetricsTelephony.from_dict(_telephony)

        call_metrics = cls(
            prompt_tokens=prompt_tokens,
            completion_tokens=completion_tokens,
            tokens_total=tokens_total,
            cost_usd=cost_usd,
            latency_p50_ms=latency_p50_ms,
            latency_p95_ms=latency_p95_ms,
            usage=usage,
            models=models,
            latency=latency,
            normalized=normalized,
            telephony=telephony,
        )

        call_metrics.additional_properties = d
        return call_metrics

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
