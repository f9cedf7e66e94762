// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"
#include "core/documents/CaseDocuments.h"
#include "core/statistics/StatisticsReport.h"

#include <QByteArray>
#include <QCoreApplication>

namespace zabota::core {

// A chart of a section drawn by the window, as a PNG picture, to go into the exported report beside its table.
struct StatisticsPicture {
    QString sectionKey;
    QByteArray png;
};

// The statistics report as files: an A4 PDF (the centre's name, the periods compared, every table with its note and
// the charts as pictures) and an XLSX workbook (every table on one sheet with its figures as numbers, the charts as
// pictures on a second). The files are made in memory; StatisticsService writes them whole or not at all. The PDF
// needs a QGuiApplication for its fonts.
class StatisticsExporter final {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::StatisticsExporter)

public:
    explicit StatisticsExporter(CentreDetails centre);

    [[nodiscard]] Result<QByteArray> pdf(const StatisticsReport& report,
                                         const QList<StatisticsPicture>& pictures = {}) const;
    [[nodiscard]] Result<QByteArray> xlsx(const StatisticsReport& report,
                                          const QList<StatisticsPicture>& pictures = {}) const;
    // The report as the PDF lays it out; pictures are images named "chart-<section key>", `pictureWidth` pixels wide,
    // those named in `breakBefore` at the top of a new page.
    [[nodiscard]] QString html(const StatisticsReport& report, const QList<StatisticsPicture>& pictures,
                               int pictureWidth, const QStringList& breakBefore = {}) const;
    // The report's title, as the PDF's heading and the files' properties give it.
    [[nodiscard]] static QString title();

private:
    CentreDetails m_centre;
};

} // namespace zabota::core
