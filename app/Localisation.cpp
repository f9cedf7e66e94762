// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/Localisation.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QLoggingCategory>
#include <QSettings>
#include <QTranslator>

namespace zabota::app {

namespace {

Q_LOGGING_CATEGORY(lcLocalisation, "zabota.localisation")

const QString kLanguageKey = QStringLiteral("ui/language");

} // namespace

QString Localisation::fromArguments(const QStringList& arguments)
{
    const QString option = QStringLiteral("--lang");
    for (qsizetype i = 1; i < arguments.size(); ++i) {
        const QString& argument = arguments[i];
        if (argument == option && i + 1 < arguments.size())
            return arguments[i + 1];
        if (argument.startsWith(option + QLatin1Char('=')))
            return argument.mid(option.size() + 1);
    }
    return {};
}

QString Localisation::stored()
{
    const QString language = QSettings().value(kLanguageKey).toString();
    return languages().contains(language) ? language : kRussian;
}

void Localisation::install(QCoreApplication& app, const QString& language)
{
    if (language == kRussian)
        QLocale::setDefault(QLocale(QLocale::Russian, QLocale::Russia));

    // English has one too, made of the plural messages only: it turns "%n entries" into "1 entry".
    auto* ours = new QTranslator(&app);
    const QString ourFile = QStringLiteral(":/zabota/i18n/zabota_%1.qm").arg(language);
    if (ours->load(ourFile)) {
        QCoreApplication::installTranslator(ours);
    } else {
        delete ours;
        qCWarning(lcLocalisation) << "no translation" << ourFile;
    }

    auto* qt = new QTranslator(&app);
    const QString qtFolder = QLibraryInfo::path(QLibraryInfo::TranslationsPath);
    if (qt->load(QStringLiteral("qtbase_%1").arg(language), qtFolder)) {
        QCoreApplication::installTranslator(qt);
    } else {
        delete qt; // package qt6-translations-l10n not installed, or English
        if (language != kEnglish)
            qCInfo(lcLocalisation) << "no Qt translation for" << language << "in" << qtFolder;
    }
}

} // namespace zabota::app
