from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.call_metrics_body_events_type_0_item import CallMetricsBodyEventsType0Item
    from ..models.call_metrics_body_latency_type_0 import CallMetricsBodyLatencyType0
    from ..models.call_metrics_body_models_type_0 import CallMetricsBodyModelsType0
    from ..models.call_metrics_body_normalized_type_0 import CallMetricsBodyNormalizedType0
    from ..models.call_metrics_body_telephony_type_0 import CallMetricsBodyTelephonyType0
    from ..models.call_metrics_body_usage_type_0 import CallMetricsBodyUsageType0


T = TypeVar("T", bound="CallMetricsBody")


@_attrs_define
class CallMetricsBody:
    """Every key optional. `usage`, `models`, `latency`, `normalized` and `telephony` are snapshots: each one posted
    replaces the stored one. `events` are appended once per `id`.

        Attributes:
            usage (CallMetricsBodyUsageType0 | None | Unset): Cumulative usage of the call (snake_case, as the agent sends
                it)
            models (CallMetricsBodyModelsType0 | None | Unset): Models the call used
            latency (CallMetricsBodyLatencyType0 | None | Unset): Running latency averages
            normalized (CallMetricsBodyNormalizedType0 | None | Unset): Call facts the agent observed
            telephony (CallMetricsBodyTelephonyType0 | None | Unset): Telephony details of a phone call
            events (list[CallMetricsBodyEventsType0Item] | None | Unset):
    """

    usage: CallMetricsBodyUsageType0 | None | Unset = UNSET
    models: CallMetricsBodyModelsType0 | None | Unset = UNSET
    latency: CallMetricsBodyLatencyType0 | None | Unset = UNSET
    normalized: CallMetricsBodyNormalizedType0 | None | Unset = UNSET
    telephony: CallMetricsBodyTelephonyType0 | None | Unset = UNSET
    events: list[CallMetricsBodyEventsType0Item] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.call_metrics_body_latency_type_0 import CallMetricsBodyLatencyType0  # noqa: PLC0415
        from ..models.call_metrics_body_models_type_0 import CallMetricsBodyModelsType0  # noqa: PLC0415
        from ..models.call_metrics_body_normalized_type_0 import CallMetricsBodyNormalizedType0  # noqa: PLC0415
        from ..models.call_metrics_body_telephony_type_0 import CallMetricsBodyTelephonyType0  # noqa: PLC0415
        from ..models.call_metrics_body_usage_type_0 import CallMetricsBodyUsageType0  # noqa: PLC0415

        usage: dict[str, Any] | None | Unset
        if isinstance(self.usage, Unset):
            usage = UNSET
        elif isinstance(self.usage, CallMetricsBodyUsageType0):
            usage = self.usage.to_dict()
        else:
            usage = self.usage

        models: dict[str, Any] | None | Unset
        if isinstance(self.models, Unset):
            models = UNSET
        elif isinstance(self.models, CallMetricsBodyModelsType0):
            models = self.models.to_dict()
        else:
            models = self.models

        latency: dict[str, Any] | None | Unset
        if isinstance(self.latency, Unset):
            latency = UNSET
        elif isinstance(self.latency, CallMetricsBodyLatencyType0):
            latency = self.latency.to_dict()
        else:
            latency = self.latency

        normalized: dict[str, Any] | None | Unset
        if isinstance(self.normalized, Unset):
            normalized = UNSET
        elif isinstance(self.normalized, CallMetricsBodyNormalizedType0):
            normalized = self.normalized.to_dict()
        else:
            normalized = self.normalized

        telephony: dict[str, Any] | None | Unset
        if isinstance(self.telephony, Unset):
            telephony = UNSET
        elif isinstance(self.telephony, CallMetricsBodyTelephonyType0):
            telephony = self.telephony.to_dict()
        else:
            telephony = self.telephony

        events: list[dict[str, Any]] | None | Unset
        if isinstance(self.events, Unset):
            events = UNSET
        elif isinstance(self.events, list):
            events = []
            for events_type_0_item_data in self.events:
                events_type_0_item = events_type_0_item_data.to_dict()
                events.append(events_type_0_item)

        else:
            events = self.events

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
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
        if events is not UNSET:
            field_dict["events"] = events

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call_metrics_body_events_type_0_item import CallMetricsBodyEventsType0Item  # noqa: PLC0415
        from ..models.call_metrics_body_latency_type_0 import CallMetricsBodyLatencyType0  # noqa: PLC0415
        from ..models.call_metrics_body_models_type_0 import CallMetricsBodyModelsType0  # noqa: PLC0415
        from ..models.call_metrics_body_normalized_type_0 import CallMetricsBodyNormalizedType0  # noqa: PLC0415
        from ..models.call_metrics_body_telephony_type_0 import CallMetricsBodyTelephonyType0  # noqa: PLC0415
        from ..models.call_metrics_body_usage_type_0 import CallMetricsBodyUsageType0  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_usage(data: object) -> CallMetricsBodyUsageType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                usage_type_0 = CallMetricsBodyUsageType0.from_dict(data)

                return usage_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallMetricsBodyUsageType0 | None | Unset, data)

        usage = _parse_usage(d.pop("usage", UNSET))

        def _parse_models(data: object) -> CallMetricsBodyModelsType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                models_type_0 = CallMetricsBodyModelsType0.from_dict(data)

                return models_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallMetricsBodyModelsType0 | None | Unset, data)

        models = _parse_models(d.pop("models", UNSET))

        def _parse_latency(data: object) -> CallMetricsBodyLatencyType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                latency_type_0 = CallMetricsBodyLatencyType0.from_dict(data)

                return latency_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallMetricsBodyLatencyType0 | None | Unset, data)

        latency = _parse_latency(d.pop("latency", UNSET))

        def _parse_normalized(data: object) -> CallMetricsBodyNormalizedType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                normalized_type_0 = CallMetricsBodyNormalizedType0.from_dict(data)

                return normalized_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallMetricsBodyNormalizedType0 | None | Unset, data)

        normalized = _parse_normalized(d.pop("normalized", UNSET))

        def _parse_telephony(data: object) -> CallMetricsBodyTelephonyType0 | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                telephony_type_0 = CallMetricsBodyTelephonyType0.from_dict(data)

                return telephony_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(CallMetricsBodyTelephonyType0 | None | Unset, data)

        telephony = _parse_telephony(d.pop("telephony", UNSET))

        def _parse_events(data: object) -> list[CallMetricsBodyEventsType0Item] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                events_type_0 = []
                _events_type_0 = data
                for events_type_0_item_data in _events_type_0:
                    events_type_0_item = CallMetricsBodyEventsType0Item.from_dict(events_type_0_item_data)

                    events_type_0.append(events_type_0_item)

                return events_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[CallMetricsBodyEventsType0Item] | None | Unset, data)

        events = _parse_events(d.pop("events", UNSET))

        call_metrics_body = cls(
            usage=usage,
            models=models,
            latency=latency,
            normalized=normalized,
            telephony=telephony,
            events=events,
        )

        call_metrics_body.additional_properties = d
        return call_metrics_body

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
