// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/OrphanRecordingsDialog.h"

#include "core/journal/JournalService.h"
#include "core/telephony/RecordingArchive.h"
#include "ui/MessageLabel.h"
#include "ui/RecordingPlayer.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QVBoxLayout>

namespace zabota::ui {

OrphanRecordingsDialog::OrphanRecordingsDialog(telephony::RecordingArchive& archive, core::JournalService& journal,
                                               Registrar registrar, QWidget* parent)
    : QDialog(parent)
    , m_archive(archive)
    , m_journal(journal)
    , m_registrar(std::move(registrar))
{
    setWindowTitle(tr("Recordings without an entry"));
    auto* intro = new QLabel(tr("Calls recorded that no journal entry holds yet: attach each to its entry, or "
                                "register it as a new one."),
                             this);
    intro->setWordWrap(true);
    m_player = new RecordingPlayer(this);
    m_entryNumber = new QLineEdit(this);
    m_entryNumber->setPlaceholderText(tr("15/2026"));
    m_entryNumber->setMinimumWidth(110);
    m_entryNumber->setMaximumWidth(160);
    m_told = new QCheckBox(tr("The caller was told the call is recorded"), this);
    m_attach = new QPushButton(tr("&Attach"), this);
    m_attach->setToolTip(tr("Attach the recording chosen to the entry of that number (Enter)"));
    m_register = new QPushButton(tr("Register as a ne&w entry…"), this);
    for (QPushButton* button : {m_attach, m_register})
        button->setAutoDefault(false);
    m_message = makeMessageLabel(this, MessageKind::Inline);
    connect(m_attach, &QPushButton::clicked, this, &OrphanRecordingsDialog::attachChosen);
    connect(m_entryNumber, &QLineEdit::returnPressed, this, &OrphanRecordingsDialog::attachChosen);
    connect(m_register, &QPushButton::clicked, this, &OrphanRecordingsDialog::registerChosen);

    auto* attachRow = new QHBoxLayout;
    auto* label = new QLabel(tr("Entry &number:"), this);
    label->setBuddy(m_entryNumber);
    attachRow->addWidget(label);
    attachRow->addWidget(m_entryNumber);
    attachRow->addWidget(m_told);
    attachRow->addWidget(m_attach);
    attachRow->addStretch(1);
    attachRow->addWidget(m_register);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_player, 1);
    layout->addLayout(attachRow);
    layout->addWidget(m_message);
    layout->addWidget(buttons);
    resize(760, 420);
    reload();
}

void OrphanRecordingsDialog::reload()
{
    const auto orphans = m_archive.orphans();
    if (!orphans) {
        say(orphans.error().message);
        return;
    }
    m_count = int(orphans->size());
    m_player->setRecordings(*orphans, m_archive.directory());
    m_attach->setEnabled(m_count > 0);
    m_register->setEnabled(m_count > 0);
    if (m_count == 0)
        say(tr("Every recording is attached to its entry."));
}

QString OrphanRecordingsDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void OrphanRecordingsDialog::say(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void OrphanRecordingsDialog::attachChosen()
{
    const auto recording = m_player->current();
    if (!recording) {
        say(tr("Choose a recording in the list first."));
        return;
    }
    static const QRegularExpression kNumber(QStringLiteral(R"(^\s*(\d+)\s*/\s*(\d{4})\s*$)"));
    const auto match = kNumber.match(m_entryNumber->text());
    if (!match.hasMatch()) {
        say(tr("Type the entry's registration number as the journal shows it, e.g. 15/2026."));
        m_entryNumber->setFocus(Qt::OtherFocusReason);
        return;
    }
    const QString number = match.captured(1) + u'/' + match.captured(2);
    core::JournalFilter filter;
    filter.text = number;
    const auto found = m_journal.page(filter, 0, 5);
    if (!found) {
        say(found.error().message);
        return;
    }
    const auto entry = std::ranges::find_if(
        *found, [&number](const core::JournalEntry& e) { return e.registrationNumber() == number; });
    if (entry == found->end()) {
        say(tr("There is no entry %1 in the journal.").arg(number));
        m_entryNumber->setFocus(Qt::OtherFocusReason);
        return;
    }
    if (auto attached = m_archive.attach(recording->id, entry->id, m_told->isChecked()); !attached) {
        say(attached.error().message);
        return;
    }
    reload();
    say(tr("The recording of %1 is attached to the entry %2.")
            .arg(recording->startedAt.toString(u"dd.MM.yyyy HH:mm"), number));
    m_entryNumber->clear();
}

void OrphanRecordingsDialog::registerChosen()
{
    const auto recording = m_player->current();
    if (!recording || !m_registrar)
        return;
    const auto entry = m_registrar(*recording);
    if (!entry)
        return;
    if (auto attached = m_archive.attach(recording->id, *entry, m_told->isChecked()); !attached) {
        say(attached.error().message);
        return;
    }
    reload();
    say(tr("The recording is attached to the new entry."));
}

} // namespace zabota::ui
