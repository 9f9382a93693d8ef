"""The feedback loop's screens in the main window: the Prepare, Deals and Requests sections,
the quick deal picker on the toolbar, the won/lost prompt, CRM import, the profile (asked
on first start, switchable under File › Profile) and the Sales menu."""

from __future__ import annotations

import html
from collections.abc import Callable

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QLabel, QToolButton

from collateral_app.domain.records import SearchResult
from collateral_app.domain.sales import Deal, ImportReport, Role, Segment, UserProfile
from collateral_app.services.common.tabular import fold

from ..common.words import value_word
from ..library.api import Library
from ..shell.api import Shell
from .crm_import import CrmImportDialog
from .deal_picker import DealPicker
from .deals import DealsView
from .feedback_prompt import FeedbackPrompt
from .prepare import PrepareView
from .profile import ProfileDialog
from .requests import RequestsView

FEW_RESULTS = 3  # this few, and the rep may well still need something: offer to ask marketing
PARTIAL_CHECK_MS = 300  # asked once the results stayed a moment, not at every keystroke


class SalesScreens(QObject):
    def __init__(self, shell: Shell, library: Library) -> None:
        super().__init__(shell.main_window())
        self.shell = shell
        self.library = library
        context = self.context = shell.context
        taxonomy = shell.library.taxonomy

        self.deal_picker = DealPicker(context, labels=library.label)
        deal_label = QLabel(self.tr(" Deal: "))
        deal_label.setBuddy(self.deal_picker)
        shell.add_toolbar_widget(deal_label, separator=True)
        shell.add_toolbar_widget(self.deal_picker)

        self.prepare = PrepareView(context, taxonomy, library.label, library.drag_mime)
        self.prepare.share_requested.connect(library.copy_file)
        self.prepare.present_requested.connect(library.present_asset)
        self.prepare.mark_requested.connect(library.mark_asset)
        self.prepare.show_requested.connect(library.show_in_library)
        self.prepare.list.dragged_out.connect(library.on_dragged_out)
        self.prepare.files_needed.connect(library.fetch_files)
        self.prepare.request_requested.connect(self._ask_for_segment)
        self.deals = DealsView(context, taxonomy, library.label)
        self.deals.prepare_requested.connect(self.prepare_for)
        self.deals.request_content_requested.connect(self.request_for_deal)
        self.deals.import_requested.connect(self.import_from_crm)
        self.requests = RequestsView(context, taxonomy, library.label)
        self.requests.asset_chosen.connect(library.show_in_library)
        shell.add_section(
            "prepare",
            self.tr("Prepare for a call"),
            self.prepare,
            tip=self.tr("What to bring to a call, with the reasons; pitch kits"),
            first_for=(Role.REP,),
        )
        shell.add_section("deals", self.tr("Deals"), self.deals, tip=self.tr("Prospects and deals"))
        shell.add_section(
            "requests",
            self.tr("Requests"),
            self.requests,
            tip=self.tr("What reps asked marketing for, and the answers"),
            first_for=(Role.MARKETER,),
        )
        shell.section_changed.connect(self._on_section_changed)

        self.prompt = FeedbackPrompt(context, library.label)
        shell.add_banner(self.prompt)
        context.deal_closed.connect(lambda deal: self.prompt.ask_about([deal.id]))
        self.crm_dialog: CrmImportDialog | None = None
        self.me: UserProfile | None = None  # the current profile, once loaded

        self.profile_button = QToolButton()
        self.profile_button.setAutoRaise(True)
        self.profile_button.setToolTip(self.tr("Who you are and your role (click to change)"))
        self.profile_button.setAccessibleName(self.tr("Profile"))
        self.profile_button.clicked.connect(lambda: self.ask_profile())
        shell.add_status_widget(self.profile_button)
        context.profile_changed.connect(self._on_profile_changed)
        # What's new counts the changes made to the current profile's requests.
        context.requests_changed.connect(library.count_whats_new)

        def action(text: str, slot: object, tip: str, shortcut: str = "") -> QAction:
            act = QAction(text, shell.main_window())
            act.setToolTip(tip)
            act.setStatusTip(tip)
            act.triggered.connect(lambda _checked=False: slot())  # type: ignore[operator]
            if shortcut:
                act.setShortcut(QKeySequence(shortcut))
            return act

        self.profile_action = action(
            self.tr("Profile…"), self.ask_profile, self.tr("Your name and role; switch to another person")
        )
        shell.add_menu_action("file", self.profile_action, place="before last")
        self.request_action = action(
            self.tr("Request content…"),
            lambda: self.request_for_search(""),
            self.tr("Ask marketing for something you need"),
            "Ctrl+Shift+R",
        )
        self.new_deal_action = action(
            self.tr("New deal…"), self.deals.new_deal, self.tr("Enter a deal by hand")
        )
        self.import_action = action(
            self.tr("Import deals from CRM…"),
            self.import_from_crm,
            self.tr("HubSpot or Salesforce CSV export, with a preview before anything is written"),
        )
        sales_menu = self.tr("&Sales")
        for act in (self.request_action, self.new_deal_action, self.import_action):
            shell.add_menu_action(sales_menu, act)

        self._search_generation = 0
        self._partial_query = ""
        self._partial_check = QTimer(self)
        self._partial_check.setSingleShot(True)
        self._partial_check.setInterval(PARTIAL_CHECK_MS)
        self._partial_check.timeout.connect(self._check_partial)
        library.search_finished.connect(self._on_search_finished)
        library.request_wanted.connect(self.request_for_search)
        library.request_chosen.connect(self.show_request)

    # -- start-up --------------------------------------------------------------------------
    def start(self) -> None:
        """Load what the screens show, and ask about my deals that closed unanswered."""
        self.context.reload_deals()
        self.requests.reload()
        if self.shell.first_start:
            self._show_profile(None)
        else:
            self._ask_about_my_closed_deals()

    def _ask_about_my_closed_deals(self) -> None:
        """Show who I am, and ask about my deals that closed without an answer."""
        sales = self.context.sales

        def load() -> tuple[UserProfile, list[Deal]]:
            return sales.whoami(), sales.deals_awaiting_feedback()

        def done(loaded: tuple[UserProfile, list[Deal]]) -> None:
            me, awaiting = loaded
            self._show_profile(me)
            self.prompt.ask_about([d.id for d in awaiting if fold(d.owner) == fold(me.name)])

        self.context.read(load, done)

    # -- profile ---------------------------------------------------------------------------
    def ask_profile(
        self, *, first_start: bool = False, place: Callable[[QDialog], None] | None = None
    ) -> None:
        current = None if first_start else self.me  # known already: no database on the GUI thread
        choice = ProfileDialog.ask(
            self.shell.main_window(),
            current.name if current else "",
            current.role if current else self.shell.role,
            first_start=first_start,
            place=place,
        )
        if choice is not None:
            self.context.switch_profile(choice.name, choice.role.value)

    def ask_profile_if_new(self) -> None:
        """On the first start in a library, ask who is using it (name and role)."""
        if self.shell.first_start:
            self.ask_profile(first_start=True)

    def _on_profile_changed(self, profile: UserProfile) -> None:
        self.shell.first_start = False
        self._show_profile(profile)
        self.shell.set_role(profile.role)
        self.library.count_whats_new()
        # The panel asked the previous person about their deals; ask this one about theirs.
        self.prompt.reset()
        self._ask_about_my_closed_deals()
        self.context.message.emit(
            self.tr("You are {0} ({1}).").format(profile.name, value_word(profile.role))
        )

    def _show_profile(self, profile: UserProfile | None) -> None:
        self.me = profile
        if profile is None:
            self.profile_button.setText(self.tr("Choose your profile…"))
        else:
            self.profile_button.setText(f"{profile.name} · {profile.role.value}")

    # -- moving between screens --------------------------------------------------------------
    def _on_section_changed(self, key: str) -> None:
        if key == "prepare":
            self.prepare.refresh()  # the evidence may have grown since
        elif key == "requests":
            self.requests.reload()

    def prepare_for(self, deal_id: str) -> None:
        self.context.set_current_deal(deal_id)
        self.prepare.for_deal.setChecked(True)
        self.shell.show_section("prepare")

    def show_request(self, request_id: str) -> None:
        self.shell.show_section("requests")
        self.requests.select_request(request_id)

    def _ask_for_segment(self, segment: Segment, deal_id: str | None) -> None:
        self.requests.ask_for(segment=segment, deal_id=deal_id)

    def request_for_deal(self, deal_id: str) -> None:
        deal = self.context.deal(deal_id)
        segment = Segment(industry=deal.industry, size=deal.size, stage=deal.stage) if deal else None
        self.requests.ask_for(segment=segment, deal_id=deal_id)

    def request_for_search(self, text: str) -> None:
        """Ask marketing, prefilled with what was searched, the ticked filters and the
        current deal's segment."""
        deal = self.context.current_deal()
        ticked: dict[str, list[str]] = {}
        for dimension, value in self.library.checked_filters():
            ticked.setdefault(dimension, []).append(value)

        def pick(name: str, from_deal: str | None) -> str | None:
            values = ticked.get(name, [])
            return values[0] if len(values) == 1 else from_deal

        segment = Segment(
            industry=pick("industry", deal.industry if deal else None),
            size=pick("size", deal.size if deal else None),
            stage=pick("stage", deal.stage if deal else None),
            persona=pick("persona", None),
            product=pick("product", None),
        )
        self.requests.ask_for(text=text.strip(), segment=segment, deal_id=deal.id if deal else None)

    def _on_search_finished(self, result: SearchResult) -> None:
        """Beside the results, less prominent than the empty state's offer: ask marketing
        when only a few results came, or when none of them has all the words typed."""
        self._search_generation += 1
        self._partial_check.stop()
        typed = self.library.typed_query().split()
        if not typed or not result.hits:
            return  # browsing; or nothing at all, which the empty state answers
        if result.total <= FEW_RESULTS:
            self._offer_request(self.tr("Not what you need?"))
        elif len(typed) >= 2:
            self._partial_query = result.query
            self._partial_check.start()

    def _check_partial(self) -> None:
        generation, query, sales = self._search_generation, self._partial_query, self.context.sales

        def done(every_word: int) -> None:
            if generation == self._search_generation and every_word == 0:
                self._offer_request(self.tr("None has all the words."))

        self.context.read(lambda: sales.every_word_matches(query, prefix=True), done)

    def _offer_request(self, why: str) -> None:
        link = self.tr("<a href='request'>Request it from marketing</a>")
        self.library.add_result_note(f"{html.escape(why)} {link}")

    # -- CRM import ------------------------------------------------------------------------
    def import_from_crm(self) -> None:
        if self.crm_dialog is None:
            self.crm_dialog = CrmImportDialog(self.context, self.shell.main_window())
            self.crm_dialog.imported.connect(self._on_crm_imported)
        self.crm_dialog.show()
        self.crm_dialog.raise_()
        if self.crm_dialog.path is None:
            self.crm_dialog.choose_file()

    def _on_crm_imported(self, report: ImportReport) -> None:
        self.context.reload_deals()
        if not report.awaiting_feedback:
            return
        sales, closed = self.context.sales, list(report.awaiting_feedback)

        def load() -> list[str]:
            me = fold(sales.whoami().name)
            return [deal_id for deal_id in closed if fold(sales.get_deal(deal_id).owner) == me]

        def done(mine: list[str]) -> None:
            others = len(closed) - len(mine)
            if others:
                self.context.message.emit(
                    self.tr("{0} deal(s) closed by this import wait for their owners' feedback.").format(
                        others
                    )
                )
            self.prompt.ask_about(mine)

        self.context.read(load, done)
