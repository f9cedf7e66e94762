// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <functional>

class QLabel;
class QTreeWidget;

namespace zabota::core {
class FamilyService;
}

namespace zabota::ui {

// The administrator's list of districts and their micro-districts with the district specialists: add (Insert adds a
// micro-district to the district under the cursor), rename (F2), name the specialist. Refusals are said under the list
// and the name typed is offered again.
class DistrictsDialog final : public QDialog {
    Q_OBJECT

public:
    explicit DistrictsDialog(core::FamilyService& families, QWidget* parent = nullptr);

    [[nodiscard]] QTreeWidget* tree() const { return m_tree; }
    [[nodiscard]] QString messageText() const;

    // The actions, also for tests: `name` replaces asking for it when given.
    void addDistrict(const QString& name = {});
    void addMicroDistrict(const QString& name = {});
    void rename(const QString& name = {});
    void chooseSpecialist();

private:
    void reload(qint64 selectDistrict = 0, qint64 selectMicro = 0);
    // Asks for a name, offering `typed`; empty if cancelled.
    [[nodiscard]] QString askName(const QString& title, const QString& typed);
    // Runs `attempt` on a name (given, or asked for starting from `offered`); `attempt` returns the refusal or "".
    void withName(const QString& title, const QString& given, const QString& offered,
                  const std::function<QString(const QString&)>& attempt);
    void showMessage(const QString& text);

    core::FamilyService& m_families;
    QTreeWidget* m_tree = nullptr;
    QLabel* m_message = nullptr;
};

} // namespace zabota::ui
