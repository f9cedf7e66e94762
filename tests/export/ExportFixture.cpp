// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/export/ExportFixture.h"

#include <QDir>

namespace zabota::tests {

namespace {

core::JournalRepository::NewRecord record(const TestDatabase& db, const QDateTime& at, core::UserId by)
{
    core::EntryDraft d;
    d.receivedAt = at;
    d.categoryId = db.categoryId(0);
    return {d, by, at};
}

} // namespace

ExportFixture::ExportFixture()
{
    supervisor =
        db.addUser(QStringLiteral("belova"), QStringLiteral("Белова Татьяна Петровна"), {core::Role::Supervisor});
    REQUIRE(out.isValid());
    const core::UserId dispatcher = db.dispatcher().id;
    QList<core::JournalRepository::NewRecord> records;

    auto december = record(db, QDateTime(QDate(2025, 12, 31), QTime(23, 30)), dispatcher);
    december.draft.applicantName = QStringLiteral("Декабрёва Ольга Ильинична");
    december.draft.applicantPhone = QStringLiteral("+7 (912) 000-99-88");
    december.draft.summary = QStringLiteral("Обращение прошлого года");
    records << december;

    auto first = record(db, QDateTime(QDate(2026, 1, 12), QTime(9, 5)), dispatcher);
    first.draft.applicantName = QStringLiteral("Ёлкина Мария Петровна");
    first.draft.applicantPhone = QStringLiteral("+7 (912) 345-67-89");
    first.draft.urgency = core::Urgency::Urgent;
    first.draft.summary = QStringLiteral("Сын не ходит в школу; просит консультацию психолога");
    first.draft.actionTaken = QStringLiteral("Записана на приём к психологу 14.01");
    first.draft.status = core::EntryStatus::InWork;
    records << first;

    auto second = record(db, QDateTime(QDate(2026, 2, 3), QTime(16, 40)), dispatcher);
    second.draft.channel = core::Channel::Email;
    second.draft.callerType = core::CallerType::Relative;
    second.draft.applicantName = QStringLiteral("Иванов \"Старший\" Пётр");
    second.draft.applicantPhone = QStringLiteral("8 950 111-22-33");
    second.draft.summary = QStringLiteral("Первая строка\nВторая строка: адрес ул. Республики, д. 10, кв. 5");
    second.draft.actionTaken = QStringLiteral("- передано куратору");
    records << second;

    auto third = record(db, QDateTime(QDate(2026, 2, 28), QTime(23, 59)), dispatcher);
    third.draft.channel = core::Channel::WalkIn;
    third.draft.callerType = core::CallerType::Anonymous;
    third.draft.anonymous = true;
    third.draft.categoryId = db.categoryId(1);
    third.draft.summary = QStringLiteral("Сказала: \"помогите\"; ушла");
    third.draft.status = core::EntryStatus::Closed;
    records << third;

    auto fourth = record(db, QDateTime(QDate(2026, 3, 1), QTime(0, 0)), dispatcher);
    fourth.draft.disposition = core::Disposition::Silent;
    fourth.draft.categoryId.reset();
    fourth.draft.status = core::EntryStatus::Closed;
    records << fourth;

    auto fifth = record(db, QDateTime(QDate(2026, 3, 9), QTime(10, 0)), db.admin().id);
    fifth.draft.channel = core::Channel::VK;
    fifth.draft.callerType = core::CallerType::Neighbour;
    fifth.draft.applicantName = QStringLiteral("Соседка Зинаида");
    fifth.draft.applicantPhone = QStringLiteral("+7 904 000-00-01");
    fifth.draft.referringAgency = QStringLiteral("Школа № 5; соцзащита");
    fifth.draft.referringDocNo = QStringLiteral("исх. 15/3");
    fifth.draft.summary = QStringLiteral("Шум за стеной, дети плачут");
    fifth.draft.status = core::EntryStatus::HandedOff;
    records << fifth;

    const auto written = db.journalRepo().insertBatch(records);
    REQUIRE(written.has_value());
}

core::CentreDetails ExportFixture::centre()
{
    return {kCentre, QStringLiteral("Тюмень"), QString()};
}

core::JournalExportRequest ExportFixture::request(core::ExportFormat format, const QString& name,
                                                  bool depersonalised) const
{
    core::JournalExportRequest r;
    r.filter.from = kFrom;
    r.filter.to = kTo;
    r.format = format;
    r.depersonalised = depersonalised;
    r.columns = core::JournalColumns::defaults(depersonalised);
    r.path = outPath(name);
    r.centre = centre();
    return r;
}

QStringList ExportFixture::leftovers() const
{
    return QDir(out.path()).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot);
}

void ExportFixture::addBulk(int count, int summaryLength)
{
    const QString words = QStringLiteral("Мама просит помочь с оформлением пособия и устройством ребёнка в детский "
                                         "сад; звонила повторно, ждёт ответа. ");
    QString summary;
    while (summary.size() < summaryLength)
        summary += words;
    summary.truncate(summaryLength);
    QList<core::JournalRepository::NewRecord> records;
    const QDateTime start(QDate(2026, 2, 5), QTime(8, 0));
    for (int i = 0; i < count; ++i) {
        auto r = record(db, start.addSecs(qint64(i) * 60), db.dispatcher().id);
        r.draft.applicantName = QStringLiteral("Заявитель Номер %1").arg(i + 1);
        r.draft.applicantPhone = QStringLiteral("8 900 %1").arg(1000000 + i);
        r.draft.summary = summary.trimmed();
        records << r;
    }
    const auto written = db.journalRepo().insertBatch(records);
    REQUIRE(written.has_value());
}

void ExportFixture::addEveryLabel()
{
    const auto callers = core::allValues<core::CallerType>();
    const auto channels = core::allValues<core::Channel>();
    const auto urgencies = core::allValues<core::Urgency>();
    const auto statuses = core::allValues<core::EntryStatus>();
    const qsizetype count = std::max({callers.size(), channels.size(), urgencies.size(), statuses.size()});
    QList<core::JournalRepository::NewRecord> records;
    const QDateTime start(QDate(2026, 2, 10), QTime(9, 0));
    for (qsizetype i = 0; i < count; ++i) {
        auto r = record(db, start.addSecs(i * 60), db.dispatcher().id);
        r.draft.callerType = callers[i % callers.size()];
        r.draft.channel = channels[i % channels.size()];
        r.draft.urgency = urgencies[i % urgencies.size()];
        r.draft.status = statuses[i % statuses.size()];
        r.draft.applicantName = QStringLiteral("Заявитель %1").arg(i + 1);
        records << r;
    }
    const auto written = db.journalRepo().insertBatch(records);
    REQUIRE(written.has_value());
}

QStringList ExportFixture::personalStrings()
{
    return {QStringLiteral("Ёлкина"),    QStringLiteral("Иванов"),    QStringLiteral("Пётр"),
            QStringLiteral("Зинаида"),   QStringLiteral("Декабрёва"), QStringLiteral("345-67-89"),
            QStringLiteral("111-22-33"), QStringLiteral("000-00-01"), QStringLiteral("Республики"),
            QStringLiteral("психолог"),  QStringLiteral("помогите"),  QStringLiteral("Шум за стеной"),
            QStringLiteral("исх. 15/3"), QStringLiteral("/2026")};
}

} // namespace zabota::tests
