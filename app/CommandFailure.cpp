// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/CommandFailure.h"

#include <QTextStream>

namespace zabota::app {

int CommandFailure::operator()(const core::Error& error, int code) const
{
    if (!error.detail.isEmpty())
        qWarning("%s: %s", m_command, qUtf8Printable(error.detail));
    return (*this)(error.message, code);
}

int CommandFailure::operator()(const QString& message, int code) const
{
    QTextStream(stderr) << message << Qt::endl;
    return code;
}

} // namespace zabota::app
