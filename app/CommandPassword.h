// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QString>

#include <expected>

namespace zabota::app {

// The password of a headless command (export, migrate): the first line of --password-file, else the environment
// variable CommandLine::kPasswordVariable. A file that others may read is used, with a warning on stderr.
class CommandPassword final {
    Q_DECLARE_TR_FUNCTIONS(zabota::app::CommandPassword)

public:
    [[nodiscard]] static std::expected<QString, QString> read(const QString& passwordFile);
};

} // namespace zabota::app
