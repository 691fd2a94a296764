from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.call import Call
    from ..models.call_evaluation import CallEvaluation
    from ..models.call_label import CallLabel


T = TypeVar("T", bound="ExportCallResponse200")


@_attrs_define
class ExportCallResponse200:
    """
    Attributes:
        call (Call):
        evaluations (list[CallEvaluation]):
        labels (list[CallLabel]):
        recording_url (None | str): Where the recording streams from (absolute with PUBLIC_API_BASE_URL), null without a
            ready recording
        exported_at (datetime.datetime):
    """

    call: Call
    evaluations: list[CallEvaluation]
    labels: list[CallLabel]
    recording_url: None | str
    exported_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        call = self.call.to_dict()

        evaluations = []
        for evaluations_item_data in self.evaluations:
            evaluations_item = evaluations_item_data.to_dict()
            evaluations.append(evaluations_item)

        labels = []
        for labels_item_data in self.labels:
            labels_item = labels_item_data.to_dict()
            labels.append(labels_item)

        recording_url: None | str
        recording_url = self.recording_url

        exported_at = self.exported_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "call": call,
                "evaluations": evaluations,
                "labels": labels,
                "recordingUrl": recording_url,
                "exportedAt": exported_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.call import Call  # noqa: PLC0415
        from ..models.call_evaluation import CallEvaluation  # noqa: PLC0415
        from ..models.call_label import CallLabel  # noqa: PLC0415

        d = dict(src_dict)
        call = Call.from_dict(d.pop("call"))

        evaluations = []
        _evaluations = d.pop("evaluations")
        for evaluations_item_data in _evaluations:
            evaluations_item = CallEvaluation.from_dict(evaluations_item_data)

            evaluations.append(evaluations_item)

        labels = []
        _labels = d.pop("labels")
        for labels_item_data in _labels:
            labels_item = CallLabel.from_dict(labels_item_data)

            labels.append(labels_item)

        def _parse_recording_url(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        recording_url = _parse_recording_url(d.pop("recordingUrl"))

        exported_at = datetime.datetime.fromisoformat(d.pop("exportedAt"))

        export_call_response_200 = cls(
            call=call,
            evaluations=evaluations,
            labels=labels,
            recording_url=recording_url,
            exported_at=exported_at,
        )

        export_call_response_200.additional_properties = d
        return export_call_response_200

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
