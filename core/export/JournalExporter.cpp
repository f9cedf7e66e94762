// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/JournalExporter.h"

#include "core/audit/AuditRepository.h"
#include "core/export/CsvTableWriter.h"
#include "core/export/ExportFile.h"
#include "core/export/PdfTableWriter.h"
#include "core/export/XlsxTableWriter.h"
#include "core/journal/JournalRepository.h"
#include "core/storage/Database.h"
#include "core/storage/ReadSnapshot.h"
#include "core/storage/Transaction.h"
#include "core/text/DateText.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace zabota::core {

namespace {

// Rows between two calls of the progress callback.
constexpr qint64 kProgressEvery = 64;

// The words of an enum's labels, of which the widest in the page's font sets a printed column's width.
template <typename E>
QStringList labelWords()
{
    QStringList words;
    for (const E value : allValues<E>())
        words << label(value).split(u' ', Qt::SkipEmptyParts);
    return words;
}

ExportTable::Column columnOf(JournalColumn column, bool depersonalised)
{
    using K = ExportTable::Kind;
    const QString heading = label(column);
    switch (column) {
    case JournalColumn::RowNumber:
        return {heading, K::Number, 6, {QStringLiteral("00000")}};
    case JournalColumn::RegNo:
        return {heading, K::Text, 12, {QStringLiteral("00000/2026")}};
    case JournalColumn::ReceivedAt:
        // A depersonalised export gives the day only: a time and a line could be matched to a phone bill.
        return depersonalised ? ExportTable::Column{heading, K::Date, 11, {QStringLiteral("00.00.0000")}}
                              : ExportTable::Column{heading, K::DateTime, 16, {QStringLiteral("00.00.0000 00:00")}};
    case JournalColumn::Channel:
        return {heading, K::Text, 14, labelWords<Channel>()};
    case JournalColumn::Line:
        return {heading, K::Text, 12, {QStringLiteral("0000000000")}};
    case JournalColumn::CallerType:
        return {heading, K::Text, 12, labelWords<CallerType>()};
    case JournalColumn::Anonymous:
        return {heading, K::Text, 10, {JournalExporter::tr("yes")}};
    case JournalColumn::Applicant:
        return {heading, K::LongText, 26, {}};
    case JournalColumn::Phone:
        return {heading, K::Text, 18, {QStringLiteral("+7 (000) 000-00-00")}};
    case JournalColumn::ReferringAgency:
        return {heading, K::LongText, 24, {}};
    case JournalColumn::ReferringDocNo:
        return {heading, K::Text, 14, {QStringLiteral("00-00/0000")}};
    case JournalColumn::Category:
        return {heading, K::LongText, 26, {}};
    case JournalColumn::Urgency:
        return {heading, K::Text, 11, labelWords<Urgency>()};
    case JournalColumn::Summary:
        return {heading, K::LongText, 50, {}};
    case JournalColumn::ActionTaken:
        return {heading, K::LongText, 36, {}};
    case JournalColumn::CurrentStatus:
        return {heading, K::Text, 14, labelWords<EntryStatus>()};
    case JournalColumn::Disposition:
        return {heading, K::Text, 17, labelWords<Disposition>()};
    case JournalColumn::Dispatcher:
        return {heading, K::LongText, 22, {}};
    }
    return {heading, K::Text, 12, {}};
}

// The labels of every value of an enum, translated once for an export rather than once a cell.
template <typename E>
QList<QString> labelsOf()
{
    QList<QString> labels;
    for (const E value : allValues<E>()) {
        labels.resize(std::max<qsizetype>(labels.size(), int(value) + 1));
        labels[int(value)] = label(value);
    }
    return labels;
}

struct Labels {
    QList<QString> channel = labelsOf<Channel>();
    QList<QString> caller = labelsOf<CallerType>();
    QList<QString> urgency = labelsOf<Urgency>();
    QList<QString> status = labelsOf<EntryStatus>();
    QList<QString> disposition = labelsOf<Disposition>();
    QString yes = JournalExporter::tr("yes");
    QString no = JournalExporter::tr("no");
};

QVariant cellOf(JournalColumn column, const JournalEntry& e, qint64 rowNumber, bool depersonalised,
                const Labels& labels)
{
    const EntryDraft& d = e.draft;
    switch (column) {
    case JournalColumn::RowNumber:
        return rowNumber;
    case JournalColumn::RegNo:
        return e.registrationNumber();
    case JournalColumn::ReceivedAt:
        return depersonalised ? QVariant(d.receivedAt.date()) : QVariant(d.receivedAt);
    case JournalColumn::Channel:
        return labels.channel.value(int(d.channel));
    case JournalColumn::Line:
        return d.line;
    case JournalColumn::CallerType:
        return labels.caller.value(int(d.callerType));
    case JournalColumn::Anonymous:
        return d.anonymous ? labels.yes : labels.no;
    case JournalColumn::Applicant:
        return d.applicantName;
    case JournalColumn::Phone:
        return d.applicantPhone;
    case JournalColumn::ReferringAgency:
        return d.referringAgency;
    case JournalColumn::ReferringDocNo:
        return d.referringDocNo;
    case JournalColumn::Category:
        return e.categoryTitle;
    case JournalColumn::Urgency:
        return labels.urgency.value(int(d.urgency));
    case JournalColumn::Summary:
        return d.summary;
    case JournalColumn::ActionTaken:
        return d.actionTaken;
    case JournalColumn::CurrentStatus:
        return labels.status.value(int(d.status));
    case JournalColumn::Disposition:
        return labels.disposition.value(int(d.disposition));
    case JournalColumn::Dispatcher:
        return e.createdByName;
    }
    return {};
}

QString isoDate(const std::optional<QDate>& date)
{
    return date ? date->toString(Qt::ISODate) : QString();
}

} // namespace

JournalExporter::JournalExporter(Database& db, User user, QString workstation, Clock clock)
    : m_db(db)
    , m_user(std::move(user))
    , m_workstation(std::move(workstation))
    , m_clock(std::move(clock))
{}

bool JournalExporter::mayExport(const User& user)
{
    return user.active && (user.hasRole(Role::Supervisor) || user.hasRole(Role::Administrator));
}

QString JournalExporter::notAllowedMessage()
{
    return tr("Only a supervisor or an administrator exports the journal. Ask one of them for the report.");
}

QString JournalExporter::periodText(const JournalFilter& filter)
{
    if (filter.from && filter.to)
        return tr("%1 — %2").arg(text::shownDate(*filter.from), text::shownDate(*filter.to));
    if (filter.from)
        return tr("from %1").arg(text::shownDate(*filter.from));
    if (filter.to)
        return tr("up to %1").arg(text::shownDate(*filter.to));
    return tr("all time");
}

QString JournalExporter::defaultFileName(const JournalFilter& filter, ExportFormat format, bool depersonalised)
{
    QString name;
    if (filter.from && filter.to)
        name = tr("Journal %1 — %2").arg(isoDate(filter.from), isoDate(filter.to));
    else if (filter.from)
        name = tr("Journal from %1").arg(isoDate(filter.from));
    else if (filter.to)
        name = tr("Journal up to %1").arg(isoDate(filter.to));
    else
        name = tr("Journal, all time");
    if (depersonalised)
        name += QLatin1Char(' ') + tr("(depersonalised)");
    return name + QLatin1Char('.') + extensionOf(format);
}

Status JournalExporter::validate(const JournalExportRequest& request)
{
    const JournalFilter& f = request.filter;
    if (f.from && !f.from->isValid())
        return fail(Error::Kind::Validation, tr("The first day of the period is not a valid date."), {},
                    QStringLiteral("from"));
    if (f.to && !f.to->isValid())
        return fail(Error::Kind::Validation, tr("The last day of the period is not a valid date."), {},
                    QStringLiteral("to"));
    if (f.from && f.to && *f.to < *f.from)
        return fail(Error::Kind::Validation,
                    tr("The period ends on %1, before it starts on %2. Correct the dates: the end must be on or after "
                       "the start.")
                        .arg(text::shownDate(*f.to), text::shownDate(*f.from)),
                    {}, QStringLiteral("to"));
    if (request.columns.isEmpty())
        return fail(Error::Kind::Validation, tr("Choose at least one column to export."), {},
                    QStringLiteral("columns"));
    if (request.depersonalised) {
        for (const JournalColumn column : request.columns) {
            if (JournalColumns::isPersonal(column))
                return fail(Error::Kind::Validation,
                            tr("The column «%1» could lead to the person and has no place in a depersonalised export. "
                               "Leave it out, or export without depersonalising.")
                                .arg(label(column)),
                            {}, QStringLiteral("columns"));
        }
    }
    if (request.path.trimmed().isEmpty())
        return fail(Error::Kind::Validation, tr("Name the file to export to."), {}, QStringLiteral("path"));
    return {};
}

ExportTable JournalExporter::table(const JournalExportRequest& request, qint64 rows) const
{
    ExportTable t;
    t.title = tr("Hotline journal");
    t.centre = request.centre.name;
    const JournalFilter& f = request.filter;
    t.details << tr("Period: %1").arg(periodText(f));
    if (f.channel)
        t.details << tr("Channel: %1").arg(label(*f.channel));
    if (f.categoryId)
        t.details << tr("Category: %1").arg(request.categoryTitle);
    if (f.status)
        t.details << tr("Status: %1").arg(label(*f.status));
    if (f.dispatcherId)
        t.details << tr("Dispatcher: %1").arg(request.dispatcherName);
    // The search words may be the very name left out of the rows.
    if (!f.text.trimmed().isEmpty() && !request.depersonalised)
        t.details << tr("Search: «%1»").arg(f.text.trimmed());
    if (request.depersonalised)
        t.details << tr("Depersonalised: no names, phones, registration numbers or free text");
    t.details << tr("%n entries", nullptr, int(std::min<qint64>(rows, std::numeric_limits<int>::max())));
    t.footnote = tr("Exported %1 by %2").arg(text::shownDateTime(m_clock()), m_user.fullName);
    for (const JournalColumn column : request.columns)
        t.columns << columnOf(column, request.depersonalised);
    return t;
}

std::unique_ptr<TableWriter> JournalExporter::writer(ExportFormat format, const QString& path,
                                                     const QString& target) const
{
    switch (format) {
    case ExportFormat::Csv:
        return std::make_unique<CsvTableWriter>(path, target);
    case ExportFormat::Xlsx:
        return std::make_unique<XlsxTableWriter>(path, target, QFileInfo(path).absolutePath());
    case ExportFormat::Pdf:
        return std::make_unique<PdfTableWriter>(path, target);
    }
    return {};
}

Result<ExportSummary> JournalExporter::run(const JournalExportRequest& request, const Progress& progress)
{
    if (!mayExport(m_user))
        return fail(Error::Kind::Auth, notAllowedMessage(),
                    QStringLiteral("export refused to %1: not a supervisor or administrator").arg(m_user.login));
    if (auto ok = validate(request); !ok)
        return std::unexpected(ok.error());

    JournalRepository journal(m_db);
    auto snapshot = ReadSnapshot::begin(m_db);
    if (!snapshot)
        return std::unexpected(snapshot.error());
    const auto count = journal.count(request.filter);
    if (!count)
        return std::unexpected(count.error());
    if (*count == 0)
        return fail(Error::Kind::NotFound,
                    tr("No entry of the journal matches the period %1 and the filters chosen, so nothing was written. "
                       "Widen the period or the filters.")
                        .arg(periodText(request.filter)));
    if (request.format == ExportFormat::Xlsx && *count >= XlsxTableWriter::kMaxRows)
        return fail(Error::Kind::Validation,
                    tr("%1 entries match, more than an Excel sheet holds (%2). Export a shorter period, or to CSV.")
                        .arg(*count)
                        .arg(XlsxTableWriter::kMaxRows - 1),
                    {}, QStringLiteral("to"));

    auto file = ExportFile::create(request.path);
    if (!file)
        return std::unexpected(file.error());
    const std::unique_ptr<TableWriter> out = writer(request.format, file->temporaryPath(), file->target());
    auto abandon = [&out, &file] {
        out->abandon();
        file->discard();
    };
    if (auto ok = out->begin(table(request, *count)); !ok) {
        abandon();
        return std::unexpected(ok.error());
    }

    ExportSummary summary;
    summary.path = file->target();
    summary.format = request.format;
    summary.depersonalised = request.depersonalised;
    const qint64 total = qint64(*count) * out->passes();
    qint64 done = 0;
    std::optional<Error> failure;
    const Labels labels;
    for (int pass = 0; pass < out->passes() && !failure && !summary.cancelled; ++pass) {
        if (auto ok = out->startPass(pass); !ok) {
            failure = ok.error();
            break;
        }
        qint64 rowNumber = 0;
        const auto read = journal.forEach(request.filter, [&](const JournalEntry& entry) {
            ++rowNumber;
            QVariantList cells;
            cells.reserve(request.columns.size());
            for (const JournalColumn column : request.columns)
                cells << cellOf(column, entry, rowNumber, request.depersonalised, labels);
            if (auto ok = out->row(cells); !ok) {
                failure = ok.error();
                return false;
            }
            ++done;
            if (progress && done % kProgressEvery == 0 && !progress(done, total)) {
                summary.cancelled = true;
                return false;
            }
            return true;
        });
        if (!read && !failure)
            failure = read.error();
        summary.rows = rowNumber;
    }
    if (!failure && !summary.cancelled && progress && !progress(total, total))
        summary.cancelled = true;
    if (failure || summary.cancelled) {
        abandon();
        if (failure)
            return std::unexpected(*failure);
        summary.rows = 0;
        return summary;
    }
    if (auto ok = out->finish(); !ok) {
        abandon();
        return std::unexpected(ok.error());
    }
    snapshot->end();

    // The audit record and the file go together: the record is written in a transaction that commits only once the
    // file is in place, and the file is removed again if the record cannot be kept.
    auto tx = Transaction::begin(m_db);
    if (!tx) {
        file->discard();
        return std::unexpected(tx.error());
    }
    if (auto ok = audit(request, summary); !ok) {
        file->discard();
        return std::unexpected(ok.error());
    }
    if (auto ok = file->commit(); !ok) {
        file->discard();
        return std::unexpected(ok.error());
    }
    if (auto ok = tx->commit(); !ok) {
        file->discard();
        return std::unexpected(ok.error());
    }
    return summary;
}

Status JournalExporter::audit(const JournalExportRequest& request, const ExportSummary& summary)
{
    const JournalFilter& f = request.filter;
    QJsonObject filter;
    if (f.from)
        filter.insert(QStringLiteral("from"), isoDate(f.from));
    if (f.to)
        filter.insert(QStringLiteral("to"), isoDate(f.to));
    if (f.channel)
        filter.insert(QStringLiteral("channel"), toCode(*f.channel));
    if (f.categoryId)
        filter.insert(QStringLiteral("category"),
                      request.categoryTitle.isEmpty() ? QString::number(*f.categoryId) : request.categoryTitle);
    if (f.status)
        filter.insert(QStringLiteral("status"), toCode(*f.status));
    if (f.dispatcherId)
        filter.insert(QStringLiteral("dispatcher"),
                      request.dispatcherName.isEmpty() ? QString::number(*f.dispatcherId) : request.dispatcherName);
    if (!f.text.trimmed().isEmpty())
        filter.insert(QStringLiteral("text"), f.text.trimmed());
    QJsonArray columns;
    for (const JournalColumn column : request.columns)
        columns.append(toCode(column));
    const QJsonObject details{
        {QStringLiteral("export"), {QStringLiteral("journal")}},
        {QStringLiteral("format"), toCode(summary.format)},
        {QStringLiteral("rows"), summary.rows},
        {QStringLiteral("file"), QDir::toNativeSeparators(summary.path)},
        {QStringLiteral("depersonalised"), summary.depersonalised},
        {QStringLiteral("filter"), filter},
        {QStringLiteral("columns"), columns},
        {QStringLiteral("via"), request.via},
    };
    AuditRecord record;
    record.at = m_clock();
    record.userId = m_user.id;
    record.workstation = m_workstation;
    record.action = AuditAction::Export;
    record.objectType = kAuditObject;
    record.details = QString::fromUtf8(QJsonDocument(details).toJson(QJsonDocument::Compact));
    auto appended = AuditRepository(m_db).append(record);
    if (!appended)
        return std::unexpected(appended.error());
    return {};
}

} // namespace zabota::core
