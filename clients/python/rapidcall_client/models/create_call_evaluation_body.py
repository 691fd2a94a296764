from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.evaluation_details import EvaluationDetails


T = TypeVar("T", bound="CreateCallEvaluationBody")


@_attrs_define
class CreateCallEvaluationBody:
    """
    Attributes:
        score (int):
        notes (str | Unset):
        details (EvaluationDetails | Unset): What the dashboard renders: summary, strengths, issues, suggested fixes,
            next tests
    """

    score: int
    notes: str | Unset = UNSET
    details: EvaluationDetails | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        score = self.score

        notes = self.notes

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "score": score,
            }
        )
        if notes is not UNSET:
            field_dict["notes"] = notes
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.evaluation_details import EvaluationDetails  # noqa: PLC0415

        d = dict(src_dict)
        score = d.pop("score")

        notes = d.pop("notes", UNSET)

        _details = d.pop("details", UNSET)
        details: EvaluationDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = EvaluationDetails.from_dict(_details)

        create_call_evaluation_body = cls(
            score=score,
            notes=notes,
            details=details,
        )

        return create_call_evaluation_body
