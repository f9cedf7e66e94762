// SPDX-License-Identifier: GPL-3.0-or-later
#include "app/LogFile.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>

#include <cstdio>

namespace zabota::app {

namespace {

struct State {
    QMutex mutex;
    QFile file;
};

State& state()
{
    static State s;
    return s;
}

char levelLetter(QtMsgType type)
{
    switch (type) {
    case QtDebugMsg:
        return 'D';
    case QtInfoMsg:
        return 'I';
    case QtWarningMsg:
        return 'W';
    case QtCriticalMsg:
        return 'C';
    case QtFatalMsg:
        return 'F';
    }
    return '?';
}

void handleMessage(QtMsgType type, const QMessageLogContext& context, const QString& message)
{
    const QString shown = qFormatLogMessage(type, context, message);
    State& s = state();
    {
        const QMutexLocker lock(&s.mutex);
        // Information (who logged in, which database was opened) goes to the file only; stderr keeps what a
        // developer or an administrator at a terminal needs to see.
        if (type != QtInfoMsg) {
            std::fputs(qUtf8Printable(shown), stderr);
            std::fputc('\n', stderr);
        }
        if (s.file.isOpen()) {
            const QString category = context.category != nullptr ? QString::fromLatin1(context.category) : QString();
            const QString line =
                QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")) + QLatin1Char(' ') +
                QLatin1Char(levelLetter(type)) + QLatin1Char(' ') +
                (category.isEmpty() || category == QLatin1String("default") ? QString()
                                                                            : category + QLatin1String(": ")) +
                message + QLatin1Char('\n');
            s.file.write(line.toUtf8());
            s.file.flush();
        }
    }
    if (type == QtFatalMsg)
        std::abort();
}

} // namespace

bool LogFile::install(const QString& path)
{
    State& s = state();
    {
        const QMutexLocker lock(&s.mutex);
        const QFileInfo info(path);
        if (QDir().mkpath(info.absolutePath())) {
            if (info.exists() && info.size() > kMaxBytes) {
                const QString older = path + QLatin1String(".1");
                QFile::remove(older);
                QFile::rename(path, older);
            }
            s.file.setFileName(path);
            if (!s.file.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Text))
                s.file.setFileName(QString());
        }
    }
    qInstallMessageHandler(handleMessage);
    if (!s.file.isOpen())
        qWarning("The log file %s cannot be written; messages go to stderr only.", qUtf8Printable(path));
    return s.file.isOpen();
}

QString LogFile::path()
{
    State& s = state();
    const QMutexLocker lock(&s.mutex);
    return s.file.isOpen() ? s.file.fileName() : QString();
}

} // namespace zabota::app
