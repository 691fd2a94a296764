from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.call_evaluation_source import CallEvaluationSource, check_call_evaluation_source

if TYPE_CHECKING:
    from ..models.evaluation_details import EvaluationDetails


T = TypeVar("T", bound="CallEvaluation")


@_attrs_define
class CallEvaluation:
    """
    Attributes:
        id (str):
        call_id (str):
        workspace_id (str):
        score (int):
        source (CallEvaluationSource): `manual` (a person) or `auto` (the LLM rubric)
        notes (str):
        details (EvaluationDetails): What the dashboard renders: summary, strengths, issues, suggested fixes, next tests
        author_id (None | str):
        model (None | str):
        created_at (datetime.datetime): ISO-8601 UTC
        updated_at (datetime.datetime): ISO-8601 UTC
    """

    id: str
    call_id: str
    workspace_id: str
    score: int
    source: CallEvaluationSource
    notes: str
    details: EvaluationDetails
    author_id: None | str
    model: None | str
    created_at: datetime.datetime
    updated_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        call_id = self.call_id

        workspace_id = self.workspace_id

        score = self.score

        source: str = self.source

        notes = self.notes

        details = self.details.to_dict()

        author_id: None | str
        author_id = self.author_id

        model: None | str
        model = self.model

        created_at = self.created_at.isoformat()

        updated_at = self.updated_at.isoformat()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "callId": call_id,
                "workspaceId": workspace_id,
                "score": score,
                "source": source,
                "notes": notes,
                "details": details,
                "authorId": author_id,
                "model": model,
                "createdAt": created_at,
                "updatedAt": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evaluation_details import EvaluationDetails  # noqa: PLC0415

        d = dict(src_dict)
        id = d.pop("id")

        call_id = d.pop("callId")

        workspace_id = d.pop("workspaceId")

        score = d.pop("score")

        source = check_call_evaluation_source(d.pop("source"))

        notes = d.pop("notes")

        details = EvaluationDetails.from_dict(d.pop("details"))

        def _parse_author_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        author_id = _parse_author_id(d.pop("authorId"))

        def _parse_model(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        model = _parse_model(d.pop("model"))

        created_at = datetime.datetime.fromisoformat(d.pop("createdAt"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updatedAt"))

        call_evaluation = cls(
            id=id,
            call_id=call_id,
            workspace_id=workspace_id,
            score=score,
            source=source,
            notes=notes,
            details=details,
            author_id=author_id,
            model=model,
            created_at=created_at,
            updated_at=updated_at,
        )

        call_evaluation.additional_properties = d
        return call_evaluation

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
