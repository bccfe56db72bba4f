"""The review queue's choices about a copy already open, shown instead of the correction form:
for a signal its channel deleted (close the copy or keep it) and for a follow-up that could not
be applied as written (close a chosen share of the copy, or dismiss it)."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDoubleSpinBox,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from tradermanager.services.review import ReviewItem


class DeletionBox(QGroupBox):
    close_clicked = Signal()
    keep_clicked = Signal()

    def __init__(self) -> None:
        super().__init__("The channel deleted this signal")
        self.setObjectName("deletionBox")
        layout = QVBoxLayout(self)
        help_text = QLabel(
            "Entries of the copy that had not filled were cancelled when the message was "
            "deleted. A position the copy holds stays open until you choose: close it at "
            "market, or keep it with its stop and targets."
        )
        help_text.setObjectName("deletionHelp")
        help_text.setWordWrap(True)
        layout.addWidget(help_text)
        row = QHBoxLayout()
        self.keep_button = QPushButton("Keep the copy")
        self.keep_button.setObjectName("keepCopyButton")
        self.keep_button.clicked.connect(self.keep_clicked)
        self.close_button = QPushButton("Close the copy")
        self.close_button.setObjectName("closeCopyButton")
        self.close_button.clicked.connect(self.close_clicked)
        row.addStretch(1)
        row.addWidget(self.keep_button)
        row.addWidget(self.close_button)
        layout.addLayout(row)
        self.hide()


class FollowUpBox(QGroupBox):
    """A follow-up of an open signal that could not be applied as written."""

    close_clicked = Signal()

    def __init__(self) -> None:
        super().__init__("A follow-up of an open signal")
        self.setObjectName("followUpBox")
        layout = QVBoxLayout(self)
        self.help = QLabel()
        self.help.setObjectName("followUpHelp")
        self.help.setWordWrap(True)
        layout.addWidget(self.help)
        self.share_row = QWidget()
        row = QHBoxLayout(self.share_row)
        row.setContentsMargins(0, 0, 0, 0)
        row.addWidget(QLabel("Close"))
        self.share = QDoubleSpinBox()
        self.share.setObjectName("followUpShare")
        self.share.setRange(1.0, 100.0)
        self.share.setDecimals(1)
        self.share.setSuffix(" %")
        self.share.setValue(50.0)
        row.addWidget(self.share)
        row.addWidget(QLabel("of the copy"))
        row.addStretch(1)
        self.close_button = QPushButton("Close that share")
        self.close_button.setObjectName("closeShareButton")
        self.close_button.clicked.connect(self.close_clicked)
        row.addWidget(self.close_button)
        layout.addWidget(self.share_row)
        self.hide()

    def show_for(self, item: ReviewItem | None) -> None:
        """Show the choice for ``item`` (a follow-up), or hide when None."""
        self.setVisible(item is not None)
        if item is None:
            return
        others = ", ".join(a.words for a in item.parsed.besides_close)
        self.share_row.setVisible(not others)
        if others:
            self.help.setText(
                f"It belongs to {item.links_to}, whose copy is open, and states more than a "
                f"close ({others}): closing a share alone would apply only part of it. Act on "
                "the copy yourself from the Portfolio, or dismiss the message."
            )
            return
        self.help.setText(
            f"It belongs to {item.links_to}, whose copy is open, but says no share or price "
            "to act on. Close a share of the copy at market (100 % closes it), or dismiss the "
            "message to leave the copy as it is."
        )
        self.share.setValue(100.0 if item.parsed.close_fraction == 1.0 else 50.0)
