// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/auth/PasswordHasher.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>

#include <functional>

namespace zabota::core {

class Database;

struct DemoOptions {
    int entries = 5000;
    int years = 3;
    // Family cards to create before the journal (0: none). A share of the appeals then comes from their phones and is
    // linked to them.
    int families = 0;
    // Support cases opened over the recent appeals of those families, with plans and protocols (needs families).
    int cases = 40;
    quint32 seed = 20261122;
    // The journal covers the `years` years before this day, up to the midnight that starts it, so that no entry
    // lies in the future when it is today. The only input besides the seed: the same seed and end date give the same
    // journal.
    QDate endDate = QDate::currentDate();
    // Of the demo users' one password hash; tests lower it.
    int passwordIterations = PasswordHasher::kIterations;
};

struct DemoReport {
    int usersCreated = 0;
    int entriesCreated = 0;
    int familiesCreated = 0;
    int entriesLinked = 0; // journal entries tied to the family with their phone
    int casesOpened = 0;
    bool cancelled = false; // the progress callback said stop; the finished batches stay
};

// Fills a database with a plausible journal of a Russian family dispatcher service, for demonstrations, training
// and load tests: the staff (dispatchers, curators, a supervisor) and years of appeals, numbered in the order they
// were received. Synthetic: every name, phone and story is made up from word lists.
class DemoGenerator final {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::DemoGenerator)

public:
    // Every demo user logs in with this password. They share one hash to keep generation quick; real users get a
    // salt of their own from AuthService.
    static inline const QString kPassword = QStringLiteral("zabota-demo");
    static constexpr int kBatchSize = 5000;
    static constexpr int kMaxEntries = 10'000'000;
    static constexpr int kMaxYears = 30;
    static constexpr int kMaxFamilies = 2'000'000;
    static constexpr int kFamilyBatchSize = 2000;

    // `done` entries of `total` are written; return false to stop after the current batch.
    using Progress = std::function<bool(int done, int total)>;

    explicit DemoGenerator(Database& db);

    // Adds the demo staff that are missing, then `options.entries` appeals in batches of kBatchSize, each batch in
    // one transaction. Appends to whatever the journal holds.
    [[nodiscard]] Result<DemoReport> generate(const DemoOptions& options, const Progress& progress = {});

    // The surnames applicants are given (both genders), for benchmarks that search for them.
    [[nodiscard]] static QStringList surnames();

private:
    [[nodiscard]] Result<int> createStaff(const DemoOptions& options, const QDateTime& at);
    // Writes `options.families` cards over the demo period; returns the phones they were given.
    [[nodiscard]] Result<QStringList> createFamilies(const DemoOptions& options, const QDate& first,
                                                     DemoReport& report);
    // Ties the new entries (ids above `afterId`) to the family with their phone.
    [[nodiscard]] Result<int> linkEntries(qint64 afterId);

    Database& m_db;
    QList<qint64> m_dispatchers;
    QStringList m_curators;
    QList<qint64> m_curatorIds;
};

} // namespace zabota::core
