// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/ExportFormat.h"

#include <QFileInfo>

namespace zabota::core {

std::span<const EnumItem<ExportFormat>> EnumTraits<ExportFormat>::items()
{
    static constexpr EnumItem<ExportFormat> kItems[] = {
        {ExportFormat::Csv, "csv",
         QT_TRANSLATE_NOOP("zabota::core::ExportFormat", "CSV, for Excel and other programs")},
        {ExportFormat::Xlsx, "xlsx", QT_TRANSLATE_NOOP("zabota::core::ExportFormat", "Excel workbook (XLSX)")},
        {ExportFormat::Pdf, "pdf", QT_TRANSLATE_NOOP("zabota::core::ExportFormat", "PDF to print (A4 landscape)")},
    };
    return kItems;
}

QString extensionOf(ExportFormat format)
{
    return toCode(format);
}

std::optional<ExportFormat> formatOfPath(const QString& path)
{
    return fromCode<ExportFormat>(QFileInfo(path).suffix().toLower());
}

} // namespace zabota::core
