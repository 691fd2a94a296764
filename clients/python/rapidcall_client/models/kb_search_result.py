from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="KbSearchResult")


@_attrs_define
class KbSearchResult:
    """
    Attributes:
        document_id (str):
        folder_id (str):
        folder_name (str):
        title (str):
        kind (str):
        chunk (int): Position of the chunk in its document
        heading (None | str):
        text (str): The chunk text
        snippet (str): The best passage with matches in `<b>...</b>`
        score (float):
    """

    document_id: str
    folder_id: str
    folder_name: str
    title: str
    kind: str
    chunk: int
    heading: None | str
    text: str
    snippet: str
    score: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        document_id = self.document_id

        folder_id = self.folder_id

        folder_name = self.folder_name

        title = self.title

        kind = self.kind

        chunk = self.chunk

        heading: None | str
        heading = self.heading

        text = self.text

        snippet = self.snippet

        score = self.score

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "documentId": document_id,
                "folderId": folder_id,
                "folderName": folder_name,
                "title": title,
                "kind": kind,
                "chunk": chunk,
                "heading": heading,
                "text": text,
                "snippet": snippet,
                "score": score,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        document_id = d.pop("documentId")

        folder_id = d.pop("folderId")

        folder_name = d.pop("folderName")

        title = d.pop("title")

        kind = d.pop("kind")

        chunk = d.pop("chunk")

        def _parse_heading(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        heading = _parse_heading(d.pop("heading"))

        text = d.pop("text")

        snippet = d.pop("snippet")

        score = d.pop("score")

        kb_search_result = cls(
            document_id=document_id,
            folder_id=folder_id,
            folder_name=folder_name,
            title=title,
            kind=kind,
            chunk=chunk,
            heading=heading,
            text=text,
            snippet=snippet,
            score=score,
        )

        kb_search_result.additional_properties = d
        return kb_search_result

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
