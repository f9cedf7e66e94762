// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/export/ExportFile.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <fcntl.h>
#include <unistd.h>

namespace zabota::core {

namespace {

const QString kPathField = QStringLiteral("path");

QString shown(const QString& path)
{
    return QDir::toNativeSeparators(path);
}

QString systemError(int code)
{
    return QString::fromLocal8Bit(std::strerror(code));
}

// Writes what the system holds of the file to the disk.
bool syncFile(const QString& path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

} // namespace

Result<ExportFile> ExportFile::create(const QString& target)
{
    if (target.trimmed().isEmpty())
        return fail(Error::Kind::Validation, tr("Name the file to export to."), {}, kPathField);
    const QFileInfo info(target);
    const QString absolute = info.absoluteFilePath();
    if (info.isDir())
        return fail(Error::Kind::Validation,
                    tr("%1 is a folder. Name the file to write in it, for example %2.")
                        .arg(shown(absolute), shown(QDir(absolute).filePath(QStringLiteral("journal.xlsx")))),
                    {}, kPathField);
    const QFileInfo folder(info.absolutePath());
    if (!folder.exists())
        return fail(Error::Kind::CantOpen,
                    tr("The folder %1 does not exist. Choose an existing folder, or create this one first.")
                        .arg(shown(folder.absoluteFilePath())),
                    {}, kPathField);
    if (!folder.isDir())
        return fail(Error::Kind::CantOpen,
                    tr("%1 is a file, not a folder, so nothing can be written in it. Choose another folder.")
                        .arg(shown(folder.absoluteFilePath())),
                    {}, kPathField);

    // Hidden, and named after the target so that whoever finds one left by a power cut knows what it was. Made with
    // mkostemps rather than QTemporaryFile, for the system's own reason when it cannot be.
    const QString suffix = QStringLiteral(".part");
    QByteArray name = QFile::encodeName(
        QDir(folder.absoluteFilePath()).filePath(QStringLiteral(".%1.XXXXXX").arg(info.fileName()) + suffix));
    const int fd = ::mkostemps(name.data(), int(suffix.size()), O_CLOEXEC);
    if (fd < 0) {
        const int code = errno;
        const QString reason = systemError(code);
        if (code == EACCES || code == EPERM || code == EROFS)
            return fail(Error::Kind::ReadOnly,
                        tr("You may not write in the folder %1 (%2). Choose another folder, such as your Documents, "
                           "or ask your administrator for write access.")
                            .arg(shown(folder.absoluteFilePath()), reason),
                        reason, kPathField);
        if (code == ENOSPC || code == EDQUOT)
            return fail(Error::Kind::Storage,
                        tr("The disk holding %1 is full (%2). Make room on it or choose another folder.")
                            .arg(shown(folder.absoluteFilePath()), reason),
                        reason, kPathField);
        if (code == ENAMETOOLONG)
            return fail(Error::Kind::Validation,
                        tr("The name %1 is too long for the disk. Choose a shorter one.").arg(shown(absolute)), reason,
                        kPathField);
        return fail(Error::Kind::CantOpen,
                    tr("Nothing can be written in the folder %1 (%2). Choose another folder.")
                        .arg(shown(folder.absoluteFilePath()), reason),
                    reason, kPathField);
    }
    ::close(fd);
    const QString temporaryPath = QFile::decodeName(name);
    return ExportFile(absolute, temporaryPath);
}

ExportFile::ExportFile(QString target, QString temporary)
    : m_target(std::move(target))
    , m_temporary(std::move(temporary))
{}

ExportFile::ExportFile(ExportFile&& other) noexcept
    : m_target(std::move(other.m_target))
    , m_temporary(std::move(other.m_temporary))
    , m_committed(other.m_committed)
    , m_done(other.m_done)
{
    other.m_done = true;
}

ExportFile::~ExportFile()
{
    if (!m_done)
        discard();
}

Status ExportFile::commit()
{
    if (!syncFile(m_temporary)) {
        const QString reason = systemError(errno);
        return std::unexpected(writeFailed(m_target, reason));
    }
    if (::rename(QFile::encodeName(m_temporary).constData(), QFile::encodeName(m_target).constData()) != 0) {
        const int code = errno;
        if (code == EISDIR)
            return fail(Error::Kind::CantOpen, tr("%1 is a folder. Name the file to write in it.").arg(shown(m_target)),
                        systemError(code), kPathField);
        return fail(Error::Kind::CantOpen,
                    tr("The export could not be saved as %1 (%2). Choose another name or folder; nothing was left "
                       "behind.")
                        .arg(shown(m_target), systemError(code)),
                    systemError(code), kPathField);
    }
    m_committed = true;
    m_done = true;
    return {};
}

void ExportFile::discard()
{
    QFile::remove(m_committed ? m_target : m_temporary);
    m_done = true;
}

Error ExportFile::writeFailed(const QString& target, const QString& reason)
{
    return {Error::Kind::Storage,
            tr("Writing %1 failed: %2. The disk may be full: make room on it or choose another folder, then export "
               "again. No part of the file was left behind.")
                .arg(shown(target), reason),
            reason, kPathField};
}

} // namespace zabota::core
