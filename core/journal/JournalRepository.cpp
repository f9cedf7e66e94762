// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/journal/JournalRepository.h"

#include "core/journal/JournalSearchIndex.h"
#include "core/storage/Database.h"
#include "core/storage/SqlValue.h"
#include "core/storage/Transaction.h"
#include "core/storage/YearlyCounter.h"
#include "core/text/DateText.h"
#include "core/text/PhoneNumber.h"
#include "core/text/TextFold.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QVariant>

#include <optional>

namespace zabota::core {

namespace {

const QString kColumns = QStringLiteral(
    "SELECT e.id, e.reg_year, e.reg_no, e.received_at, e.channel, e.line, e.caller_type, e.anonymous, "
    "e.applicant_name, e.applicant_phone, e.phone_digits, e.referring_agency, e.referring_doc_no, e.category_id, "
    "e.urgency, e.summary, e.action_taken, e.status, e.disposition, e.created_at, e.created_by, e.updated_at, "
    "e.updated_by, e.version, c.title, cu.full_name, uu.full_name, e.family_id ");

const QString kSelect = kColumns + QStringLiteral("FROM journal_entry e "
                                                  "LEFT JOIN problem_category c ON c.id = e.category_id "
                                                  "JOIN app_user cu ON cu.id = e.created_by "
                                                  "JOIN app_user uu ON uu.id = e.updated_by ");

// The same for reading entries in the order of an index of journal_entry: the unary + keeps the planner from walking
// the users first and each one's entries by the dispatcher index, which would then sort every row in memory (100,000
// entries with their summaries: a hundred megabytes, and most of the time).
const QString kSelectInOrder = kColumns + QStringLiteral("FROM journal_entry e "
                                                         "LEFT JOIN problem_category c ON c.id = +e.category_id "
                                                         "JOIN app_user cu ON cu.id = +e.created_by "
                                                         "JOIN app_user uu ON uu.id = +e.updated_by ");

const QString kInsert = QStringLiteral(
    "INSERT INTO journal_entry (reg_year, reg_no, received_at, channel, line, caller_type, anonymous, "
    "applicant_name, applicant_phone, phone_digits, referring_agency, referring_doc_no, category_id, urgency, "
    "summary, action_taken, status, disposition, created_at, created_by, updated_at, updated_by, version) "
    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1) RETURNING id");

// Moments as local times for a long run of rows, asking the system's time zone once a day rather than three times a
// row: each conversion makes the C library look at /etc/localtime again, which took most of the time of an export.
// A day whose offset from UTC is the same at its start and end (every day but those of a clock change) gives its
// moments at that offset (Qt::OffsetFromUTC: the same moment and the same wall-clock time as local time).
class LocalOffsets {
public:
    [[nodiscard]] QDateTime at(qint64 secs)
    {
        constexpr qint64 kDay = 86'400;
        const qint64 day = secs >= 0 ? secs / kDay : (secs - kDay + 1) / kDay;
        auto known = m_days.constFind(day);
        if (known == m_days.cend()) {
            if (m_days.size() > 100'000)
                m_days.clear();
            const int start = QDateTime::fromSecsSinceEpoch(day * kDay).offsetFromUtc();
            const int end = QDateTime::fromSecsSinceEpoch(day * kDay + kDay - 1).offsetFromUtc();
            known = m_days.insert(day, start == end ? std::optional<int>(start) : std::nullopt);
        }
        if (!*known)
            return QDateTime::fromSecsSinceEpoch(secs);
        return QDateTime::fromSecsSinceEpoch(secs, Qt::OffsetFromUTC, **known);
    }

private:
    QHash<qint64, std::optional<int>> m_days;
};

// An entry from a row of kSelect; `offsets` makes its times cheaply (see LocalOffsets), else they are local times.
JournalEntry entryFrom(const QSqlQuery& q, LocalOffsets* offsets)
{
    auto moment = [offsets](qint64 secs) {
        return offsets ? offsets->at(secs) : QDateTime::fromSecsSinceEpoch(secs);
    };
    JournalEntry e;
    e.id = q.value(0).toLongLong();
    e.regYear = q.value(1).toInt();
    e.regNo = q.value(2).toInt();
    EntryDraft& d = e.draft;
    d.receivedAt = moment(q.value(3).toLongLong());
    d.channel = fromCode<Channel>(q.value(4).toString()).value_or(Channel::Phone);
    d.line = q.value(5).toString();
    d.callerType = fromCode<CallerType>(q.value(6).toString()).value_or(CallerType::Other);
    d.anonymous = q.value(7).toBool();
    d.applicantName = q.value(8).toString();
    d.applicantPhone = q.value(9).toString();
    e.phoneDigits = q.value(10).toString();
    d.referringAgency = q.value(11).toString();
    d.referringDocNo = q.value(12).toString();
    if (!q.value(13).isNull())
        d.categoryId = q.value(13).toLongLong();
    d.urgency = fromCode<Urgency>(q.value(14).toString()).value_or(Urgency::Planned);
    d.summary = q.value(15).toString();
    d.actionTaken = q.value(16).toString();
    d.status = fromCode<EntryStatus>(q.value(17).toString()).value_or(EntryStatus::New);
    d.disposition = fromCode<Disposition>(q.value(18).toString()).value_or(Disposition::Case);
    e.createdAt = moment(q.value(19).toLongLong());
    e.createdBy = q.value(20).toLongLong();
    e.updatedAt = moment(q.value(21).toLongLong());
    e.updatedBy = q.value(22).toLongLong();
    e.version = q.value(23).toInt();
    e.categoryTitle = q.value(24).toString();
    e.createdByName = q.value(25).toString();
    e.updatedByName = q.value(26).toString();
    if (!q.value(27).isNull())
        e.familyId = q.value(27).toLongLong();
    return e;
}

QString phoneDigitsOf(const EntryDraft& d)
{
    return text::normalisePhone(d.applicantPhone).value_or(QString());
}

// The values of a draft in the field order of FieldChange codes, as shown to a person.
QList<std::pair<QString, QString>> shownFields(const EntryDraft& d, const QString& categoryTitle)
{
    return {
        {QStringLiteral("receivedAt"), text::shownDateTime(d.receivedAt)},
        {QStringLiteral("channel"), toCode(d.channel)},
        {QStringLiteral("line"), d.line},
        {QStringLiteral("callerType"), toCode(d.callerType)},
        {QStringLiteral("anonymous"), d.anonymous ? QStringLiteral("1") : QStringLiteral("0")},
        {QStringLiteral("applicantName"), d.applicantName},
        {QStringLiteral("applicantPhone"), d.applicantPhone},
        {QStringLiteral("referringAgency"), d.referringAgency},
        {QStringLiteral("referringDocNo"), d.referringDocNo},
        {QStringLiteral("category"), categoryTitle},
        {QStringLiteral("urgency"), toCode(d.urgency)},
        {QStringLiteral("summary"), d.summary},
        {QStringLiteral("actionTaken"), d.actionTaken},
        {QStringLiteral("status"), toCode(d.status)},
        {QStringLiteral("disposition"), toCode(d.disposition)},
    };
}

} // namespace

QString JournalRepository::changedMeanwhile(const JournalEntry& current)
{
    return tr("Entry %1 was changed by %2 at %3 (%4) while you were editing it. Your changes are still in the form: "
              "reload the entry to see theirs, and yours are put back where they did not change the same field.")
        .arg(current.registrationNumber(), current.updatedByName, text::shownTime(current.updatedAt),
             text::shownDate(current.updatedAt.toLocalTime().date()));
}

JournalRepository::JournalRepository(Database& db)
    : m_db(db)
{}

Result<EntryId> JournalRepository::insertOne(const EntryDraft& d, UserId by, qint64 at, YearlyCounter& numbers,
                                             QSqlQuery& insert)
{
    const int year = d.receivedAt.toLocalTime().date().year();
    const auto regNo = numbers.next(year);
    if (!regNo)
        return std::unexpected(regNo.error());

    const QVariantList values{year,
                              *regNo,
                              d.receivedAt.toSecsSinceEpoch(),
                              toCode(d.channel),
                              sql::text(d.line),
                              toCode(d.callerType),
                              d.anonymous,
                              sql::text(d.applicantName),
                              sql::text(d.applicantPhone),
                              sql::text(phoneDigitsOf(d)),
                              sql::text(d.referringAgency),
                              sql::text(d.referringDocNo),
                              sql::id(d.categoryId),
                              toCode(d.urgency),
                              sql::text(d.summary),
                              sql::text(d.actionTaken),
                              toCode(d.status),
                              toCode(d.disposition),
                              at,
                              by,
                              at,
                              by};
    for (int i = 0; i < values.size(); ++i)
        insert.bindValue(i, values[i]);
    if (auto ok = m_db.exec(insert); !ok)
        return std::unexpected(ok.error());
    insert.next();
    const EntryId id = insert.value(0).toLongLong();
    insert.finish();
    return id;
}

// The statements that write new entries. They are prepared before the transaction begins and let go after it ends
// (declared before it, they outlive it): on a server each prepare and each release is a round trip, and from the
// first number taken to the commit the year's counter row is locked, so that every other workstation's registration
// waits for whatever happens in between.
struct JournalRepository::EntryStatements {
    explicit EntryStatements(const Database& db)
        : numbers(db, QStringLiteral("journal_counter"), QStringLiteral("reg_year"))
        , insert(db.prepare(kInsert))
        , index(db.prepare(db.dialect().fullTextAddMany()))
    {}

    YearlyCounter numbers;
    QSqlQuery insert;
    QSqlQuery index;
};

Result<JournalEntry> JournalRepository::insert(const EntryDraft& draft, UserId by, const QDateTime& now,
                                               const AlsoWrite& alsoWrite)
{
    EntryStatements statements(m_db);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto ids = writeEntries({{draft, by, now}}, statements);
    if (!ids)
        return std::unexpected(ids.error());
    if (alsoWrite) {
        if (auto ok = alsoWrite(ids->first()); !ok)
            return std::unexpected(ok.error());
    }
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return get(ids->first());
}

Status JournalRepository::insertBatch(const QList<NewRecord>& records)
{
    EntryStatements statements(m_db);
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    if (auto ids = writeEntries(records, statements); !ids)
        return std::unexpected(ids.error());
    return tx->commit();
}

Result<QList<EntryId>> JournalRepository::writeEntries(const QList<NewRecord>& records, EntryStatements& statements)
{
    // The index rows go in with one statement at the end. SQLite 3.40's FTS5 writes its pending terms to disk at
    // every statement savepoint, and each INSERT into journal_entry opens one: indexing entry by entry wrote a tiny
    // segment per entry and merged them again (100,000 demo entries took 10 s instead of 6).
    QList<EntryId> ids;
    ids.reserve(records.size());
    QJsonArray indexRows;
    for (const NewRecord& record : records) {
        auto id =
            insertOne(record.draft, record.by, record.at.toSecsSinceEpoch(), statements.numbers, statements.insert);
        if (!id)
            return std::unexpected(id.error());
        ids << *id;
        indexRows.append(JournalSearchIndex(m_db).row(*id, record.draft));
    }
    if (!indexRows.isEmpty()) {
        statements.index.bindValue(QStringLiteral(":rows"), JournalSearchIndex::rows(indexRows));
        if (auto ok = m_db.exec(statements.index); !ok)
            return std::unexpected(ok.error());
    }
    return ids;
}

Result<qint64> JournalRepository::rebuildSearchIndex()
{
    return JournalSearchIndex(m_db).rebuild();
}

Result<JournalEntry> JournalRepository::update(EntryId id, int expectedVersion, const EntryDraft& d, UserId by,
                                               const QDateTime& now, const AlsoWrite& alsoWrite)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    // The row stays locked until the end: a save from another workstation waits for this one and then finds the new
    // version, so that the version read here is the one the UPDATE below meets, and the refusal can say who saved.
    QSqlQuery lock =
        m_db.prepare(QStringLiteral("SELECT id FROM journal_entry WHERE id = ?") + m_db.dialect().lockRows());
    lock.addBindValue(id);
    if (auto ok = m_db.exec(lock); !ok)
        return std::unexpected(ok.error());
    lock.finish();
    auto current = get(id);
    if (!current && current.error().kind == Error::Kind::NotFound)
        return fail(
            Error::Kind::NotFound,
            tr("This journal entry was deleted at another workstation while you were editing it (a call "
               "registered by mistake is taken back that way), so it cannot be saved. Your text is still in "
               "the form: copy what you need into a new entry."),
            QStringLiteral("journal_entry %1: gone before an update from version %2").arg(id).arg(expectedVersion));
    if (!current)
        return std::unexpected(current.error());
    if (current->version != expectedVersion)
        return fail(Error::Kind::Conflict, changedMeanwhile(*current),
                    QStringLiteral("journal_entry %1: expected version %2, found %3")
                        .arg(id)
                        .arg(expectedVersion)
                        .arg(current->version));
    if (d.receivedAt.toLocalTime().date().year() != current->regYear)
        return fail(Error::Kind::Validation,
                    tr("Entry %1 is numbered in %2: its date must stay in that year. Register a new entry instead.")
                        .arg(current->registrationNumber())
                        .arg(current->regYear),
                    {}, QStringLiteral("receivedAt"));

    // The new category's title, for the change history.
    QString newCategoryTitle;
    if (d.categoryId) {
        QSqlQuery title = m_db.prepare(QStringLiteral("SELECT title FROM problem_category WHERE id = ?"));
        title.addBindValue(*d.categoryId);
        if (auto ok = m_db.exec(title); !ok)
            return std::unexpected(ok.error());
        if (title.next())
            newCategoryTitle = title.value(0).toString();
    }
    const auto before = shownFields(current->draft, current->categoryTitle);
    EntryDraft trimmed = d;
    for (QString* s : {&trimmed.line, &trimmed.applicantName, &trimmed.applicantPhone, &trimmed.referringAgency,
                       &trimmed.referringDocNo, &trimmed.summary, &trimmed.actionTaken})
        *s = s->trimmed();
    const auto after = shownFields(trimmed, newCategoryTitle);
    QJsonArray changes;
    for (qsizetype i = 0; i < before.size(); ++i) {
        if (before[i].second != after[i].second)
            changes.append(QJsonObject{{QStringLiteral("field"), before[i].first},
                                       {QStringLiteral("before"), before[i].second},
                                       {QStringLiteral("after"), after[i].second}});
    }
    if (changes.isEmpty()) {
        if (!alsoWrite)
            return current;
        if (auto ok = alsoWrite(id); !ok)
            return std::unexpected(ok.error());
        if (auto ok = tx->commit(); !ok)
            return std::unexpected(ok.error());
        return current;
    }

    QSqlQuery query = m_db.prepare(QStringLiteral(
        "UPDATE journal_entry SET received_at = ?, channel = ?, line = ?, caller_type = ?, anonymous = ?, "
        "applicant_name = ?, applicant_phone = ?, phone_digits = ?, referring_agency = ?, referring_doc_no = ?, "
        "category_id = ?, urgency = ?, summary = ?, action_taken = ?, status = ?, disposition = ?, updated_at = ?, "
        "updated_by = ?, version = version + 1 WHERE id = ? AND version = ?"));
    const QVariantList values{trimmed.receivedAt.toSecsSinceEpoch(),
                              toCode(trimmed.channel),
                              sql::text(trimmed.line),
                              toCode(trimmed.callerType),
                              trimmed.anonymous,
                              sql::text(trimmed.applicantName),
                              sql::text(trimmed.applicantPhone),
                              sql::text(phoneDigitsOf(trimmed)),
                              sql::text(trimmed.referringAgency),
                              sql::text(trimmed.referringDocNo),
                              sql::id(trimmed.categoryId),
                              toCode(trimmed.urgency),
                              sql::text(trimmed.summary),
                              sql::text(trimmed.actionTaken),
                              toCode(trimmed.status),
                              toCode(trimmed.disposition),
                              now.toSecsSinceEpoch(),
                              by,
                              id,
                              expectedVersion};
    for (int i = 0; i < values.size(); ++i)
        query.bindValue(i, values[i]);
    if (auto ok = m_db.exec(query); !ok)
        return std::unexpected(ok.error());
    if (query.numRowsAffected() != 1) {
        // Not with the row locked above; should a database let it happen, the refusal still says who saved last.
        auto latest = get(id);
        return fail(Error::Kind::Conflict, changedMeanwhile(latest.value_or(*current)),
                    QStringLiteral("journal_entry %1: no row of version %2 to update").arg(id).arg(expectedVersion));
    }

    // The index forgets the old words and learns the new ones.
    if (auto ok = JournalSearchIndex(m_db).remove(id, current->draft); !ok)
        return std::unexpected(ok.error());
    if (auto ok = JournalSearchIndex(m_db).add(id, trimmed); !ok)
        return std::unexpected(ok.error());

    QSqlQuery log = m_db.prepare(QStringLiteral(
        "INSERT INTO journal_entry_change (entry_id, changed_at, changed_by, changes) VALUES (?, ?, ?, ?)"));
    log.addBindValue(id);
    log.addBindValue(now.toSecsSinceEpoch());
    log.addBindValue(by);
    log.addBindValue(QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)));
    if (auto ok = m_db.exec(log); !ok)
        return std::unexpected(ok.error());
    if (alsoWrite) {
        if (auto ok = alsoWrite(id); !ok)
            return std::unexpected(ok.error());
    }
    // Read before the commit: after it another workstation may have saved again, and the record returned must be
    // the one this save made (its version is what the caller's next save is checked against).
    auto saved = get(id);
    if (!saved)
        return saved;
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return saved;
}

Status JournalRepository::withdrawLatest(EntryId id, UserId by)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto entry = get(id);
    if (!entry)
        return std::unexpected(entry.error());
    const QString number = entry->registrationNumber();
    if (entry->createdBy != by)
        return fail(Error::Kind::Conflict,
                    tr("Entry %1 was registered by %2: only they can take it back.").arg(number, entry->createdByName));
    if (entry->version != 1)
        return fail(
            Error::Kind::Conflict,
            tr("Entry %1 has been changed since it was registered, so it can no longer be taken back.").arg(number));
    // The counter row stays locked until the end: no other workstation takes a number in between.
    QSqlQuery last = m_db.prepare(QStringLiteral("SELECT last_no FROM journal_counter WHERE reg_year = ?") +
                                  m_db.dialect().lockRows());
    last.addBindValue(entry->regYear);
    if (auto ok = m_db.exec(last); !ok)
        return std::unexpected(ok.error());
    if (!last.next() || last.value(0).toInt() != entry->regNo)
        return fail(Error::Kind::Conflict,
                    tr("Entry %1 can no longer be taken back: entries have been registered after it.").arg(number));
    last.finish();

    if (auto ok = JournalSearchIndex(m_db).remove(id, entry->draft); !ok)
        return std::unexpected(ok.error());
    QSqlQuery remove = m_db.prepare(QStringLiteral("DELETE FROM journal_entry WHERE id = ? AND version = 1"));
    remove.addBindValue(id);
    if (auto ok = m_db.exec(remove); !ok)
        return std::unexpected(ok.error());
    QSqlQuery counter = m_db.prepare(
        QStringLiteral("UPDATE journal_counter SET last_no = last_no - 1 WHERE reg_year = ? AND last_no = ?"));
    counter.addBindValue(entry->regYear);
    counter.addBindValue(entry->regNo);
    if (auto ok = m_db.exec(counter); !ok)
        return std::unexpected(ok.error());
    if (counter.numRowsAffected() != 1)
        return fail(Error::Kind::Conflict,
                    tr("Entry %1 can no longer be taken back: entries have been registered after it.").arg(number));
    return tx->commit();
}

Result<JournalEntry> JournalRepository::get(EntryId id) const
{
    QSqlQuery query = m_db.prepare(kSelect + QLatin1String("WHERE e.id = ?"));
    query.addBindValue(id);
    if (auto ok = m_db.exec(query); !ok)
        return std::unexpected(ok.error());
    if (!query.next())
        return fail(Error::Kind::NotFound, tr("The journal entry no longer exists."));
    return entryFrom(query, nullptr);
}

Result<QList<JournalEntry>> JournalRepository::select(const QString& condition, const QVariantList& binds,
                                                      const QString& tail) const
{
    return m_db.list(kSelect + condition + tail, binds, [](const QSqlQuery& q) { return entryFrom(q, nullptr); });
}

JournalRepository::Where JournalRepository::where(const JournalFilter& f, bool commonText) const
{
    QStringList conditions;
    QVariantList binds;
    if (f.from) {
        conditions << QStringLiteral("e.received_at >= ?");
        binds << f.from->startOfDay().toSecsSinceEpoch();
    }
    if (f.to) {
        conditions << QStringLiteral("e.received_at < ?");
        binds << f.to->addDays(1).startOfDay().toSecsSinceEpoch();
    }
    if (f.channel) {
        conditions << QStringLiteral("e.channel = ?");
        binds << toCode(*f.channel);
    }
    if (f.categoryId) {
        conditions << QStringLiteral("e.category_id = ?");
        binds << *f.categoryId;
    }
    if (f.status) {
        conditions << QStringLiteral("e.status = ?");
        binds << toCode(*f.status);
    }
    if (f.dispatcherId) {
        conditions << QStringLiteral("e.created_by = ?");
        binds << *f.dispatcherId;
    }
    const QString text = f.text.trimmed();
    QString fullText;
    static const QRegularExpression regNumber(QStringLiteral("^№?\\s*(\\d{1,7})\\s*/\\s*(\\d{4})$"));
    if (const auto match = regNumber.match(text); match.hasMatch()) {
        conditions << QStringLiteral("e.reg_no = ? AND e.reg_year = ?");
        binds << match.captured(1).toInt() << match.captured(2).toInt();
    } else if (const auto phone = text::normalisePhone(text); phone && text.size() >= 5) {
        // A phone number: the index holds the digits with and without the country code.
        QString digits = *phone;
        if (digits.size() == 11 && digits.startsWith(QLatin1Char('7')))
            digits = digits.mid(1);
        fullText = m_db.dialect().fullTextQuery({digits});
    } else if (const QStringList words = text::searchWords(text); !words.isEmpty()) {
        fullText = m_db.dialect().fullTextQuery(words);
    }
    const bool onlyFullText = !fullText.isEmpty() && conditions.isEmpty();
    if (!fullText.isEmpty()) {
        conditions << m_db.dialect().fullTextCondition(commonText);
        binds << fullText;
    }
    return {conditions.isEmpty() ? QString() : QLatin1String("WHERE ") + conditions.join(QLatin1String(" AND ")), binds,
            fullText, onlyFullText};
}

Result<int> JournalRepository::fullTextMatches(const QString& query, bool countAgain) const
{
    if (!countAgain) {
        if (const auto known = m_matchCounts.constFind(query); known != m_matchCounts.cend())
            return *known;
    }
    QSqlQuery count = m_db.prepare(m_db.dialect().fullTextCount());
    count.addBindValue(query);
    if (auto ok = m_db.exec(count); !ok)
        return std::unexpected(ok.error());
    count.next();
    if (m_matchCounts.size() > 256)
        m_matchCounts.clear();
    m_matchCounts.insert(query, count.value(0).toInt());
    return count.value(0).toInt();
}

Result<JournalRepository::Where> JournalRepository::plannedWhere(const JournalFilter& filter, bool countAgain) const
{
    Where w = where(filter);
    if (w.fullTextQuery.isEmpty())
        return w;
    auto matches = fullTextMatches(w.fullTextQuery, countAgain);
    if (!matches)
        return std::unexpected(matches.error());
    if (*matches >= kCommonMatches)
        w = where(filter, true);
    w.fullTextMatches = *matches;
    return w;
}

Result<int> JournalRepository::count(const JournalFilter& filter) const
{
    // A word common to a third of the journal costs seconds when each match is looked up by id: such a query is
    // planned to walk the other conditions' index instead, and a search for words alone is counted by the
    // full-text index itself.
    auto planned = plannedWhere(filter, true);
    if (!planned)
        return std::unexpected(planned.error());
    const Where& w = *planned;
    if (w.onlyFullText)
        return w.fullTextMatches;
    QSqlQuery query = m_db.prepare(QLatin1String("SELECT COUNT(*) FROM journal_entry e ") + w.sql);
    for (const QVariant& value : w.binds)
        query.addBindValue(value);
    if (auto ok = m_db.exec(query); !ok)
        return std::unexpected(ok.error());
    query.next();
    return query.value(0).toInt();
}

Result<QList<JournalEntry>> JournalRepository::page(const JournalFilter& filter, int offset, int limit) const
{
    // The inner query walks only the index to skip `offset` rows; the outer one reads the rows of one page.
    auto planned = plannedWhere(filter, false);
    if (!planned)
        return std::unexpected(planned.error());
    const Where& w = *planned;
    QSqlQuery query = m_db.prepare(kSelect + QLatin1String("WHERE e.id IN (SELECT e.id FROM journal_entry e ") + w.sql +
                                   QLatin1String(" ORDER BY e.received_at DESC, e.id DESC LIMIT ? OFFSET ?) "
                                                 "ORDER BY e.received_at DESC, e.id DESC"));
    for (const QVariant& value : w.binds)
        query.addBindValue(value);
    query.addBindValue(limit);
    query.addBindValue(offset);
    query.setForwardOnly(true);
    if (auto ok = m_db.exec(query); !ok)
        return std::unexpected(ok.error());
    QList<JournalEntry> entries;
    entries.reserve(limit);
    while (query.next())
        entries << entryFrom(query, nullptr);
    return entries;
}

Status JournalRepository::forEach(const JournalFilter& filter,
                                  const std::function<bool(const JournalEntry&)>& visit) const
{
    auto planned = plannedWhere(filter, false);
    if (!planned)
        return std::unexpected(planned.error());
    const Where& w = *planned;
    QSqlQuery query = m_db.prepare(kSelectInOrder + w.sql + QLatin1String(" ORDER BY e.received_at, e.id"));
    for (const QVariant& value : w.binds)
        query.addBindValue(value);
    query.setForwardOnly(true);
    if (auto ok = m_db.exec(query); !ok)
        return std::unexpected(ok.error());
    LocalOffsets offsets;
    while (query.next()) {
        if (!visit(entryFrom(query, &offsets)))
            return {};
    }
    // A read that stopped half-way (the file locked, a damaged page) is an error, not the end of the journal.
    if (query.lastError().isValid())
        return std::unexpected(m_db.toError(query.lastError()));
    return {};
}

Result<QList<EntryChange>> JournalRepository::history(EntryId id) const
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT h.changed_at, h.changed_by, u.full_name, h.changes FROM journal_entry_change h "
        "JOIN app_user u ON u.id = h.changed_by WHERE h.entry_id = ? ORDER BY h.changed_at DESC, h.id DESC"));
    query.addBindValue(id);
    if (auto ok = m_db.exec(query); !ok)
        return std::unexpected(ok.error());
    QList<EntryChange> changes;
    while (query.next()) {
        EntryChange change{QDateTime::fromSecsSinceEpoch(query.value(0).toLongLong()),
                           query.value(1).toLongLong(),
                           query.value(2).toString(),
                           {}};
        const QJsonArray fields = QJsonDocument::fromJson(query.value(3).toString().toUtf8()).array();
        for (const QJsonValue& value : fields) {
            const QJsonObject o = value.toObject();
            change.fields.append({o.value(QLatin1String("field")).toString(),
                                  o.value(QLatin1String("before")).toString(),
                                  o.value(QLatin1String("after")).toString()});
        }
        changes << change;
    }
    return changes;
}

Result<QList<std::pair<UserId, QString>>> JournalRepository::dispatchers() const
{
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "SELECT u.id, u.full_name FROM app_user u WHERE EXISTS (SELECT 1 FROM journal_entry e WHERE e.created_by = "
        "u.id) "
        "OR EXISTS (SELECT 1 FROM user_role r WHERE r.user_id = u.id AND r.role = ?) ORDER BY u.full_name"));
    query.addBindValue(toCode(Role::Dispatcher));
    if (auto ok = m_db.exec(query); !ok)
        return std::unexpected(ok.error());
    QList<std::pair<UserId, QString>> result;
    while (query.next())
        result.append({query.value(0).toLongLong(), query.value(1).toString()});
    return result;
}

} // namespace zabota::core
