"""Home: the forms one can start, and how many drafts, outgoing and returned responses there are."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QSize, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sp_collect.ui.context import AppContext
from sp_collect.ui.form_card import FormCard
from sp_collect.ui.outbox import InboxPage, OutboxPage
from sp_collect.ui.pages import COORDINATOR, FIELD, Page, heading_label, register_page
from sp_collect.ui.responses_page import DraftsPage, returned_uuids
from sp_collect.ui.settings import preferences
from sp_collect.ui.style import icon
from sp_collect.workspace import OUTBOX, Changes
from sp_collect.workspace.packages import PackagePreview
from sp_collect.workspace.responses import DraftProgress

_FORM_ID = Qt.ItemDataRole.UserRole + 1
_TITLE = Qt.ItemDataRole.UserRole + 2


@register_page
class HomePage(Page):
    """Start a response (Enter or Ctrl+N on a form) and see what waits where."""

    roles = frozenset({FIELD, COORDINATOR})
    order = 10

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.greeting = heading_label(1.4)
        self.greeting.setObjectName("pageTitle")
        self.package = QLabel()
        self.package.setWordWrap(True)
        self.forms_label = QLabel()
        self.forms = QListWidget()
        self.forms.setSpacing(4)
        self.forms.setVerticalScrollMode(QListWidget.ScrollMode.ScrollPerPixel)
        self.forms.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.forms.itemActivated.connect(lambda _item: self.start_selected())
        self.forms.viewport().installEventFilter(self)
        self.forms_label.setBuddy(self.forms)
        self.start_button = QPushButton(icon("fa5s.play"), "")
        self.start_button.setObjectName("primary")
        self.start_button.clicked.connect(self.start_selected)
        self.add_button = QPushButton(icon("fa5s.file-import"), "")
        self.add_button.clicked.connect(self.add_form_file)
        self.xlsform_button = QPushButton()
        self.xlsform_button.clicked.connect(self.import_xlsform)
        self.package_button = QPushButton(icon("fa5s.box-open"), "")
        self.package_button.clicked.connect(self.install_package)
        self.last_import_message: QMessageBox | None = None
        """The report shown after an XLSForm import (kept so it is not garbage-collected)."""
        self.counts: dict[type[Page], QPushButton] = {}
        grid = QGridLayout()
        pages: list[type[Page]] = [DraftsPage]
        if ctx.workspace.info.role == FIELD:
            pages += [OutboxPage, InboxPage]
        for column, page in enumerate(pages):
            button = QPushButton()
            button.setMinimumHeight(self.fontMetrics().height() * 3)
            button.clicked.connect(lambda _checked=False, p=page: self.sig_show_page.emit(p))
            self.counts[page] = button
            grid.addWidget(button, 0, column)
        start_row = QHBoxLayout()
        start_row.addWidget(self.package_button)
        start_row.addWidget(self.add_button)
        start_row.addWidget(self.xlsform_button)
        start_row.addStretch(1)
        start_row.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.greeting)
        layout.addWidget(self.package)
        layout.addLayout(grid)
        layout.addSpacing(8)
        layout.addWidget(self.forms_label)
        layout.addWidget(self.forms, 1)
        layout.addLayout(start_row)
        self.retranslate()

    @property
    def title(self) -> str:
        return self.tr("Home")

    def retranslate(self) -> None:
        self.greeting.setText(self.tr("Welcome, %1").replace("%1", self.ctx.workspace.info.name))
        self.forms_label.setText(self.tr("&Forms you can fill in"))
        self.forms.setAccessibleName(self.tr("Forms you can fill in"))
        self.start_button.setText(self.tr("Start a &new response"))
        self.start_button.setToolTip(self.tr("Ctrl+N"))
        self.package_button.setText(self.tr("Install a form &package…"))
        self.package_button.setToolTip(
            self.tr("Install the forms your coordinator sent, after checking who signed them")
        )
        self.add_button.setText(self.tr("&Add a form file…"))
        self.add_button.setToolTip(self.tr("Install a form written as JSON (sp_collect's format)"))
        self.xlsform_button.setText(self.tr("&Import an XLSForm…"))
        self.xlsform_button.setToolTip(
            self.tr("Convert and install a form written for ODK, KoboToolbox or SurveyCTO")
        )
        self.refresh_if_shown()

    def refresh(self, changes: object | None = None) -> None:
        workspace = self.ctx.workspace
        package = workspace.packages.installed() if workspace.info.role == FIELD else None
        if package is not None:
            text = self.tr("Forms from %1's package, version %2.")
            self.package.setText(
                text.replace("%1", package.signer.name).replace("%2", str(package.sequence))
            )
        elif workspace.info.role == FIELD:
            self.package.setText(
                self.tr("No form package installed yet: ask your coordinator for one.")
            )
        else:
            waiting = len(workspace.responses.list(status="received"))
            self.package.setText(
                self.tr(
                    "Forms installed in this coordinator workspace. Waiting for review: %1."
                ).replace("%1", str(waiting))
            )
        drafts = workspace.responses.list(status="draft")
        self._fill_forms()
        returned = returned_uuids(self.ctx, drafts)
        numbers = {
            DraftsPage: (self.tr("Drafts"), len(drafts) - len(returned)),
            OutboxPage: (
                self.tr("Outbox"),
                sum(len(workspace.responses.list(status=s)) for s in OUTBOX),
            ),
            InboxPage: (self.tr("Inbox (returned)"), len(returned)),
        }
        for page, button in self.counts.items():
            name, count = numbers[page]
            button.setText(f"{name}\n{count}")
            button.setAccessibleName(f"{name}: {count}")

    def _fill_forms(self) -> None:
        """One card per form: its title in the UI language, what it is, its drafts. A draft's
        progress replays its session the first time (loading the form engine, compiling the
        form): that runs on the worker, and the cards show the drafts when it is done."""
        selected = self.selected_form()
        self.forms.clear()
        language = self._language()
        forms = self.ctx.workspace.forms.summaries()
        for form in sorted(forms, key=lambda f: f.title(language).lower()):
            card = FormCard()
            card.show_form(form, language)
            card.sig_start.connect(self.sig_start_form)
            item = QListWidgetItem()
            item.setData(_FORM_ID, form.form_id)
            item.setData(_TITLE, card.title.text())
            item.setData(Qt.ItemDataRole.AccessibleTextRole, card.title.text())
            self.forms.addItem(item)
            self.forms.setItemWidget(item, card)
            if form.form_id == selected:
                self.forms.setCurrentItem(item)
        if self.forms.currentItem() is None and self.forms.count():
            self.forms.setCurrentRow(0)
        self.start_button.setEnabled(self.forms.count() > 0)
        responses = self.ctx.workspace.responses
        if responses.drafts_progress_known():
            self._show_drafts(responses.drafts_progress())
        else:
            self.ctx.run(lambda _p, _c: responses.drafts_progress(), self._show_drafts, parent=self)

    def _show_drafts(self, drafts: list[DraftProgress]) -> None:
        language = self._language()
        by_form: dict[str, list[DraftProgress]] = {}
        for draft in drafts:
            by_form.setdefault(draft.form_id, []).append(draft)
        for row in range(self.forms.count()):
            item = self.forms.item(row)
            card = self.forms.itemWidget(item)
            assert isinstance(card, FormCard)
            card.show_drafts(by_form.get(card.form_id, []), language)
            description = f"{card.about.text()}\n{card.drafts.text()}"
            item.setData(Qt.ItemDataRole.AccessibleDescriptionRole, description)
        self._fit_cards()

    def _language(self) -> str:
        return str(self.ctx.settings.get("language") or "en")

    def _fit_cards(self) -> None:
        """Each card as tall as its wrapped text at the list's width (a card's own size hint
        assumes a narrower width, leaving empty space under short texts)."""
        width = self.forms.viewport().width() - 2 * self.forms.spacing()
        for row in range(self.forms.count()):
            item = self.forms.item(row)
            card = self.forms.itemWidget(item)
            height = card.heightForWidth(width) if card.hasHeightForWidth() else -1
            item.setSizeHint(QSize(width, height if height > 0 else card.sizeHint().height()))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 (Qt API)
        # The list's inner width changes with the window and when its scroll bar comes or goes.
        if watched is self.forms.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_cards()
        return super().eventFilter(watched, event)

    def selected_form(self) -> str | None:
        item = self.forms.currentItem()
        return str(item.data(_FORM_ID)) if item is not None else None

    def start_selected(self) -> None:
        """Start a new response of the selected form (the shell creates and opens it)."""
        form_id = self.selected_form()
        if form_id is not None:
            self.sig_start_form.emit(form_id)

    def install_package(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Install a form package"),
            str(preferences(self.ctx).last_folder),
            self.tr("Form packages (*.sppackage)"),
        )
        if path:
            preferences(self.ctx).last_folder = Path(path).parent
            self.ctx.run(
                lambda _progress, _cancel: self.ctx.workspace.packages.inspect(path),
                self._confirm_package,
                parent=self,
            )

    def _confirm_package(self, preview: PackagePreview) -> None:
        """The first package pins its signer: the user compares the fingerprint first."""
        if preview.first_install:
            text = self.tr(
                "This package was signed by %1.\n\nFingerprint: %2\n\nCompare it with the "
                "fingerprint your coordinator gave you (by phone or in person). Does it match "
                "exactly?"
            )
            text = text.replace("%1", preview.signer_name).replace("%2", preview.fingerprint)
            answer = QMessageBox.question(self, self.tr("Check who signed the forms"), text)
            if answer != QMessageBox.StandardButton.Yes:
                self.sig_status.emit(self.tr("Nothing was installed."))
                return
        self.ctx.run(
            lambda _progress, _cancel: self.ctx.workspace.packages.install(preview.path),
            self._installed,
            parent=self,
        )

    def add_form_file(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Add a form file"),
            str(preferences(self.ctx).last_folder),
            self.tr("Forms (*.json)"),
        )
        if path:
            preferences(self.ctx).last_folder = Path(path).parent
            self.ctx.run(
                lambda _progress, _cancel: self.ctx.workspace.forms.add(path),
                self._installed,
                parent=self,
            )

    def import_xlsform(self) -> None:
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Import an XLSForm"),
            str(preferences(self.ctx).last_folder),
            self.tr("XLSForms (*.xlsx *.xls)"),
        )
        if path:
            preferences(self.ctx).last_folder = Path(path).parent
            self.ctx.run(
                lambda _progress, _cancel: self.ctx.workspace.forms.import_xlsform(path),
                self._imported,
                parent=self,
                progress_label=self.tr("Converting the XLSForm…"),
            )

    def _installed(self, changes: Changes) -> None:
        # The workspace's message is for the command line (English): the app says it in the
        # UI language, with the forms' titles.
        self.ctx.announce(changes)
        language = self._language()
        titles = {f.form_id: f.title(language) for f in self.ctx.workspace.forms.summaries()}
        names = ", ".join(f"“{titles.get(form_id, form_id)}”" for form_id in sorted(changes.forms))
        self.sig_status.emit(self.tr("Installed: %1.").replace("%1", names))
        self.refresh(changes)

    def _imported(self, result: tuple[Changes, tuple[str, ...]]) -> None:
        changes, findings = result
        self._installed(changes)
        box = QMessageBox(self)
        box.setWindowTitle(self.tr("XLSForm imported"))
        if findings:
            box.setIcon(QMessageBox.Icon.Warning)
            box.setText(
                self.tr(
                    "The form was installed. %n feature(s) of the XLSForm had no exact "
                    "equivalent and were changed or left out: see the details.",
                    "",
                    len(findings),
                )
            )
            if findings[0].startswith("WARNING:"):  # the import lost questions or expressions
                box.setInformativeText(findings[0])
            box.setDetailedText("\n".join(findings))
        else:
            box.setText(self.tr("The form was installed; every feature of the XLSForm was kept."))
        box.open()
        self.last_import_message = box

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802 (Qt API)
        super().showEvent(event)
        self.forms.setFocus()
