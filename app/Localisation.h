// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

class QCoreApplication;

namespace zabota::app {

// The console's language: its own translation, compiled into the executable as :/zabota/i18n/zabota_<lang>.qm (for
// English only the plural forms, the source texts being English), and Qt's (qtbase_<lang>.qm from the system's Qt
// translations, for the standard buttons and dialogs) when installed.
class Localisation final {
public:
    static inline const QString kRussian = QStringLiteral("ru");
    static inline const QString kEnglish = QStringLiteral("en");

    [[nodiscard]] static QStringList languages() { return {kRussian, kEnglish}; }

    // The language given by --lang (as "--lang xx" or "--lang=xx") in raw arguments, read before the command line
    // is parsed so that the parser's own texts are translated; empty if none is given.
    [[nodiscard]] static QString fromArguments(const QStringList& arguments);
    // The language chosen in the settings dialog (QSettings ui/language), else Russian.
    [[nodiscard]] static QString stored();

    // Installs the translators of `language` into the application, which owns them. Missing files are skipped: the
    // source texts are English.
    static void install(QCoreApplication& app, const QString& language);
};

} // namespace zabota::app
