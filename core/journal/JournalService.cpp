// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/journal/JournalService.h"

#include "core/journal/CategoryRepository.h"
#include "core/journal/JournalRepository.h"
#include "core/text/DateText.h"
#include "core/text/PhoneNumber.h"

namespace zabota::core {

namespace {
// A workstation clock may run a little behind the server's; more than this is a typing mistake.
constexpr qint64 kFutureToleranceSecs = 5 * 60;
const QDate kEarliest(2000, 1, 1);
} // namespace

JournalService::JournalService(JournalRepository& journal, CategoryRepository& categories, User currentUser,
                               Clock clock, QObject* parent)
    : QObject(parent)
    , m_journal(journal)
    , m_categories(categories)
    , m_user(std::move(currentUser))
    , m_clock(std::move(clock))
{}

EntryDraft JournalService::newDraft() const
{
    EntryDraft draft;
    const QDateTime now = m_clock();
    draft.receivedAt = now.addSecs(-now.time().second()); // to the minute, as the form shows it
    return draft;
}

Status JournalService::validate(const EntryDraft& d, const QDateTime& now)
{
    auto invalid = [](const QString& message, const char* field) {
        return fail(Error::Kind::Validation, message, {}, QString::fromLatin1(field));
    };
    if (!d.receivedAt.isValid())
        return invalid(tr("Enter the date and time the appeal was received."), "receivedAt");
    if (d.receivedAt.toSecsSinceEpoch() > now.toSecsSinceEpoch() + kFutureToleranceSecs)
        return invalid(tr("The appeal cannot be received in the future: check the date and time."), "receivedAt");
    if (d.receivedAt.date() < kEarliest)
        return invalid(tr("The date is before %1: check the year.").arg(text::shownDate(kEarliest)), "receivedAt");

    struct Limit {
        const QString* text;
        int max;
        const char* field;
        const char* name;
    };
    const Limit textLimits[] = {
        {&d.line, limits::kLine, "line", QT_TR_NOOP("line")},
        {&d.applicantName, limits::kName, "applicantName", QT_TR_NOOP("applicant's name")},
        {&d.applicantPhone, limits::kPhone, "applicantPhone", QT_TR_NOOP("phone")},
        {&d.referringAgency, limits::kAgency, "referringAgency", QT_TR_NOOP("referring agency")},
        {&d.referringDocNo, limits::kDocNo, "referringDocNo", QT_TR_NOOP("document number")},
        {&d.summary, limits::kSummary, "summary", QT_TR_NOOP("summary")},
        {&d.actionTaken, limits::kAction, "actionTaken", QT_TR_NOOP("action taken")},
    };
    for (const Limit& limit : textLimits) {
        if (limit.text->trimmed().size() > limit.max)
            return invalid(tr("The %1 is %2 characters long; at most %3 fit. Shorten it; nothing has been lost.")
                               .arg(tr(limit.name))
                               .arg(limit.text->trimmed().size())
                               .arg(limit.max),
                           limit.field);
    }

    const QString phone = d.applicantPhone.trimmed();
    if (d.anonymous && (!d.applicantName.trimmed().isEmpty() || !phone.isEmpty()))
        return invalid(tr("An anonymous appeal keeps no name or phone: clear them, or untick «Anonymous»."),
                       d.applicantName.trimmed().isEmpty() ? "applicantPhone" : "applicantName");
    if (!phone.isEmpty() && !text::normalisePhone(phone))
        return invalid(tr("«%1» is not a phone number: use 5 to 15 digits, with spaces, brackets, hyphens and a "
                          "leading + if needed.")
                           .arg(phone),
                       "applicantPhone");

    if (d.disposition != Disposition::Case)
        return {};
    if (!d.anonymous && d.applicantName.trimmed().isEmpty() && phone.isEmpty())
        return invalid(tr("Enter the applicant's name or phone, or mark the appeal anonymous."), "applicantName");
    if (d.callerType == CallerType::Agency && d.referringAgency.trimmed().isEmpty())
        return invalid(tr("Name the agency that referred the family."), "referringAgency");
    if (!d.categoryId)
        return invalid(tr("Choose the problem category."), "category");
    if (d.summary.trimmed().isEmpty())
        return invalid(tr("Write a short summary of the appeal."), "summary");
    return {};
}

Result<JournalEntry> JournalService::registerEntry(const EntryDraft& draft, const AlsoWrite& alsoWrite)
{
    const QDateTime now = m_clock();
    if (auto ok = validate(draft, now); !ok)
        return std::unexpected(ok.error());
    auto entry = m_journal.insert(draft, m_user.id, now, alsoWrite);
    if (entry)
        Q_EMIT entryAdded(entry->id);
    return entry;
}

Result<JournalEntry> JournalService::registerQuickCall(Disposition disposition, const QString& line)
{
    EntryDraft draft;
    draft.receivedAt = m_clock();
    draft.channel = Channel::Phone;
    draft.line = line;
    draft.callerType = CallerType::Anonymous;
    draft.anonymous = true;
    draft.status = EntryStatus::Closed;
    draft.disposition = disposition;
    return registerEntry(draft);
}

Status JournalService::undoQuickCall(EntryId id)
{
    auto entry = m_journal.get(id);
    if (!entry)
        return std::unexpected(entry.error());
    if (entry->draft.disposition == Disposition::Case)
        return fail(
            Error::Kind::Conflict,
            tr("Entry %1 is an appeal: it is not removed, but corrected or closed.").arg(entry->registrationNumber()));
    if (entry->createdAt.secsTo(m_clock()) > kUndoMinutes * 60)
        return fail(Error::Kind::Conflict,
                    tr("Entry %1 was registered more than %2 minutes ago and stays in the journal.")
                        .arg(entry->registrationNumber())
                        .arg(kUndoMinutes));
    auto withdrawn = m_journal.withdrawLatest(id, m_user.id);
    if (withdrawn)
        Q_EMIT entryRemoved(id);
    return withdrawn;
}

Result<JournalEntry> JournalService::updateEntry(EntryId id, int expectedVersion, const EntryDraft& draft,
                                                 const AlsoWrite& alsoWrite)
{
    const QDateTime now = m_clock();
    if (auto ok = validate(draft, now); !ok)
        return std::unexpected(ok.error());
    auto entry = m_journal.update(id, expectedVersion, draft, m_user.id, now, alsoWrite);
    if (entry)
        Q_EMIT entryChanged(entry->id);
    return entry;
}

Result<JournalEntry> JournalService::entry(EntryId id) const
{
    return m_journal.get(id);
}

Result<int> JournalService::count(const JournalFilter& filter) const
{
    return m_journal.count(filter);
}

Result<QList<JournalEntry>> JournalService::page(const JournalFilter& filter, int offset, int limit) const
{
    return m_journal.page(filter, offset, limit);
}

Result<QList<EntryChange>> JournalService::history(EntryId id) const
{
    return m_journal.history(id);
}

Result<QList<ProblemCategory>> JournalService::categories(bool includeInactive) const
{
    return m_categories.list(includeInactive);
}

Result<QList<std::pair<UserId, QString>>> JournalService::dispatchers() const
{
    return m_journal.dispatchers();
}

Status JournalService::requireAdministrator() const
{
    if (!m_user.hasRole(Role::Administrator))
        return fail(Error::Kind::Auth, tr("Only an administrator can change the list of categories."));
    return {};
}

Result<ProblemCategory> JournalService::addCategory(const QString& title)
{
    if (auto ok = requireAdministrator(); !ok)
        return std::unexpected(ok.error());
    auto category = m_categories.add(title);
    if (category)
        Q_EMIT categoriesChanged();
    return category;
}

Status JournalService::renameCategory(CategoryId id, const QString& title)
{
    if (auto ok = requireAdministrator(); !ok)
        return ok;
    auto renamed = m_categories.rename(id, title);
    if (renamed)
        Q_EMIT categoriesChanged();
    return renamed;
}

Status JournalService::setCategoryActive(CategoryId id, bool active)
{
    if (auto ok = requireAdministrator(); !ok)
        return ok;
    auto changed = m_categories.setActive(id, active);
    if (changed)
        Q_EMIT categoriesChanged();
    return changed;
}

QString JournalService::fieldLabel(const QString& field)
{
    static const QList<std::pair<const char*, const char*>> kLabels = {
        {"receivedAt", QT_TR_NOOP("Received")},
        {"channel", QT_TR_NOOP("Channel")},
        {"line", QT_TR_NOOP("Line")},
        {"callerType", QT_TR_NOOP("Caller")},
        {"anonymous", QT_TR_NOOP("Anonymous")},
        {"applicantName", QT_TR_NOOP("Applicant")},
        {"applicantPhone", QT_TR_NOOP("Phone")},
        {"referringAgency", QT_TR_NOOP("Referring agency")},
        {"referringDocNo", QT_TR_NOOP("Document no.")},
        {"category", QT_TR_NOOP("Category")},
        {"urgency", QT_TR_NOOP("Urgency")},
        {"summary", QT_TR_NOOP("Summary")},
        {"actionTaken", QT_TR_NOOP("Action taken")},
        {"status", QT_TR_NOOP("Status")},
        {"disposition", QT_TR_NOOP("Kind of call")},
    };
    for (const auto& [code, text] : kLabels) {
        if (field == QLatin1String(code))
            return tr(text);
    }
    return field;
}

QString JournalService::fieldValue(const QString& field, const QString& value)
{
    if (field == QLatin1String("channel"))
        return fromCode<Channel>(value).transform([](Channel c) { return label(c); }).value_or(value);
    if (field == QLatin1String("callerType"))
        return fromCode<CallerType>(value).transform([](CallerType c) { return label(c); }).value_or(value);
    if (field == QLatin1String("urgency"))
        return fromCode<Urgency>(value).transform([](Urgency c) { return label(c); }).value_or(value);
    if (field == QLatin1String("status"))
        return fromCode<EntryStatus>(value).transform([](EntryStatus c) { return label(c); }).value_or(value);
    if (field == QLatin1String("disposition"))
        return fromCode<Disposition>(value).transform([](Disposition c) { return label(c); }).value_or(value);
    if (field == QLatin1String("anonymous"))
        return value == QLatin1String("1") ? tr("yes") : tr("no");
    return value;
}

const QList<DraftField<EntryDraft>>& JournalService::draftFields()
{
    // In the order of the form; the kind of call is not on the form, but a colleague may change it.
    static const QList<DraftField<EntryDraft>> kFields = {
        draftField("receivedAt", &EntryDraft::receivedAt),
        draftField("channel", &EntryDraft::channel),
        draftField("line", &EntryDraft::line),
        draftField("callerType", &EntryDraft::callerType),
        draftField("anonymous", &EntryDraft::anonymous),
        draftField("applicantName", &EntryDraft::applicantName),
        draftField("applicantPhone", &EntryDraft::applicantPhone),
        draftField("referringAgency", &EntryDraft::referringAgency),
        draftField("referringDocNo", &EntryDraft::referringDocNo),
        draftField("category", &EntryDraft::categoryId),
        draftField("urgency", &EntryDraft::urgency),
        draftField("summary", &EntryDraft::summary),
        draftField("actionTaken", &EntryDraft::actionTaken),
        draftField("status", &EntryDraft::status),
        draftField("disposition", &EntryDraft::disposition),
    };
    return kFields;
}

DraftMerge<EntryDraft> JournalService::mergeDrafts(const EntryDraft& base, const EntryDraft& mine,
                                                   const EntryDraft& theirs)
{
    return core::mergeDrafts(draftFields(), base, mine, theirs);
}

} // namespace zabota::core
