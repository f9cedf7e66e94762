// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDialog>
#include <QStringList>

#include <optional>

class QCheckBox;
class QHBoxLayout;
class QLabel;
class QPushButton;
class QTreeWidget;

namespace zabota::ui {

// A list kept by the administrator, such as the partner organisations or the navigator's life situations. An
// administrator adds a row with Insert, changes the one under the cursor with Enter, switches it off with Delete after
// a question and takes it back with Reactivate; anyone else opens a row with Enter to read, and Insert or Delete are
// refused under the list. The keys are read before the view, which keeps Return for itself. A subclass reads the rows
// from its service, opens its form on them and says what the dialog calls things, in its own translations.
class DirectoryDialog : public QDialog {
    Q_OBJECT

public:
    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }
    [[nodiscard]] QString messageText() const;
    // The row under the cursor, if any.
    [[nodiscard]] std::optional<qint64> currentId() const;

    // The actions of the buttons and keys.
    virtual void addNew() = 0;
    virtual void openCurrent() = 0;
    void deactivateCurrent();
    void activateCurrent();

protected:
    // What the dialog says, translated by the subclass in its own context.
    struct Texts {
        QString showInactive;    // the check box that shows the rows switched off too
        QString showInactiveTip; // …and its tool tip
        QString add;
        QString insertKey;
        QString edit;
        QString enterKey;
        QString deactivate;
        QString deactivateTip;
        QString reactivate;
        QString open;        // the button in place of edit for anyone but an administrator
        QString refusal;     // said to anyone but an administrator who tries to change the list
        QString inactive;    // "%1 (inactive)": the name of a row switched off
        QString question;    // "Deactivate «%1»?", asked with the row's name
        QString consequence; // what switching off does, under the question
    };

    // One row of the list.
    struct Row {
        qint64 id = 0;
        bool active = true;
        QString name;       // the first column
        QStringList others; // the columns after it
        QString toolTip;    // of the first column
    };

    // `canEdit`: whether the user is an administrator, who has the buttons that change the list.
    DirectoryDialog(bool canEdit, Texts texts, QWidget* parent);

    // Builds the check box that shows the inactive rows at the end of `top` (the subclass's row above the list, with
    // its widgets in it already, so that Tab walks them first), the list with `columns`, the refusals under it, the
    // buttons and Close; fills the list and gives it the focus. Called once, by the subclass's constructor.
    void setUp(QHBoxLayout* top, const QStringList& columns);
    // Reads the rows again and puts the cursor on `select`, or else on the first row.
    void reload(std::optional<qint64> select = std::nullopt);
    void showMessage(const QString& text);

    // Every row the subclass's own filters let through, those switched off included; or why they cannot be read.
    [[nodiscard]] virtual core::Result<QList<Row>> rows() const = 0;
    // Switches the row `id` on or off in the service.
    virtual core::Status setActive(qint64 id, bool active) = 0;

private:
    void updateButtons();
    // Switches the row `id` on or off and reads the list again; false, with the refusal said, if the service refused.
    bool switchRow(qint64 id, bool active);

    bool m_canEdit = false;
    Texts m_texts;
    QList<Row> m_rows;
    QCheckBox* m_showInactive = nullptr;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_message = nullptr;
    QPushButton* m_add = nullptr;
    QPushButton* m_open = nullptr;
    QPushButton* m_deactivate = nullptr;
    QPushButton* m_activate = nullptr;
};

} // namespace zabota::ui
