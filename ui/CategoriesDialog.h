// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

class QLabel;
class QLineEdit;
class QListWidget;
class QListWidgetItem;
class QPushButton;

namespace zabota::core {
class JournalService;
}

namespace zabota::ui {

// The administrator's list of problem categories: add, rename, switch on and off. A category in use is never
// deleted, so old entries keep their category.
class CategoriesDialog final : public QDialog {
    Q_OBJECT

public:
    explicit CategoriesDialog(core::JournalService& journal, QWidget* parent = nullptr);

    [[nodiscard]] QListWidget* list() const { return m_list; }
    [[nodiscard]] QLineEdit* titleEdit() const { return m_title; }
    [[nodiscard]] QString messageText() const;

private:
    void reload();
    void add();
    void rename();
    void toggled(QListWidgetItem* item);
    void showError(const QString& message);

    core::JournalService& m_journal;
    QListWidget* m_list;
    QLineEdit* m_title;
    QPushButton* m_add;
    QPushButton* m_rename;
    QLabel* m_message;
    bool m_loading = false;
};

} // namespace zabota::ui
