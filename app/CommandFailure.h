// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QString>

namespace zabota::app {

// How a headless command (export, migrate, demo) gives up: the sentence on stderr, where a cron job's mail shows it,
// the technical detail of an error as a warning under the command's name, for the log; returns the exit code.
class CommandFailure final {
public:
    explicit CommandFailure(const char* command)
        : m_command(command)
    {}

    int operator()(const core::Error& error, int code) const;
    int operator()(const QString& message, int code) const;

private:
    const char* m_command;
};

} // namespace zabota::app
