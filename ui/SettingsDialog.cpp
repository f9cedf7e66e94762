// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SettingsDialog.h"

#include <QSettings>

#include "ui_SettingsDialog.h"

namespace zabota::ui {

namespace {

const QString kRussian = QStringLiteral("ru");
const QString kEnglish = QStringLiteral("en");

} // namespace

SettingsDialog::SettingsDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::SettingsDialog>())
{
    m_ui->setupUi(this);
    // Each language is named in itself, so that a person who cannot read the current one still finds theirs.
    m_ui->languageCombo->addItem(QStringLiteral("Русский"), kRussian);
    m_ui->languageCombo->addItem(QStringLiteral("English"), kEnglish);
    setLanguage(storedLanguage());
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::storedLanguage()
{
    const QString code = QSettings().value(kLanguageKey).toString();
    return code == kEnglish ? kEnglish : kRussian;
}

QString SettingsDialog::language() const
{
    return m_ui->languageCombo->currentData().toString();
}

void SettingsDialog::setLanguage(const QString& code)
{
    const int index = m_ui->languageCombo->findData(code);
    m_ui->languageCombo->setCurrentIndex(index < 0 ? 0 : index);
}

void SettingsDialog::accept()
{
    QSettings().setValue(kLanguageKey, language());
    QDialog::accept();
}

} // namespace zabota::ui
