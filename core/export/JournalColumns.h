// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumText.h"

#include <QCoreApplication>
#include <QList>

#include <expected>

namespace zabota::core {

// A column of an exported journal. The code is what `zabota export journal --columns` takes; the label is the
// column's heading in the file.
enum class JournalColumn {
    RowNumber, // 1, 2, 3… within the file
    RegNo,     // the registration number, 15/2026
    ReceivedAt,
    Channel,
    Line,
    CallerType,
    Anonymous,
    Applicant,
    Phone,
    ReferringAgency,
    ReferringDocNo,
    Category,
    Urgency,
    Summary,
    ActionTaken,
    CurrentStatus,
    Disposition,
    Dispatcher,
};

template <>
struct EnumTraits<JournalColumn> {
    static constexpr const char* context = "zabota::core::JournalColumn";
    static std::span<const EnumItem<JournalColumn>> items();
};

// Which columns an export offers and chooses by default, and which of them could lead someone to the person who
// turned to the centre. A depersonalised export (for reports that leave the centre) offers none of those: no name,
// no phone, no registration number or referral document to look the person up by, and no free text (the summary and
// the action taken may hold anything: names, addresses, a school); its dates carry the day, not the time.
class JournalColumns final {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::JournalColumns)

public:
    [[nodiscard]] static bool isPersonal(JournalColumn column);
    // The columns an export may hold, in the order of the file.
    [[nodiscard]] static QList<JournalColumn> offered(bool depersonalised);
    // The columns chosen until someone chooses others.
    [[nodiscard]] static QList<JournalColumn> defaults(bool depersonalised);
    // Columns by their codes, "reg_no,received_at,channel"; the error is a sentence naming the unknown code.
    [[nodiscard]] static std::expected<QList<JournalColumn>, QString> parse(const QString& codes);
    // "reg_no, received_at, …": every code, for help texts.
    [[nodiscard]] static QString allCodes();
};

} // namespace zabota::core
