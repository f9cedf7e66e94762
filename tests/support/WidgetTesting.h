// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QSettings>
#include <QStringList>
#include <QTemporaryDir>

#include <catch2/catch.hpp>

namespace zabota::tests {

// QSettings of the tests go to a fresh folder, not to the settings of the person running them.
class IsolatedSettings {
public:
    IsolatedSettings()
    {
        REQUIRE(m_dir.isValid());
        QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_dir.path());
        QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_dir.path());
        QSettings().clear();
    }

private:
    QTemporaryDir m_dir;
};

// Collects what QAbstractItemModelTester reports, so that a broken model fails the test instead of only logging.
class ModelTesterLog {
public:
    ModelTesterLog()
    {
        s_failures.clear();
        m_previous = qInstallMessageHandler(&ModelTesterLog::handle);
    }
    ~ModelTesterLog() { qInstallMessageHandler(m_previous); }
    [[nodiscard]] static QStringList failures() { return s_failures; }

private:
    static void handle(QtMsgType type, const QMessageLogContext& context, const QString& message)
    {
        if (type != QtDebugMsg && context.category && qstrcmp(context.category, "qt.modeltest") == 0)
            s_failures << message;
    }
    static inline QStringList s_failures;
    QtMessageHandler m_previous = nullptr;
};

} // namespace zabota::tests
