"""Linking another record (the training a TAF request produced): a list of titles, filled by
the editor from the store in the background."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QComboBox, QWidget


class RecordPicker(QComboBox):
    edited = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        self.setMinimumContentsLength(30)
        self._value: str | None = None
        self.addItem("—", None)
        self.activated.connect(self._activated)

    def set_candidates(self, candidates: Sequence[tuple[str, str]]) -> None:
        """(record id, label) pairs."""
        self.blockSignals(True)
        self.clear()
        self.addItem("—", None)
        for record_id, label in candidates:
            self.addItem(label, record_id)
        self.blockSignals(False)
        self._select(self._value)

    def value(self) -> str | None:
        return self._value

    def set_value(self, record_id: str | None) -> None:
        self._value = record_id
        self._select(record_id)

    def _select(self, record_id: str | None) -> None:
        index = self.findData(record_id) if record_id else 0
        if index < 0 and record_id:
            # not among the candidates (deleted, or not loaded yet): still shown, still kept
            unknown = QCoreApplication.translate("RecordPicker", "Record {id}")
            self.addItem(unknown.format(id=record_id[-8:]), record_id)
            index = self.count() - 1
        self.setCurrentIndex(max(index, 0))

    def _activated(self, index: int) -> None:
        data = self.itemData(index)
        self._value = data if isinstance(data, str) else None
        self.edited.emit()
