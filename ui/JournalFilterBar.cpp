// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/JournalFilterBar.h"

#include "core/journal/JournalService.h"

#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QTimer>

namespace zabota::ui {

namespace {

// The earliest date the journal accepts; in the "from" box it reads as "no lower bound".
const QDate kEarliest(2000, 1, 1);

QComboBox* makeCombo(const QString& objectName, const QString& toolTip, QWidget* parent)
{
    auto* combo = new QComboBox(parent);
    combo->setObjectName(objectName);
    combo->setToolTip(toolTip);
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(12);
    return combo;
}

QDateEdit* makeDateEdit(const QString& objectName, const QString& toolTip, QWidget* parent)
{
    auto* edit = new QDateEdit(parent);
    edit->setObjectName(objectName);
    edit->setToolTip(toolTip);
    edit->setCalendarPopup(true);
    edit->setDisplayFormat(QStringLiteral("dd.MM.yyyy"));
    edit->setMinimumDate(kEarliest);
    return edit;
}

// Selects the item whose data equals `value`; the first item ("All …") if there is none.
void selectData(QComboBox* combo, const QVariant& value)
{
    const int index = combo->findData(value);
    combo->setCurrentIndex(index < 0 ? 0 : index);
}

template <typename E>
std::optional<E> chosenEnum(const QComboBox* combo)
{
    const QVariant value = combo->currentData();
    if (!value.isValid())
        return std::nullopt;
    return static_cast<E>(value.toInt());
}

template <typename Id>
std::optional<Id> chosenId(const QComboBox* combo)
{
    const QVariant value = combo->currentData();
    if (!value.isValid())
        return std::nullopt;
    return value.toLongLong();
}

} // namespace

JournalFilterBar::JournalFilterBar(core::JournalService& journal, QWidget* parent)
    : QWidget(parent)
    , m_journal(journal)
{
    m_period = makeCombo(QStringLiteral("periodCombo"), tr("Period the appeals were received in"), this);
    m_period->setMinimumContentsLength(9);
    m_period->addItem(tr("Today"), int(Period::Today));
    m_period->addItem(tr("Last 7 days"), int(Period::Last7Days));
    m_period->addItem(tr("This month"), int(Period::ThisMonth));
    m_period->addItem(tr("This year"), int(Period::ThisYear));
    m_period->addItem(tr("All time"), int(Period::AllTime));
    m_period->addItem(tr("Custom"), int(Period::Custom));

    m_from = makeDateEdit(QStringLiteral("fromDate"), tr("Received on or after"), this);
    m_from->setSpecialValueText(tr("any date"));
    m_to = makeDateEdit(QStringLiteral("toDate"), tr("Received on or before"), this);

    m_channel = makeCombo(QStringLiteral("channelCombo"), tr("Channel"), this);
    m_channel->addItem(tr("All channels"));
    for (const core::Channel channel : core::allValues<core::Channel>())
        m_channel->addItem(core::label(channel), int(channel));

    m_category = makeCombo(QStringLiteral("categoryCombo"), tr("Problem category"), this);
    m_category->setMinimumContentsLength(16);

    m_status = makeCombo(QStringLiteral("statusCombo"), tr("Status"), this);
    m_status->addItem(tr("All statuses"));
    for (const core::EntryStatus status : core::allValues<core::EntryStatus>())
        m_status->addItem(core::label(status), int(status));

    m_dispatcher = makeCombo(QStringLiteral("dispatcherCombo"), tr("Dispatcher who registered the appeal"), this);
    m_dispatcher->setMinimumContentsLength(14);

    m_search = new QLineEdit(this);
    m_search->setObjectName(QStringLiteral("searchEdit"));
    m_search->setPlaceholderText(tr("Search: name, phone, words, 15/2026"));
    m_search->setToolTip(tr("Finds words of the applicant's name, summary and action taken, a phone number, or a "
                            "registration number. Esc clears the search."));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(fontMetrics().horizontalAdvance(m_search->placeholderText()) + 40);
    m_search->installEventFilter(this);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(kSearchDelayMs);

    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_period);
    layout->addWidget(m_from);
    layout->addWidget(new QLabel(QStringLiteral("–"), this));
    layout->addWidget(m_to);
    layout->addSpacing(8);
    layout->addWidget(m_channel);
    layout->addWidget(m_category);
    layout->addWidget(m_status);
    layout->addWidget(m_dispatcher);
    layout->addSpacing(8);
    layout->addWidget(m_search, 1);

    reloadLists();
    // All time by default. The table reads only the pages on screen, newest first, so the whole journal costs no
    // more to show than one month; and a narrower default hides entries a newcomer expects to see (demo data of
    // past months, the last calls of December on 1 January), which looks like lost data.
    setPeriod(Period::AllTime);
    m_emitted = filter();

    connect(m_period, &QComboBox::currentIndexChanged, this, &JournalFilterBar::applyPeriod);
    connect(m_from, &QDateEdit::dateChanged, this, [this] { onDateEdited(m_from); });
    connect(m_to, &QDateEdit::dateChanged, this, [this] { onDateEdited(m_to); });
    for (QComboBox* combo : {m_channel, m_category, m_status, m_dispatcher})
        connect(combo, &QComboBox::currentIndexChanged, this, &JournalFilterBar::emitIfChanged);
    connect(m_search, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::returnPressed, this, &JournalFilterBar::emitIfChanged);
    connect(m_searchTimer, &QTimer::timeout, this, &JournalFilterBar::emitIfChanged);
}

core::JournalFilter JournalFilterBar::filter() const
{
    core::JournalFilter f;
    if (period() != Period::AllTime) {
        if (m_from->date() != kEarliest)
            f.from = m_from->date();
        f.to = m_to->date();
    }
    f.channel = chosenEnum<core::Channel>(m_channel);
    f.categoryId = chosenId<core::CategoryId>(m_category);
    f.status = chosenEnum<core::EntryStatus>(m_status);
    f.dispatcherId = chosenId<core::UserId>(m_dispatcher);
    f.text = m_search->text().trimmed();
    return f;
}

JournalFilterBar::Period JournalFilterBar::period() const
{
    return static_cast<Period>(m_period->currentData().toInt());
}

void JournalFilterBar::setPeriod(Period period)
{
    selectData(m_period, int(period));
    applyPeriod();
}

void JournalFilterBar::focusSearch()
{
    m_search->setFocus(Qt::ShortcutFocusReason);
    m_search->selectAll();
}

void JournalFilterBar::reloadLists()
{
    const QVariant category = m_category->currentData();
    const QVariant dispatcher = m_dispatcher->currentData();
    {
        const QSignalBlocker blockCategory(m_category);
        const QSignalBlocker blockDispatcher(m_dispatcher);
        m_category->clear();
        m_category->addItem(tr("All categories"));
        if (const auto categories = m_journal.categories(true)) {
            for (const core::ProblemCategory& c : *categories) {
                m_category->addItem(c.active ? c.title : tr("%1 (no longer used)").arg(c.title), c.id);
                m_category->setItemData(m_category->count() - 1, c.title, Qt::ToolTipRole);
            }
        } else {
            Q_EMIT errorOccurred(categories.error().message);
        }
        m_dispatcher->clear();
        m_dispatcher->addItem(tr("All dispatchers"));
        if (const auto dispatchers = m_journal.dispatchers()) {
            for (const auto& [id, name] : *dispatchers)
                m_dispatcher->addItem(name, id);
        } else {
            Q_EMIT errorOccurred(dispatchers.error().message);
        }
        selectData(m_category, category);
        selectData(m_dispatcher, dispatcher);
    }
    emitIfChanged();
}

void JournalFilterBar::reset()
{
    {
        const QSignalBlocker blockPeriod(m_period);
        const QSignalBlocker blockSearch(m_search);
        for (QComboBox* combo : {m_channel, m_category, m_status, m_dispatcher}) {
            const QSignalBlocker block(combo);
            combo->setCurrentIndex(0);
        }
        m_search->clear();
        m_searchTimer->stop();
        selectData(m_period, int(Period::AllTime));
    }
    applyPeriod();
}

bool JournalFilterBar::eventFilter(QObject* watched, QEvent* event)
{
    if (watched == m_search && event->type() == QEvent::KeyPress &&
        static_cast<QKeyEvent*>(event)->key() == Qt::Key_Escape && !m_search->text().isEmpty()) {
        m_search->clear();
        m_searchTimer->stop();
        emitIfChanged();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void JournalFilterBar::applyPeriod()
{
    const QDate today = m_journal.now().date();
    QDate from;
    QDate to = today;
    switch (period()) {
    case Period::Today:
        from = today;
        break;
    case Period::Last7Days:
        from = today.addDays(-6);
        break;
    case Period::ThisMonth:
        from = QDate(today.year(), today.month(), 1);
        break;
    case Period::ThisYear:
        from = QDate(today.year(), 1, 1);
        break;
    case Period::AllTime:
        from = kEarliest;
        break;
    case Period::Custom:
        // Keeps the dates shown; the person edits them now.
        emitIfChanged();
        return;
    }
    {
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        m_from->setDate(from);
        m_to->setDate(to);
    }
    emitIfChanged();
}

void JournalFilterBar::onDateEdited(const QDateEdit* edited)
{
    {
        const QSignalBlocker blockPeriod(m_period);
        const QSignalBlocker blockFrom(m_from);
        const QSignalBlocker blockTo(m_to);
        selectData(m_period, int(Period::Custom));
        // A period that ends before it starts is a slip of the calendar: move the other end along.
        if (m_from->date() > m_to->date()) {
            if (edited == m_from)
                m_to->setDate(m_from->date());
            else
                m_from->setDate(m_to->date());
        }
    }
    emitIfChanged();
}

void JournalFilterBar::emitIfChanged()
{
    m_searchTimer->stop();
    const core::JournalFilter current = filter();
    if (current == m_emitted)
        return;
    m_emitted = current;
    Q_EMIT filterChanged(current);
}

} // namespace zabota::ui
