"""The wizard framework: pages of fields, inline validation, drafts saved as the user types.

A wizard writes nothing to the case until Finish; Finish runs ONE service call in ONE
transaction through the :class:`~rumahsinggah.gui.door.DbDoor` and discards the draft in the
same transaction. Until then every keystroke is kept as a draft inside the store (debounced
about half a second, and at once on every page change), so a power cut loses nothing: the next
start offers to continue on the same page with the same values.

Subclasses set ``name``, ``title``, ``roles``; build pages in :meth:`build`; optionally load
reference data with :meth:`load_job` / :meth:`apply_loaded`; turn the field values into the
service's typed input in :meth:`prepare` (GUI thread) and call the one service function in
:meth:`commit` (worker thread: only ``session``, ``payload`` and plain attributes there).
"""

from __future__ import annotations

import uuid
from typing import Any, ClassVar

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget, QWizard

from rumahsinggah.core.errors import DomainError, PermissionDenied
from rumahsinggah.core.vocab import ROLE_LABELS, Role
from rumahsinggah.gui.window_size import fit_window
from rumahsinggah.gui.wizards.dates import datetime_id
from rumahsinggah.gui.wizards.pages import Field, WizardPage
from rumahsinggah.gui.wizards.text import message_of, tr
from rumahsinggah.services import drafts, permissions
from rumahsinggah.storage.audit import Actor

# PySide6 6.12 on Python 3.11 drops references to None / True / False across signals and
# overridden virtuals; ``rumahsinggah.gui`` (imported before this package) makes them
# immortal. Overrides here still return 1 / 0 rather than True / False, which costs nothing.

AUTOSAVE_MS = 500


def actor_of(signed_in: Any) -> Actor:
    """The acting user from a ``SignedIn`` (accounts) or an :class:`Actor` itself."""
    if isinstance(signed_in, Actor):
        return signed_in
    actor = getattr(signed_in, "actor", None)
    if isinstance(actor, Actor):
        return actor
    raise TypeError("signed_in must be a SignedIn or an Actor")


class WizardBase(QWizard):
    """A guided step: nothing written until Finish; drafts saved as the user types."""

    name: ClassVar[str] = "wizard"
    title: ClassVar[str] = ""
    # The action of ``services.permissions`` Finish performs; its roles are the wizard's.
    permission: ClassVar[str] = ""
    roles: ClassVar[frozenset[str]] = frozenset(r.value for r in Role)
    subject_label: ClassVar[str] = ""

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        if cls.__dict__.get("permission"):
            cls.roles = frozenset(permissions.roles_for(cls.permission))

    committed = Signal(object)  # the service's result, after the one transaction
    draft_saved = Signal()

    def __init__(self, door: Any, signed_in: Any, *, subject_id: uuid.UUID | None = None,
                 parent: QWidget | None = None, offer_draft: bool = True) -> None:
        super().__init__(parent)
        self.actor = actor_of(signed_in)
        if not self.allowed(self.actor.role):
            raise PermissionDenied(self.refusal_message())
        self.door = door
        self.subject_id = subject_id
        self.draft_id = uuid.uuid4()
        self.restoring = False
        self.loaded = False
        self.committing = False
        self.result_value: Any = None
        self.offered_draft: drafts.DraftInfo | None = None
        self.pages: dict[str, WizardPage] = {}
        self._page_ids: dict[str, int] = {}
        self._dirty = False
        self._saves_in_flight = 0
        self.autosave = True  # off only for screenshots: example typing is not a draft
        self.closing = False
        self.setWindowTitle(self.title)
        self.setWizardStyle(QWizard.WizardStyle.ModernStyle)
        self.setOption(QWizard.WizardOption.NoBackButtonOnStartPage, True)
        self.setOption(QWizard.WizardOption.NoDefaultButton, True)
        self.setButtonText(QWizard.WizardButton.BackButton, tr("< &Kembali"))
        self.setButtonText(QWizard.WizardButton.NextButton, tr("&Lanjut >"))
        self.setButtonText(QWizard.WizardButton.FinishButton, tr("&Selesai && simpan"))
        self.setButtonText(QWizard.WizardButton.CancelButton, tr("Tutup (draf disimpan)"))
        self.setMinimumSize(820, 560)
        fit_window(self, "wizard", 1120, 720)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(AUTOSAVE_MS)
        self._timer.timeout.connect(self.save_draft_now)
        self.build()
        self.currentIdChanged.connect(self._page_changed)
        QShortcut(QKeySequence("Ctrl+Return"), self, activated=self._finish_shortcut)
        self.door.query(self._load_all, self._loaded, self._load_failed)
        if offer_draft:
            owner, wizard, subject = self.actor.user_id, self.name, self.subject_id

            def find(store: Any) -> list[drafts.DraftInfo]:
                with store.read() as s:
                    return drafts.find(s, owner_id=owner, wizard=wizard, subject_id=subject)

            self.door.query(find, self._drafts_found)

    # -- roles ---------------------------------------------------------------------------

    @classmethod
    def allowed(cls, role: str) -> bool:
        return role in cls.roles

    @classmethod
    def refusal_message(cls) -> str:
        who = ", ".join(ROLE_LABELS.get(Role(r), r) for r in sorted(cls.roles))
        return tr("Wizard '{title}' hanya untuk: {who}.").format(title=cls.title, who=who)

    # -- to override ---------------------------------------------------------------------

    def build(self) -> None:
        raise NotImplementedError

    def load_job(self, store: Any) -> Any:  # worker thread: plain data only
        return None

    def _load_all(self, store: Any) -> Any:  # worker thread: load_job and what a kind adds
        return self.load_job(store)

    def apply_loaded(self, data: Any) -> None:
        pass

    def extra_state(self) -> dict[str, Any]:
        """Wizard state that is not a field (kept in the draft)."""
        return {}

    def restore_extra(self, state: dict[str, Any]) -> None:
        pass

    def prepare(self, values: dict[str, Any]) -> Any:
        """Field values to the service's typed input (GUI thread); raise DomainError."""
        return values

    def commit(self, session: Any, payload: Any) -> Any:  # worker thread
        raise NotImplementedError

    def after_commit(self, result: Any) -> None:
        pass

    def error_field(self, field_name: str | None) -> str | None:
        """Map a service error's field name to one of this wizard's field names."""
        return field_name

    # -- pages and fields ----------------------------------------------------------------

    def add_page(self, page: WizardPage) -> int:
        page_id = len(self._page_ids)
        self.setPage(page_id, page)
        self.pages[page.key] = page
        self._page_ids[page.key] = page_id
        return page_id

    def page_id(self, key: str) -> int:
        return self._page_ids[key]

    def current_key(self) -> str:
        page = self.currentPage()
        return page.key if isinstance(page, WizardPage) else ""

    def all_fields(self) -> dict[str, Field]:
        out: dict[str, Field] = {}
        for page in self.pages.values():
            out.update(page.fields)
        return out

    def values(self) -> dict[str, Any]:
        return {name: f.value() for name, f in self.all_fields().items()}

    def set_values(self, values: dict[str, Any]) -> None:
        fields = self.all_fields()
        for name, value in values.items():
            if name in fields:
                fields[name].setter(value)

    def field_changed(self, f: Field) -> None:
        if self.restoring or self.committing:
            return
        self._dirty = True
        self._timer.start()

    def refresh_pages(self) -> None:
        for page in self.pages.values():
            page.refresh()

    # -- loading -------------------------------------------------------------------------

    def _loaded(self, data: Any) -> None:
        self.restoring = True
        try:
            self.apply_loaded(data)
        finally:
            self.restoring = False
        self.loaded = True
        self.refresh_pages()

    def _load_failed(self, exc: Exception) -> None:
        self.loaded = True
        page = self.currentPage()
        if isinstance(page, WizardPage):
            page.show_error(tr("Data pendukung tidak dapat dimuat: ") + message_of(exc))

    # -- drafts --------------------------------------------------------------------------

    def draft_data(self) -> dict[str, Any]:
        return {"fields": self.values(), "extra": self.extra_state()}

    def save_draft_now(self) -> None:
        self._timer.stop()
        if self.committing or not self._dirty or not self.autosave:
            return
        self._dirty = False
        snapshot = self.draft_data()
        page_key = self.current_key()
        actor, draft_id, wizard, subject = self.actor, self.draft_id, self.name, self.subject_id

        def job(store: Any) -> None:
            drafts.save_draft(store, actor, draft_id, wizard, subject_id=subject, page=page_key,
                              data=snapshot)

        self._saves_in_flight += 1
        self.door.write(job, self._draft_saved, self._draft_failed, background=True)

    def _draft_saved(self, _result: Any) -> None:
        self._saves_in_flight -= 1
        self.draft_saved.emit()

    def _draft_failed(self, exc: Exception) -> None:
        self._saves_in_flight -= 1
        # Keep trying (disk full, store busy): the typing is saved once space returns.
        self._dirty = True
        if not self.closing and not self.committing:
            self._timer.start()
        page = self.currentPage()
        if isinstance(page, WizardPage):
            page.show_error(tr("Draf tidak dapat disimpan: ") + message_of(exc))

    def _page_changed(self, page_id: int) -> None:
        if page_id < 0 or self.closing:
            return  # the wizard is closing (QWizard resets to no page): keep the draft's page
        page = self.currentPage()
        if isinstance(page, WizardPage):
            page.refresh()
        if not self.restoring and self.loaded:
            self._dirty = True
            self.save_draft_now()

    def _drafts_found(self, found: list[drafts.DraftInfo]) -> None:
        if not found:
            return
        draft = found[0]
        self.offered_draft = draft
        page_title = ""
        if draft.page in self.pages:
            page_title = self.pages[draft.page].title()
        start = self.page(self.startId())
        if not isinstance(start, WizardPage):
            return
        text = tr(
            "Ada isian yang belum selesai, disimpan {when}{where}. Lanjutkan dari situ, atau "
            "mulai baru (isian lama dibuang)?"
        ).format(
            when=datetime_id(draft.updated_at),
            where=tr(" (halaman: {p})").format(p=page_title) if page_title else "",
        )
        start.show_banner(text, [
            (tr("Lanjutkan &isian"), "Alt+I", self.resume_offered),
            (tr("&Mulai baru"), "Alt+M", self.discard_offered),
        ])

    def resume_offered(self) -> None:
        if self.offered_draft is not None:
            self.resume(self.offered_draft)

    def discard_offered(self) -> None:
        draft = self.offered_draft
        self.offered_draft = None
        start = self.page(self.startId())
        if isinstance(start, WizardPage):
            start.hide_banner()
        if draft is not None:
            actor = self.actor
            self.door.write(lambda store: drafts.discard_draft(store, actor, draft.id), owner=self)

    def resume(self, draft: drafts.DraftInfo) -> None:
        """Continue ``draft`` exactly where it was: its values, then its page."""
        self.offered_draft = None
        start = self.page(self.startId())
        if isinstance(start, WizardPage):
            start.hide_banner()
        self.restoring = True
        try:
            if self.currentId() != self.startId():
                self.restart()
            self.draft_id = draft.id
            data = draft.data or {}
            self.restore_extra(data.get("extra") or {})
            self.set_values(data.get("fields") or {})
            self.refresh_pages()
            target = self._page_ids.get(draft.page)
            steps = 0
            while target is not None and self.currentId() != target and steps < 30:
                before = self.currentId()
                self.next()
                steps += 1
                if self.currentId() == before:
                    break  # a page is incomplete: stay where the user must fix it
            self.refresh_pages()
        finally:
            self.restoring = False
        self._dirty = False

    # -- finishing -----------------------------------------------------------------------

    def _finish_shortcut(self) -> None:
        button = self.button(QWizard.WizardButton.FinishButton)
        if button.isVisible() and button.isEnabled():
            button.click()

    def accept(self) -> None:
        if self.committing:
            return
        page = self.currentPage()
        if isinstance(page, WizardPage):
            page.clear_errors()
        try:
            payload = self.prepare(self.values())
        except DomainError as exc:
            self.show_domain_error(exc)
            return
        self.committing = True
        self._timer.stop()
        self._set_buttons_enabled(False)
        actor, draft_id, commit = self.actor, self.draft_id, self.commit

        def job(store: Any) -> Any:
            with store.write(actor) as s:
                result = commit(s, payload)
                drafts.discard(s, draft_id)
            return result

        self.door.write(job, self._committed, self._commit_failed)

    def _set_buttons_enabled(self, enabled: bool) -> None:
        for which in (QWizard.WizardButton.FinishButton, QWizard.WizardButton.BackButton,
                      QWizard.WizardButton.CancelButton):
            self.button(which).setEnabled(enabled)

    def _committed(self, result: Any) -> None:
        self.result_value = result
        self.after_commit(result)
        self.committed.emit(result)
        QWizard.accept(self)

    def _commit_failed(self, exc: Exception) -> None:
        self.committing = False
        self._set_buttons_enabled(True)
        if isinstance(exc, DomainError):
            self.show_domain_error(exc)
        else:
            page = self.currentPage()
            if isinstance(page, WizardPage):
                page.show_error(tr(
                    "Gagal menyimpan: {e}. Tidak ada yang tersimpan ke kasus; isian Anda tetap "
                    "ada sebagai draf. Coba lagi, atau hubungi administrator."
                ).format(e=message_of(exc)))
        self._dirty = True
        self.save_draft_now()

    def show_domain_error(self, exc: DomainError) -> None:
        """The service's Indonesian message next to the field it names, or at the top."""
        name = self.error_field(exc.field)
        fields = self.all_fields()
        target = fields.get(name or "")
        if target is not None and target.page is not None:
            page_id = self._page_ids[target.page.key]
            steps = 0
            while self.currentId() != page_id and self.currentId() > page_id and steps < 30:
                self.back()
                steps += 1
            if self.currentId() == page_id:
                if target.widget.isVisibleTo(target.page):
                    target.page.show_error(exc.message, name)
                else:  # the field is hidden in this situation: say it at the top
                    target.page.show_error(exc.message)
                return
        page = self.currentPage()
        if isinstance(page, WizardPage):
            page.show_error(exc.message)

    def reject(self) -> None:
        self.save_draft_now()  # closing keeps the draft; the next start offers it
        super().reject()

    def done(self, result: int) -> None:
        self._timer.stop()
        self.closing = True
        super().done(result)
