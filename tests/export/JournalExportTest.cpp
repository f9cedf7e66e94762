// SPDX-License-Identifier: GPL-3.0-or-later
// The journal exported from a real database to CSV, XLSX and PDF and read back by other programs: Python's csv module,
// openpyxl, xlsx2csv, pdftotext and pdfinfo. Then what must go wrong cleanly: a period backwards, no rows, folders that
// cannot be written, a full disk, a cancel, a dispatcher.
#include "core/EnumText.h"
#include "core/export/JournalExportJob.h"
#include "core/export/JournalExporter.h"
#include "core/text/DateText.h"
#include "tests/export/ExportFixture.h"
#include "tests/export/ExportReaders.h"
#include "tests/support/FileSizeLimit.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QTranslator>

#include <catch2/catch.hpp>
#include <csignal>
#include <linux/capability.h>
#include <sys/resource.h>
#include <sys/syscall.h>
#include <unistd.h>

using namespace zabota;
using core::ExportFormat;
using core::JournalColumn;
using tests::ExportFixture;
using tests::FileSizeLimit;
namespace readers = tests::readers;

namespace {

core::JournalExporter exporterFor(ExportFixture& f, const core::User& user)
{
    return core::JournalExporter(f.db.db(), user, QStringLiteral("test-workstation"), [&f] { return f.db.now(); });
}

QString readAll(const QString& path)
{
    QFile file(path);
    REQUIRE(file.open(QIODevice::ReadOnly));
    return QString::fromUtf8(file.readAll());
}

QStringList headings(const QList<JournalColumn>& columns)
{
    QStringList labels;
    for (const JournalColumn column : columns)
        labels << core::label(column);
    return labels;
}

// Makes this thread obey file permissions even when it runs as root (as the tests do in CI): it lays down the
// capability to override them until it goes out of scope. For anyone else permissions hold anyway.
class PermissionsObeyed {
public:
    PermissionsObeyed()
    {
        if (::geteuid() != 0)
            return;
        m_header.version = _LINUX_CAPABILITY_VERSION_3;
        m_header.pid = 0; // this thread
        REQUIRE(::syscall(SYS_capget, &m_header, m_saved) == 0);
        __user_cap_data_struct lowered[2] = {m_saved[0], m_saved[1]};
        lowered[0].effective &= ~((1U << CAP_DAC_OVERRIDE) | (1U << CAP_DAC_READ_SEARCH) | (1U << CAP_FOWNER));
        REQUIRE(::syscall(SYS_capset, &m_header, lowered) == 0);
        m_lowered = true;
    }
    ~PermissionsObeyed()
    {
        if (m_lowered)
            ::syscall(SYS_capset, &m_header, m_saved);
    }
    PermissionsObeyed(const PermissionsObeyed&) = delete;
    PermissionsObeyed& operator=(const PermissionsObeyed&) = delete;

private:
    __user_cap_header_struct m_header{};
    __user_cap_data_struct m_saved[2]{};
    bool m_lowered = false;
};

} // namespace

TEST_CASE("a CSV export reads back in Python's csv module with every value, Cyrillic, quotes, semicolons and line "
          "breaks intact",
          "[export][csv]")
{
    ExportFixture f;
    auto exporter = exporterFor(f, f.supervisor);
    const auto request = f.request(ExportFormat::Csv, QStringLiteral("Журнал.csv"));
    const auto summary = exporter.run(request);
    INFO((summary ? QString() : summary.error().message).toStdString());
    REQUIRE(summary.has_value());
    CHECK(summary->rows == ExportFixture::kRowsInPeriod);
    CHECK_FALSE(summary->cancelled);
    CHECK(summary->path == request.path);
    CHECK(f.leftovers() == QStringList{QStringLiteral("Журнал.csv")});

    QFile raw(request.path);
    REQUIRE(raw.open(QIODevice::ReadOnly));
    const QByteArray bytes = raw.readAll();
    CHECK(bytes.startsWith("\xEF\xBB\xBF"));
    // Six records, each ended by CRLF; the line break inside the summary is the summary's own.
    CHECK(bytes.count("\r\n") == 1 + ExportFixture::kRowsInPeriod);
    CHECK(bytes.endsWith("\r\n"));

    const QList<QStringList> rows = readers::csvRows(request.path);
    REQUIRE(rows.size() == 1 + ExportFixture::kRowsInPeriod);
    CHECK(rows[0] == headings(request.columns));
    const QString dispatcher = f.db.dispatcher().fullName;
    CHECK(rows[1] == QStringList{QStringLiteral("1/2026"), QStringLiteral("12.01.2026 09:05"),
                                 core::label(core::Channel::Phone), core::label(core::CallerType::Parent),
                                 QStringLiteral("Ёлкина Мария Петровна"),
                                 // Excel would take a leading + for a formula.
                                 QStringLiteral("'+7 (912) 345-67-89"), QStringLiteral("Кризис супружеских отношений"),
                                 core::label(core::Urgency::Urgent),
                                 QStringLiteral("Сын не ходит в школу; просит консультацию психолога"),
                                 QStringLiteral("Записана на приём к психологу 14.01"),
                                 core::label(core::EntryStatus::InWork), dispatcher});
    CHECK(rows[2][4] == QStringLiteral("Иванов \"Старший\" Пётр"));
    CHECK(rows[2][8] == QStringLiteral("Первая строка\nВторая строка: адрес ул. Республики, д. 10, кв. 5"));
    CHECK(rows[2][9] == QStringLiteral("'- передано куратору"));
    CHECK(rows[3][1] == QStringLiteral("28.02.2026 23:59"));
    CHECK(rows[3][4].isEmpty());
    CHECK(rows[3][8] == QStringLiteral("Сказала: \"помогите\"; ушла"));
    CHECK(rows[4][1] == QStringLiteral("01.03.2026 00:00"));
    CHECK(rows[4][6].isEmpty()); // a silent call has no category
    CHECK(rows[5][0] == QStringLiteral("5/2026"));
    CHECK(rows[5][11] == f.db.admin().fullName);
    for (const QStringList& row : rows)
        CHECK(row.size() == request.columns.size());
}

TEST_CASE("an XLSX export has bold headings on a frozen first row, an autofilter, real dates and every value",
          "[export][xlsx]")
{
    ExportFixture f;
    auto exporter = exporterFor(f, f.supervisor);
    auto request = f.request(ExportFormat::Xlsx, QStringLiteral("Журнал.xlsx"));
    request.columns << JournalColumn::RowNumber << JournalColumn::ReferringAgency;
    const auto summary = exporter.run(request);
    INFO((summary ? QString() : summary.error().message).toStdString());
    REQUIRE(summary.has_value());
    CHECK(summary->rows == ExportFixture::kRowsInPeriod);
    CHECK(f.leftovers() == QStringList{QStringLiteral("Журнал.xlsx")});

    const QJsonObject book = readers::workbook(request.path);
    INFO(QJsonDocument(book).toJson().left(3000).toStdString());
    CHECK(book.value(u"sheets").toInt() == 1);
    CHECK(book.value(u"sheet").toString() == core::JournalExporter::tr("Hotline journal"));
    CHECK(book.value(u"freeze").toString() == QStringLiteral("A2"));
    CHECK(book.value(u"filter").toString() == QStringLiteral("A1:N6"));
    CHECK(book.value(u"headerBold").toBool());
    const QJsonObject widths = book.value(u"widths").toObject();
    CHECK(widths.value(u"I").toDouble() >= 45); // the summary
    CHECK(widths.value(u"A").toDouble() < widths.value(u"I").toDouble());

    const QJsonArray rows = book.value(u"rows").toArray();
    REQUIRE(rows.size() == 1 + ExportFixture::kRowsInPeriod);
    QStringList headingRow;
    for (const QJsonValue& cell : rows[0].toArray())
        headingRow << cell.toString();
    CHECK(headingRow == headings(request.columns));

    const QJsonArray first = rows[1].toArray();
    CHECK(first[0].toString() == QStringLiteral("1/2026"));
    const QJsonObject received = first[1].toObject();
    CHECK(received.value(u"date").toString() == QStringLiteral("2026-01-12T09:05:00"));
    CHECK(received.value(u"isDate").toBool());
    CHECK(received.value(u"format").toString() == QStringLiteral("dd.mm.yyyy hh:mm"));
    CHECK(first[4].toString() == QStringLiteral("Ёлкина Мария Петровна"));
    CHECK(first[5].toString() == QStringLiteral("+7 (912) 345-67-89")); // a workbook's text is text
    CHECK(first[12].toInt() == 1);                                      // the row number is a number
    const QJsonArray second = rows[2].toArray();
    CHECK(second[4].toString() == QStringLiteral("Иванов \"Старший\" Пётр"));
    CHECK(second[8].toString() == QStringLiteral("Первая строка\nВторая строка: адрес ул. Республики, д. 10, кв. 5"));
    CHECK(second[9].toString() == QStringLiteral("- передано куратору"));
    CHECK(rows[3].toArray()[1].toObject().value(u"date").toString() == QStringLiteral("2026-02-28T23:59:00"));
    CHECK(rows[5].toArray()[13].toString() == QStringLiteral("Школа № 5; соцзащита"));
    for (const QJsonValue& row : rows)
        CHECK(row.toArray()[1].isObject() != (row == rows[0])); // every row but the headings has a date

    const QString converted = readers::xlsxAsCsv(request.path);
    CHECK(converted.contains(QStringLiteral("Ёлкина Мария Петровна")));
    CHECK(converted.contains(QStringLiteral("Соседка Зинаида")));
}

TEST_CASE("a PDF export is A4 landscape with the centre, the period and the headings on every page, numbered",
          "[export][pdf]")
{
    ExportFixture f;
    f.addBulk(120);
    auto exporter = exporterFor(f, f.supervisor);
    const auto request = f.request(ExportFormat::Pdf, QStringLiteral("Журнал.pdf"));
    const auto summary = exporter.run(request);
    INFO((summary ? QString() : summary.error().message).toStdString());
    REQUIRE(summary.has_value());
    CHECK(summary->rows == ExportFixture::kRowsInPeriod + 120);
    CHECK(f.leftovers() == QStringList{QStringLiteral("Журнал.pdf")});

    const readers::PdfInfo info = readers::pdfInfo(request.path);
    CHECK(info.width == Approx(841.89).margin(1));
    CHECK(info.height == Approx(595.28).margin(1));
    REQUIRE(info.pages >= 3);

    const QString firstPage = readers::pdfText(request.path, 1, 1);
    CHECK(firstPage.contains(ExportFixture::kCentre));
    CHECK(firstPage.contains(QStringLiteral("01.01.2026 — 31.03.2026")));
    CHECK(firstPage.contains(QStringLiteral("Page 1 of %1").arg(info.pages)));
    const QString firstCells = readers::pdfRawText(request.path, 1, 1);
    CHECK(firstCells.contains(QStringLiteral("Ёлкина Мария Петровна")));
    CHECK(firstCells.contains(QStringLiteral("12.01.2026 09:05")));

    const QString secondPage = readers::pdfText(request.path, 2, 2);
    INFO(secondPage.toStdString());
    CHECK(secondPage.contains(ExportFixture::kCentre));
    CHECK(secondPage.contains(core::JournalExporter::tr("Hotline journal")));
    CHECK(secondPage.contains(QStringLiteral("01.01.2026 — 31.03.2026")));
    // The headings again, each whole (a heading may take two lines of its cell).
    const QString secondCells = readers::pdfRawText(request.path, 2, 2);
    for (const JournalColumn column : request.columns)
        CHECK(secondCells.contains(core::label(column)));
    CHECK(secondPage.contains(QStringLiteral("Page 2 of %1").arg(info.pages)));
    CHECK_FALSE(secondPage.contains(QStringLiteral("Ёлкина")));

    const QString lastPage = readers::pdfText(request.path, info.pages, info.pages);
    CHECK(lastPage.contains(QStringLiteral("Page %1 of %1").arg(info.pages)));
    const QString all = readers::pdfRawText(request.path);
    CHECK(all.contains(QStringLiteral("125/2026"))); // the last entry
    CHECK(all.contains(QStringLiteral("Соседка Зинаида")));
    CHECK(all.contains(QStringLiteral("Вторая строка: адрес ул. Республики")));
}

TEST_CASE("in Russian, the PDF gives every short column room for its longest word, which no line break splits",
          "[export][pdf]")
{
    // «Организация» and «Родственник» have as many letters, but the first is the wider: a column sized by the count of
    // letters printed «Организаци» over «я».
    QTranslator russian;
    REQUIRE(russian.load(QStringLiteral(":/zabota/i18n/zabota_ru.qm")));
    REQUIRE(QCoreApplication::installTranslator(&russian));
    const auto uninstall = qScopeGuard([&russian] { QCoreApplication::removeTranslator(&russian); });

    ExportFixture f;
    f.addEveryLabel();
    auto exporter = exporterFor(f, f.supervisor);
    const auto request = f.request(ExportFormat::Pdf, QStringLiteral("Журнал.pdf"));
    REQUIRE(exporter.run(request).has_value());

    const QString cells = readers::pdfRawText(request.path);
    QStringList words;
    const auto wordsOf = [&words](const QString& label) {
        words << label.split(u' ', Qt::SkipEmptyParts);
    };
    for (const auto value : core::allValues<core::CallerType>())
        wordsOf(core::label(value));
    for (const auto value : core::allValues<core::Channel>())
        wordsOf(core::label(value));
    for (const auto value : core::allValues<core::Urgency>())
        wordsOf(core::label(value));
    for (const auto value : core::allValues<core::EntryStatus>())
        wordsOf(core::label(value));
    CHECK(words.contains(QStringLiteral("Организация")));
    for (const QString& word : std::as_const(words)) {
        INFO(word.toStdString());
        CHECK(cells.contains(word));
    }
}

TEST_CASE("a long summary runs on over the next page of the PDF instead of being cut", "[export][pdf]")
{
    ExportFixture f;
    f.addBulk(1, core::limits::kSummary);
    auto exporter = exporterFor(f, f.supervisor);
    auto request = f.request(ExportFormat::Pdf, QStringLiteral("long.pdf"));
    request.filter.from = QDate(2026, 2, 5);
    request.filter.to = QDate(2026, 2, 5);
    request.columns = {JournalColumn::RegNo,      JournalColumn::ReceivedAt, JournalColumn::Channel,
                       JournalColumn::Category,   JournalColumn::Urgency,    JournalColumn::CurrentStatus,
                       JournalColumn::Dispatcher, JournalColumn::Applicant,  JournalColumn::Summary};
    const auto summary = exporter.run(request);
    REQUIRE(summary.has_value());
    CHECK(summary->rows == 1);
    const readers::PdfInfo info = readers::pdfInfo(request.path);
    CHECK(info.pages >= 2);
    CHECK(readers::pdfText(request.path, info.pages, info.pages)
              .contains(QStringLiteral("Page %1 of %1").arg(info.pages)));
    // Every word of the summary is there, the end of it included: it was not cut at the foot of the first page.
    const auto entries = f.db.journalRepo().page(request.filter, 0, 1);
    REQUIRE(entries.has_value());
    REQUIRE(entries->size() == 1);
    const QString stored = entries->first().draft.summary;
    const QString all = readers::pdfRawText(request.path);
    CHECK(stored.count(QStringLiteral("звонила")) > 20);
    CHECK(all.count(QStringLiteral("звонила")) == stored.count(QStringLiteral("звонила")));
}

TEST_CASE("a depersonalised export holds no name, phone, address or free text of the fixture, in any format",
          "[export][depersonalised]")
{
    ExportFixture f;
    auto exporter = exporterFor(f, f.supervisor);
    const ExportFormat format = GENERATE(ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Pdf);
    INFO(core::toCode(format).toStdString());
    auto request = f.request(format, QStringLiteral("report.") + core::extensionOf(format), true);
    // The search words may be a name too: they are not printed.
    request.filter.text = QString();
    const auto summary = exporter.run(request);
    INFO((summary ? QString() : summary.error().message).toStdString());
    REQUIRE(summary.has_value());
    CHECK(summary->rows == ExportFixture::kRowsInPeriod);
    CHECK(summary->depersonalised);

    QString text;
    switch (format) {
    case ExportFormat::Csv: {
        text = readAll(request.path);
        const QList<QStringList> rows = readers::csvRows(request.path);
        REQUIRE(rows.size() == 1 + ExportFixture::kRowsInPeriod);
        CHECK(rows[0] == headings(core::JournalColumns::defaults(true)));
        CHECK(rows[1][0] == QStringLiteral("1"));
        CHECK(rows[1][1] == QStringLiteral("12.01.2026")); // the day, not the time
        break;
    }
    case ExportFormat::Xlsx: {
        text = readers::xlsxAsCsv(request.path);
        const QJsonObject book = readers::workbook(request.path);
        text += QString::fromUtf8(QJsonDocument(book).toJson());
        const QJsonObject received = book.value(u"rows").toArray()[1].toArray()[1].toObject();
        CHECK(received.value(u"isDate").toBool());
        CHECK(received.value(u"format").toString() == QStringLiteral("dd.mm.yyyy"));
        break;
    }
    case ExportFormat::Pdf:
        text = readers::pdfText(request.path) + readers::pdfRawText(request.path);
        CHECK(text.contains(core::JournalExporter::tr("Depersonalised: no names, phones, registration numbers or "
                                                      "free text")
                                .left(20)));
        break;
    }
    // What is there: the categories, the channels, the days.
    CHECK(text.contains(QStringLiteral("Кризис супружеских отношений")));
    CHECK(text.contains(core::label(core::Channel::VK)));
    for (const QString& personal : ExportFixture::personalStrings()) {
        INFO(personal.toStdString());
        CHECK_FALSE(text.contains(personal));
    }
}

TEST_CASE("a depersonalised export refuses a column that could lead to the person", "[export][depersonalised]")
{
    ExportFixture f;
    auto exporter = exporterFor(f, f.supervisor);
    auto request = f.request(ExportFormat::Csv, QStringLiteral("report.csv"), true);
    request.columns << JournalColumn::Phone;
    const auto refused = exporter.run(request);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().kind == core::Error::Kind::Validation);
    CHECK(refused.error().field == QStringLiteral("columns"));
    CHECK(refused.error().message.contains(core::label(JournalColumn::Phone)));
    CHECK(f.leftovers().isEmpty());
    for (const JournalColumn column : core::JournalColumns::offered(true))
        CHECK_FALSE(core::JournalColumns::isPersonal(column));
}

TEST_CASE("every export is written to the audit log: who, the filter, the rows, the file, the format, depersonalised",
          "[export][audit]")
{
    ExportFixture f;
    auto exporter = exporterFor(f, f.supervisor);
    auto request = f.request(ExportFormat::Xlsx, QStringLiteral("q1.xlsx"), true);
    request.filter.channel = core::Channel::Email;
    const auto summary = exporter.run(request);
    REQUIRE(summary.has_value());
    CHECK(summary->rows == 1);

    core::AuditFilter filter;
    filter.action = core::AuditAction::Export;
    const auto records = f.db.audit().list(filter);
    REQUIRE(records.has_value());
    REQUIRE(records->size() == 1);
    const core::AuditRecord& record = records->first();
    CHECK(record.userId == f.supervisor.id);
    CHECK(record.userName == f.supervisor.fullName);
    CHECK(record.workstation == QStringLiteral("test-workstation"));
    CHECK(record.objectType == QStringLiteral("journal"));
    CHECK(record.at == f.db.now());
    const QJsonObject details = QJsonDocument::fromJson(record.details.toUtf8()).object();
    CHECK(details.value(u"format").toString() == QStringLiteral("xlsx"));
    CHECK(details.value(u"rows").toInt() == 1);
    CHECK(details.value(u"file").toString() == request.path);
    CHECK(details.value(u"depersonalised").toBool());
    const QJsonObject exported = details.value(u"filter").toObject();
    CHECK(exported.value(u"from").toString() == QStringLiteral("2026-01-01"));
    CHECK(exported.value(u"to").toString() == QStringLiteral("2026-03-31"));
    CHECK(exported.value(u"channel").toString() == QStringLiteral("email"));
    CHECK(details.value(u"columns").toArray().size() == request.columns.size());

    // A refused export writes nothing there.
    request.filter.channel = core::Channel::Letter;
    REQUIRE_FALSE(exporter.run(request).has_value());
    CHECK(f.db.audit().list(filter)->size() == 1);
}

TEST_CASE("the journal view's filters narrow the export: channel, category, status, dispatcher and search words",
          "[export]")
{
    ExportFixture f;
    auto exporter = exporterFor(f, f.supervisor);
    struct Case {
        const char* name;
        std::function<void(core::JournalFilter&)> set;
        QStringList regNos;
    };
    const Case cases[] = {
        {"channel",
         [](core::JournalFilter& filter) { filter.channel = core::Channel::Email; },
         {QStringLiteral("2/2026")}},
        {"category",
         [&f](core::JournalFilter& filter) { filter.categoryId = f.db.categoryId(1); },
         {QStringLiteral("3/2026")}},
        {"status",
         [](core::JournalFilter& filter) { filter.status = core::EntryStatus::Closed; },
         {QStringLiteral("3/2026"), QStringLiteral("4/2026")}},
        {"dispatcher",
         [&f](core::JournalFilter& filter) { filter.dispatcherId = f.db.admin().id; },
         {QStringLiteral("5/2026")}},
        {"words",
         [](core::JournalFilter& filter) { filter.text = QStringLiteral("психолога"); },
         {QStringLiteral("1/2026")}},
        {"phone",
         [](core::JournalFilter& filter) { filter.text = QStringLiteral("89501112233"); },
         {QStringLiteral("2/2026")}},
        {"whole year 2025",
         [](core::JournalFilter& filter) {
             filter.from = QDate(2025, 1, 1);
             filter.to = QDate(2025, 12, 31);
         },
         {QStringLiteral("1/2025")}},
    };
    int n = 0;
    for (const Case& c : cases) {
        INFO(c.name);
        auto request = f.request(ExportFormat::Csv, QStringLiteral("f%1.csv").arg(++n));
        c.set(request.filter);
        const auto summary = exporter.run(request);
        REQUIRE(summary.has_value());
        const QList<QStringList> rows = readers::csvRows(request.path);
        QStringList regNos;
        for (qsizetype i = 1; i < rows.size(); ++i)
            regNos << rows[i][0];
        CHECK(regNos == c.regNos);
        CHECK(summary->rows == c.regNos.size());
    }
}

TEST_CASE("a period that ends before it starts is refused with a sentence, and nothing is written", "[export][bad]")
{
    ExportFixture f;
    auto exporter = exporterFor(f, f.supervisor);
    auto request = f.request(ExportFormat::Xlsx, QStringLiteral("q1.xlsx"));
    request.filter.from = QDate(2026, 3, 31);
    request.filter.to = QDate(2026, 1, 1);
    const auto refused = exporter.run(request);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().kind == core::Error::Kind::Validation);
    CHECK(refused.error().field == QStringLiteral("to"));
    CHECK(refused.error().message.contains(QStringLiteral("01.01.2026")));
    CHECK(refused.error().message.contains(QStringLiteral("31.03.2026")));
    CHECK(f.leftovers().isEmpty());
}

TEST_CASE("an export that no entry matches says so and leaves no file", "[export][bad]")
{
    ExportFixture f;
    auto exporter = exporterFor(f, f.supervisor);
    const ExportFormat format = GENERATE(ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Pdf);
    auto request = f.request(format, QStringLiteral("empty.") + core::extensionOf(format));
    request.filter.from = QDate(2027, 1, 1);
    request.filter.to = QDate(2027, 1, 31);
    const auto refused = exporter.run(request);
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().kind == core::Error::Kind::NotFound);
    CHECK(refused.error().message.contains(QStringLiteral("01.01.2027 — 31.01.2027")));
    CHECK(f.leftovers().isEmpty());
}

TEST_CASE("a folder that does not exist, a file in place of a folder and a folder without permission each give a "
          "sentence and leave no file",
          "[export][bad]")
{
    ExportFixture f;
    auto exporter = exporterFor(f, f.supervisor);

    SECTION("no such folder")
    {
        const QString folder = f.outPath(QStringLiteral("нет такой папки"));
        auto request = f.request(ExportFormat::Csv, QStringLiteral("нет такой папки/q1.csv"));
        const auto refused = exporter.run(request);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().field == QStringLiteral("path"));
        CHECK(refused.error().message.contains(folder));
        CHECK(refused.error().message.contains(QStringLiteral("does not exist")));
        CHECK(f.leftovers().isEmpty());
    }
    SECTION("a file where the folder should be")
    {
        QFile blocker(f.outPath(QStringLiteral("blocker")));
        REQUIRE(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        auto request = f.request(ExportFormat::Xlsx, QStringLiteral("blocker/q1.xlsx"));
        const auto refused = exporter.run(request);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().field == QStringLiteral("path"));
        CHECK(refused.error().message.contains(blocker.fileName()));
        CHECK(f.leftovers() == QStringList{QStringLiteral("blocker")});
    }
    SECTION("a folder that may not be written in")
    {
        QDir(f.out.path()).mkdir(QStringLiteral("closed"));
        const QString folder = f.outPath(QStringLiteral("closed"));
        REQUIRE(QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::ExeOwner));
        auto request = f.request(ExportFormat::Pdf, QStringLiteral("closed/q1.pdf"));
        std::optional<core::Error> error;
        {
            const PermissionsObeyed obeyed;
            const auto refused = exporter.run(request);
            REQUIRE_FALSE(refused.has_value());
            error = refused.error();
        }
        QFile::setPermissions(folder, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
        CHECK(error->kind == core::Error::Kind::ReadOnly);
        CHECK(error->field == QStringLiteral("path"));
        CHECK(error->message.contains(folder));
        CHECK(QDir(folder).entryList(QDir::AllEntries | QDir::Hidden | QDir::NoDotAndDotDot).isEmpty());
    }
    SECTION("a folder given as the file")
    {
        auto request = f.request(ExportFormat::Csv, QString());
        request.path = f.out.path();
        const auto refused = exporter.run(request);
        REQUIRE_FALSE(refused.has_value());
        CHECK(refused.error().field == QStringLiteral("path"));
        CHECK(f.leftovers().isEmpty());
    }
}

TEST_CASE("a full disk stops the export with a sentence, leaves no part of the file, and an older file of that name "
          "stays as it was",
          "[export][bad]")
{
    ExportFixture f;
    f.addBulk(1500, 300);
    auto exporter = exporterFor(f, f.supervisor);
    const ExportFormat format = GENERATE(ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Pdf);
    INFO(core::toCode(format).toStdString());
    auto request = f.request(format, QStringLiteral("q1.") + core::extensionOf(format));
    {
        QFile older(request.path);
        REQUIRE(older.open(QIODevice::WriteOnly));
        older.write("the report of last quarter");
    }
    std::optional<core::Error> error;
    {
        const FileSizeLimit limit(64 * 1024);
        const auto refused = exporter.run(request);
        REQUIRE_FALSE(refused.has_value());
        error = refused.error();
    }
    INFO(error->message.toStdString());
    CHECK(error->field == QStringLiteral("path"));
    CHECK(error->message.contains(request.path));
    CHECK_FALSE(error->detail.isEmpty());
    CHECK(f.leftovers() == QStringList{QStringLiteral("q1.") + core::extensionOf(format)});
    CHECK(readAll(request.path) == QStringLiteral("the report of last quarter"));
    core::AuditFilter exports;
    exports.action = core::AuditAction::Export;
    CHECK(f.db.audit().list(exports)->isEmpty());
}

TEST_CASE("a cancelled export leaves no file and no audit record", "[export][cancel]")
{
    ExportFixture f;
    f.addBulk(300);
    auto exporter = exporterFor(f, f.supervisor);
    const ExportFormat format = GENERATE(ExportFormat::Csv, ExportFormat::Xlsx, ExportFormat::Pdf);
    INFO(core::toCode(format).toStdString());
    const auto request = f.request(format, QStringLiteral("q1.") + core::extensionOf(format));
    qint64 seen = 0;
    const auto summary = exporter.run(request, [&seen](qint64 done, qint64 total) {
        CHECK(done <= total);
        seen = done;
        return done < 128; // stop on the second report
    });
    REQUIRE(summary.has_value());
    CHECK(summary->cancelled);
    CHECK(seen == 128);
    CHECK(f.leftovers().isEmpty());
    core::AuditFilter exports;
    exports.action = core::AuditAction::Export;
    CHECK(f.db.audit().list(exports)->isEmpty());
}

TEST_CASE("a dispatcher may not export, a supervisor and an administrator may", "[export][roles]")
{
    ExportFixture f;
    CHECK_FALSE(core::JournalExporter::mayExport(f.db.dispatcher()));
    CHECK(core::JournalExporter::mayExport(f.supervisor));
    CHECK(core::JournalExporter::mayExport(f.db.admin()));
    const core::User curator =
        f.db.addUser(QStringLiteral("morozova"), QStringLiteral("Морозова Наталья"), {core::Role::Curator});
    CHECK_FALSE(core::JournalExporter::mayExport(curator));

    auto exporter = exporterFor(f, f.db.dispatcher());
    const auto refused = exporter.run(f.request(ExportFormat::Csv, QStringLiteral("q1.csv")));
    REQUIRE_FALSE(refused.has_value());
    CHECK(refused.error().kind == core::Error::Kind::Auth);
    CHECK(refused.error().message == core::JournalExporter::notAllowedMessage());
    CHECK(f.leftovers().isEmpty());
}

TEST_CASE("the export job runs on a thread of its own with its own connection, reports progress and can be stopped",
          "[export][job]")
{
    ExportFixture f;
    f.addBulk(400);
    core::JournalExportJob job(f.db.address(), f.supervisor);
    QSignalSpy progress(&job, &core::JournalExportJob::progress);
    QSignalSpy finished(&job, &core::JournalExportJob::finished);

    const auto request = f.request(ExportFormat::Xlsx, QStringLiteral("q1.xlsx"));
    REQUIRE(job.start(request));
    CHECK(job.isRunning());
    CHECK_FALSE(job.start(request)); // one at a time
    REQUIRE(QTest::qWaitFor([&] { return finished.size() == 1; }, 60'000));
    CHECK_FALSE(job.isRunning());
    REQUIRE(job.outcome().has_value());
    REQUIRE(job.outcome()->has_value());
    CHECK((*job.outcome())->rows == ExportFixture::kRowsInPeriod + 400);
    REQUIRE_FALSE(progress.isEmpty());
    CHECK(progress.last().at(0).toLongLong() == progress.last().at(1).toLongLong()); // it ended at the whole
    CHECK(f.leftovers() == QStringList{QStringLiteral("q1.xlsx")});
    core::AuditFilter exports;
    exports.action = core::AuditAction::Export;
    CHECK(f.db.audit().list(exports)->size() == 1);

    // Stopped at once: the first report of progress (after 64 rows) ends it.
    const auto second = f.request(ExportFormat::Pdf, QStringLiteral("q2.pdf"));
    REQUIRE(job.start(second));
    job.cancel();
    REQUIRE(QTest::qWaitFor([&] { return finished.size() == 2; }, 60'000));
    REQUIRE(job.outcome()->has_value());
    CHECK((*job.outcome())->cancelled);
    CHECK(f.leftovers() == QStringList{QStringLiteral("q1.xlsx")});
    CHECK(f.db.audit().list(exports)->size() == 1);
}

TEST_CASE("the default file name names the period and the format", "[export]")
{
    core::JournalFilter filter;
    filter.from = QDate(2026, 1, 1);
    filter.to = QDate(2026, 3, 31);
    CHECK(core::JournalExporter::defaultFileName(filter, ExportFormat::Xlsx, false) ==
          core::JournalExporter::tr("Journal %1 — %2").arg(QStringLiteral("2026-01-01"), QStringLiteral("2026-03-31")) +
              QStringLiteral(".xlsx"));
    CHECK(core::JournalExporter::defaultFileName(filter, ExportFormat::Csv, true).endsWith(QStringLiteral(").csv")));
    CHECK(core::JournalExporter::defaultFileName({}, ExportFormat::Pdf, false).endsWith(QStringLiteral(".pdf")));
}
