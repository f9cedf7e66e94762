// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/SettingsDialog.h"

#include <QSettings>

#include "ui_SettingsDialog.h"

namespace zabota::ui {

namespace {

const QString kRussian = QStringLiteral("ru");
const QString kEnglish = QStringLiteral("en");
const QString kCentreNameKey = QStringLiteral("centre/name");
const QString kCentreCityKey = QStringLiteral("centre/city");
const QString kCentreDirectorKey = QStringLiteral("centre/director");

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
    const core::CentreDetails centre = storedCentre();
    m_ui->centreNameEdit->setText(centre.name);
    m_ui->centreCityEdit->setText(centre.city);
    m_ui->centreDirectorEdit->setText(centre.director);
    m_ui->centreDirectorEdit->setPlaceholderText(tr("as the contract says: the director Ivanova I. I."));
    connect(m_ui->buttonBox, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(m_ui->buttonBox, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
}

SettingsDialog::~SettingsDialog() = default;

QString SettingsDialog::storedLanguage()
{
    const QString code = QSettings().value(kLanguageKey).toString();
    return code == kEnglish ? kEnglish : kRussian;
}

core::CentreDetails SettingsDialog::storedCentre()
{
    const QSettings settings;
    // The documents are Russian whatever the language of the console, so is the name they print by default.
    return {settings.value(kCentreNameKey, QStringLiteral("Центр социальной помощи семье и детям")).toString(),
            settings.value(kCentreCityKey, QStringLiteral("Тюмень")).toString(),
            settings.value(kCentreDirectorKey).toString()};
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
    QSettings settings;
    settings.setValue(kLanguageKey, language());
    settings.setValue(kCentreNameKey, m_ui->centreNameEdit->text().trimmed());
    settings.setValue(kCentreCityKey, m_ui->centreCityEdit->text().trimmed());
    settings.setValue(kCentreDirectorKey, m_ui->centreDirectorEdit->text().trimmed());
    QDialog::accept();
}

} // namespace zabota::ui
