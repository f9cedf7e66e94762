// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/JournalEntry.h"
#include "core/telephony/LineDesk.h"

#include <QHash>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

class QAction;
class QLabel;
class QWidget;

namespace zabota::core {
class FamilyService;
class JournalService;
} // namespace zabota::core
namespace zabota::telephony {
class RecordingArchive;
}

namespace zabota::ui {

class CallStrip;
class IncomingCallCard;

// The main window's side of the phone lines. A card comes up for each call as it starts and follows it; the number,
// once decoded, is looked up in the family registry; the card's button opens the registration form filled in from
// the call, with the call on top of it, and the entry saved is tied to the call: its recording is attached when the
// call ends. Also: the lines' settings (Service → Phone lines), the recordings no entry holds, the recordings of an
// entry, and the lines' state in the status bar.
class CallDesk final : public QObject {
    Q_OBJECT

public:
    // Opens the registration form with `draft` and `panel` on top of it; the entry saved, if one was.
    using Registrar = std::function<std::optional<core::EntryId>(const core::EntryDraft& draft, QWidget* panel)>;

    CallDesk(telephony::LineDesk& lines, telephony::RecordingArchive* archive, core::JournalService& journal,
             QWidget* window);
    ~CallDesk() override;

    void setFamilyService(core::FamilyService* families) { m_families = families; }
    void setRegistrar(Registrar registrar) { m_registrar = std::move(registrar); }
    [[nodiscard]] telephony::LineDesk& lines() const { return m_lines; }

    [[nodiscard]] QAction* linesAction() const { return m_linesAction; }
    [[nodiscard]] QAction* recordingsAction() const { return m_recordingsAction; }
    [[nodiscard]] QAction* callCardAction() const { return m_callCardAction; }
    [[nodiscard]] QLabel* statusLabel() const { return m_status; }

    // The card of a call, if one is shown (tests, and the window that raises it).
    [[nodiscard]] IncomingCallCard* card(int callId) const;
    // The newest card still open, if any.
    [[nodiscard]] IncomingCallCard* latestCard() const;
    // Registers a call as a new journal entry through the registration form; the entry saved, if one was.
    std::optional<core::EntryId> registerCall(int callId);
    // The recordings of an entry as a panel for its form; null when it has none.
    [[nodiscard]] QWidget* recordingsPanel(core::EntryId entry) const;

    // Service → Phone lines: the dialog; what it keeps goes to the settings and the lines start again.
    void showLineSettings();
    void showRecordings();
    // The lines as this workstation's settings keep them, started.
    void startLines();
    // Deletes recordings past their line's keeping time and says what went.
    void applyRetention();

signals:
    void familyRequested(qint64 familyId);
    void entryRequested(qint64 entryId);
    // A message for the status bar: a line that failed, a recording that could not be attached, retention.
    void message(const QString& text);

private:
    // The card of the latest call, hidden ones too unless `shownOnly`.
    [[nodiscard]] IncomingCallCard* newestCard(bool shownOnly) const;
    void onCall(const telephony::LineCall& call);
    void lookUp(IncomingCallCard* card, const QString& number);
    void place(IncomingCallCard* card) const;
    void updateStatus();

    telephony::LineDesk& m_lines;
    telephony::RecordingArchive* m_archive;
    core::JournalService& m_journal;
    QWidget* m_window;
    core::FamilyService* m_families = nullptr;
    Registrar m_registrar;
    QHash<int, QPointer<IncomingCallCard>> m_cards;
    QHash<int, QString> m_lookedUp; // the number each card's families were read for
    QPointer<CallStrip> m_strip;
    QHash<QString, QString> m_lineProblems; // line → why it does not work
    QAction* m_linesAction = nullptr;
    QAction* m_recordingsAction = nullptr;
    QAction* m_callCardAction = nullptr;
    QLabel* m_status = nullptr;
};

} // namespace zabota::ui
