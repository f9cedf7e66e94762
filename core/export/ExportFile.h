// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/Result.h"

#include <QCoreApplication>
#include <QString>

namespace zabota::core {

// The file an export writes, whole or not at all: the writer fills a hidden temporary file in the target's folder,
// which commit() renames to the target (replacing a file of that name) once it is complete. Until then the target is
// untouched, and a file that is never committed (a cancel, a full disk, a crash of the writer) is removed.
class ExportFile final {
    Q_DECLARE_TR_FUNCTIONS(zabota::core::ExportFile)

public:
    // Checks the target's folder and creates the empty temporary file beside the target. The errors say what is wrong
    // with the path (no such folder, no permission) in a sentence; their `field` is "path".
    [[nodiscard]] static Result<ExportFile> create(const QString& target);

    ExportFile(ExportFile&& other) noexcept;
    ExportFile& operator=(ExportFile&&) = delete;
    ExportFile(const ExportFile&) = delete;
    ExportFile& operator=(const ExportFile&) = delete;
    ~ExportFile();

    [[nodiscard]] QString target() const { return m_target; }
    [[nodiscard]] QString temporaryPath() const { return m_temporary; }

    // Flushes the temporary file to the disk and renames it to the target.
    [[nodiscard]] Status commit();
    // Removes the temporary file, or the target if it was committed already (an export the audit log refused).
    void discard();

    // The sentence for a write that failed half-way (a full disk, a quota): `reason` is the system's.
    [[nodiscard]] static Error writeFailed(const QString& target, const QString& reason);

private:
    ExportFile(QString target, QString temporary);

    QString m_target;
    QString m_temporary;
    bool m_committed = false;
    bool m_done = false; // committed and kept, or discarded
};

} // namespace zabota::core
