// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/JournalEntry.h"
#include "core/recording/CallRecording.h"

#include <QDialog>

#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace zabota::core {
class JournalService;
}
namespace zabota::telephony {
class RecordingArchive;
}

namespace zabota::ui {

class RecordingPlayer;

// Recordings of calls that no journal entry holds: calls nobody registered, and calls cut off when the console
// stopped. Each can be played, attached to an entry by its registration number ("15/2026"), or registered as a new
// entry filled in from it.
class OrphanRecordingsDialog final : public QDialog {
    Q_OBJECT

public:
    // Opens the registration form for a recording; returns the entry saved, if one was.
    using Registrar = std::function<std::optional<core::EntryId>(const core::CallRecording&)>;

    OrphanRecordingsDialog(telephony::RecordingArchive& archive, core::JournalService& journal, Registrar registrar,
                           QWidget* parent = nullptr);

    void reload();
    // Attaches the recording chosen to the entry whose number is typed.
    void attachChosen();
    void registerChosen();

    [[nodiscard]] RecordingPlayer* player() const { return m_player; }
    [[nodiscard]] QLineEdit* entryNumber() const { return m_entryNumber; }
    [[nodiscard]] QCheckBox* toldBox() const { return m_told; }
    [[nodiscard]] QString messageText() const;
    [[nodiscard]] int count() const { return m_count; }

private:
    void say(const QString& text);

    telephony::RecordingArchive& m_archive;
    core::JournalService& m_journal;
    Registrar m_registrar;
    RecordingPlayer* m_player = nullptr;
    QLineEdit* m_entryNumber = nullptr;
    QCheckBox* m_told = nullptr;
    QPushButton* m_attach = nullptr;
    QPushButton* m_register = nullptr;
    QLabel* m_message = nullptr;
    int m_count = 0;
};

} // namespace zabota::ui
