// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/text/PrintedPage.h"

#include <QAbstractTextDocumentLayout>
#include <QMarginsF>
#include <QPageLayout>
#include <QPageSize>
#include <QPdfWriter>
#include <QTextDocument>

namespace zabota::core::printed {

void setUpPage(QPdfWriter& pdf, const QString& title)
{
    pdf.setTitle(title);
    pdf.setCreator(QStringLiteral("Zabota"));
    pdf.setResolution(300);
    pdf.setPageLayout(QPageLayout(QPageSize(QPageSize::A4), QPageLayout::Portrait, QMarginsF(20, 15, 15, 15),
                                  QPageLayout::Millimeter));
}

QSizeF prepare(QTextDocument& doc, QPdfWriter& pdf, const QFont& font)
{
    doc.setDocumentMargin(0);
    doc.setDefaultFont(font);
    doc.documentLayout()->setPaintDevice(&pdf);
    return pdf.pageLayout().paintRectPixels(pdf.resolution()).size();
}

} // namespace zabota::core::printed
