// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QFont>
#include <QSizeF>
#include <QString>

class QPdfWriter;
class QTextDocument;

// The page of the console's printed papers (the case documents, the statistics report): A4 portrait with 20 mm at the
// binding and 15 mm elsewhere, at 300 dots to the inch, and a text document laid out to fill it.
namespace zabota::core::printed {

// Sets up `pdf` for such a page, titled `title` in the file's properties.
void setUpPage(QPdfWriter& pdf, const QString& title);

// Makes `doc` measure its fonts at the PDF's resolution (so that sizes in points are the sizes on paper), with no
// margin of its own and `font` where the HTML names none; returns the printable area in the PDF's pixels, which
// QTextDocument::setPageSize takes once the HTML is in.
[[nodiscard]] QSizeF prepare(QTextDocument& doc, QPdfWriter& pdf, const QFont& font);

} // namespace zabota::core::printed
