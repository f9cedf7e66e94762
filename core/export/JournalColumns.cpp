// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/JournalColumns.h"

#include <QStringList>

namespace zabota::core {

std::span<const EnumItem<JournalColumn>> EnumTraits<JournalColumn>::items()
{
    static constexpr EnumItem<JournalColumn> kItems[] = {
        {JournalColumn::RowNumber, "row", QT_TRANSLATE_NOOP("zabota::core::JournalColumn", "No.")},
        {JournalColumn::RegNo, "reg_no", QT_TRANSLATE_NOOP("zabota::core::JournalColumn", "Registration No.")},
        {JournalColumn::ReceivedAt, "received_at", QT_TRANSLATE_NOOP("zabota::core::JournalColumn", "Received")},
        {JournalColumn::Channel, "channel", QT_TRANSLATE_NOOP("zabota::core::JournalColumn", "Channel")},
        {JournalColumn::Line, "line", QT_TRANSLATE_NOOP("zabota::core::JournalColumn", "Line")},
        {JournalColumn::CallerType, "caller_type", QT_TRANSLATE_NOOP("zabota::core::JournalColumn", "Caller")},
        {JournalColumn::Anonymous, "anonymous", QT_TRANSLATE_NOOP("zabota::core::JournalColumn", "Anonymous")},
        {JournalColumn::Applicant, "applicant", QT_TRANSLATE_NOOP("zabota::core::JournalColumn", "Applicant")},
        {JournalColumn::Phone, "phone", QT_TRANSLATE_NOOP("zabota::core::JournalColumn", "Phone")},
        {JournalColumn::ReferringAgency, "agency",
         QT_TRANSLATE_NOOP("zabota::core::JournalColumn", "Referring agency")},
        {JournalColumn::ReferringDocNo, "agency_doc",
         QT_TRANSLATE_NOOP("zabota::core::JournalColumn", "Referral document No.")},
        {JournalColumn::Category, "category", QT_TRANSLATE_NOOP("zabota::core::JournalColumn", "Problem category")},
        {JournalColumn::Urgency, "urgency", QT_TRANSLATE_NOOP("zabota::core::JournalColumn", "Urgency")},
        {JournalColumn::Summary, "summary", QT_TRANSLATE_NOOP("zabota::core::JournalColumn", "Summary")},
        {JournalColumn::ActionTaken, "action", QT_TRANSLATE_NOOP("zabota::core::JournalColumn", "Action taken")},
        {JournalColumn::CurrentStatus, "status", QT_TRANSLATE_NOOP("zabota::core::JournalColumn", "Status")},
        {JournalColumn::Disposition, "kind", QT_TRANSLATE_NOOP("zabota::core::JournalColumn", "Kind of call")},
        {JournalColumn::Dispatcher, "dispatcher", QT_TRANSLATE_NOOP("zabota::core::JournalColumn", "Dispatcher")},
    };
    return kItems;
}

bool JournalColumns::isPersonal(JournalColumn column)
{
    switch (column) {
    case JournalColumn::RegNo:
    case JournalColumn::Applicant:
    case JournalColumn::Phone:
    case JournalColumn::ReferringDocNo:
    case JournalColumn::Summary:
    case JournalColumn::ActionTaken:
        return true;
    default:
        return false;
    }
}

QList<JournalColumn> JournalColumns::offered(bool depersonalised)
{
    QList<JournalColumn> columns = allValues<JournalColumn>();
    if (depersonalised)
        columns.removeIf(&JournalColumns::isPersonal);
    return columns;
}

QList<JournalColumn> JournalColumns::defaults(bool depersonalised)
{
    // In the order of the file (the enum's).
    using C = JournalColumn;
    if (depersonalised)
        return {C::RowNumber, C::ReceivedAt, C::Channel,       C::CallerType,  C::Anonymous,
                C::Category,  C::Urgency,    C::CurrentStatus, C::Disposition, C::Dispatcher};
    return {C::RegNo,    C::ReceivedAt, C::Channel, C::CallerType,  C::Applicant,     C::Phone,
            C::Category, C::Urgency,    C::Summary, C::ActionTaken, C::CurrentStatus, C::Dispatcher};
}

std::expected<QList<JournalColumn>, QString> JournalColumns::parse(const QString& codes)
{
    QList<JournalColumn> columns;
    for (const QString& part : codes.split(u',', Qt::SkipEmptyParts)) {
        const QString code = part.trimmed();
        if (code.isEmpty())
            continue;
        const auto column = fromCode<JournalColumn>(code);
        if (!column)
            return std::unexpected(tr("Unknown column «%1». The columns are: %2.").arg(code, allCodes()));
        if (!columns.contains(*column))
            columns << *column;
    }
    if (columns.isEmpty())
        return std::unexpected(tr("Name at least one column. The columns are: %1.").arg(allCodes()));
    return columns;
}

QString JournalColumns::allCodes()
{
    QStringList codes;
    for (const JournalColumn column : allValues<JournalColumn>())
        codes << toCode(column);
    return codes.join(QStringLiteral(", "));
}

} // namespace zabota::core
