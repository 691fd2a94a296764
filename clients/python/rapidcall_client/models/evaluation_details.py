from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..types import UNSET, Unset

T = TypeVar("T", bound="EvaluationDetails")


@_attrs_define
class EvaluationDetails:
    """What the dashboard renders: summary, strengths, issues, suggested fixes, next tests

    Attributes:
        score (int | Unset):
        summary (str | Unset):
        strengths (list[str] | Unset):
        issues (list[str] | Unset):
        suggested_fixes (list[str] | Unset):
        next_tests (list[str] | Unset):
    """

    score: int | Unset = UNSET
    summary: str | Unset = UNSET
    strengths: list[str] | Unset = UNSET
    issues: list[str] | Unset = UNSET
    suggested_fixes: list[str] | Unset = UNSET
    next_tests: list[str] | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        score = self.score

        summary = self.summary

        strengths: list[str] | Unset = UNSET
        if not isinstance(self.strengths, Unset):
            strengths = self.strengths

        issues: list[str] | Unset = UNSET
        if not isinstance(self.issues, Unset):
            issues = self.issues

        suggested_fixes: list[str] | Unset = UNSET
        if not isinstance(self.suggested_fixes, Unset):
            suggested_fixes = self.suggested_fixes

        next_tests: list[str] | Unset = UNSET
        if not isinstance(self.next_tests, Unset):
            next_tests = self.next_tests

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if score is not UNSET:
            field_dict["score"] = score
        if summary is not UNSET:
            field_dict["summary"] = summary
        if strengths is not UNSET:
            field_dict["strengths"] = strengths
        if issues is not UNSET:
            field_dict["issues"] = issues
        if suggested_fixes is not UNSET:
            field_dict["suggestedFixes"] = suggested_fixes
        if next_tests is not UNSET:
            field_dict["nextTests"] = next_tests

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        score = d.pop("score", UNSET)

        summary = d.pop("summary", UNSET)

        strengths = cast(list[str], d.pop("strengths", UNSET))

        issues = cast(list[str], d.pop("issues", UNSET))

        suggested_fixes = cast(list[str], d.pop("suggestedFixes", UNSET))

        next_tests = cast(list[str], d.pop("nextTests", UNSET))

        evaluation_details = cls(
            score=score,
            summary=summary,
            strengths=strengths,
            issues=issues,
            suggested_fixes=suggested_fixes,
            next_tests=next_tests,
        )

        return evaluation_details
