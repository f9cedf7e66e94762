// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace zabota::app {

// SIGTERM (the system shutting down, a service manager stopping the console), SIGINT and SIGHUP turned into a Qt
// signal, so that the console leaves as when its window is closed: the lines stop, a call in progress keeps its
// recording and goes into the catalogue, the database closes. The C handler only writes the signal's number to a
// socket; the rest happens in the event loop.
class StopSignals final : public QObject {
    Q_OBJECT

public:
    explicit StopSignals(QObject* parent = nullptr);
    ~StopSignals() override;
    StopSignals(const StopSignals&) = delete;
    StopSignals& operator=(const StopSignals&) = delete;

    // False when the signals could not be caught (they then stop the console at once, as before).
    [[nodiscard]] bool isWatching() const { return m_notifier != nullptr; }

signals:
    void stopRequested(int signalNumber);

private:
    void onReadable();

    QSocketNotifier* m_notifier = nullptr;
};

} // namespace zabota::app
