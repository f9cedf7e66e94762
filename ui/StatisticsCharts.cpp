// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/StatisticsCharts.h"

#include <QAbstractAxis>
#include <QBarCategoryAxis>
#include <QBarSet>
#include <QBuffer>
#include <QChart>
#include <QGraphicsScene>
#include <QHorizontalBarSeries>
#include <QImage>
#include <QLegendMarker>
#include <QLocale>
#include <QPainter>
#include <QPieSeries>
#include <QPieSlice>
#include <QValueAxis>

#include <algorithm>
#include <cmath>

namespace zabota::ui {

namespace {

QChart* bars(const core::StatisticsSection& section, const core::StatisticsReport& report)
{
    // Horizontal bars are drawn from the bottom up: the rows go in reversed, so that the chart reads as the table.
    QList<core::StatisticsRow> rows = section.chartedRows();
    std::ranges::reverse(rows);
    auto* current = new QBarSet(report.period.title());
    auto* previous = new QBarSet(report.previous.title());
    QStringList categories;
    double top = 0;
    for (const core::StatisticsRow& row : rows) {
        categories << row.label;
        *current << row.current.value_or(0);
        *previous << row.previous.value_or(0);
        top = std::max({top, row.current.value_or(0), row.previous.value_or(0)});
    }
    current->setColor(QColor(0x2e, 0x6d, 0xb4));
    previous->setColor(QColor(0xb0, 0xc4, 0xde));
    // The values beside the bars' ends, in the text's colour: inside, a short bar (11 beside 384) cut its value off.
    for (QBarSet* set : {current, previous})
        set->setLabelColor(QColor(0x20, 0x20, 0x20));
    auto* series = new QHorizontalBarSeries;
    series->append(previous);
    series->append(current);
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(6);

    auto* chart = new QChart;
    chart->addSeries(series);
    auto* names = new QBarCategoryAxis;
    names->append(categories);
    names->setTruncateLabels(false); // the names are the point of the chart; the plot gives way to them
    chart->addAxis(names, Qt::AlignLeft);
    series->attachAxis(names);
    auto* values = new QValueAxis;
    // Room beyond the longest bar for its label; whole numbers on the scale.
    values->setRange(0, std::max(1.0, std::ceil(top * 1.15)));
    values->setLabelFormat(QStringLiteral("%d"));
    values->applyNiceNumbers();
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    chart->legend()->setAlignment(Qt::AlignBottom);
    // The legend lists this period first, as the table does.
    chart->legend()->setReverseMarkers(true);
    return chart;
}

QChart* pie(const core::StatisticsSection& section, const core::StatisticsReport& report)
{
    // Each slice says its share; the legend beside it names the part and its count.
    auto* series = new QPieSeries;
    QStringList names;
    double total = 0;
    for (const core::StatisticsRow& row : section.chartedRows())
        total += std::max(0.0, row.current.value_or(0));
    for (const core::StatisticsRow& row : section.chartedRows()) {
        const double value = row.current.value_or(0);
        if (value <= 0)
            continue;
        QPieSlice* slice = series->append(QLocale().toString(value * 100.0 / total, 'f', 1) + u'%', value);
        slice->setLabelVisible(true);
        slice->setLabelPosition(QPieSlice::LabelInsideHorizontal);
        slice->setLabelColor(Qt::white);
        names << StatisticsCharts::tr("%1: %2").arg(row.label).arg(value, 0, 'f', 0);
    }
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->legend()->setAlignment(Qt::AlignRight);
    const QList<QLegendMarker*> markers = chart->legend()->markers(series);
    for (qsizetype i = 0; i < markers.size() && i < names.size(); ++i)
        markers.at(i)->setLabel(names.at(i));
    if (series->count() == 0)
        chart->setTitle(StatisticsCharts::tr("Nothing in %1").arg(report.period.title()));
    else
        chart->setTitle(report.period.title());
    return chart;
}

// The letters of a chart in pixels, the same on any screen: the title, the legend, the axes and the values.
void setFontSizes(QChart* chart)
{
    auto sized = [](QFont font, int pixels, bool bold = false) {
        font.setPixelSize(pixels);
        font.setBold(bold);
        return font;
    };
    chart->setTitleFont(sized(chart->titleFont(), 15, true));
    chart->legend()->setFont(sized(chart->legend()->font(), 12));
    for (QAbstractAxis* axis : chart->axes())
        axis->setLabelsFont(sized(axis->labelsFont(), 12));
    for (QAbstractSeries* series : chart->series()) {
        if (auto* bars = qobject_cast<QAbstractBarSeries*>(series)) {
            for (QBarSet* set : bars->barSets())
                set->setLabelFont(sized(set->labelFont(), 12));
        } else if (auto* pie = qobject_cast<QPieSeries*>(series)) {
            for (QPieSlice* slice : pie->slices())
                slice->setLabelFont(sized(slice->labelFont(), 13, true));
        }
    }
}

} // namespace

QChart* StatisticsCharts::make(const core::StatisticsSection& section, const core::StatisticsReport& report)
{
    QChart* chart = nullptr;
    switch (section.chart) {
    case core::StatisticsChart::None:
        return nullptr;
    case core::StatisticsChart::Bars:
        chart = bars(section, report);
        break;
    case core::StatisticsChart::Pie:
        chart = pie(section, report);
        break;
    }
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setObjectName(section.key);
    return chart;
}

QList<core::StatisticsPicture> StatisticsCharts::pictures(const core::StatisticsReport& report, const QSize& size)
{
    // Drawn at `size` with letters large enough to read once the picture is shrunk to the page, at twice the
    // pixels for sharpness.
    constexpr qreal kScale = 2.0;
    QList<core::StatisticsPicture> pictures;
    for (const core::StatisticsSection& section : report.sections) {
        QChart* chart = make(section, report);
        if (!chart)
            continue;
        // A chart is a graphics item: it is drawn by a scene of its own, which owns and deletes it.
        QGraphicsScene scene;
        scene.addItem(chart);
        chart->setTitle(chart->title().isEmpty() ? section.title
                                                 : section.title + QStringLiteral(" — ") + chart->title());
        setFontSizes(chart);
        // Bars need room for their names: a line each beyond the first eight.
        QSize drawn = size;
        if (section.chart == core::StatisticsChart::Bars)
            drawn.rheight() += int(std::max<qsizetype>(0, section.chartedRows().size() - 8)) * size.height() / 16;
        chart->setGeometry(QRectF(QPointF(0, 0), drawn));
        scene.setSceneRect(QRectF(QPointF(0, 0), drawn));
        QImage image(drawn * kScale, QImage::Format_RGB32);
        image.setDevicePixelRatio(kScale);
        image.fill(Qt::white);
        {
            QPainter painter(&image);
            painter.setRenderHint(QPainter::Antialiasing);
            scene.render(&painter, QRectF(QPointF(0, 0), drawn), scene.sceneRect());
        }
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG", 80); // light compression: fast, and the PDF compresses it again anyway
        pictures.append({section.key, png});
    }
    return pictures;
}

} // namespace zabota::ui
