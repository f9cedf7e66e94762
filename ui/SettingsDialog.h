// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/documents/CaseDocuments.h"

#include <QDialog>

#include <memory>

namespace zabota::ui {

namespace Ui {
class SettingsDialog;
}

// Settings of this workstation, kept in its QSettings: the language of the console, and the centre as its printed
// documents name it.
class SettingsDialog final : public QDialog {
    Q_OBJECT

public:
    static inline const QString kLanguageKey = QStringLiteral("ui/language");

    explicit SettingsDialog(QWidget* parent = nullptr);
    ~SettingsDialog() override;

    // "ru" or "en" as stored; Russian until someone chooses otherwise.
    [[nodiscard]] static QString storedLanguage();
    // The centre's name, city and signatory as stored, with a generic name until someone types the real one.
    [[nodiscard]] static core::CentreDetails storedCentre();
    // The language chosen in the dialog, not yet stored.
    [[nodiscard]] QString language() const;
    void setLanguage(const QString& code);

public Q_SLOTS:
    // Stores the choices and closes the dialog.
    void accept() override;

private:
    const std::unique_ptr<Ui::SettingsDialog> m_ui;
};

} // namespace zabota::ui
