// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/CommandLine.h"

#include <QCoreApplication>

namespace zabota::core {
struct Error;
}

namespace zabota::app {

// `zabota export journal`: exports the journal to a file without a window, for scheduled jobs. The export is made on
// behalf of a console user who may export (a supervisor or an administrator), who logs in with the password from a
// file or the environment; the audit log records that user, this computer and the operating system's account. On
// success one line goes to stdout ("Exported 1,234 entries to /path/q1.xlsx (XLSX)."); every message else to stderr.
// Runs on a QGuiApplication (the offscreen platform) for the PDF's fonts.
class ExportCommand final {
    Q_DECLARE_TR_FUNCTIONS(zabota::app::ExportCommand)

public:
    explicit ExportCommand(ExportCommandOptions options);

    // The exit code: 0, or CommandLine::kUsageError, kExportNoRows, kExportCannotWrite, kExportDatabaseError,
    // kExportNotAllowed.
    [[nodiscard]] int run();

private:
    ExportCommandOptions m_options;
};

} // namespace zabota::app
