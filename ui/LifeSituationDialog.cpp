// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/LifeSituationDialog.h"

#include "core/navigator/NavigatorService.h"
#include "ui/EnumCombo.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QVBoxLayout>

namespace zabota::ui {

namespace {

constexpr int kIdRole = Qt::UserRole;

QPlainTextEdit* makeTextEdit(QWidget* parent, int lines)
{
    auto* edit = new QPlainTextEdit(parent);
    edit->setTabChangesFocus(true);
    edit->setMinimumHeight(edit->fontMetrics().lineSpacing() * lines + 12);
    return edit;
}

} // namespace

LifeSituationDialog::LifeSituationDialog(core::NavigatorService& navigator,
                                         const QList<core::ProblemCategory>& categories,
                                         const QList<core::Partner>& partners,
                                         const std::optional<core::LifeSituation>& existing, QWidget* parent)
    : DirectoryEntryDialog(!navigator.canEdit(), existing ? std::optional(existing->id) : std::nullopt, parent)
    , m_navigator(navigator)
{
    setWindowTitle(existing ? tr("Life situation") : tr("New life situation"));

    m_title = new QLineEdit(this);
    m_title->setMaxLength(core::situationLimits::kTitle);
    m_description = makeTextEdit(this, 2);
    m_description->setPlaceholderText(tr("How a family in this situation usually puts it"));
    m_services = makeTextEdit(this, 2);
    m_services->setPlaceholderText(tr("The services the situation needs"));
    m_category = new QComboBox(this);
    m_category->addItem(tr("(none)"));
    // A category switched off is offered only to the situation that has it already.
    const core::CategoryId keep = existing && existing->categoryId ? *existing->categoryId : 0;
    for (const core::ProblemCategory& category : categories) {
        if (category.active || category.id == keep)
            m_category->addItem(category.active ? category.title : tr("%1 (no longer used)").arg(category.title),
                                category.id);
    }
    m_category->setToolTip(tr("The category an appeal in this situation gets, unless the dispatcher chooses another"));
    m_urgency = new QComboBox(this);
    fillCombo<core::Urgency>(m_urgency);
    m_steps = makeTextEdit(this, 7);
    m_steps->setPlaceholderText(tr("What the dispatcher does, one step a line"));
    m_steps->setLineWrapMode(QPlainTextEdit::NoWrap);

    m_partners = new QListWidget(this);
    m_partners->setToolTip(tr("Space ticks the partner under the cursor"));
    // The partners the situation names first, in its order, then the others in use.
    QList<core::Partner> shown;
    if (existing) {
        for (const core::Partner& p : existing->partners)
            shown << p;
    }
    for (const core::Partner& p : partners) {
        if (p.active && std::ranges::find(shown, p.id, &core::Partner::id) == shown.cend())
            shown << p;
    }
    for (const core::Partner& p : std::as_const(shown)) {
        const QString text = tr("%1 — %2").arg(p.name, core::label(p.kind));
        auto* item = new QListWidgetItem(p.active ? text : tr("%1 (inactive)").arg(text), m_partners);
        item->setData(kIdRole, p.id);
        item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
        const bool named =
            existing && std::ranges::find(existing->partners, p.id, &core::Partner::id) != existing->partners.cend();
        item->setCheckState(named ? Qt::Checked : Qt::Unchecked);
    }
    if (m_partners->count() > 0)
        m_partners->setCurrentRow(0);

    auto* form = new QFormLayout;
    form->addRow(tr("&Name:"), m_title);
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("Ser&vices:"), m_services);
    form->addRow(tr("Default &category:"), m_category);
    form->addRow(tr("&Urgency:"), m_urgency);
    auto* stepsLabel = new QLabel(tr("Checklist, one step a &line:"), this);
    stepsLabel->setBuddy(m_steps);
    form->addRow(stepsLabel);
    form->addRow(m_steps);

    auto* partnersLabel = new QLabel(tr("Suggested &partners:"), this);
    partnersLabel->setBuddy(m_partners);
    auto* partnersColumn = new QVBoxLayout;
    partnersColumn->addWidget(partnersLabel);
    partnersColumn->addWidget(m_partners, 1);

    auto* columns = new QHBoxLayout;
    columns->addLayout(form, 3);
    columns->addLayout(partnersColumn, 2);

    QDialogButtonBox* buttons = makeButtons();
    QVBoxLayout* layout = makeLayout(tr("Only an administrator changes the life situations of the navigator."));
    layout->addLayout(columns, 1);
    layout->addWidget(buttons);

    if (existing) {
        m_title->setText(existing->title);
        m_description->setPlainText(existing->description);
        m_services->setPlainText(existing->services);
        m_category->setCurrentIndex(existing->categoryId ? std::max(0, m_category->findData(*existing->categoryId))
                                                         : 0);
        select(m_urgency, existing->urgency);
        QStringList steps;
        for (const core::ChecklistItem& item : existing->items)
            steps << item.text;
        m_steps->setPlainText(steps.join(QLatin1Char('\n')));
    }
    if (isReadOnly()) {
        m_title->setReadOnly(true);
        for (QPlainTextEdit* edit : {m_description, m_services, m_steps})
            edit->setReadOnly(true);
        m_category->setEnabled(false);
        m_urgency->setEnabled(false);
        for (int row = 0; row < m_partners->count(); ++row)
            m_partners->item(row)->setFlags(m_partners->item(row)->flags() & ~Qt::ItemIsUserCheckable);
    }
    setFields({{QStringLiteral("title"), m_title},
               {QStringLiteral("description"), m_description},
               {QStringLiteral("services"), m_services},
               {QStringLiteral("category"), m_category},
               {QStringLiteral("urgency"), m_urgency},
               {QStringLiteral("steps"), m_steps},
               {QStringLiteral("partners"), m_partners}});
    m_title->setFocus(Qt::OtherFocusReason);
    resize(900, 600);
}

core::LifeSituationDraft LifeSituationDialog::draft() const
{
    core::LifeSituationDraft d;
    d.title = m_title->text();
    d.description = m_description->toPlainText();
    d.services = m_services->toPlainText();
    d.steps = m_steps->toPlainText().split(QLatin1Char('\n'));
    for (int row = 0; row < m_partners->count(); ++row) {
        const QListWidgetItem* item = m_partners->item(row);
        if (item->checkState() == Qt::Checked)
            d.partners << item->data(kIdRole).toLongLong();
    }
    const QVariant category = m_category->currentData();
    d.categoryId = category.isValid() ? std::optional<core::CategoryId>(category.toLongLong()) : std::nullopt;
    d.urgency = selected(m_urgency, core::Urgency::Planned);
    return d;
}

core::Result<qint64> LifeSituationDialog::saveNew()
{
    return m_navigator.addSituation(draft());
}

core::Status LifeSituationDialog::saveChanges(qint64 id)
{
    return m_navigator.updateSituation(id, draft());
}

} // namespace zabota::ui
