// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/journal/JournalSearchIndex.h"

#include "core/storage/Database.h"
#include "core/text/PhoneNumber.h"
#include "core/text/TextFold.h"

#include <QJsonDocument>
#include <QSqlQuery>

namespace zabota::core {

namespace {

// The folded text the index holds for an entry: applicant (name and phone digits, also without the country code),
// summary, action taken.
QStringList indexedText(const EntryDraft& d)
{
    QString applicant = text::fold(d.applicantName);
    const QString digits = text::normalisePhone(d.applicantPhone).value_or(QString());
    if (!digits.isEmpty()) {
        applicant += QLatin1Char(' ') + digits;
        if (digits.size() == 11)
            applicant += QLatin1Char(' ') + digits.mid(1);
    }
    return {applicant, text::fold(d.summary), text::fold(d.actionTaken)};
}

} // namespace

JournalSearchIndex::JournalSearchIndex(const Database& db)
    : m_db(db)
{}

Status JournalSearchIndex::add(EntryId id, const EntryDraft& draft) const
{
    return write(m_db.dialect().fullTextAdd(), id, draft);
}

Status JournalSearchIndex::remove(EntryId id, const EntryDraft& indexed) const
{
    return write(m_db.dialect().fullTextRemove(), id, indexed);
}

Status JournalSearchIndex::write(const QString& statement, EntryId id, const EntryDraft& draft) const
{
    const QJsonArray values = row(id, draft);
    QSqlQuery query = m_db.prepare(statement);
    query.bindValue(QStringLiteral(":id"), id);
    query.bindValue(QStringLiteral(":applicant"), values[1].toString());
    query.bindValue(QStringLiteral(":summary"), values[2].toString());
    query.bindValue(QStringLiteral(":action"), values[3].toString());
    return m_db.exec(query);
}

QJsonArray JournalSearchIndex::row(EntryId id, const EntryDraft& draft) const
{
    const QStringList text = indexedText(draft);
    const SqlDialect& dialect = m_db.dialect();
    return {id, dialect.journalSearchText(text[0]), dialect.journalSearchText(text[1]),
            dialect.journalSearchText(text[2])};
}

QString JournalSearchIndex::rows(const QJsonArray& rows)
{
    return QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Compact));
}

Result<qint64> JournalSearchIndex::rebuild() const
{
    const SqlDialect& dialect = m_db.dialect();
    if (const QString clear = dialect.fullTextClear(); !clear.isEmpty()) {
        QSqlQuery forget = m_db.prepare(clear);
        if (auto ok = m_db.exec(forget); !ok)
            return std::unexpected(ok.error());
    }
    // In batches by id, each indexed with one statement, as JournalRepository indexes new entries.
    constexpr int kBatch = 2000;
    QSqlQuery read = m_db.prepare(QStringLiteral("SELECT id, applicant_name, applicant_phone, summary, action_taken "
                                                 "FROM journal_entry WHERE id > ? ORDER BY id LIMIT ?"));
    QSqlQuery index = m_db.prepare(dialect.fullTextAddMany());
    qint64 indexed = 0;
    EntryId after = 0;
    for (;;) {
        read.bindValue(0, after);
        read.bindValue(1, kBatch);
        if (auto ok = m_db.exec(read); !ok)
            return std::unexpected(ok.error());
        QJsonArray batch;
        while (read.next()) {
            EntryDraft d;
            d.applicantName = read.value(1).toString();
            d.applicantPhone = read.value(2).toString();
            d.summary = read.value(3).toString();
            d.actionTaken = read.value(4).toString();
            after = read.value(0).toLongLong();
            batch.append(row(after, d));
        }
        read.finish();
        if (batch.isEmpty())
            break;
        index.bindValue(QStringLiteral(":rows"), rows(batch));
        if (auto ok = m_db.exec(index); !ok)
            return std::unexpected(ok.error());
        indexed += batch.size();
    }
    return indexed;
}

} // namespace zabota::core
