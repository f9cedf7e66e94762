// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/journal/JournalEntry.h"

#include <QWidget>

class QComboBox;
class QDateEdit;
class QLineEdit;
class QTimer;

namespace zabota::core {
class JournalService;
}

namespace zabota::ui {

// The row of filters over the journal: period, channel, category, status, dispatcher and a search box. Lists apply
// at once; the search box waits for a pause in typing, so the table follows the words without redrawing per key.
class JournalFilterBar final : public QWidget {
    Q_OBJECT

public:
    enum class Period { Today, Last7Days, ThisMonth, ThisYear, AllTime, Custom };

    static constexpr int kSearchDelayMs = 250;

    explicit JournalFilterBar(core::JournalService& journal, QWidget* parent = nullptr);

    [[nodiscard]] core::JournalFilter filter() const;
    [[nodiscard]] Period period() const;
    void setPeriod(Period period);

    // Puts the cursor into the search box with its text selected, ready to type over.
    void focusSearch();
    // Reads the categories and dispatchers again (a new dispatcher, a renamed category), keeping the choices made.
    void reloadLists();
    // Clears every filter: all time, all channels, no search words.
    void reset();

Q_SIGNALS:
    void filterChanged(const zabota::core::JournalFilter& filter);
    void errorOccurred(const QString& message);

protected:
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void applyPeriod();
    void onDateEdited(const QDateEdit* edited);
    void emitIfChanged();

    core::JournalService& m_journal;
    QComboBox* m_period = nullptr;
    QDateEdit* m_from = nullptr;
    QDateEdit* m_to = nullptr;
    QComboBox* m_channel = nullptr;
    QComboBox* m_category = nullptr;
    QComboBox* m_status = nullptr;
    QComboBox* m_dispatcher = nullptr;
    QLineEdit* m_search = nullptr;
    QTimer* m_searchTimer = nullptr;
    core::JournalFilter m_emitted;
};

} // namespace zabota::ui
