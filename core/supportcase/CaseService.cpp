// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/supportcase/CaseService.h"

#include "core/storage/Database.h"
#include "core/storage/SqlValue.h"
#include "core/storage/Transaction.h"
#include "core/supportcase/CaseList.h"
#include "core/text/DateText.h"

#include <QSqlQuery>

namespace zabota::core {

std::span<const EnumItem<CaseOutcome>> EnumTraits<CaseOutcome>::items()
{
    static constexpr EnumItem<CaseOutcome> kItems[] = {
        {CaseOutcome::ImprovedRemoved, "improved_removed",
         QT_TRANSLATE_NOOP("zabota::core::CaseOutcome", "Improved, taken off the register")},
        {CaseOutcome::Moved, "moved", QT_TRANSLATE_NOOP("zabota::core::CaseOutcome", "Moved away")},
        {CaseOutcome::Refused, "refused", QT_TRANSLATE_NOOP("zabota::core::CaseOutcome", "Refused support")},
        {CaseOutcome::TurnedAdult, "turned_adult", QT_TRANSLATE_NOOP("zabota::core::CaseOutcome", "Child turned 18")},
        {CaseOutcome::Other, "other", QT_TRANSLATE_NOOP("zabota::core::CaseOutcome", "Other")},
    };
    return kItems;
}

std::span<const EnumItem<PlanItemStatus>> EnumTraits<PlanItemStatus>::items()
{
    static constexpr EnumItem<PlanItemStatus> kItems[] = {
        {PlanItemStatus::Planned, "planned", QT_TRANSLATE_NOOP("zabota::core::PlanItemStatus", "Planned")},
        {PlanItemStatus::Done, "done", QT_TRANSLATE_NOOP("zabota::core::PlanItemStatus", "Done")},
        {PlanItemStatus::Cancelled, "cancelled", QT_TRANSLATE_NOOP("zabota::core::PlanItemStatus", "Cancelled")},
    };
    return kItems;
}

std::span<const EnumItem<CaseLevel>> EnumTraits<CaseLevel>::items()
{
    static constexpr EnumItem<CaseLevel> kItems[] = {
        {CaseLevel::Crisis, "crisis", QT_TRANSLATE_NOOP("zabota::core::CaseLevel", "Crisis")},
        {CaseLevel::Rehabilitation, "rehabilitation", QT_TRANSLATE_NOOP("zabota::core::CaseLevel", "Rehabilitation")},
        {CaseLevel::Maintenance, "maintenance", QT_TRANSLATE_NOOP("zabota::core::CaseLevel", "Maintenance")},
    };
    return kItems;
}

std::span<const EnumItem<ProtocolKind>> EnumTraits<ProtocolKind>::items()
{
    static constexpr EnumItem<ProtocolKind> kItems[] = {
        {ProtocolKind::Consilium, "consilium", QT_TRANSLATE_NOOP("zabota::core::ProtocolKind", "Case conference")},
        {ProtocolKind::Commission, "commission", QT_TRANSLATE_NOOP("zabota::core::ProtocolKind", "Commission")},
        {ProtocolKind::Kdn, "kdn", QT_TRANSLATE_NOOP("zabota::core::ProtocolKind", "Juvenile affairs commission")},
    };
    return kItems;
}

std::span<const EnumItem<ProtocolDecision>> EnumTraits<ProtocolDecision>::items()
{
    static constexpr EnumItem<ProtocolDecision> kItems[] = {
        {ProtocolDecision::TakeOn, "take_on", QT_TRANSLATE_NOOP("zabota::core::ProtocolDecision", "Take on support")},
        {ProtocolDecision::ChangePlan, "change_plan",
         QT_TRANSLATE_NOOP("zabota::core::ProtocolDecision", "Change the plan")},
        {ProtocolDecision::ChangeLevel, "change_level",
         QT_TRANSLATE_NOOP("zabota::core::ProtocolDecision", "Change the level")},
        {ProtocolDecision::EndSupport, "end_support",
         QT_TRANSLATE_NOOP("zabota::core::ProtocolDecision", "End support")},
    };
    return kItems;
}

CaseService::CaseService(Database& db, User currentUser, Clock clock)
    : m_db(db)
    , m_user(std::move(currentUser))
    , m_clock(std::move(clock))
{}

Result<CaseService::State> CaseService::caseState(CaseId id) const
{
    // Read before a change: the row stays locked until the change is committed, so that two workstations never
    // change a case on the same reading (close it twice, give two plan items one position).
    QSqlQuery q =
        m_db.prepare(QStringLiteral("SELECT opened_at, closed_at, curator_id FROM support_case WHERE id = ?") +
                     m_db.dialect().lockRows());
    q.addBindValue(id);
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return fail(Error::Kind::NotFound, tr("The case no longer exists."));
    if (q.value(2).toLongLong() != m_user.id && !m_user.hasRole(Role::Supervisor))
        return fail(Error::Kind::Auth, tr("Only the case's curator or a supervisor can change the case."));
    return State{QDateTime::fromSecsSinceEpoch(q.value(0).toLongLong()).toLocalTime().date(), !q.value(1).isNull()};
}

bool CaseService::mayChange(const CaseSummary& c) const
{
    return !c.isClosed() && (c.curatorId == m_user.id || m_user.hasRole(Role::Supervisor));
}

Result<CaseSummary> CaseService::summary(CaseId id) const
{
    return CaseList(m_db, m_clock).get(id);
}

Status CaseService::setDetails(CaseId id, const QString& basis, std::optional<CaseLevel> level)
{
    auto state = caseState(id);
    if (!state)
        return std::unexpected(state.error());
    if (state->closed)
        return fail(Error::Kind::Validation, tr("The case is closed: it cannot change."));
    QSqlQuery q = m_db.prepare(
        QStringLiteral("UPDATE support_case SET basis = ?, level = ?, version = version + 1 WHERE id = ?"));
    q.addBindValue(sql::text(basis.trimmed()));
    q.addBindValue(sql::text(level ? toCode(*level) : QString()));
    q.addBindValue(id);
    return m_db.exec(q);
}

Status CaseService::saveCase(CaseId id, const QString& basis, std::optional<CaseLevel> level,
                             const std::optional<SupportContract>& contract)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    if (contract) {
        if (auto ok = setContract(id, *contract); !ok)
            return ok;
    }
    if (auto ok = setDetails(id, basis, level); !ok)
        return ok;
    return tx->commit();
}

Status CaseService::setContract(CaseId id, const SupportContract& contract)
{
    auto state = caseState(id);
    if (!state)
        return std::unexpected(state.error());
    if (contract.number.trimmed().isEmpty())
        return fail(Error::Kind::Validation, tr("Enter the contract's number."), {}, QStringLiteral("contractNo"));
    if (!contract.signedOn.isValid() || contract.signedOn > m_clock().date())
        return fail(Error::Kind::Validation, tr("Enter the day the contract was signed; it cannot be in the future."),
                    {}, QStringLiteral("contractDate"));
    if (contract.validUntil.isValid() && contract.validUntil < contract.signedOn)
        return fail(Error::Kind::Validation,
                    tr("The contract ends on %1, before it was signed on %2: check the dates.")
                        .arg(text::shownDate(contract.validUntil), text::shownDate(contract.signedOn)),
                    {}, QStringLiteral("contractUntil"));
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE support_case SET contract_no = ?, contract_date = ?, "
                                              "contract_until = ?, version = version + 1 WHERE id = ?"));
    q.addBindValue(contract.number.trimmed());
    q.addBindValue(sql::date(contract.signedOn));
    q.addBindValue(sql::date(contract.validUntil));
    q.addBindValue(id);
    return m_db.exec(q);
}

Status CaseService::checkItem(const PlanItemDraft& item, const State& state) const
{
    if (item.activity.trimmed().isEmpty())
        return fail(Error::Kind::Validation, tr("Describe the activity of the plan item."), {},
                    QStringLiteral("activity"));
    if (!item.dueDate.isValid())
        return fail(Error::Kind::Validation, tr("Enter the due date of the plan item."), {}, QStringLiteral("dueDate"));
    if (item.dueDate < state.openedOn)
        return fail(Error::Kind::Validation,
                    tr("The due date %1 is before the case opened on %2: choose a later day.")
                        .arg(text::shownDate(item.dueDate), text::shownDate(state.openedOn)),
                    {}, QStringLiteral("dueDate"));
    return {};
}

Result<PlanItemId> CaseService::addPlanItem(CaseId id, const PlanItemDraft& item)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto state = caseState(id);
    if (!state)
        return std::unexpected(state.error());
    if (state->closed)
        return fail(Error::Kind::Validation, tr("The case is closed: its plan cannot change."));
    if (auto ok = checkItem(item, *state); !ok)
        return std::unexpected(ok.error());
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO plan_item (case_id, position, section, activity, responsible_id, partner, volume, due_date, "
        "status, notes) SELECT ?, COALESCE(MAX(position), 0) + 1, ?, ?, ?, ?, ?, ?, ?, ? FROM plan_item "
        "WHERE case_id = ? RETURNING id"));
    for (const QVariant& value :
         {QVariant(id), sql::text(item.section.trimmed()), sql::text(item.activity.trimmed()),
          sql::id(item.responsibleId), sql::text(item.partner.trimmed()), sql::text(item.volume.trimmed()),
          sql::date(item.dueDate), QVariant(toCode(PlanItemStatus::Planned)), sql::text(item.notes), QVariant(id)})
        q.addBindValue(value);
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    q.next();
    const PlanItemId itemId = q.value(0).toLongLong();
    q.finish();
    if (auto ok = tx->commit(); !ok)
        return std::unexpected(ok.error());
    return itemId;
}

Result<CaseService::State> CaseService::openCaseOfItem(PlanItemId id) const
{
    QSqlQuery q = m_db.prepare(QStringLiteral("SELECT case_id FROM plan_item WHERE id = ?"));
    q.addBindValue(id);
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    if (!q.next())
        return fail(Error::Kind::NotFound, tr("The plan item no longer exists."));
    auto state = caseState(q.value(0).toLongLong());
    if (state && state->closed)
        return fail(Error::Kind::Validation, tr("The case is closed: its plan cannot change."));
    return state;
}

Status CaseService::updatePlanItem(PlanItemId id, const PlanItemDraft& item)
{
    auto state = openCaseOfItem(id);
    if (!state)
        return std::unexpected(state.error());
    if (auto ok = checkItem(item, *state); !ok)
        return ok;
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE plan_item SET section = ?, activity = ?, responsible_id = ?, "
                                              "partner = ?, volume = ?, due_date = ?, notes = ? WHERE id = ?"));
    for (const QVariant& value :
         {sql::text(item.section.trimmed()), sql::text(item.activity.trimmed()), sql::id(item.responsibleId),
          sql::text(item.partner.trimmed()), sql::text(item.volume.trimmed()), sql::date(item.dueDate),
          sql::text(item.notes), QVariant(id)})
        q.addBindValue(value);
    return m_db.exec(q);
}

Status CaseService::markDone(PlanItemId id, const QDate& on, const QString& note)
{
    auto state = openCaseOfItem(id);
    if (!state)
        return std::unexpected(state.error());
    if (!on.isValid() || on > m_clock().date())
        return fail(Error::Kind::Validation, tr("Enter the day the activity was done; it cannot be in the future."), {},
                    QStringLiteral("doneOn"));
    if (on < state->openedOn)
        return fail(Error::Kind::Validation,
                    tr("The day %1 is before the case opened on %2: choose a later day.")
                        .arg(text::shownDate(on), text::shownDate(state->openedOn)),
                    {}, QStringLiteral("doneOn"));
    QSqlQuery q =
        m_db.prepare(QStringLiteral("UPDATE plan_item SET status = ?, done_on = ?, done_note = ? WHERE id = ?"));
    q.addBindValue(toCode(PlanItemStatus::Done));
    q.addBindValue(sql::date(on));
    q.addBindValue(sql::text(note.trimmed()));
    q.addBindValue(id);
    return m_db.exec(q);
}

namespace {

const QString kSelectItem = QStringLiteral("SELECT p.id, p.case_id, p.section, p.activity, p.responsible_id, "
                                           "p.partner, p.volume, p.due_date, p.status, p.done_on, p.notes, p.done_note "
                                           "FROM plan_item p ");

PlanItem itemFrom(const QSqlQuery& q)
{
    PlanItem item;
    item.id = q.value(0).toLongLong();
    item.caseId = q.value(1).toLongLong();
    item.draft.section = q.value(2).toString();
    item.draft.activity = q.value(3).toString();
    item.draft.responsibleId = sql::idFrom(q.value(4));
    item.draft.partner = q.value(5).toString();
    item.draft.volume = q.value(6).toString();
    item.draft.dueDate = sql::dateFrom(q.value(7));
    item.status = fromCode<PlanItemStatus>(q.value(8).toString()).value_or(PlanItemStatus::Planned);
    item.doneOn = sql::dateFrom(q.value(9));
    item.draft.notes = q.value(10).toString();
    item.doneNote = q.value(11).toString();
    return item;
}

} // namespace

Result<QList<PlanItem>> CaseService::plan(CaseId id) const
{
    return m_db.list(kSelectItem + QStringLiteral("WHERE p.case_id = ? ORDER BY p.position, p.id"), {id}, itemFrom);
}

Result<ProtocolId> CaseService::addProtocol(CaseId id, const ProtocolDraft& protocol)
{
    auto state = caseState(id);
    if (!state)
        return std::unexpected(state.error());
    if (state->closed)
        return fail(Error::Kind::Validation, tr("The case is closed: no protocol can be added."));
    if (protocol.number.trimmed().isEmpty())
        return fail(Error::Kind::Validation, tr("Enter the protocol's number."), {}, QStringLiteral("protocolNo"));
    if (!protocol.date.isValid() || protocol.date > m_clock().date())
        return fail(Error::Kind::Validation, tr("Enter the day of the meeting; it cannot be in the future."), {},
                    QStringLiteral("protocolDate"));
    if (protocol.date < state->openedOn.addMonths(-1))
        return fail(Error::Kind::Validation,
                    tr("The meeting on %1 was long before the case opened on %2: check the date.")
                        .arg(text::shownDate(protocol.date), text::shownDate(state->openedOn)),
                    {}, QStringLiteral("protocolDate"));
    if (protocol.participants.trimmed().isEmpty())
        return fail(Error::Kind::Validation, tr("List who took part in the meeting."), {},
                    QStringLiteral("participants"));
    if (protocol.decisionText.trimmed().isEmpty())
        return fail(Error::Kind::Validation, tr("Write the decision as the meeting worded it."), {},
                    QStringLiteral("decisionText"));
    QSqlQuery q = m_db.prepare(QStringLiteral(
        "INSERT INTO case_protocol (case_id, protocol_no, protocol_date, kind, participants, body, decision, "
        "decision_text, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
    for (const QVariant& value :
         {QVariant(id), sql::text(protocol.number.trimmed()), sql::date(protocol.date), QVariant(toCode(protocol.kind)),
          sql::text(protocol.participants.trimmed()), sql::text(protocol.body.trimmed()),
          QVariant(toCode(protocol.decision)), sql::text(protocol.decisionText.trimmed()), QVariant(m_user.id),
          QVariant(m_clock().toSecsSinceEpoch())})
        q.addBindValue(value);
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    q.next();
    return q.value(0).toLongLong();
}

Result<QList<Protocol>> CaseService::protocols(CaseId id) const
{
    QSqlQuery q = m_db.prepare(
        QStringLiteral("SELECT id, protocol_no, protocol_date, kind, participants, body, decision, decision_text "
                       "FROM case_protocol WHERE case_id = ? ORDER BY protocol_date, id"));
    q.addBindValue(id);
    if (auto ok = m_db.exec(q); !ok)
        return std::unexpected(ok.error());
    QList<Protocol> list;
    while (q.next()) {
        Protocol p;
        p.id = q.value(0).toLongLong();
        p.caseId = id;
        p.draft.number = q.value(1).toString();
        p.draft.date = sql::dateFrom(q.value(2));
        p.draft.kind = fromCode<ProtocolKind>(q.value(3).toString()).value_or(ProtocolKind::Consilium);
        p.draft.participants = q.value(4).toString();
        p.draft.body = q.value(5).toString();
        p.draft.decision = fromCode<ProtocolDecision>(q.value(6).toString()).value_or(ProtocolDecision::TakeOn);
        p.draft.decisionText = q.value(7).toString();
        list << p;
    }
    return list;
}

Status CaseService::close(CaseId id, CaseOutcome outcome, const QString& reason, bool evenWithOpenItems)
{
    auto tx = Transaction::begin(m_db);
    if (!tx)
        return std::unexpected(tx.error());
    auto state = caseState(id);
    if (!state)
        return std::unexpected(state.error());
    if (state->closed)
        return fail(Error::Kind::Conflict, tr("The case is closed already."));
    if (outcome == CaseOutcome::Other && reason.trimmed().isEmpty())
        return fail(Error::Kind::Validation, tr("Say why the case closes."), {}, QStringLiteral("reason"));
    auto items = plan(id);
    if (!items)
        return std::unexpected(items.error());
    const auto open =
        std::ranges::count_if(*items, [](const PlanItem& i) { return i.status == PlanItemStatus::Planned; });
    if (open > 0 && !evenWithOpenItems)
        return fail(Error::Kind::Validation,
                    tr("%n plan item(s) are not done yet. Close the case anyway? They will be marked cancelled.",
                       nullptr, int(open)),
                    {}, QStringLiteral("openItems"));
    QSqlQuery cancel = m_db.prepare(QStringLiteral("UPDATE plan_item SET status = ? WHERE case_id = ? AND status = ?"));
    cancel.addBindValue(toCode(PlanItemStatus::Cancelled));
    cancel.addBindValue(id);
    cancel.addBindValue(toCode(PlanItemStatus::Planned));
    if (auto ok = m_db.exec(cancel); !ok)
        return ok;
    QSqlQuery q = m_db.prepare(QStringLiteral("UPDATE support_case SET closed_at = ?, outcome = ?, closing_reason = ?, "
                                              "version = version + 1 WHERE id = ?"));
    q.addBindValue(m_clock().toSecsSinceEpoch());
    q.addBindValue(toCode(outcome));
    q.addBindValue(sql::text(reason.trimmed()));
    q.addBindValue(id);
    if (auto ok = m_db.exec(q); !ok)
        return ok;
    return tx->commit();
}

} // namespace zabota::core
