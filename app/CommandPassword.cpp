// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CommandPassword.h"

#include "app/CommandLine.h"

#include <QDir>
#include <QFile>
#include <QTextStream>

namespace zabota::app {

std::expected<QString, QString> CommandPassword::read(const QString& passwordFile)
{
    if (passwordFile.isEmpty())
        return qEnvironmentVariable(qPrintable(CommandLine::kPasswordVariable));
    QFile file(passwordFile);
    if (!file.open(QIODevice::ReadOnly))
        return std::unexpected(tr("The password file %1 cannot be read: %2.")
                                   .arg(QDir::toNativeSeparators(passwordFile), file.errorString()));
    if (file.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther))
        QTextStream(stderr) << tr("Warning: others may read the password file %1; make it readable by you only "
                                  "(chmod 600).")
                                   .arg(QDir::toNativeSeparators(passwordFile))
                            << Qt::endl;
    QString text = QString::fromUtf8(file.readLine());
    while (text.endsWith(u'\n') || text.endsWith(u'\r'))
        text.chop(1);
    return text;
}

} // namespace zabota::app
