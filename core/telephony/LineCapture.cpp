// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telephony/LineCapture.h"

#include "core/telephony/LineCaptureWorker.h"

#include <QThread>

namespace zabota::telephony {

LineCapture::LineCapture(LineConfig line, QString recordingsDir, Namer namer, QObject* parent)
    : QObject(parent)
    , m_line(std::move(line))
    , m_recordingsDir(std::move(recordingsDir))
    , m_namer(std::move(namer))
{}

LineCapture::~LineCapture()
{
    stop();
}

void LineCapture::start()
{
    if (m_thread)
        return;
    m_thread = new QThread(this);
    m_thread->setObjectName(QStringLiteral("line ") + m_line.name);
    m_worker = new LineCaptureWorker(m_line, m_recordingsDir, m_namer, this);
    m_worker->moveToThread(m_thread);
    connect(m_worker, &LineCaptureWorker::started, this, &LineCapture::onStarted);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
    // Audio sources belong to the thread that creates them: the worker opens its own.
    QMetaObject::invokeMethod(m_worker, &LineCaptureWorker::open, Qt::QueuedConnection);
}

void LineCapture::stop()
{
    if (!m_thread)
        return;
    // The worker closes the input and the recording in its own thread before the thread ends; the signals it sends
    // on the way are still delivered to this object's thread.
    if (m_worker)
        QMetaObject::invokeMethod(m_worker, &LineCaptureWorker::close, Qt::BlockingQueuedConnection);
    m_thread->quit();
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

QDateTime LineCapture::timeOf(qint64 sample) const
{
    return m_firstSample.isValid() ? m_firstSample.addMSecs(sample * 1000 / 8000) : QDateTime();
}

void LineCapture::onStarted(const QDateTime& firstSample)
{
    m_firstSample = firstSample;
}

} // namespace zabota::telephony
