"""Cell editors for the participant table: choices for gender and function, the institution
picker with its search, plain text for the rest."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt
from PySide6.QtWidgets import QStyledItemDelegate, QStyleOptionViewItem, QWidget

from csc_desktop.ui.participants.model import ParticipantsModel
from csc_desktop.ui.widgets.code_picker import CodeCombo
from csc_desktop.ui.widgets.institution_picker import InstitutionPicker, institution_choices

Index = QModelIndex | QPersistentModelIndex


class ParticipantDelegate(QStyledItemDelegate):
    def __init__(self, model: ParticipantsModel, parent: Any = None):
        super().__init__(parent)
        self.participants = model

    def _key(self, index: Index) -> str:
        return self.participants.keys[index.column()]

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: Index) -> QWidget:
        key = self._key(index)
        model = self.participants
        if key in ("gender", "function"):
            combo = CodeCombo(parent)
            combo.setMinimumContentsLength(12)
            choices = [(i.code, i.name(model.language)) for i in model.reference.items(key)]
            combo.set_choices(choices)
            if key == "gender":
                combo.removeItem(0)  # gender is required: "not disclosed" is the blank answer
            return combo
        if key == "institution":
            picker = InstitutionPicker(parent)
            picker.setAutoFillBackground(True)
            picker.set_choices(institution_choices(model.reference, model.language, model.country))
            return picker
        return super().createEditor(parent, option, index)

    def setEditorData(self, editor: QWidget, index: Index) -> None:
        value = index.data(Qt.ItemDataRole.EditRole)
        if isinstance(editor, CodeCombo | InstitutionPicker):
            editor.set_value(value or None)
        else:
            super().setEditorData(editor, index)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: Index) -> None:
        if isinstance(editor, CodeCombo | InstitutionPicker):
            model.setData(index, editor.value() or "", Qt.ItemDataRole.EditRole)
        else:
            super().setModelData(editor, model, index)
