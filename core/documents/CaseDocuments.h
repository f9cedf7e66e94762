// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/supportcase/SupportPlan.h"

#include <QCoreApplication>
#include <QHash>

namespace zabota::core {

// The centre as its documents name it.
struct CentreDetails {
    QString name; // АУ СОН ТО «Областной центр социальной помощи семье и детям»
    QString city;     // where the documents are signed
    QString director; // who signs for the centre, in the genitive: «директора Ивановой И. И.»
};

// The papers of a support case printed to PDF from Russian templates, ready to sign: the contract on social support,
// the individual support plan and a protocol. A4, the centre's name at the top, lines for signatures. The file is
// written whole or not at all (a failure leaves nothing behind). Needs a QGuiApplication for its fonts.
class CaseDocuments final {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::CaseDocuments)

public:
    explicit CaseDocuments(CentreDetails centre);

    [[nodiscard]] Status writeContract(const QString& path, const CaseSummary& c) const;
    // `names` gives the names of the specialists responsible for items.
    [[nodiscard]] Status writePlan(const QString& path, const CaseSummary& c, const QList<PlanItem>& items,
                                   const QHash<UserId, QString>& names) const;
    [[nodiscard]] Status writeProtocol(const QString& path, const CaseSummary& c, const Protocol& protocol) const;

    // The documents as HTML, as they are laid out on the pages.
    [[nodiscard]] QString contractHtml(const CaseSummary& c) const;
    [[nodiscard]] QString planHtml(const CaseSummary& c, const QList<PlanItem>& items,
                                   const QHash<UserId, QString>& names) const;
    [[nodiscard]] QString protocolHtml(const CaseSummary& c, const Protocol& protocol) const;

private:
    [[nodiscard]] Status write(const QString& path, const QString& title, const QString& html) const;

    CentreDetails m_centre;
};

} // namespace zabota::core
