"""Tokens as chips: type a symbol (any spelling: btc, BTCUSDT, $BTC…) and press Enter to add
it, click a chip to remove it. Empty means "All tokens" for a whitelist, "none" for a
blacklist."""

from __future__ import annotations

from collections.abc import Iterable

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QCompleter, QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from tradermanager.domain.errors import ValidationError
from tradermanager.domain.tokens import normalise_token


class TokenChips(QWidget):
    changed = Signal()

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._tokens: list[str] = []
        self._empty = QLabel(empty_text)
        self._empty.setStyleSheet("color: palette(mid);")
        self._chips = QHBoxLayout()
        self._chips.setContentsMargins(0, 0, 0, 0)
        self.input = QLineEdit()
        self.input.setPlaceholderText("add token…")
        self.input.setMaximumWidth(120)
        self.input.returnPressed.connect(self._add_typed)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._empty)
        layout.addLayout(self._chips)
        layout.addStretch(1)
        layout.addWidget(self.input)

    def set_suggestions(self, tokens: Iterable[str]) -> None:
        completer = QCompleter(sorted(set(tokens)), self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.input.setCompleter(completer)

    def tokens(self) -> list[str]:
        return list(self._tokens)

    def text(self) -> str:
        """Comma-separated, as the settings take it."""
        return ", ".join(self._tokens)

    def setText(self, text: str) -> None:
        self._tokens = []
        for part in text.split(","):
            if part.strip():
                self._add(part)
        self._render()

    def add(self, raw: str) -> bool:
        added = self._add(raw)
        self._render()
        return added

    def remove(self, token: str) -> None:
        if token in self._tokens:
            self._tokens.remove(token)
            self._render()

    def _add(self, raw: str) -> bool:
        try:
            token = normalise_token(raw)
        except ValidationError as exc:
            self.input.setToolTip(str(exc))
            self.input.setStyleSheet("border: 1px solid #e5534b;")
            return False
        self.input.setToolTip("")
        self.input.setStyleSheet("")
        if token not in self._tokens:
            self._tokens.append(token)
        return True

    def _add_typed(self) -> None:
        if self.add(self.input.text()):
            self.input.clear()

    def _render(self) -> None:
        while self._chips.count():
            item = self._chips.takeAt(0)
            widget = item.widget() if item is not None else None
            if widget is not None:
                widget.hide()
                widget.deleteLater()
        for token in sorted(self._tokens):
            chip = QToolButton()
            chip.setObjectName(f"chip_{token}")
            chip.setText(f"{token}  ✕")
            chip.setToolTip(f"Remove {token}")
            chip.clicked.connect(lambda _=False, t=token: self.remove(t))
            self._chips.addWidget(chip)
        self._empty.setVisible(not self._tokens)
        self.changed.emit()
