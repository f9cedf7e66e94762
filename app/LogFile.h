// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace zabota::app {

// Sends every Qt message (qDebug … qCritical, and the categories of core/) to a log file, and all but qInfo to stderr.
// The file is where the technical detail of an error goes while the person sees a sentence; it starts afresh, keeping
// one older copy, when it grows past kMaxBytes.
class LogFile final {
public:
    static constexpr qint64 kMaxBytes = 5 * 1024 * 1024;

    // Opens (creating its folder) and installs the handler; if the file cannot be written, messages still reach
    // stderr. Returns whether the file is in use.
    static bool install(const QString& path);
    // The file in use, or empty.
    [[nodiscard]] static QString path();
};

} // namespace zabota::app
