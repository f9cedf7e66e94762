// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDialog>
#include <QHash>

#include <optional>

class QDialogButtonBox;
class QLabel;
class QVBoxLayout;

namespace zabota::ui {

// The form on one row of a list kept by the administrator (a DirectoryDialog): a new row, or one to change, for an
// administrator; anyone else reads it. Save keeps the dialog open while the service refuses, says why in a banner and
// puts the cursor in the field at fault. A subclass builds the fields and saves them through its service.
class DirectoryEntryDialog : public QDialog {
    Q_OBJECT

public:
    // The row saved, once the dialog was accepted.
    [[nodiscard]] std::optional<qint64> savedId() const { return m_savedId; }
    [[nodiscard]] bool isReadOnly() const { return m_readOnly; }

    // The editor of a field, by the field codes of core::Error::field; null if none.
    [[nodiscard]] QWidget* field(const QString& name) const;
    [[nodiscard]] QString messageText() const;

public Q_SLOTS:
    void accept() override;

protected:
    // `existingId` empty: a new row. `readOnly`: the user is not an administrator.
    DirectoryEntryDialog(bool readOnly, std::optional<qint64> existingId, QWidget* parent);

    // Names the editors of the fields by the codes the service's errors give them.
    void setFields(const QHash<QString, QWidget*>& fields);
    // The dialog's layout, with the banner for refusals on top and, for anyone but an administrator, `readOnlyHint`.
    [[nodiscard]] QVBoxLayout* makeLayout(const QString& readOnlyHint);
    // Save and Cancel, or Close for anyone but an administrator; made after the fields, so that Tab reaches them last.
    [[nodiscard]] QDialogButtonBox* makeButtons();

    // Saves the form as a new row: its id, or why not.
    virtual core::Result<qint64> saveNew() = 0;
    // Saves the form over the row `id`.
    virtual core::Status saveChanges(qint64 id) = 0;

private:
    bool m_readOnly = false;
    std::optional<qint64> m_existingId;
    std::optional<qint64> m_savedId;
    QHash<QString, QWidget*> m_fields;
    QLabel* m_message = nullptr;
};

} // namespace zabota::ui
