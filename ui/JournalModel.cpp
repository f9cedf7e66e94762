// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/JournalModel.h"

#include "core/journal/JournalReader.h"
#include "core/journal/JournalService.h"
#include "core/text/DateText.h"

#include <QColor>
#include <QFont>

namespace zabota::ui {

namespace {

constexpr int kSummaryLength = 120;

// Tints that stay readable in light and dark palettes: the text on a tinted row is always dark.
const QColor kEmergencyBackground(0xFF, 0xDC, 0xDC);
const QColor kUrgentBackground(0xFF, 0xF1, 0xCC);
const QColor kTintedText(0x20, 0x20, 0x20);
const QColor kMutedText(0x80, 0x80, 0x80);

QString firstLine(const QString& text)
{
    const QString trimmed = text.trimmed();
    QString line = trimmed.section(QLatin1Char('\n'), 0, 0).trimmed();
    if (line.size() > kSummaryLength)
        return line.left(kSummaryLength - 1).trimmed() + QChar(0x2026);
    if (line.size() < trimmed.size())
        return line + QStringLiteral(" ") + QChar(0x2026);
    return line;
}

} // namespace

JournalModel::JournalModel(core::JournalService& journal, QObject* parent)
    : QAbstractTableModel(parent)
    , m_journal(journal)
{
    recount();
    connect(&m_journal, &core::JournalService::entryAdded, this, &JournalModel::refresh);
    connect(&m_journal, &core::JournalService::entryChanged, this, &JournalModel::reloadChanged);
    connect(&m_journal, &core::JournalService::entryRemoved, this, &JournalModel::refresh);
}

int JournalModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_count;
}

int JournalModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant JournalModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole) {
        switch (section) {
        case RegNo:
            return tr("No.");
        case ReceivedAt:
            return tr("Received");
        case Channel:
            return tr("Channel");
        case Caller:
            return tr("Caller");
        case Applicant:
            return tr("Applicant");
        case Phone:
            return tr("Phone");
        case Category:
            return tr("Category");
        case Urgency:
            return tr("Urgency");
        case Summary:
            return tr("Summary");
        case Status:
            return tr("Status");
        case Dispatcher:
            return tr("Dispatcher");
        }
    }
    if (role == Qt::ToolTipRole && section == RegNo)
        return tr("Registration number: number within the year / year");
    return {};
}

QVariant JournalModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const core::JournalEntry* entry = cachedEntry(index.row());
    if (!entry)
        return {};
    const core::EntryDraft& d = entry->draft;
    const int column = index.column();

    switch (role) {
    case Qt::DisplayRole:
        return display(*entry, column);
    case EntryIdRole:
        return entry->id;
    case Qt::ToolTipRole:
        if (column == Summary) {
            QString tip = d.disposition == core::Disposition::Case ? d.summary.trimmed() : core::label(d.disposition);
            if (!d.actionTaken.trimmed().isEmpty())
                tip += QStringLiteral("\n\n") + tr("Action taken: %1").arg(d.actionTaken.trimmed());
            return tip;
        }
        if (column == Channel && !d.line.isEmpty())
            return tr("Line: %1").arg(d.line);
        if (column == Category && !entry->categoryTitle.isEmpty())
            return entry->categoryTitle;
        if (column == Urgency && d.urgency == core::Urgency::Emergency)
            return tr("Emergency: the emergency response service must act now");
        return {};
    case Qt::BackgroundRole:
        if (d.urgency == core::Urgency::Emergency)
            return kEmergencyBackground;
        if (d.urgency == core::Urgency::Urgent)
            return kUrgentBackground;
        return {};
    case Qt::ForegroundRole:
        if (column == Applicant && d.anonymous)
            return kMutedText;
        if (column == Summary && d.disposition != core::Disposition::Case)
            return kMutedText;
        if (d.urgency != core::Urgency::Planned)
            return kTintedText;
        return {};
    case Qt::FontRole:
        if ((column == Applicant && d.anonymous) || (column == Summary && d.disposition != core::Disposition::Case)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        if (column == Urgency && d.urgency == core::Urgency::Emergency) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == RegNo)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return QVariant::fromValue(Qt::Alignment(Qt::AlignLeft | Qt::AlignVCenter));
    default:
        return {};
    }
}

QVariant JournalModel::display(const core::JournalEntry& entry, int column) const
{
    const core::EntryDraft& d = entry.draft;
    switch (column) {
    case RegNo:
        return entry.registrationNumber();
    case ReceivedAt:
        return core::text::shownDateTime(d.receivedAt);
    case Channel:
        return core::label(d.channel);
    case Caller:
        return core::label(d.callerType);
    case Applicant:
        return d.anonymous ? tr("anonymous") : d.applicantName;
    case Phone:
        return d.applicantPhone;
    case Category:
        return entry.categoryTitle;
    case Urgency:
        return core::label(d.urgency);
    case Summary:
        if (d.disposition != core::Disposition::Case) {
            const QString text = firstLine(d.summary);
            return text.isEmpty() ? core::label(d.disposition) : tr("%1: %2").arg(core::label(d.disposition), text);
        }
        return firstLine(d.summary);
    case Status:
        return core::label(d.status);
    case Dispatcher:
        return entry.createdByName;
    default:
        return {};
    }
}

void JournalModel::setReader(core::JournalReader* reader)
{
    m_reader = reader;
    if (m_reader != nullptr)
        connect(m_reader, &core::JournalReader::answered, this, [this](const core::JournalReader::Answer& answer) {
            onAnswer(answer.ticket, answer.filter, answer.count, answer.page);
        });
}

void JournalModel::setFilter(const core::JournalFilter& filter)
{
    if (m_reader == nullptr) {
        if (filter == m_filter)
            return;
        beginResetModel();
        m_filter = filter;
        dropCache();
        recount();
        endResetModel();
        return;
    }
    if (filter == m_filter) {
        // Back to what is shown: an answer still on its way is no longer wanted.
        if (std::exchange(m_pendingTicket, 0) != 0)
            Q_EMIT busyChanged(false);
        return;
    }
    const bool wasBusy = isBusy();
    m_pendingFilter = filter;
    m_pendingTicket = m_reader->request(filter, kPageSize);
    if (!wasBusy)
        Q_EMIT busyChanged(true);
}

void JournalModel::onAnswer(quint64 ticket, const core::JournalFilter& filter, const core::Result<int>& count,
                            const core::Result<QList<core::JournalEntry>>& firstPage)
{
    if (ticket != m_pendingTicket)
        return; // a filter since replaced
    m_pendingTicket = 0;
    Q_EMIT busyChanged(false);
    if (!count || !firstPage) {
        reportError(!count ? count.error().message : firstPage.error().message);
        return;
    }
    beginResetModel();
    m_filter = filter;
    dropCache();
    m_count = *count;
    m_pages.insert(0, *firstPage);
    m_recent.prepend(0);
    endResetModel();
}

std::optional<core::JournalEntry> JournalModel::entryAt(int row) const
{
    if (const core::JournalEntry* entry = cachedEntry(row))
        return *entry;
    return std::nullopt;
}

int JournalModel::rowOf(core::EntryId id) const
{
    for (auto it = m_pages.cbegin(); it != m_pages.cend(); ++it) {
        const QList<core::JournalEntry>& page = it.value();
        for (qsizetype i = 0; i < page.size(); ++i) {
            if (page[i].id == id) {
                const int row = it.key() * kPageSize + int(i);
                return row < m_count ? row : -1;
            }
        }
    }
    return -1;
}

void JournalModel::refresh()
{
    // A filter on its way may have been read before the change: ask again.
    if (isBusy())
        m_pendingTicket = m_reader->request(m_pendingFilter, kPageSize);
    beginResetModel();
    dropCache();
    recount();
    endResetModel();
}

void JournalModel::reloadChanged()
{
    // An edit may move an entry in or out of the filter; then the rows shift and the view must start over.
    // Otherwise the same rows are there, with new contents.
    const auto count = m_journal.count(m_filter);
    if (!count || *count != m_count) {
        refresh();
        return;
    }
    dropCache();
    if (m_count > 0)
        Q_EMIT dataChanged(index(0, 0), index(m_count - 1, ColumnCount - 1));
}

void JournalModel::recount()
{
    const auto count = m_journal.count(m_filter);
    if (!count) {
        m_count = 0;
        reportError(count.error().message);
        return;
    }
    m_count = *count;
}

void JournalModel::dropCache()
{
    m_pages.clear();
    m_recent.clear();
    m_readFailed = false;
}

const core::JournalEntry* JournalModel::cachedEntry(int row) const
{
    if (row < 0 || row >= m_count)
        return nullptr;
    const QList<core::JournalEntry>* page = pageOf(row);
    if (!page)
        return nullptr;
    const int offset = row % kPageSize;
    // The journal may have changed under the count (another workstation); such rows stay empty until the refresh.
    return offset < page->size() ? &page->at(offset) : nullptr;
}

const QList<core::JournalEntry>* JournalModel::pageOf(int row) const
{
    const int number = row / kPageSize;
    if (const auto it = m_pages.constFind(number); it != m_pages.cend()) {
        if (m_recent.first() != number) {
            m_recent.removeOne(number);
            m_recent.prepend(number);
        }
        return &it.value();
    }
    if (m_readFailed)
        return nullptr;

    ++m_pageFetches;
    auto page = m_journal.page(m_filter, number * kPageSize, kPageSize);
    if (!page) {
        m_readFailed = true;
        reportError(page.error().message);
        return nullptr;
    }
    while (m_recent.size() >= kCachedPages)
        m_pages.remove(m_recent.takeLast());
    m_recent.prepend(number);
    return &m_pages.insert(number, std::move(*page)).value();
}

void JournalModel::reportError(const QString& message) const
{
    // Errors show up while a view paints; a dialog opened from inside painting would re-enter it, so the signal goes
    // out from the event loop.
    auto* self = const_cast<JournalModel*>(this);
    QMetaObject::invokeMethod(
        self, [self, message] { Q_EMIT self->errorOccurred(message); }, Qt::QueuedConnection);
}

} // namespace zabota::ui
