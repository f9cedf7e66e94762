// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/DistrictsDialog.h"

#include "core/family/FamilyService.h"
#include "ui/MessageLabel.h"
#include "ui/ViewKeys.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeyEvent>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace zabota::ui {

namespace {

// Item data: the district's id, and the micro-district's (0 on a district row).
constexpr int kDistrictRole = Qt::UserRole;
constexpr int kMicroRole = Qt::UserRole + 1;

} // namespace

DistrictsDialog::DistrictsDialog(core::FamilyService& families, QWidget* parent)
    : QDialog(parent)
    , m_families(families)
{
    setWindowTitle(tr("Districts"));
    m_tree = new QTreeWidget(this);
    m_tree->setHeaderLabels({tr("District / micro-district"), tr("District specialist")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    auto* keys = new ViewKeys(m_tree);
    keys->on({QKeySequence(Qt::Key_Insert)}, [this] { addMicroDistrict(); });
    keys->on({QKeySequence(Qt::Key_F2)}, [this] { rename(); });
    m_message = makeMessageLabel(this, MessageKind::Inline);

    auto* addDistrictButton = new QPushButton(tr("Add &district…"), this);
    auto* addMicroButton = new QPushButton(tr("Add &micro-district…"), this);
    auto* renameButton = new QPushButton(tr("&Rename…"), this);
    auto* specialistButton = new QPushButton(tr("&Specialist…"), this);
    addMicroButton->setToolTip(tr("Insert"));
    renameButton->setToolTip(tr("F2"));
    for (QPushButton* button : {addDistrictButton, addMicroButton, renameButton, specialistButton})
        button->setAutoDefault(false);
    connect(addDistrictButton, &QPushButton::clicked, this, [this] { addDistrict(); });
    connect(addMicroButton, &QPushButton::clicked, this, [this] { addMicroDistrict(); });
    connect(renameButton, &QPushButton::clicked, this, [this] { rename(); });
    connect(specialistButton, &QPushButton::clicked, this, &DistrictsDialog::chooseSpecialist);
    auto* actions = new QHBoxLayout;
    for (QPushButton* button : {addDistrictButton, addMicroButton, renameButton, specialistButton})
        actions->addWidget(button);
    actions->addStretch();

    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_message);
    layout->addLayout(actions);
    layout->addWidget(buttons);
    reload();
    resize(560, 520);
}

QString DistrictsDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void DistrictsDialog::showMessage(const QString& text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void DistrictsDialog::reload(qint64 selectDistrict, qint64 selectMicro)
{
    m_tree->clear();
    const auto districts = m_families.districts();
    const auto micro = m_families.microDistricts();
    const auto curators = m_families.curators();
    if (!districts || !micro) {
        showMessage(districts ? micro.error().message : districts.error().message);
        return;
    }
    QHash<core::UserId, QString> names;
    if (curators) {
        for (const core::CuratorChoice& c : *curators)
            names.insert(c.id, c.fullName);
    }
    for (const core::District& d : *districts) {
        auto* districtItem = new QTreeWidgetItem(m_tree, {d.name});
        districtItem->setData(0, kDistrictRole, d.id);
        districtItem->setData(0, kMicroRole, 0);
        for (const core::MicroDistrict& m : *micro) {
            if (m.districtId != d.id)
                continue;
            const QString specialist =
                m.specialistId ? names.value(*m.specialistId, tr("user no. %1").arg(*m.specialistId)) : QString();
            auto* item = new QTreeWidgetItem(districtItem, {m.name, specialist});
            item->setData(0, kDistrictRole, d.id);
            item->setData(0, kMicroRole, m.id);
            if (m.id == selectMicro)
                m_tree->setCurrentItem(item);
        }
        if (d.id == selectDistrict && selectMicro == 0)
            m_tree->setCurrentItem(districtItem);
    }
    m_tree->expandAll();
    if (!m_tree->currentItem() && m_tree->topLevelItemCount() > 0)
        m_tree->setCurrentItem(m_tree->topLevelItem(0));
}

QString DistrictsDialog::askName(const QString& title, const QString& typed)
{
    bool ok = false;
    const QString name = QInputDialog::getText(this, title, tr("Name:"), QLineEdit::Normal, typed, &ok);
    return ok ? name : QString();
}

void DistrictsDialog::withName(const QString& title, const QString& given, const QString& offered,
                               const std::function<QString(const QString&)>& attempt)
{
    // A name given (by a test) is tried once; one asked for is asked again, with what was typed, after a refusal.
    const bool asking = given.isEmpty();
    QString typed = asking ? offered : given;
    for (;;) {
        if (asking) {
            typed = askName(title, typed);
            if (typed.isEmpty())
                return;
        }
        const QString refusal = attempt(typed);
        showMessage(refusal);
        if (refusal.isEmpty() || !asking)
            return;
    }
}

void DistrictsDialog::addDistrict(const QString& name)
{
    withName(tr("New district"), name, {}, [this](const QString& typed) {
        const auto id = m_families.addDistrict(typed);
        if (!id)
            return id.error().message;
        reload(*id);
        return QString();
    });
}

void DistrictsDialog::addMicroDistrict(const QString& name)
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item) {
        showMessage(tr("Choose the district first."));
        return;
    }
    const core::DistrictId district = item->data(0, kDistrictRole).toLongLong();
    withName(tr("New micro-district"), name, {}, [this, district](const QString& typed) {
        const auto id = m_families.addMicroDistrict(district, typed);
        if (!id)
            return id.error().message;
        reload(district, *id);
        return QString();
    });
}

void DistrictsDialog::rename(const QString& name)
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item)
        return;
    const qint64 district = item->data(0, kDistrictRole).toLongLong();
    const qint64 micro = item->data(0, kMicroRole).toLongLong();
    withName(tr("Rename"), name, item->text(0), [this, district, micro](const QString& typed) {
        const auto ok =
            micro ? m_families.renameMicroDistrict(micro, typed) : m_families.renameDistrict(district, typed);
        if (!ok)
            return ok.error().message;
        reload(district, micro);
        return QString();
    });
}

void DistrictsDialog::chooseSpecialist()
{
    const QTreeWidgetItem* item = m_tree->currentItem();
    if (!item || item->data(0, kMicroRole).toLongLong() == 0) {
        showMessage(tr("Choose a micro-district: its specialist is named there."));
        return;
    }
    const auto curators = m_families.curators();
    if (!curators) {
        showMessage(curators.error().message);
        return;
    }
    QStringList choices{tr("(none)")};
    for (const core::CuratorChoice& c : *curators)
        choices << c.fullName;
    const int current = std::max(0, int(choices.indexOf(item->text(1))));
    bool ok = false;
    const QString chosen = QInputDialog::getItem(
        this, tr("District specialist"), tr("Specialist of %1:").arg(item->text(0)), choices, current, false, &ok);
    if (!ok)
        return;
    const int index = int(choices.indexOf(chosen));
    const std::optional<core::UserId> specialist = index > 0 ? std::optional(curators->at(index - 1).id) : std::nullopt;
    const qint64 micro = item->data(0, kMicroRole).toLongLong();
    const qint64 district = item->data(0, kDistrictRole).toLongLong();
    if (const auto saved = m_families.setSpecialist(micro, specialist); !saved) {
        showMessage(saved.error().message);
        return;
    }
    showMessage({});
    reload(district, micro);
}

} // namespace zabota::ui
