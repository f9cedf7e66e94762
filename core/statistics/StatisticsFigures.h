// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/auth/User.h"
#include "core/journal/JournalEntry.h"

#include <QHash>
#include <QList>
#include <QString>

#include <optional>

namespace zabota::core {

// The counts of one period as the database gives them, keyed by the stored codes; StatisticsReportBuilder puts names
// on them. Times are in hours.
struct StatisticsFigures {
    // The journal: entries received in the period.
    int entries = 0;
    QHash<QString, int> byDisposition; // every entry, by disposition code ("case", "silent", …)
    // Appeals (entries of disposition "case") by channel, caller type, urgency and problem category (0: none).
    QHash<QString, int> byChannel;
    QHash<QString, int> byCallerType;
    QHash<QString, int> byUrgency;
    QHash<CategoryId, int> byCategory;
    QHash<UserId, int> byDispatcher; // every entry, by the user who registered it

    // Handoffs offered in the period, and those accepted, returned, escalated or withdrawn in it (each handoff once).
    int handoffsOffered = 0;
    int handoffsAccepted = 0;
    int handoffsReturned = 0;
    int handoffsEscalated = 0;
    int handoffsWithdrawn = 0;
    // Of those accepted in the period: accepted by their deadline, and the time from the offer to the acceptance.
    int acceptedInTime = 0;
    std::optional<double> medianHoursToAccept;
    std::optional<double> meanHoursToAccept;

    // Support cases opened and closed in the period, the closed ones by outcome code, and those open at its end.
    int casesOpened = 0;
    int casesClosed = 0;
    QHash<QString, int> closedByOutcome;
    int casesOpenAtEnd = 0;

    // The register (профилактический учёт): families on it at the start of the first day and at the end of the last,
    // stays begun and ended in the period, the ended ones by removal reason code.
    int onRegisterAtStart = 0;
    int onRegisterAtEnd = 0;
    int putOnRegister = 0;
    int takenOffRegister = 0;
    QHash<QString, int> takenOffByReason;
};

// The names the figures are shown under: the problem categories (inactive ones too, in their order) and the users.
struct StatisticsNames {
    QList<ProblemCategory> categories;
    QHash<UserId, QString> users;
};

} // namespace zabota::core
