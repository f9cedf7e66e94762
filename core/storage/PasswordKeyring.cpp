// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/PasswordKeyring.h"

#include <QEventLoop>
#include <QLoggingCategory>
#include <QTimer>
#include <QVariant>
#include <qt6keychain/keychain.h>

namespace zabota::core {

namespace {

Q_LOGGING_CATEGORY(lcKeyring, "zabota.keyring")

// Runs a job and waits for it. A job still running when the wait ends deletes itself once it is done: the keyring's
// answer may come later and must find it.
bool finished(QKeychain::Job& job)
{
    QEventLoop loop;
    bool done = false;
    QObject::connect(&job, &QKeychain::Job::finished, &loop, [&] {
        done = true;
        loop.quit();
    });
    QTimer::singleShot(PasswordKeyring::kTimeoutMs, &loop, &QEventLoop::quit);
    job.start();
    if (!done)
        loop.exec();
    return done;
}

template <typename Job>
std::unique_ptr<Job, void (*)(Job*)> makeJob(const QString& service, const QString& key)
{
    auto* job = new Job(service);
    job->setAutoDelete(false);
    job->setInsecureFallback(false);
    job->setKey(key);
    // A job that has not answered is left to delete itself when it does.
    return {job, [](Job* j) {
                if (j->property("zabotaWaiting").toBool())
                    j->setAutoDelete(true);
                else
                    delete j;
            }};
}

Error keyringError(const QKeychain::Job& job)
{
    const QString detail = QStringLiteral("keyring: %1 (%2)").arg(job.errorString()).arg(int(job.error()));
    qCInfo(lcKeyring) << detail;
    switch (job.error()) {
    case QKeychain::EntryNotFound:
        return {
            Error::Kind::NotFound, PasswordKeyring::tr("The keyring keeps no password for this database."), detail, {}};
    case QKeychain::AccessDenied:
    case QKeychain::AccessDeniedByUser:
        return {Error::Kind::Auth,
                PasswordKeyring::tr("The system keyring refused access to the password (it is locked, or access was "
                                    "denied), so the password was not kept there."),
                detail,
                {}};
    default:
        return {Error::Kind::CantOpen,
                PasswordKeyring::tr("No system keyring is available on this computer (no Secret Service such as GNOME "
                                    "Keyring or KeePassXC, and no KWallet, answers), so the password cannot be kept. "
                                    "The console asks for it at its start; a ~/.pgpass file works too."),
                detail,
                {}};
    }
}

Error noAnswer()
{
    return {Error::Kind::CantOpen,
            PasswordKeyring::tr("The system keyring did not answer in time, so the password was not kept. The console "
                                "asks for it at its start."),
            QStringLiteral("keyring: no answer"),
            {}};
}

} // namespace

PasswordKeyring::PasswordKeyring(QString service)
    : m_service(std::move(service))
{}

Result<QString> PasswordKeyring::read(const QString& key) const
{
    auto job = makeJob<QKeychain::ReadPasswordJob>(m_service, key);
    if (!finished(*job)) {
        job->setProperty("zabotaWaiting", true);
        return std::unexpected(noAnswer());
    }
    if (job->error() != QKeychain::NoError)
        return std::unexpected(keyringError(*job));
    return job->textData();
}

Status PasswordKeyring::write(const QString& key, const QString& password)
{
    auto job = makeJob<QKeychain::WritePasswordJob>(m_service, key);
    job->setTextData(password);
    if (!finished(*job)) {
        job->setProperty("zabotaWaiting", true);
        return std::unexpected(noAnswer());
    }
    if (job->error() != QKeychain::NoError)
        return std::unexpected(keyringError(*job));
    return {};
}

Status PasswordKeyring::remove(const QString& key)
{
    auto job = makeJob<QKeychain::DeletePasswordJob>(m_service, key);
    if (!finished(*job)) {
        job->setProperty("zabotaWaiting", true);
        return std::unexpected(noAnswer());
    }
    if (job->error() == QKeychain::NoError || job->error() == QKeychain::EntryNotFound)
        return {};
    return std::unexpected(keyringError(*job));
}

} // namespace zabota::core
