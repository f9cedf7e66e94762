// SPDX-License-Identifier: GPL-3.0-or-later
// One workstation of the concurrency test (ConcurrencyTest.cpp): logs in as a user, then registers journal entries and
// edits a shared set of entries and family cards through the console's own services, as a dispatcher at a desk would,
// while other processes do the same on the same database. Every save it tries is one JSON line on stdout:
//
//   {"op":"register","result":"ok","id":41,"year":2026,"no":17}
//   {"op":"entry","target":3,"marker":"w2-5","result":"refused","kind":"conflict","message":"Entry 3/2026 was …"}
//   {"op":"entry","target":3,"marker":"w2-5","result":"ok","version":9}
//   {"op":"family","target":1,"marker":"w2-6","result":"ok","version":4}
//
// An edit is a read-modify-write with the version read: the worker appends its marker to a field (the action taken of
// an entry, the housing notes of a card) and saves; a refused save is reported, the record read again and the marker
// appended to what is saved now, until the save goes through, as a dispatcher types a change again over a colleague's.
// The last line is {"op":"done",…}; the exit code is 0 unless the worker could not do its work (then a line with
// "result":"error" says why).
//
//   zabota_concurrency_worker --database URL|FILE --user LOGIN --password PW --count N --seed S
//                             --entries ID,ID,… --families ID,ID,…
#include "core/audit/AuditRepository.h"
#include "core/auth/AuthService.h"
#include "core/auth/UserRepository.h"
#include "core/family/DistrictRepository.h"
#include "core/family/FamilyRepository.h"
#include "core/family/FamilyService.h"
#include "core/journal/CategoryRepository.h"
#include "core/journal/JournalRepository.h"
#include "core/journal/JournalService.h"
#include "core/storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTextStream>
#include <QThread>

using namespace zabota;

namespace {

// How often one edit is tried before the worker gives up (it never should: every refusal means another one saved).
constexpr int kMaxAttempts = 200;

QTextStream& out()
{
    static QTextStream stream(stdout);
    return stream;
}

void report(const QJsonObject& line)
{
    out() << QString::fromUtf8(QJsonDocument(line).toJson(QJsonDocument::Compact)) << Qt::endl;
}

QString kindName(core::Error::Kind kind)
{
    switch (kind) {
    case core::Error::Kind::Conflict:
        return QStringLiteral("conflict");
    case core::Error::Kind::Busy:
        return QStringLiteral("busy");
    case core::Error::Kind::NotFound:
        return QStringLiteral("notfound");
    case core::Error::Kind::Validation:
        return QStringLiteral("validation");
    default:
        return QStringLiteral("storage");
    }
}

int failWith(const QString& what, const core::Error& error)
{
    report({{QStringLiteral("op"), what},
            {QStringLiteral("result"), QStringLiteral("error")},
            {QStringLiteral("kind"), kindName(error.kind)},
            {QStringLiteral("message"), error.message},
            {QStringLiteral("detail"), error.detail}});
    return 1;
}

QList<qint64> ids(const QString& list)
{
    QList<qint64> result;
    for (const QString& id : list.split(QLatin1Char(','), Qt::SkipEmptyParts))
        result << id.toLongLong();
    return result;
}

// The time a person takes between opening a record and saving it, during which others may save.
void pause(QRandomGenerator& random)
{
    QThread::usleep(random.bounded(2000));
}

// The marker added to the end of a field: the field reads "w0-1 w2-5 w1-3".
QString appended(const QString& field, const QString& marker)
{
    return field.trimmed().isEmpty() ? marker : field.trimmed() + QLatin1Char(' ') + marker;
}

// One edit: `attempt` reads the record, appends the marker, saves with the version read and returns the new version.
// A refused save is reported and the edit attempted again on the record as saved now, until it goes through.
template <typename Attempt>
bool edit(const QString& op, qint64 target, const QString& marker, Attempt attempt)
{
    for (int tries = 0; tries < kMaxAttempts; ++tries) {
        const core::Result<int> saved = attempt();
        QJsonObject line{{QStringLiteral("op"), op},
                         {QStringLiteral("target"), target},
                         {QStringLiteral("marker"), marker},
                         {QStringLiteral("attempt"), tries}};
        if (saved) {
            line.insert(QStringLiteral("result"), QStringLiteral("ok"));
            line.insert(QStringLiteral("version"), *saved);
            report(line);
            return true;
        }
        line.insert(QStringLiteral("result"), QStringLiteral("refused"));
        line.insert(QStringLiteral("kind"), kindName(saved.error().kind));
        line.insert(QStringLiteral("message"), saved.error().message);
        report(line);
        // A refusal that is not about someone else's save (or a busy database) is not tried again.
        if (saved.error().kind != core::Error::Kind::Conflict && saved.error().kind != core::Error::Kind::Busy) {
            failWith(op, saved.error());
            return false;
        }
    }
    failWith(op,
             {core::Error::Kind::Storage, QStringLiteral("gave up after %1 refused saves").arg(kMaxAttempts), {}, {}});
    return false;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption database(QStringLiteral("database"), QStringLiteral("Database URL or file."),
                                      QStringLiteral("address"));
    const QCommandLineOption login(QStringLiteral("user"), QStringLiteral("Login."), QStringLiteral("login"));
    const QCommandLineOption password(QStringLiteral("password"), QStringLiteral("Password."),
                                      QStringLiteral("password"));
    const QCommandLineOption count(QStringLiteral("count"), QStringLiteral("Entries to register and edits to make."),
                                   QStringLiteral("n"), QStringLiteral("20"));
    const QCommandLineOption seed(QStringLiteral("seed"), QStringLiteral("Seed of the choices."), QStringLiteral("s"),
                                  QStringLiteral("1"));
    const QCommandLineOption entries(QStringLiteral("entries"), QStringLiteral("Entries to edit."),
                                     QStringLiteral("ids"));
    const QCommandLineOption families(QStringLiteral("families"), QStringLiteral("Family cards to edit."),
                                      QStringLiteral("ids"));
    parser.addOptions({database, login, password, count, seed, entries, families});
    parser.process(app);

    const auto address = core::DatabaseAddress::parse(parser.value(database));
    if (!address)
        return failWith(QStringLiteral("open"), address.error());
    auto db = core::Database::open(*address);
    if (!db)
        return failWith(QStringLiteral("open"), db.error());

    core::UserRepository users(**db);
    core::AuthService auth(users);
    const auto user = auth.login(parser.value(login), parser.value(password));
    if (!user)
        return failWith(QStringLiteral("login"), user.error());

    core::CategoryRepository categories(**db);
    core::JournalRepository journalRepo(**db);
    core::JournalService journal(journalRepo, categories, *user);
    core::FamilyRepository familyRepo(**db, journalRepo);
    core::DistrictRepository districts(**db);
    core::AuditRepository audit(**db);
    core::FamilyService familyService(familyRepo, districts, audit, *user);

    const auto categoryList = journal.categories();
    if (!categoryList || categoryList->isEmpty())
        return failWith(QStringLiteral("categories"),
                        categoryList ? core::Error{core::Error::Kind::NotFound, QStringLiteral("no categories"), {}, {}}
                                     : categoryList.error());
    const QList<qint64> sharedEntries = ids(parser.value(entries));
    const QList<qint64> sharedFamilies = ids(parser.value(families));
    QRandomGenerator random(parser.value(seed).toUInt());
    const QString prefix = QStringLiteral("%1-").arg(user->login);

    int registered = 0;
    int edited = 0;
    const int n = parser.value(count).toInt();
    for (int i = 0; i < n; ++i) {
        // A call comes in and is registered.
        core::EntryDraft draft = journal.newDraft();
        draft.applicantName = QStringLiteral("Заявитель %1 %2").arg(user->login).arg(i);
        draft.applicantPhone = QStringLiteral("+7 912 %1").arg(random.bounded(1000000, 9999999));
        draft.categoryId = categoryList->at(random.bounded(int(categoryList->size()))).id;
        draft.summary = QStringLiteral("Обращение %1 от %2").arg(i).arg(user->fullName);
        const auto entry = journal.registerEntry(draft);
        if (!entry)
            return failWith(QStringLiteral("register"), entry.error());
        report({{QStringLiteral("op"), QStringLiteral("register")},
                {QStringLiteral("result"), QStringLiteral("ok")},
                {QStringLiteral("id"), entry->id},
                {QStringLiteral("year"), entry->regYear},
                {QStringLiteral("no"), entry->regNo}});
        ++registered;

        // Then a shared entry or card is edited.
        const QString marker = prefix + QString::number(i);
        const int choice = random.bounded(int(sharedEntries.size() + sharedFamilies.size()));
        bool ok = false;
        if (choice < sharedEntries.size()) {
            const qint64 id = sharedEntries[choice];
            ok = edit(QStringLiteral("entry"), id, marker, [&]() -> core::Result<int> {
                auto e = journal.entry(id);
                if (!e)
                    return std::unexpected(e.error());
                core::EntryDraft d = e->draft;
                d.actionTaken = appended(d.actionTaken, marker);
                pause(random);
                auto saved = journal.updateEntry(id, e->version, d);
                if (!saved)
                    return std::unexpected(saved.error());
                return saved->version;
            });
        } else {
            const qint64 id = sharedFamilies[choice - sharedEntries.size()];
            ok = edit(QStringLiteral("family"), id, marker, [&]() -> core::Result<int> {
                auto f = familyService.openCard(id);
                if (!f)
                    return std::unexpected(f.error());
                core::FamilyDraft d = f->draft;
                d.housingNotes = appended(d.housingNotes, marker);
                pause(random);
                auto saved = familyService.updateFamily(id, f->version, d);
                if (!saved)
                    return std::unexpected(saved.error());
                return saved->version;
            });
        }
        if (!ok)
            return 1;
        ++edited;
    }
    report({{QStringLiteral("op"), QStringLiteral("done")},
            {QStringLiteral("result"), QStringLiteral("ok")},
            {QStringLiteral("registered"), registered},
            {QStringLiteral("edited"), edited}});
    return 0;
}
