// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QDialog>

class QLabel;

namespace zabota::ui {

// A form whose OK hands what was typed to the service: a refusal keeps the form open with everything typed, says why
// in a banner at the top and puts the cursor in the field at fault (by the field codes of core::Error::field).
class CheckedDialog : public QDialog {
    Q_OBJECT

public:
    [[nodiscard]] QString messageText() const;
    // The editor of a field by its code; null if the form has none.
    [[nodiscard]] virtual QWidget* field(const QString& name) const = 0;

protected:
    explicit CheckedDialog(QWidget* parent = nullptr);

    // The banner, for the subclass to put at the top of its layout.
    [[nodiscard]] QLabel* banner() const { return m_banner; }
    // Closes the dialog as accepted when `saved` is fine; otherwise shows the refusal and keeps it open.
    void acceptIf(const core::Status& saved);
    // Shows a refusal in the banner and puts the cursor in the field at fault, keeping the dialog open.
    void showRefusal(const core::Error& error);
    void clearRefusal();

private:
    QLabel* m_banner = nullptr;
};

} // namespace zabota::ui
