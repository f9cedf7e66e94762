// SPDX-License-Identifier: GPL-3.0-or-later
// Checks that the compiled translations reach an executable that links zabota_translations: Qt resources of a static
// library are lost at link time unless they travel in an object library, as translations/CMakeLists.txt arranges.
// The Russian one holds every message, the English one the plural forms, so that "%n entries" reads "1 entry".
#include <QCoreApplication>
#include <QFile>
#include <QTranslator>

#include <cstdio>

namespace {

struct Expected {
    const char* language;
    const char* singular; // "%n entries" of zabota::ui::MainWindow for n = 1
};

bool check(const Expected& expected)
{
    const QString path = QStringLiteral(":/zabota/i18n/zabota_%1.qm").arg(QLatin1String(expected.language));
    if (!QFile::exists(path)) {
        std::fprintf(stderr, "%s is not among the executable's resources\n", qPrintable(path));
        return false;
    }
    QTranslator translator;
    if (!translator.load(path)) {
        std::fprintf(stderr, "%s is not a translation QTranslator can load\n", qPrintable(path));
        return false;
    }
    const QString one = translator.translate("zabota::ui::MainWindow", "%n entries", nullptr, 1);
    if (one != QString::fromUtf8(expected.singular)) {
        std::fprintf(stderr, "%s translates \"%%n entries\" for 1 as \"%s\", not \"%s\"\n", qPrintable(path),
                     qPrintable(one), expected.singular);
        return false;
    }
    std::printf("%s is embedded and loads (language: %s)\n", qPrintable(path), qPrintable(translator.language()));
    return true;
}

} // namespace

int main(int argc, char* argv[])
{
    const QCoreApplication app(argc, argv);
    bool ok = true;
    for (const Expected& expected : {Expected{"ru", "%n запись"}, Expected{"en", "%n entry"}})
        ok = check(expected) && ok;
    return ok ? 0 : 1;
}
