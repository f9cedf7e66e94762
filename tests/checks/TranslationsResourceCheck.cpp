// SPDX-License-Identifier: GPL-3.0-or-later
// Checks that the compiled Russian translation reaches an executable that links zabota_translations: Qt resources of a
// static library are lost at link time unless they travel in an object library, as qt_add_translations arranges.
#include <QCoreApplication>
#include <QFile>
#include <QTranslator>

#include <cstdio>

int main(int argc, char* argv[])
{
    const QCoreApplication app(argc, argv);
    const QString path = QStringLiteral(":/zabota/i18n/zabota_ru.qm");
    if (!QFile::exists(path)) {
        std::fprintf(stderr, "%s is not among the executable's resources\n", qPrintable(path));
        return 1;
    }
    QTranslator translator;
    if (!translator.load(path)) {
        std::fprintf(stderr, "%s is not a translation QTranslator can load\n", qPrintable(path));
        return 1;
    }
    std::printf("%s is embedded and loads (language: %s)\n", qPrintable(path), qPrintable(translator.language()));
    return 0;
}
