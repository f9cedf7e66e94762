// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PartnersDialog.h"

#include "core/partner/PartnerService.h"
#include "core/text/DateText.h"
#include "ui/PartnerDialog.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QTreeWidget>

namespace zabota::ui {

namespace {

enum Column { Name, Kind, Phone, Territory, Agreement };

} // namespace

PartnersDialog::PartnersDialog(core::PartnerService& partners, QWidget* parent)
    : DirectoryDialog(partners.canEdit(), texts(), parent)
    , m_partners(partners)
{
    setWindowTitle(tr("Partner organisations"));

    m_kind = new QComboBox(this);
    m_kind->addItem(tr("All kinds"));
    for (const core::PartnerKind kind : core::allValues<core::PartnerKind>())
        m_kind->addItem(core::label(kind), static_cast<int>(kind));
    auto* kindLabel = new QLabel(tr("&Kind:"), this);
    kindLabel->setBuddy(m_kind);
    m_search = new QLineEdit(this);
    m_search->setClearButtonEnabled(true);
    m_search->setPlaceholderText(tr("Name, services, territory, contact or phone"));
    auto* searchLabel = new QLabel(tr("&Search:"), this);
    searchLabel->setBuddy(m_search);
    auto* filters = new QHBoxLayout;
    filters->addWidget(kindLabel);
    filters->addWidget(m_kind);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    setUp(filters, {tr("Name"), tr("Kind"), tr("Phone"), tr("Territory"), tr("Agreement")});

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { reload(currentId()); });
    connect(m_search, &QLineEdit::textChanged, this, [this] { reload(currentId()); });
    connect(m_search, &QLineEdit::returnPressed, tree(), [this] { tree()->setFocus(Qt::OtherFocusReason); });

    resize(900, 560);
    tree()->setColumnWidth(Kind, fontMetrics().horizontalAdvance(QStringLiteral("Опека и попечительство")) + 24);
    tree()->setColumnWidth(Phone, fontMetrics().horizontalAdvance(QStringLiteral("8 (3452) 00-00-00")) + 24);
    tree()->setColumnWidth(Territory, fontMetrics().horizontalAdvance(QStringLiteral("Центральный АО")) + 24);
    tree()->setColumnWidth(Agreement, fontMetrics().horizontalAdvance(QStringLiteral("№ 00/0000 от 00.00.0000")) + 24);
}

DirectoryDialog::Texts PartnersDialog::texts()
{
    return {
        .showInactive = tr("Show &inactive"),
        .showInactiveTip = tr("Also the organisations switched off, which are no longer offered"),
        .add = tr("&Add…"),
        .insertKey = tr("Insert"),
        .edit = tr("&Edit…"),
        .enterKey = tr("Enter"),
        .deactivate = tr("&Deactivate"),
        .deactivateTip = tr("Delete: the organisation is no longer offered, but stays in old plans"),
        .reactivate = tr("&Reactivate"),
        .open = tr("&Open…"),
        .refusal = tr("Only an administrator changes the partner organisations."),
        .inactive = tr("%1 (inactive)"),
        .question = tr("Deactivate «%1»?"),
        .consequence = tr("It is no longer offered in the navigator and the plans; those that name it keep it. "
                          "Reactivate takes it back."),
    };
}

core::Result<QList<DirectoryDialog::Row>> PartnersDialog::rows() const
{
    const auto partners = m_partners.list(false);
    if (!partners)
        return std::unexpected(partners.error());
    const QVariant kind = m_kind->currentData();
    const QString typed = m_search->text();
    QList<Row> found;
    for (const core::Partner& p : *partners) {
        if (kind.isValid() && static_cast<int>(p.kind) != kind.toInt())
            continue;
        if (!core::PartnerService::matches(p, typed))
            continue;
        QString agreement;
        if (!p.agreementNo.isEmpty() && p.agreementDate.isValid())
            agreement = tr("no. %1 of %2").arg(p.agreementNo, core::text::shownDate(p.agreementDate));
        else if (!p.agreementNo.isEmpty())
            agreement = tr("no. %1").arg(p.agreementNo);
        else if (p.agreementDate.isValid())
            agreement = tr("of %1").arg(core::text::shownDate(p.agreementDate));
        found << Row{.id = p.id,
                     .active = p.active,
                     .name = p.name,
                     .others = {core::label(p.kind), p.phone, p.territory, agreement},
                     .toolTip = p.services};
    }
    return found;
}

core::Status PartnersDialog::setActive(qint64 id, bool active)
{
    return active ? m_partners.activate(id) : m_partners.deactivate(id);
}

void PartnersDialog::addNew()
{
    if (!m_partners.canEdit()) {
        showMessage(tr("Only an administrator changes the partner organisations."));
        return;
    }
    PartnerDialog dialog(m_partners, std::nullopt, this);
    if (dialog.exec() != QDialog::Accepted || !dialog.savedId())
        return;
    showMessage({});
    // A new partner shows even when the filters would hide it.
    const QSignalBlocker kindBlocker(m_kind);
    const QSignalBlocker searchBlocker(m_search);
    m_kind->setCurrentIndex(0);
    m_search->clear();
    reload(dialog.savedId());
    tree()->setFocus(Qt::OtherFocusReason);
}

void PartnersDialog::openCurrent()
{
    const auto id = currentId();
    if (!id)
        return;
    const auto partner = m_partners.partner(*id);
    if (!partner) {
        showMessage(partner.error().message);
        reload();
        return;
    }
    PartnerDialog dialog(m_partners, *partner, this);
    if (dialog.exec() == QDialog::Accepted && dialog.savedId()) {
        showMessage({});
        reload(dialog.savedId());
    }
    tree()->setFocus(Qt::OtherFocusReason);
}

} // namespace zabota::ui
