// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/CallDesk.h"

#include "core/family/FamilyService.h"
#include "core/journal/JournalService.h"
#include "core/telephony/RecordingArchive.h"
#include "ui/CallStrip.h"
#include "ui/IncomingCallCard.h"
#include "ui/LineSettingsDialog.h"
#include "ui/OrphanRecordingsDialog.h"
#include "ui/RecordingPlayer.h"

#include <QAction>
#include <QCheckBox>
#include <QLabel>
#include <QLocale>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <QWidget>

namespace zabota::ui {

namespace {

using telephony::LineCall;
using telephony::LineMode;

constexpr int kRetentionEveryMs = 6 * 60 * 60 * 1000;

core::EntryDraft draftOf(core::EntryDraft draft, const QString& line, const QString& number, const QDateTime& at,
                         bool anonymous)
{
    draft.receivedAt = at.isValid() ? at : draft.receivedAt;
    draft.channel = core::Channel::Phone;
    draft.line = line;
    draft.anonymous = anonymous;
    if (!anonymous)
        draft.applicantPhone = number;
    return draft;
}

} // namespace

CallDesk::CallDesk(telephony::LineDesk& lines, telephony::RecordingArchive* archive, core::JournalService& journal,
                   QWidget* window)
    : QObject(window)
    , m_lines(lines)
    , m_archive(archive)
    , m_journal(journal)
    , m_window(window)
{
    m_linesAction = new QAction(tr("P&hone lines…"), this);
    m_linesAction->setObjectName(QStringLiteral("linesAction"));
    m_linesAction->setStatusTip(tr("The lines of this workstation: audio inputs, caller ID, gain, recording"));
    connect(m_linesAction, &QAction::triggered, this, &CallDesk::showLineSettings);
    m_recordingsAction = new QAction(tr("Recordin&gs without an entry…"), this);
    m_recordingsAction->setObjectName(QStringLiteral("recordingsAction"));
    m_recordingsAction->setStatusTip(tr("Recorded calls that no journal entry holds: attach or register them"));
    m_recordingsAction->setEnabled(m_archive != nullptr);
    connect(m_recordingsAction, &QAction::triggered, this, &CallDesk::showRecordings);
    m_callCardAction = new QAction(tr("Show the call car&d"), this);
    m_callCardAction->setObjectName(QStringLiteral("callCardAction"));
    m_callCardAction->setShortcut(QKeySequence(Qt::Key_F4));
    m_callCardAction->setStatusTip(tr("Bring back the card of the latest call"));
    connect(m_callCardAction, &QAction::triggered, this, [this] {
        if (IncomingCallCard* latest = newestCard(false)) {
            latest->show();
            latest->raise();
            latest->activateWindow();
        } else {
            emit message(tr("No call yet."));
        }
    });
    // A console left running for days keeps to the keeping rules too.
    auto* retention = new QTimer(this);
    retention->setInterval(kRetentionEveryMs);
    connect(retention, &QTimer::timeout, this, &CallDesk::applyRetention);
    retention->start();
    m_status = new QLabel(window);
    m_status->setObjectName(QStringLiteral("linesStatus"));

    connect(&m_lines, &telephony::LineDesk::callChanged, this, &CallDesk::onCall);
    connect(&m_lines, &telephony::LineDesk::lineFailed, this, [this](const QString& line, const QString& text) {
        m_lineProblems.insert(line, text);
        updateStatus();
        emit message(text);
    });
    connect(&m_lines, &telephony::LineDesk::lineOpened, this, [this](const QString& line) {
        m_lineProblems.remove(line);
        updateStatus();
    });
    updateStatus();
}

CallDesk::~CallDesk()
{
    for (const auto& card : std::as_const(m_cards))
        delete card.data();
}

void CallDesk::startLines()
{
    QSettings settings;
    m_lines.setLines(telephony::LineConfigStore::load(settings));
    m_lineProblems.clear();
    updateStatus();
}

void CallDesk::updateStatus()
{
    const auto lines = m_lines.lines();
    if (lines.isEmpty()) {
        m_status->setText(tr("No phone lines"));
        m_status->setToolTip(tr("Service → Phone lines to set up the lines of this workstation"));
        return;
    }
    const qsizetype failing = m_lineProblems.size();
    m_status->setText(failing == 0 ? tr("Lines: %n listened to", nullptr, int(lines.size()))
                                   : tr("Lines: %1 of %2 not working").arg(failing).arg(lines.size()));
    m_status->setToolTip(QStringList(m_lineProblems.values()).join(u'\n'));
    m_status->setStyleSheet(failing == 0 ? QString() : QStringLiteral("color: #c5221f;"));
}

IncomingCallCard* CallDesk::card(int callId) const
{
    return m_cards.value(callId).data();
}

IncomingCallCard* CallDesk::latestCard() const
{
    return newestCard(true);
}

IncomingCallCard* CallDesk::newestCard(bool shownOnly) const
{
    IncomingCallCard* newest = nullptr;
    for (const auto& card : m_cards)
        if (card && (!shownOnly || card->isVisible()) && (!newest || card->callId() > newest->callId()))
            newest = card;
    return newest;
}

void CallDesk::onCall(const LineCall& call)
{
    if (m_strip && m_strip->callId() == call.id)
        m_strip->updateCall(call);
    IncomingCallCard* card = m_cards.value(call.id).data();
    // What looked like a call was too short to be one: its card goes.
    if (call.discarded) {
        delete card;
        m_cards.remove(call.id);
        m_lookedUp.remove(call.id);
        return;
    }
    if (!card) {
        if (call.ended)
            return;
        // A top-level window of its own, so that it can stand beside the main window; the desk deletes it.
        card = new IncomingCallCard(nullptr);
        connect(card, &IncomingCallCard::registerRequested, this, [this](int id) { registerCall(id); });
        connect(card, &IncomingCallCard::familyRequested, this, &CallDesk::familyRequested);
        connect(card, &IncomingCallCard::entryRequested, this, &CallDesk::entryRequested);
        m_cards.insert(call.id, card);
        card->showCall(call);
        place(card);
        card->show();
    } else {
        card->showCall(call);
    }
    const QString number = call.mode == LineMode::Identified ? call.number() : QString();
    if (!m_lookedUp.contains(call.id) || number != m_lookedUp.value(call.id))
        lookUp(card, number);
}

void CallDesk::lookUp(IncomingCallCard* card, const QString& number)
{
    m_lookedUp.insert(card->callId(), number);
    if (number.isEmpty() || !m_families) {
        card->showLookup(core::PhoneLookup{});
        return;
    }
    card->showLookup(m_families->lookupByPhone(number));
}

void CallDesk::place(IncomingCallCard* card) const
{
    // The top right corner of the main window's screen, each newer call a little lower.
    const QScreen* screen = m_window ? m_window->screen() : nullptr;
    if (!screen)
        return;
    const QRect area = screen->availableGeometry();
    const auto open =
        std::ranges::count_if(m_cards, [card](const auto& c) { return c && c != card && c->isVisible(); });
    card->move(area.right() - card->width() - 16, area.top() + 16 + 32 * int(open));
}

std::optional<core::EntryId> CallDesk::registerCall(int callId)
{
    const auto call = m_lines.call(callId);
    if (!call || !m_registrar)
        return std::nullopt;
    if (call->entryId) {
        emit entryRequested(*call->entryId);
        return call->entryId;
    }
    const bool recorded = std::ranges::any_of(m_lines.lines(), [&call](const telephony::LineConfig& line) {
        return line.name == call->line && line.records();
    });
    auto* strip = new CallStrip(*call, recorded);
    bool told = false;
    connect(strip->toldBox(), &QCheckBox::toggled, this, [&told](bool on) { told = on; });
    m_strip = strip;
    const auto entry = m_registrar(
        draftOf(m_journal.newDraft(), call->line, call->number(), call->startedAt, call->mode == LineMode::Anonymous),
        strip);
    if (!entry)
        return std::nullopt;
    if (auto linked = m_lines.linkEntry(callId, *entry, told); !linked)
        emit message(linked.error().message);
    if (IncomingCallCard* card = m_cards.value(callId).data()) {
        if (const auto now = m_lines.call(callId))
            card->showCall(*now);
        card->hide();
    }
    return entry;
}

QWidget* CallDesk::recordingsPanel(core::EntryId entry) const
{
    if (!m_archive)
        return nullptr;
    const auto recordings = m_archive->ofEntry(entry);
    if (!recordings || recordings->isEmpty()) {
        if (!recordings)
            qWarning("recordings of entry %lld not read: %s", entry, qUtf8Printable(recordings.error().detail));
        return nullptr;
    }
    auto* player = new RecordingPlayer;
    player->setRecordings(*recordings, m_archive->directory());
    player->setMaximumHeight(160);
    return player;
}

void CallDesk::showLineSettings()
{
    QSettings settings;
    LineSettingsDialog dialog(telephony::LineConfigStore::load(settings), m_window);
    if (dialog.exec() != QDialog::Accepted)
        return;
    telephony::LineConfigStore::save(settings, dialog.lines());
    startLines();
    emit message(tr("Phone lines saved: %n", nullptr, int(dialog.lines().size())));
}

void CallDesk::showRecordings()
{
    if (!m_archive)
        return;
    OrphanRecordingsDialog dialog(
        *m_archive, m_journal,
        [this](const core::CallRecording& recording) -> std::optional<core::EntryId> {
            if (!m_registrar)
                return std::nullopt;
            return m_registrar(
                draftOf(m_journal.newDraft(), recording.lineName, recording.number, recording.startedAt, false),
                nullptr);
        },
        m_window);
    dialog.exec();
}

void CallDesk::applyRetention()
{
    if (!m_archive)
        return;
    QSettings settings;
    const auto lines = telephony::LineConfigStore::load(settings);
    const auto report = m_archive->applyRetention(QDateTime::currentDateTime(), [&lines](const QString& name) {
        const auto line = std::ranges::find(lines, name, &telephony::LineConfig::name);
        return line == lines.end() ? 0 : line->retentionDays;
    });
    if (!report) {
        emit message(report.error().message);
        return;
    }
    QStringList said;
    if (report->count > 0)
        said << tr("%n old call recordings deleted under the keeping rules (%1 freed).", nullptr, report->count)
                    .arg(QLocale().formattedDataSize(report->bytes));
    if (!report->failures.isEmpty())
        said << tr("%n recordings could not be deleted: %1", nullptr, int(report->failures.size()))
                    .arg(report->failures.first().error.message);
    if (!said.isEmpty())
        emit message(said.join(u' '));
}

} // namespace zabota::ui
