from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.webhook_delivery_event_type_0 import WebhookDeliveryEventType0, check_webhook_delivery_event_type_0
from ..models.webhook_delivery_event_type_1 import WebhookDeliveryEventType1, check_webhook_delivery_event_type_1
from ..models.webhook_delivery_event_type_2 import WebhookDeliveryEventType2, check_webhook_delivery_event_type_2
from ..models.webhook_delivery_event_type_3 import WebhookDeliveryEventType3, check_webhook_delivery_event_type_3
from ..models.webhook_delivery_event_type_4 import WebhookDeliveryEventType4, check_webhook_delivery_event_type_4
from ..models.webhook_delivery_event_type_5 import WebhookDeliveryEventType5, check_webhook_delivery_event_type_5
from ..models.webhook_delivery_status_type_0 import WebhookDeliveryStatusType0, check_webhook_delivery_status_type_0
from ..models.webhook_delivery_status_type_1 import WebhookDeliveryStatusType1, check_webhook_delivery_status_type_1
from ..models.webhook_delivery_status_type_2 import WebhookDeliveryStatusType2, check_webhook_delivery_status_type_2

if TYPE_CHECKING:
    from ..models.webhook_delivery_attempt import WebhookDeliveryAttempt


T = TypeVar("T", bound="GetWebhookDeliveryWebhookDeliveryWithAttempts")


@_attrs_define
class GetWebhookDeliveryWebhookDeliveryWithAttempts:
    """
    Attributes:
        id (str):
        event_id (str): Sent as `x-rapidcall-event-id`, the same on every attempt
        event (WebhookDeliveryEventType0 | WebhookDeliveryEventType1 | WebhookDeliveryEventType2 |
            WebhookDeliveryEventType3 | WebhookDeliveryEventType4 | WebhookDeliveryEventType5): Call events, and campaign
            events (to the campaign agent's webhook URL)
        call_id (None | str):
        agent_id (None | str):
        url (str):
        status (WebhookDeliveryStatusType0 | WebhookDeliveryStatusType1 | WebhookDeliveryStatusType2): `pending` until
            delivered or given up (4xx other than 408/429, a refused URL, or 24 h of failures)
        attempts (int): Attempts made so far
        last_status_code (int | None):
        last_error (None | str):
        next_attempt_at (datetime.datetime | None):
        delivered_at (datetime.datetime | None):
        created_at (datetime.datetime): ISO-8601 UTC
        attempt_log (list[WebhookDeliveryAttempt]):
    """

    id: str
    event_id: str
    event: (
        WebhookDeliveryEventType0
        | WebhookDeliveryEventType1
        | WebhookDeliveryEventType2
        | WebhookDeliveryEventType3
        | WebhookDeliveryEventType4
        | WebhookDeliveryEventType5
    )
    call_id: None | str
    agent_id: None | str
    url: str
    status: WebhookDeliveryStatusType0 | WebhookDeliveryStatusType1 | WebhookDeliveryStatusType2
    attempts: int
    last_status_code: int | None
    last_error: None | str
    next_attempt_at: datetime.datetime | None
    delivered_at: datetime.datetime | None
    created_at: datetime.datetime
    attempt_log: list[WebhookDeliveryAttempt]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        event_id = self.event_id

        event: str
        if isinstance(self.event, str):
            event = self.event
        elif isinstance(self.event, str):
            event = self.event
        elif isinstance(self.event, str):
            event = self.event
        elif isinstance(self.event, str):
            event = self.event
        elif isinstance(self.event, str):
            event = self.event
        else:
            event = self.event

        call_id: None | str
        call_id = self.call_id

        agent_id: None | str
        agent_id = self.agent_id

        url = self.url

        status: str
        if isinstance(self.status, str):
            status = self.status
        elif isinstance(self.status, str):
            status = self.status
        else:
            status = self.status

        attempts = self.attempts

        last_status_code: int | None
        last_status_code = self.last_status_code

        last_error: None | str
        last_error = self.last_error

        next_attempt_at: None | str
        if isinstance(self.next_attempt_at, datetime.datetime):
            next_attempt_at = self.next_attempt_at.isoformat()
        else:
            next_attempt_at = self.next_attempt_at

        delivered_at: None | str
        if isinstance(self.delivered_at, datetime.datetime):
            delivered_at = self.delivered_at.isoformat()
        else:
            delivered_at = self.delivered_at

        created_at = self.created_at.isoformat()

        attempt_log = []
        for attempt_log_item_data in self.attempt_log:
            attempt_log_item = attempt_log_item_data.to_dict()
            attempt_log.append(attempt_log_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "eventId": event_id,
                "event": event,
                "callId": call_id,
                "agentId": agent_id,
                "url": url,
                "status": status,
                "attempts": attempts,
                "lastStatusCode": last_status_code,
                "lastError": last_error,
                "nextAttemptAt": next_attempt_at,
                "deliveredAt": delivered_at,
                "createdAt": created_at,
                "attemptLog": attempt_log,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.webhook_delivery_attempt import WebhookDeliveryAttempt  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        event_id = d.pop("eventId")

        def _parse_event(
            data: object,
        ) -> (
            WebhookDeliveryEventType0
            | WebhookDeliveryEventType1
            | WebhookDeliveryEventType2
            | WebhookDeliveryEventType3
            | WebhookDeliveryEventType4
            | WebhookDeliveryEventType5
        ):
            try:
                if not isinstance(data, str):
                    raise TypeError()
                event_type_0 = check_webhook_delivery_event_type_0(data)

                return event_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                event_type_1 = check_webhook_delivery_event_type_1(data)

                return event_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                event_type_2 = check_webhook_delivery_event_type_2(data)

                return event_type_2
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                event_type_3 = check_webhook_delivery_event_type_3(data)

                return event_type_3
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                event_type_4 = check_webhook_delivery_event_type_4(data)

                return event_type_4
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            event_type_5 = check_webhook_delivery_event_type_5(data)

            return event_type_5

        event = _parse_event(d.pop("event"))

        def _parse_call_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        call_id = _parse_call_id(d.pop("callId"))

        def _parse_agent_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        agent_id = _parse_agent_id(d.pop("agentId"))

        url = d.pop("url")

        def _parse_status(
            data: object,
        ) -> WebhookDeliveryStatusType0 | WebhookDeliveryStatusType1 | WebhookDeliveryStatusType2:
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_0 = check_webhook_delivery_status_type_0(data)

                return status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            try:
                if not isinstance(data, str):
                    raise TypeError()
                status_type_1 = check_webhook_delivery_status_type_1(data)

                return status_type_1
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, str):
                raise TypeError()
            status_type_2 = check_webhook_delivery_status_type_2(data)

            return status_type_2

        status = _parse_status(d.pop("status"))

        attempts = d.pop("attempts")

        def _parse_last_status_code(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        last_status_code = _parse_last_status_code(d.pop("lastStatusCode"))

        def _parse_last_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_error = _parse_last_error(d.pop("lastError"))

        def _parse_next_attempt_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                next_attempt_at_type_0 = datetime.datetime.fromisoformat(data)

                return next_attempt_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        next_attempt_at = _parse_next_attempt_at(d.pop("nextAttemptAt"))

        def _parse_delivered_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                delivered_at_type_0 = datetime.datetime.fromisoformat(data)

                return delivered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        delivered_at = _parse_delivered_at(d.pop("deliveredAt"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        attempt_log = []
        _attempt_log = d.pop("attemptLog")
        for attempt_log_item_data in _attempt_log:
            attempt_log_item = WebhookDeliveryAttempt.from_dict(attempt_log_item_data)

            attempt_log.append(attempt_log_item)

        get_webhook_delivery_webhook_delivery_with_attempts = cls(
            id=id,
            event_id=event_id,
            event=event,
            call_id=call_id,
            agent_id=agent_id,
            url=url,
            status=status,
            attempts=attempts,
            last_status_code=last_status_code,
            last_error=last_error,
            next_attempt_at=next_attempt_at,
            delivered_at=delivered_at,
            created_at=created_at,
            attempt_log=attempt_log,
        )

        get_webhook_delivery_webhook_delivery_with_attempts.additional_properties = d
        return get_webhook_delivery_webhook_delivery_with_attempts

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
