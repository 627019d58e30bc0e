"""The column mapping of an import: for each column of the file, what it holds (a field, a
training day, or nothing to import), as guessed from its heading and changeable by the person."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Signal
from PySide6.QtWidgets import QComboBox, QGridLayout, QLabel, QWidget

from csc_desktop.participants_io import MAPPING_TARGETS, day_of, day_target, target_label
from csc_desktop.participants_io.mapping import column_name

COLUMNS_PER_LINE = 3


def _target_text(target: str) -> str:
    day = day_of(target)
    if day is not None:  # the label is "Day 3" already: translate its template
        return QCoreApplication.translate("participants", "Day {day}").format(day=day)
    return QCoreApplication.translate("participants", target_label(target))


class MappingPanel(QWidget):
    mapping_changed = Signal(object)  # dict: column index -> target or None

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._grid = QGridLayout(self)
        self._grid.setContentsMargins(0, 0, 0, 0)
        self._grid.setHorizontalSpacing(8)
        self.combos: list[QComboBox] = []
        self._labels: list[QLabel] = []
        self._headers: list[str] = []

    def set_columns(self, headers: list[str], mapping: dict[int, str | None], days: int) -> None:
        for widget in [*self.combos, *self._labels]:
            self._grid.removeWidget(widget)
            widget.deleteLater()
        self.combos, self._labels = [], []
        targets = [*MAPPING_TARGETS, *(day_target(d) for d in range(1, days + 1))]
        ignore = QCoreApplication.translate("ImportDialog", "Do not import")
        for index, heading in enumerate(headers):
            label_text = QCoreApplication.translate("ImportDialog", "{column}: “{heading}”").format(
                column=column_name(index), heading=heading
            )
            label = QLabel(label_text, self)
            label.setToolTip(heading)
            combo = QComboBox(self)
            combo.setObjectName(f"mapping_{index}")
            # three columns a line fit in every language: the box is as wide as a short name
            # and its list opens as wide as the longest ("Rezultati i testit para trajnimit")
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(14)
            combo.addItem(ignore, None)
            for target in targets:
                combo.addItem(_target_text(target), target)
            combo.view().setMinimumWidth(combo.view().sizeHintForColumn(0) + 24)
            chosen = combo.findData(mapping.get(index)) if mapping.get(index) else 0
            combo.setCurrentIndex(max(chosen, 0))
            combo.activated.connect(lambda _i: self.mapping_changed.emit(self.mapping()))
            label.setBuddy(combo)
            line, place = divmod(index, COLUMNS_PER_LINE)
            self._grid.addWidget(label, line, place * 2)
            self._grid.addWidget(combo, line, place * 2 + 1)
            label.show()  # the panel may already be showing
            combo.show()
            self.combos.append(combo)
            self._labels.append(label)
        self._headers = list(headers)

    def retranslate(self) -> None:
        """The column choices in the interface language (the choices themselves stay)."""
        for index, (label, combo) in enumerate(zip(self._labels, self.combos, strict=True)):
            label.setText(
                QCoreApplication.translate("ImportDialog", "{column}: “{heading}”").format(
                    column=column_name(index), heading=self._headers[index]
                )
            )
            for item in range(combo.count()):
                target = combo.itemData(item)
                combo.setItemText(
                    item,
                    _target_text(target)
                    if target
                    else QCoreApplication.translate("ImportDialog", "Do not import"),
                )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def mapping(self) -> dict[int, str | None]:
        return {index: combo.currentData() for index, combo in enumerate(self.combos)}

    def choose(self, column: int, target: str | None) -> None:
        """As if the person chose it: sends ``mapping_changed``."""
        combo = self.combos[column]
        combo.setCurrentIndex(max(combo.findData(target) if target else 0, 0))
        self.mapping_changed.emit(self.mapping())
