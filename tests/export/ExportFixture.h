// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/export/JournalExportRequest.h"
#include "tests/support/TestDatabase.h"

#include <QTemporaryDir>

namespace zabota::tests {

// A real database with a small fixed journal that holds what trips exports up: Cyrillic and Ё, semicolons, quotes,
// line breaks, texts starting with + and -, an anonymous appeal, a silent call; five entries in the first quarter of
// 2026 and one in December 2025 outside it. A supervisor (login belova, TestDatabase::kPassword) exports; the files go
// to a folder of their own.
class ExportFixture {
public:
    static inline const QDate kFrom{2026, 1, 1};
    static inline const QDate kTo{2026, 3, 31};
    static constexpr int kRowsInPeriod = 5;
    static inline const QString kCentre = QStringLiteral("АУ СОН ТО «Центр социальной помощи семье и детям»");

    ExportFixture();

    TestDatabase db;
    core::User supervisor;
    QTemporaryDir out;

    [[nodiscard]] QString outPath(const QString& name) const { return out.filePath(name); }
    // The first quarter, the default columns, to `name` in the output folder.
    [[nodiscard]] core::JournalExportRequest request(core::ExportFormat format, const QString& name,
                                                     bool depersonalised = false) const;
    // Every file and folder in the output folder, hidden ones included.
    [[nodiscard]] QStringList leftovers() const;
    // Adds `count` appeals in February 2026, each with a summary of about `summaryLength` characters.
    void addBulk(int count, int summaryLength = 120);
    // Adds appeals in February 2026 that between them have every caller type, channel, urgency and status.
    void addEveryLabel();

    // Names, phones, an address and words of the summaries: none may be in a depersonalised export.
    [[nodiscard]] static QStringList personalStrings();
    [[nodiscard]] static core::CentreDetails centre();
};

} // namespace zabota::tests
