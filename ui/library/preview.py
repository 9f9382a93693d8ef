"""The preview pane: the asset at a glance, its pages, and the hand-over buttons. A team file
not on this laptop yet shows its text (it came with the catalog) and a Download button where
the page would be; a team file can be kept on this laptop for offline use."""

from __future__ import annotations

import html
import re
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal, SignalInstance
from PySide6.QtGui import QImage, QPixmap
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMenu,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QStackedWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from collateral_app.domain.enums import Dimension, PageKind, TextStatus
from collateral_app.domain.records import Asset, FileState, PageText, size_text
from collateral_app.domain.sales import AssetFeedback, Verdict
from collateral_app.services.library.asset_library import AssetLibrary
from collateral_app.services.sales.loop import SalesLoop

from ..common.language import day_text
from ..common.tasks import TaskContext, TaskRunner
from ..common.words import value_word

PAGE_WIDTH_PX = 900
COMMENTS_SHOWN = 3
RENDERED_KINDS = {"pdf"}
IMAGE_KINDS = {"png", "jpeg", "gif", "webp"}


@dataclass(frozen=True)
class PreviewContent:
    asset: Asset
    pages: list[PageText]
    page_image: QImage | None
    page_count: int
    page: int
    picture: QImage | None
    thumbnail: QImage | None
    render_error: str
    feedback: AssetFeedback | None = None  # what reps said about it, for everyone
    file: FileState | None = None  # on this laptop, or only on the team server


class PreviewPane(QWidget):
    open_requested = Signal(str)
    show_in_folder_requested = Signal(str)
    copy_file_requested = Signal(str)
    copy_link_requested = Signal(str)
    edit_requested = Signal(str)
    present_requested = Signal(str)
    mark_sent_requested = Signal(str)
    mark_presented_requested = Signal(str)
    download_requested = Signal(str)  # a team file: fetch it to this laptop
    download_cancel_requested = Signal(str)
    keep_offline_requested = Signal(str, bool)  # asset id, keep it on this laptop (pin) or not
    loaded = Signal(str, int)  # asset id, page shown

    def __init__(
        self,
        runner: TaskRunner,
        library: AssetLibrary,
        labels: Callable[[str, str], str],
        parent: QWidget | None = None,
        *,
        sales: SalesLoop | None = None,
    ) -> None:
        super().__init__(parent)
        self._runner = runner
        self._library = library
        self._sales = sales
        self._labels = labels
        self._generation = 0
        self._asset: Asset | None = None
        self._file: FileState | None = None
        self._page = 1
        self._page_count = 0
        self._terms: list[str] = []
        self.setAccessibleName(self.tr("Preview"))

        self.title = QLabel()
        self.title.setWordWrap(True)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        self.title.setFont(font)
        self.details = QLabel()
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.RichText)
        self.banner = QLabel()
        self.banner.setWordWrap(True)
        self.banner.setFrameShape(QFrame.Shape.StyledPanel)
        self.banner.setStyleSheet("padding: 6px; border-radius: 4px;")
        self.banner.hide()

        self.open_button = QPushButton(self.tr("Open"))
        self.open_button.setToolTip(self.tr("Open in its default application (Enter)"))
        self.folder_button = QPushButton(self.tr("Show in folder"))
        self.copy_button = QPushButton(self.tr("Copy file"))
        self.copy_button.setToolTip(self.tr("Copy the file to paste it into an email or chat"))
        self.link_button = QPushButton(self.tr("Copy link"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.present_button = QPushButton(self.tr("Present"))
        self.present_button.setToolTip(self.tr("Full screen, page by page; logged as presented (F5)"))
        self.present_button.setShortcut("F5")
        self.log_button = QPushButton(self.tr("Log"))
        self.log_button.setToolTip(self.tr("Say you sent or presented it outside Collateral"))
        log_menu = QMenu(self.log_button)
        self.mark_sent_action = log_menu.addAction(self.tr("Mark as sent"))
        self.mark_sent_action.setToolTip(self.tr("Logged as shared with the current deal"))
        self.mark_presented_action = log_menu.addAction(self.tr("Mark as presented"))
        self.mark_presented_action.setToolTip(self.tr("Logged as presented with the current deal"))
        self.log_button.setMenu(log_menu)
        # Two rows, so the pane stays narrow enough for the result list beside it.
        hand_over = QHBoxLayout()
        for button in (self.open_button, self.copy_button, self.link_button, self.folder_button):
            hand_over.addWidget(button)
        hand_over.addStretch(1)
        for_call = QHBoxLayout()
        for button in (self.present_button, self.log_button):
            for_call.addWidget(button)
        for_call.addStretch(1)
        for_call.addWidget(self.edit_button)
        actions = QVBoxLayout()
        actions.addLayout(hand_over)
        actions.addLayout(for_call)
        self.present_button.clicked.connect(lambda: self._emit(self.present_requested))
        self.mark_sent_action.triggered.connect(lambda _c=False: self._emit(self.mark_sent_requested))
        self.mark_presented_action.triggered.connect(
            lambda _c=False: self._emit(self.mark_presented_requested)
        )
        self.open_button.clicked.connect(lambda: self._emit(self.open_requested))
        self.folder_button.clicked.connect(lambda: self._emit(self.show_in_folder_requested))
        self.copy_button.clicked.connect(lambda: self._emit(self.copy_file_requested))
        self.link_button.clicked.connect(lambda: self._emit(self.copy_link_requested))
        self.edit_button.clicked.connect(lambda: self._emit(self.edit_requested))

        # A team file: where it is, Download (with progress and Cancel), keep it offline.
        self.team_bar = QFrame()
        self.team_bar.setFrameShape(QFrame.Shape.StyledPanel)
        self.team_bar.setAccessibleName(self.tr("Team file"))
        self.team_note = QLabel()
        self.team_note.setWordWrap(True)
        self.download_button = QPushButton()
        self.download_button.setToolTip(
            self.tr("Fetch the file from the team server; Open, Copy and Present fetch it too")
        )
        self.download_button.clicked.connect(lambda: self._emit(self.download_requested))
        self.download_progress = QProgressBar()
        self.download_progress.setMaximum(1000)
        self.download_progress.setTextVisible(False)
        self.download_progress.setMaximumHeight(14)
        self.download_stop = QToolButton()
        self.download_stop.setText(self.tr("Cancel"))
        self.download_stop.clicked.connect(lambda: self._emit(self.download_cancel_requested))
        self.keep_offline = QCheckBox(self.tr("Keep on this laptop for offline use"))
        self.keep_offline.setToolTip(
            self.tr("Kept whatever the room for team files; fetched now if it is not here yet")
        )
        self.keep_offline.clicked.connect(self._on_keep_offline_clicked)
        team_row = QHBoxLayout()
        team_row.addWidget(self.team_note, 1)
        team_row.addWidget(self.download_progress)
        team_row.addWidget(self.download_stop)
        team_row.addWidget(self.download_button)
        team_layout = QVBoxLayout(self.team_bar)
        team_layout.setContentsMargins(8, 4, 8, 4)
        team_layout.addLayout(team_row)
        team_layout.addWidget(self.keep_offline)
        self.team_bar.hide()

        self.stack = QStackedWidget()
        self.empty = QLabel(self.tr("Select an asset to preview it here."))
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.empty.setWordWrap(True)
        self.page_label = QLabel()
        self.page_label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        self.page_label.setAccessibleName(self.tr("Page image"))
        self.page_scroll = QScrollArea()
        self.page_scroll.setWidget(self.page_label)
        self.page_scroll.setWidgetResizable(True)
        self.text = QTextBrowser()
        self.text.setOpenExternalLinks(False)
        self.text.setAccessibleName(self.tr("Document text"))
        self.picture = QLabel()
        self.picture.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.picture.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        for widget in (self.empty, self.page_scroll, self.text, self.picture):
            self.stack.addWidget(widget)

        self.previous_page = QToolButton()
        self.previous_page.setText("◀")
        self.previous_page.setToolTip(self.tr("Previous page"))
        self.next_page = QToolButton()
        self.next_page.setText("▶")
        self.next_page.setToolTip(self.tr("Next page"))
        self.page_position = QLabel()
        self.previous_page.clicked.connect(lambda: self.show_page(self._page - 1))
        self.next_page.clicked.connect(lambda: self.show_page(self._page + 1))
        self.pager = QWidget()
        pager = QHBoxLayout(self.pager)
        pager.setContentsMargins(0, 0, 0, 0)
        pager.addStretch(1)
        pager.addWidget(self.previous_page)
        pager.addWidget(self.page_position)
        pager.addWidget(self.next_page)
        pager.addStretch(1)
        self.pager.hide()

        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.details)
        layout.addLayout(actions)
        layout.addWidget(self.banner)
        layout.addWidget(self.team_bar)
        layout.addWidget(self.stack, 1)
        layout.addWidget(self.pager)
        self.clear()

    # -- public ------------------------------------------------------------------------
    @property
    def asset(self) -> Asset | None:
        return self._asset

    @property
    def page(self) -> int:
        return self._page

    @property
    def file(self) -> FileState | None:
        """Where the shown asset's file is (on this laptop or only on the team server)."""
        return self._file

    def clear(self) -> None:
        self._generation += 1
        self._asset = None
        self._file = None
        self.title.setText("")
        self.details.setText("")
        self.banner.hide()
        self.team_bar.hide()
        self.pager.hide()
        self.stack.setCurrentWidget(self.empty)
        for button in (
            self.open_button,
            self.folder_button,
            self.copy_button,
            self.link_button,
            self.edit_button,
            self.present_button,
            self.log_button,
        ):
            button.setEnabled(False)

    def show_asset(self, asset_id: str, page: int | None, terms: list[str]) -> None:
        self._terms = terms
        self._load(asset_id, page or 1)

    def show_page(self, page: int) -> None:
        if self._asset is None or not 1 <= page <= max(self._page_count, 1):
            return
        self._load(self._asset.id, page)

    # -- loading -----------------------------------------------------------------------
    def _load(self, asset_id: str, page: int) -> None:
        self._generation += 1
        generation = self._generation
        library = self._library
        terms = list(self._terms)
        sales = self._sales
        ratio = self.devicePixelRatioF()
        # The stack's width, not the page view's: while another page of the stack (the text
        # of a team file not downloaded yet) is shown, the page view keeps a stale size.
        scrollbar = self.page_scroll.verticalScrollBar().sizeHint().width()
        width_px = (
            int(max(300, self.stack.width() - scrollbar - 16) * ratio) if self.isVisible() else PAGE_WIDTH_PX
        )

        def work(_ctx: TaskContext) -> PreviewContent:
            asset = library.get_asset(asset_id)
            pages = library.pages(asset_id)
            file = library.file_state(asset.id)
            page_image = None
            page_count = len(pages)
            render_error = ""
            if asset.media_type in RENDERED_KINDS and asset.blob_sha256 and not file.on_server_only:
                try:
                    png, page_count = library.render_page(asset_id, page, width_px, terms)
                    page_image = QImage.fromData(png)
                    page_image.setDevicePixelRatio(ratio)
                except Exception as exc:  # shown in the pane; the text is still there
                    render_error = str(exc)
            picture = None
            if asset.media_type in IMAGE_KINDS and asset.blob_sha256 and file.here:
                path = library.file_path(asset_id)
                picture = QImage(str(path)) if path else None
            thumb_path = library.thumbnail_path(asset_id)
            thumbnail = QImage(str(thumb_path)) if thumb_path else None
            feedback = sales.feedback_for_asset(asset_id) if sales is not None else None
            return PreviewContent(
                asset, pages, page_image, page_count, page, picture, thumbnail, render_error, feedback, file
            )

        def done(content: PreviewContent) -> None:
            if generation == self._generation:
                self._show(content)

        def failed(exc: Exception) -> None:
            if generation == self._generation:
                self.clear()
                self.empty.setText(str(exc))

        self._runner.run(work, on_success=done, on_failure=failed)

    def _show(self, content: PreviewContent) -> None:
        asset = content.asset
        self._asset = asset
        self._file = content.file
        self._page = content.page
        self._page_count = content.page_count
        self.title.setText(asset.title)
        self.details.setText(self._details_html(asset, content.file) + self._feedback_html(content.feedback))
        self._show_team_file(content.file)
        self.open_button.setEnabled(True)
        # An empty or damaged file cannot be presented, handed over or logged as shared.
        unusable = file_is_unusable(asset)
        self.present_button.setEnabled(
            asset.media_type in RENDERED_KINDS
            and asset.blob_sha256 is not None
            and not unusable
            and not content.render_error
        )
        self.log_button.setEnabled(not unusable)
        is_file = asset.blob_sha256 is not None
        self.folder_button.setEnabled(is_file)
        self.copy_button.setEnabled(is_file and not unusable)
        self.link_button.setEnabled(asset.url is not None)
        self.edit_button.setEnabled(True)
        messages: list[str] = []
        if asset.attention:
            messages.append(self.tr("Needs attention: {0}").format(asset.attention))
        elif asset.text_status in (TextStatus.FAILED, TextStatus.NONE) and asset.text_reason:
            prefix = (
                self.tr("Text unavailable") if asset.text_status is TextStatus.FAILED else self.tr("No text")
            )
            messages.append(f"{prefix}: {asset.text_reason}")
        self.pager.setVisible(content.page_image is not None and content.page_count > 1)
        if content.page_image is not None and not content.page_image.isNull():
            self.page_label.setPixmap(QPixmap.fromImage(content.page_image))
            self.page_position.setText(self.tr("page {0} of {1}").format(content.page, content.page_count))
            self.previous_page.setEnabled(content.page > 1)
            self.next_page.setEnabled(content.page < content.page_count)
            self.stack.setCurrentWidget(self.page_scroll)
        elif content.picture is not None and not content.picture.isNull():
            self._picture = QPixmap.fromImage(content.picture)
            self._fit_picture()
            self.stack.setCurrentWidget(self.picture)
        elif content.pages or content.thumbnail is not None:
            self.text.setHtml(self._text_html(content))
            anchor = f"p{content.page}"
            self.stack.setCurrentWidget(self.text)
            if content.page > 1:
                self.text.scrollToAnchor(anchor)
            else:
                self.text.verticalScrollBar().setValue(0)
        elif content.file is not None and content.file.on_server_only:
            self.empty.setText(self.tr("The file is on the team server: download it to see it here."))
            self.stack.setCurrentWidget(self.empty)
        else:
            self.empty.setText(
                self.tr("Nothing to preview. Use Open to view it in its own application.")
                if asset.url is None
                else self.tr("A link: use Open to view it in your browser.")
            )
            self.stack.setCurrentWidget(self.empty)
        if content.render_error and content.render_error not in messages:
            messages.append(content.render_error)
        self.banner.setText("\n".join(messages))
        self.banner.setVisible(bool(messages))
        self.loaded.emit(asset.id, content.page)

    def _show_team_file(self, file: FileState | None) -> None:
        """The team bar: not here yet (Download), or here (kept offline or not)."""
        if file is None or not file.team:
            self.team_bar.hide()
            return
        self.keep_offline.setChecked(file.pinned)
        self.download_progress.hide()
        self.download_stop.hide()
        if file.here:
            # The File line above says where it is; the bar keeps to the one choice.
            self.team_note.hide()
            self.download_button.hide()
            self.keep_offline.setToolTip(
                self.tr("Kept on this laptop whatever the room for team files")
                if file.pinned
                else self.tr(
                    "Downloaded from the team server; it may be removed to make room unless kept. "
                    "It stays on the team server."
                )
            )
        else:
            self.team_note.setText(self.tr("The file is on the team server —"))
            self.team_note.show()
            self.keep_offline.setToolTip(self.tr("Fetch it now and keep it whatever the room for team files"))
            self.download_button.setText(self.tr("Download ({0})").format(size_text(file.size_bytes)))
            self.download_button.show()
            self.download_button.setEnabled(True)
        self.team_bar.show()

    def show_download(self, asset_id: str, done: int, total: int, words: str) -> None:
        """A download of the shown asset's file is under way."""
        if self._asset is None or self._asset.id != asset_id or self._file is None or self._file.here:
            return
        self.team_note.setText(words)
        self.team_note.show()
        self.download_button.hide()
        self.download_progress.setValue(int(1000 * done / max(total, done, 1)))
        self.download_progress.show()
        self.download_stop.show()
        self.team_bar.show()

    def download_ended(self, asset_id: str, message: str = "") -> None:
        """The download of the shown asset's file failed or was stopped: offer it again,
        with what went wrong."""
        if self._asset is None or self._asset.id != asset_id:
            return
        self._show_team_file(self._file)
        if message:
            self.team_note.setText(message)
            self.team_note.show()

    def _on_keep_offline_clicked(self, checked: bool) -> None:
        if self._asset is not None:
            self.keep_offline_requested.emit(self._asset.id, checked)

    def resizeEvent(self, event: object) -> None:  # noqa: N802
        super().resizeEvent(event)  # type: ignore[arg-type]
        if self.stack.currentWidget() is self.picture:
            self._fit_picture()

    def _fit_picture(self) -> None:
        picture = getattr(self, "_picture", None)
        if picture is None:
            return
        size = self.stack.size()
        self.picture.setPixmap(
            picture.scaled(
                size, Qt.AspectRatioMode.KeepAspectRatio, Qt.TransformationMode.SmoothTransformation
            )
        )

    def _emit(self, signal: SignalInstance) -> None:
        if self._asset is not None:
            signal.emit(self._asset.id)

    # -- HTML --------------------------------------------------------------------------
    def _label(self, dimension: str, slug: str) -> str:
        return self._labels(dimension, slug)

    def _details_html(self, asset: Asset, file: FileState | None = None) -> str:
        rows: list[tuple[str, str]] = [
            (self.tr("Type"), self._label("type", asset.type) if asset.type else "—")
        ]
        for dim, name in (
            (Dimension.STAGE, self.tr("Stage")),
            (Dimension.PERSONA, self.tr("Persona")),
            (Dimension.INDUSTRY, self.tr("Industry")),
            (Dimension.SIZE, self.tr("Company size")),
            (Dimension.PRODUCT, self.tr("Product")),
        ):
            values = asset.taxonomy.get(dim, ())
            if values:
                rows.append((name, ", ".join(self._label(dim.value, v) for v in values)))
        if asset.tags:
            rows.append((self.tr("Tags"), ", ".join(asset.tags)))
        if asset.file_name:
            size = size_text(asset.size_bytes)
            pages = f", {asset.page_count} {self.tr('pages')}" if asset.page_count else ""
            where = ""
            if file is not None and file.on_server_only:
                where = " — " + self.tr("on the team server, not downloaded")
            elif file is not None and file.team:
                where = " — " + (
                    self.tr("kept on this laptop for offline use")
                    if file.pinned
                    else self.tr("downloaded from the team server")
                )
            rows.append((self.tr("File"), f"{asset.file_name} ({size}{pages}){where}"))
        if asset.url:
            rows.append((self.tr("Link"), asset.url))
        rows.append((self.tr("Status"), value_word(asset.status)))
        if asset.owner:
            rows.append((self.tr("Owner"), asset.owner))
        dates = []
        if asset.published_on:
            dates.append(self.tr("published {0}").format(day_text(asset.published_on)))
        if asset.review_by:
            dates.append(self.tr("review by {0}").format(day_text(asset.review_by)))
        if asset.expires_on:
            dates.append(self.tr("expires {0}").format(day_text(asset.expires_on)))
        if dates:
            rows.append((self.tr("Dates"), ", ".join(dates)))
        if asset.superseded_by_id:
            rows.append((self.tr("Note"), self.tr("A newer version of this asset exists.")))
        cell = "<td style='padding-right:8px;opacity:0.7'>"
        body = "".join(f"<tr>{cell}{html.escape(k)}</td><td>{html.escape(v)}</td></tr>" for k, v in rows)
        description = f"<p>{html.escape(asset.description)}</p>" if asset.description else ""
        return f"{description}<table>{body}</table>"

    def _feedback_html(self, feedback: AssetFeedback | None) -> str:
        """What reps said about the asset: counts of deals, the average rating, the latest
        comments. Shown to everyone."""
        if feedback is None or not feedback.entries:
            return ""
        counts = []
        if feedback.helped_win:
            counts.append(self.tr("helped win {0} deal(s)").format(feedback.helped_win))
        if feedback.found_useful:
            counts.append(self.tr("prospects found it useful in {0}").format(feedback.found_useful))
        if feedback.did_not_help:
            counts.append(self.tr("did not help in {0}").format(feedback.did_not_help))
        if feedback.average_rating is not None:
            counts.append(self.tr("rated {0:.1f} ★ by {1}").format(feedback.average_rating, feedback.ratings))
        lines = [f"<p><b>{html.escape(self.tr('Feedback'))}</b>: {html.escape(', '.join(counts))}</p>"]
        comments = [e for e in feedback.entries if e.comment][:COMMENTS_SHOWN]
        for entry in comments:
            stars = f" {'★' * entry.rating}" if entry.rating else ""
            verdict = {
                Verdict.HELPED_WIN: self.tr("helped win"),
                Verdict.DID_NOT_HELP: self.tr("did not help"),
                Verdict.FOUND_USEFUL: self.tr("found useful"),
            }[entry.verdict]
            when = day_text(entry.created_at.astimezone().date())
            lines.append(
                f"<p style='margin-left:8px'>“{html.escape(entry.comment)}”<br><small>— "
                f"{html.escape(entry.user_name)}, {html.escape(verdict)}{stars}, {when}</small></p>"
            )
        return "".join(lines)

    def _text_html(self, content: PreviewContent) -> str:
        parts: list[str] = []
        if content.thumbnail is not None and not content.thumbnail.isNull():
            self.text.document().addResource(3, "thumb://asset", content.thumbnail)  # 3 = ImageResource
            parts.append('<p><img src="thumb://asset" width="240"></p>')
        for page in content.pages:
            heading = {
                PageKind.SLIDE: self.tr("Slide {0}"),
                PageKind.PAGE: self.tr("Page {0}"),
                PageKind.SHEET: self.tr("Sheet {0}"),
                PageKind.SECTION: self.tr("Section {0}"),
            }[page.kind].format(page.number)
            if page.label:
                heading += f": {page.label}"
            body, _, notes = page.text.partition("Notes: ")
            parts.append(f'<a name="p{page.number}"></a><h3>{html.escape(heading)}</h3>')
            parts.append(f"<p>{self._mark(body)}</p>")
            if notes.strip():
                parts.append(f"<p><i>{self.tr('Speaker notes')}: {self._mark(notes)}</i></p>")
        return "".join(parts)

    def _mark(self, text: str) -> str:
        escaped = html.escape(text).replace("\n", "<br>")
        if not self._terms:
            return escaped
        # A word and its other forms from where they start; a word of a script written without
        # spaces (Chinese, Japanese, Korean: the marks say which) exactly as it is.
        spaced = [re.escape(t) for t in self._terms if t.isascii() or not _unspaced(t)]
        unspaced = [re.escape(t) for t in self._terms if not t.isascii() and _unspaced(t)]
        alternatives = []
        if spaced:
            alternatives.append(r"\b(?:" + "|".join(spaced) + r")\w*")
        if unspaced:
            alternatives.append("|".join(unspaced))
        pattern = re.compile("|".join(alternatives), re.IGNORECASE)
        return pattern.sub(
            lambda m: f'<span style="background-color:#ffd600;color:#000">{m.group(0)}</span>', escaped
        )


def _unspaced(term: str) -> bool:
    """Whether `term` is in a script written without spaces between words (CJK)."""
    return any(
        "\u3040" <= ch <= "\u30ff" or "\u3400" <= ch <= "\u9fff" or "\uac00" <= ch <= "\ud7af" for ch in term
    )


DOCUMENT_KINDS = frozenset({"pdf", "docx", "pptx", "xlsx", "odt", "odp", "ods"})


def file_is_unusable(asset: Asset) -> bool:
    """An empty file, or a document too damaged to open: nothing to present or hand over."""
    if asset.blob_sha256 is None:
        return False
    damaged = asset.text_status is TextStatus.FAILED and asset.media_type in DOCUMENT_KINDS
    return asset.size_bytes == 0 or damaged
