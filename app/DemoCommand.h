// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "app/CommandLine.h"

#include <QCoreApplication>

namespace zabota::app {

// `zabota demo`: fills an empty database with demo data on a QCoreApplication, printing progress and a summary.
// No widget is created: it shows that the core runs headless.
class DemoCommand final {
    Q_DECLARE_TR_FUNCTIONS(zabota::app::DemoCommand)

public:
    explicit DemoCommand(DemoCommandOptions options);

    // The process's exit code: 0 done, 1 the database refused (the reason is printed).
    [[nodiscard]] int run();

private:
    DemoCommandOptions m_options;
};

} // namespace zabota::app
