// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/PartnersDialog.h"

#include "core/partner/PartnerService.h"
#include "core/text/DateText.h"
#include "ui/MessageLabel.h"
#include "ui/PartnerDialog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zabota::ui {

namespace {

constexpr int kIdRole = Qt::UserRole;
enum Column { Name, Kind, Phone, Territory, Agreement };

} // namespace

PartnersDialog::PartnersDialog(core::PartnerService& partners, QWidget* parent)
    : QDialog(parent)
    , m_partners(partners)
{
    setWindowTitle(tr("Partner organisations"));
    const bool admin = m_partners.canEdit();

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
    m_showInactive = new QCheckBox(tr("Show &inactive"), this);
    m_showInactive->setToolTip(tr("Also the organisations switched off, which are no longer offered"));
    auto* filters = new QHBoxLayout;
    filters->addWidget(kindLabel);
    filters->addWidget(m_kind);
    filters->addWidget(searchLabel);
    filters->addWidget(m_search, 1);
    filters->addWidget(m_showInactive);

    m_tree = new QTreeWidget(this);
    m_tree->setRootIsDecorated(false);
    m_tree->setAlternatingRowColors(true);
    m_tree->setHeaderLabels({tr("Name"), tr("Kind"), tr("Phone"), tr("Territory"), tr("Agreement")});
    m_tree->header()->setSectionResizeMode(Name, QHeaderView::Stretch);
    m_tree->header()->setStretchLastSection(false);
    m_tree->installEventFilter(this);
    m_message = makeMessageLabel(this, MessageKind::Inline);

    auto* actions = new QHBoxLayout;
    if (admin) {
        m_add = new QPushButton(tr("&Add…"), this);
        m_add->setToolTip(tr("Insert"));
        m_open = new QPushButton(tr("&Edit…"), this);
        m_open->setToolTip(tr("Enter"));
        m_deactivate = new QPushButton(tr("&Deactivate"), this);
        m_deactivate->setToolTip(tr("Delete: the organisation is no longer offered, but stays in old plans"));
        m_activate = new QPushButton(tr("&Reactivate"), this);
        connect(m_add, &QPushButton::clicked, this, &PartnersDialog::addPartner);
        connect(m_deactivate, &QPushButton::clicked, this, &PartnersDialog::deactivateCurrent);
        connect(m_activate, &QPushButton::clicked, this, &PartnersDialog::activateCurrent);
    } else {
        m_open = new QPushButton(tr("&Open…"), this);
        m_open->setToolTip(tr("Enter"));
        auto* hint = new QLabel(tr("Only an administrator changes the partner organisations."), this);
        hint->setWordWrap(true);
        actions->addWidget(hint, 1);
    }
    connect(m_open, &QPushButton::clicked, this, &PartnersDialog::openCurrent);
    for (QPushButton* button : {m_add, m_open, m_deactivate, m_activate}) {
        if (button) {
            button->setAutoDefault(false);
            actions->addWidget(button);
        }
    }
    if (admin)
        actions->addStretch();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->button(QDialogButtonBox::Close)->setAutoDefault(false);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);
    layout->addWidget(buttons);

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] { reload(currentId()); });
    connect(m_search, &QLineEdit::textChanged, this, [this] { reload(currentId()); });
    connect(m_search, &QLineEdit::returnPressed, m_tree, [this] { m_tree->setFocus(Qt::OtherFocusReason); });
    connect(m_showInactive, &QCheckBox::toggled, this, [this] { reload(currentId()); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &PartnersDialog::updateButtons);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, &PartnersDialog::openCurrent);

    reload();
    resize(900, 560);
    m_tree->setColumnWidth(Kind, fontMetrics().horizontalAdvance(QStringLiteral("Опека и попечительство")) + 24);
    m_tree->setColumnWidth(Phone, fontMetrics().horizontalAdvance(QStringLiteral("8 (3452) 00-00-00")) + 24);
    m_tree->setColumnWidth(Territory, fontMetrics().horizontalAdvance(QStringLiteral("Центральный АО")) + 24);
    m_tree->setColumnWidth(Agreement, fontMetrics().horizontalAdvance(QStringLiteral("№ 00/0000 от 00.00.0000")) + 24);
    m_tree->setFocus(Qt::OtherFocusReason);
}

QString PartnersDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void PartnersDialog::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

std::optional<core::PartnerId> PartnersDialog::currentId() const
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return std::nullopt;
    return item->data(Name, kIdRole).toLongLong();
}

void PartnersDialog::reload(std::optional<core::PartnerId> select)
{
    const auto partners = m_partners.list(false);
    if (!partners) {
        showMessage(partners.error().message);
        return;
    }
    m_all = *partners;
    const QVariant kind = m_kind->currentData();
    const QString typed = m_search->text();
    const QColor inactive = palette().color(QPalette::Disabled, QPalette::Text);
    const QSignalBlocker blocker(m_tree);
    m_tree->clear();
    for (const core::Partner& p : std::as_const(m_all)) {
        if (!p.active && !m_showInactive->isChecked())
            continue;
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
        auto* item = new QTreeWidgetItem(m_tree, {p.active ? p.name : tr("%1 (inactive)").arg(p.name),
                                                  core::label(p.kind), p.phone, p.territory, agreement});
        item->setData(Name, kIdRole, p.id);
        item->setToolTip(Name, p.services);
        if (!p.active) {
            for (int column = 0; column < m_tree->columnCount(); ++column)
                item->setForeground(column, inactive);
        }
        if (select && p.id == *select)
            m_tree->setCurrentItem(item);
    }
    if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
    updateButtons();
}

void PartnersDialog::updateButtons()
{
    const auto id = currentId();
    const auto found = std::ranges::find(m_all, id.value_or(0), &core::Partner::id);
    const bool active = found != m_all.cend() && found->active;
    m_open->setEnabled(id.has_value());
    if (m_deactivate)
        m_deactivate->setEnabled(id && active);
    if (m_activate)
        m_activate->setEnabled(id && !active);
}

void PartnersDialog::addPartner()
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
    m_tree->setFocus(Qt::OtherFocusReason);
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
    m_tree->setFocus(Qt::OtherFocusReason);
}

void PartnersDialog::deactivateCurrent()
{
    const auto id = currentId();
    if (!id)
        return;
    const auto found = std::ranges::find(m_all, *id, &core::Partner::id);
    if (found == m_all.cend() || !found->active)
        return;
    QMessageBox box(QMessageBox::Question, windowTitle(), tr("Deactivate «%1»?").arg(found->name),
                    QMessageBox::Yes | QMessageBox::No, this);
    box.setInformativeText(tr("It is no longer offered in the navigator and the plans; those that name it keep it. "
                              "Reactivate takes it back."));
    box.setDefaultButton(QMessageBox::Yes);
    box.setEscapeButton(QMessageBox::No);
    if (box.exec() != QMessageBox::Yes)
        return;
    if (const auto done = m_partners.deactivate(*id); !done) {
        showMessage(done.error().message);
        return;
    }
    showMessage({});
    reload(id);
    m_tree->setFocus(Qt::OtherFocusReason);
}

void PartnersDialog::activateCurrent()
{
    const auto id = currentId();
    if (!id)
        return;
    if (const auto done = m_partners.activate(*id); !done) {
        showMessage(done.error().message);
        return;
    }
    showMessage({});
    reload(id);
}

bool PartnersDialog::eventFilter(QObject* watched, QEvent* event)
{
    // The view takes Return for its own "activated" and would not pass it on: the keys are read before it.
    if (watched == m_tree && event->type() == QEvent::KeyPress) {
        const auto* key = static_cast<QKeyEvent*>(event);
        if (key->modifiers() & (Qt::ControlModifier | Qt::AltModifier))
            return QDialog::eventFilter(watched, event);
        switch (key->key()) {
        case Qt::Key_Return:
        case Qt::Key_Enter:
            openCurrent();
            return true;
        case Qt::Key_Insert:
            addPartner();
            return true;
        case Qt::Key_Delete:
            if (m_partners.canEdit())
                deactivateCurrent();
            else
                showMessage(tr("Only an administrator changes the partner organisations."));
            return true;
        default:
            break;
        }
    }
    return QDialog::eventFilter(watched, event);
}

} // namespace zabota::ui
