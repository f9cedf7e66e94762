// SPDX-License-Identifier: GPL-3.0-or-later
// The contract, the plan and a protocol printed to PDF and read back with poppler's pdftotext and pdfinfo, as someone
// opening the file would see it.
#include "core/documents/CaseDocuments.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

using namespace zabota;

namespace {

QString run(const QString& program, const QStringList& arguments)
{
    QProcess p;
    p.start(program, arguments);
    REQUIRE(p.waitForFinished(30'000));
    REQUIRE(p.exitCode() == 0);
    return QString::fromUtf8(p.readAllStandardOutput());
}

// The text of the PDF in the order it was drawn (each table cell whole), with the lines joined.
QString textOf(const QString& path)
{
    return run(QStringLiteral("pdftotext"),
               {QStringLiteral("-raw"), QStringLiteral("-enc"), QStringLiteral("UTF-8"), path, QStringLiteral("-")})
        .simplified();
}

int pagesOf(const QString& path)
{
    const auto match =
        QRegularExpression(QStringLiteral("Pages:\\s+(\\d+)")).match(run(QStringLiteral("pdfinfo"), {path}));
    REQUIRE(match.hasMatch());
    return match.captured(1).toInt();
}

core::CaseDocuments documents()
{
    return core::CaseDocuments({QStringLiteral("АУ СОН ТО «Центр социальной помощи семье и детям»"),
                                QStringLiteral("Тюмень"), QStringLiteral("директора Ивановой Ирины Ивановны")});
}

core::CaseSummary sampleCase()
{
    core::CaseSummary c;
    c.id = 1;
    c.caseNo = QStringLiteral("7/2026");
    c.familyName = QStringLiteral("Ёлкина Мария Петровна");
    c.familyAddress = QStringLiteral("г. Тюмень, ул. Республики, д. 10, кв. 5");
    c.familyCardNo = QStringLiteral("12/2026");
    c.curatorName = QStringLiteral("Морозова Наталья Викторовна");
    c.openedAt = QDateTime(QDate(2026, 3, 10), QTime(9, 0));
    c.basis = QStringLiteral("заявление Ёлкиной М. П. от 10.03.2026");
    c.level = core::CaseLevel::Rehabilitation;
    c.contract = {QStringLiteral("СС-15/2026"), QDate(2026, 3, 12), QDate(2026, 9, 12)};
    return c;
}

} // namespace

TEST_CASE("the contract prints with the family, the number and both parties", "[documents]")
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("Договор.pdf"));
    REQUIRE(documents().writeContract(path, sampleCase()));
    REQUIRE(QFile::exists(path));
    CHECK(pagesOf(path) >= 1);
    const QString text = textOf(path);
    CHECK(text.contains(QStringLiteral("ДОГОВОР № СС-15/2026")));
    CHECK(text.contains(QStringLiteral("Ёлкина Мария Петровна")));
    CHECK(text.contains(QStringLiteral("«12» марта 2026 г.")));
    CHECK(text.contains(QStringLiteral("«12» сентября 2026 г.")));
    CHECK(text.contains(QStringLiteral("реабилитационный")));
    CHECK(text.contains(QStringLiteral("Морозова Наталья Викторовна")));
    CHECK(text.contains(QStringLiteral("директора Ивановой Ирины Ивановны")));
}

TEST_CASE("a long plan runs over several pages with every item and its mark", "[documents]")
{
    QList<core::PlanItem> items;
    for (int i = 1; i <= 60; ++i) {
        core::PlanItem item;
        item.id = i;
        item.draft.section = QStringLiteral("Социально-психологические услуги");
        item.draft.activity = QStringLiteral("Консультация психолога номер %1").arg(i);
        item.draft.responsibleId = 3;
        item.draft.partner = QStringLiteral("МАУ «Центр психологической помощи»");
        item.draft.volume = QStringLiteral("1 раз в неделю");
        item.draft.dueDate = QDate(2026, 4, 1).addDays(i);
        if (i == 1) {
            item.status = core::PlanItemStatus::Done;
            item.doneOn = QDate(2026, 3, 20);
            item.doneNote = QStringLiteral("проведена");
        }
        items << item;
    }
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("plan.pdf"));
    REQUIRE(documents().writePlan(path, sampleCase(), items, {{3, QStringLiteral("Петрова Анна")}}));
    CHECK(pagesOf(path) >= 3);
    const QString text = textOf(path);
    CHECK(text.contains(QStringLiteral("ИНДИВИДУАЛЬНЫЙ ПЛАН")));
    CHECK(text.contains(QStringLiteral("Ёлкина Мария Петровна")));
    CHECK(text.contains(QStringLiteral("Консультация психолога номер 1 ")));
    CHECK(text.contains(QStringLiteral("Консультация психолога номер 60")));
    CHECK(text.contains(QStringLiteral("Петрова Анна")));
    CHECK(text.contains(QStringLiteral("выполнено 20.03.2026: проведена")));
}

TEST_CASE("a protocol prints its participants and decision, and an unwritable path leaves no file", "[documents]")
{
    core::Protocol p;
    p.draft.number = QStringLiteral("3");
    p.draft.date = QDate(2026, 4, 2);
    p.draft.kind = core::ProtocolKind::Kdn;
    p.draft.participants = QStringLiteral("Сидоров С. С. — председатель КДН\nМорозова Н. В. — куратор случая");
    p.draft.body = QStringLiteral("Информацию куратора о положении семьи.");
    p.draft.decision = core::ProtocolDecision::ChangeLevel;
    p.draft.decisionText = QStringLiteral("Перевести семью на поддерживающий уровень.");
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("protocol.pdf"));
    REQUIRE(documents().writeProtocol(path, sampleCase(), p));
    const QString text = textOf(path);
    CHECK(text.contains(QStringLiteral("ПРОТОКОЛ № 3")));
    CHECK(text.contains(QStringLiteral("комиссии по делам несовершеннолетних")));
    CHECK(text.contains(QStringLiteral("Сидоров С. С. — председатель КДН")));
    CHECK(text.contains(QStringLiteral("Перевести семью на поддерживающий уровень.")));
    CHECK(text.contains(QStringLiteral("Ёлкина Мария Петровна")));

    const QString nowhere = dir.filePath(QStringLiteral("no-such-folder/protocol.pdf"));
    auto refused = documents().writeProtocol(nowhere, sampleCase(), p);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().message.contains(QStringLiteral("no-such-folder")));
    CHECK(QDir(dir.path()).entryList(QDir::Files) == QStringList{QStringLiteral("protocol.pdf")});
}
