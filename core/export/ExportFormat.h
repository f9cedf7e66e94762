// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/EnumText.h"

namespace zabota::core {

// The kinds of file an export writes: CSV for any program (UTF-8 with a BOM, semicolons, as Russian Excel reads it),
// an Excel workbook, or a PDF to print (A4 landscape).
enum class ExportFormat { Csv, Xlsx, Pdf };

template <>
struct EnumTraits<ExportFormat> {
    static constexpr const char* context = "zabota::core::ExportFormat";
    static std::span<const EnumItem<ExportFormat>> items();
};

// The file name extension of a format, without the dot: "csv", "xlsx", "pdf" (also its code).
[[nodiscard]] QString extensionOf(ExportFormat format);
// The format a file name's extension names, if any (case-insensitive).
[[nodiscard]] std::optional<ExportFormat> formatOfPath(const QString& path);

} // namespace zabota::core
