// SPDX-License-Identifier: GPL-3.0-or-later
#include "ui/RecordingPlayer.h"

#include "core/text/DateText.h"
#include "ui/RowTable.h"
#include "ui/ViewKeys.h"

#include <QAudioOutput>
#include <QDir>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QMediaPlayer>
#include <QPushButton>
#include <QSlider>
#include <QUrl>
#include <QVBoxLayout>

namespace zabota::ui {

RecordingPlayer::RecordingPlayer(QWidget* parent)
    : QWidget(parent)
{
    m_list = makeRowTable({tr("Started"), tr("Line"), tr("Number"), tr("Length"), tr("Note")}, this);
    m_list->setObjectName(QStringLiteral("recordingList"));
    m_list->setAccessibleName(tr("Call recordings"));
    m_play = new QPushButton(tr("Play"), this);
    m_play->setAutoDefault(false);
    m_play->setToolTip(tr("Play or pause the recording chosen (Space in the list)"));
    m_slider = new QSlider(Qt::Horizontal, this);
    m_slider->setAccessibleName(tr("Position in the recording"));
    m_position = new QLabel(this);
    m_message = new QLabel(this);
    m_message->setWordWrap(true);
    m_message->hide();

    m_player = new QMediaPlayer(this);
    m_output = new QAudioOutput(this);
    m_player->setAudioOutput(m_output);
    connect(m_play, &QPushButton::clicked, this, &RecordingPlayer::playCurrent);
    (new ViewKeys(m_list))->on({QKeySequence(Qt::Key_Space), QKeySequence(Qt::Key_Return)}, [this] { playCurrent(); });
    connect(m_player, &QMediaPlayer::durationChanged, this, [this](qint64 duration) {
        m_slider->setRange(0, int(duration));
        updatePosition();
    });
    connect(m_player, &QMediaPlayer::positionChanged, this, [this](qint64 position) {
        if (!m_slider->isSliderDown())
            m_slider->setValue(int(position));
        updatePosition();
    });
    connect(m_slider, &QSlider::sliderMoved, m_player, [this](int position) { m_player->setPosition(position); });
    connect(m_player, &QMediaPlayer::playbackStateChanged, this, [this](QMediaPlayer::PlaybackState state) {
        m_play->setText(state == QMediaPlayer::PlayingState ? tr("Pause") : tr("Play"));
    });
    connect(m_player, &QMediaPlayer::errorOccurred, this, [this](QMediaPlayer::Error, const QString& text) {
        m_message->setText(tr("The recording cannot be played: %1").arg(text));
        m_message->show();
    });

    auto* controls = new QHBoxLayout;
    controls->addWidget(m_play);
    controls->addWidget(m_slider, 1);
    controls->addWidget(m_position);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_list, 1);
    layout->addLayout(controls);
    layout->addWidget(m_message);
}

RecordingPlayer::~RecordingPlayer()
{
    m_player->stop();
}

void RecordingPlayer::setRecordings(const QList<core::CallRecording>& recordings, const QString& directory)
{
    m_recordings = recordings;
    m_directory = directory;
    m_list->setRowCount(0);
    for (const auto& recording : recordings) {
        const int row = m_list->rowCount();
        m_list->insertRow(row);
        m_list->setItem(row, 0, new QTableWidgetItem(core::text::shownDateTime(recording.startedAt)));
        m_list->setItem(row, 1, new QTableWidgetItem(recording.lineName));
        m_list->setItem(row, 2, new QTableWidgetItem(recording.number));
        m_list->setItem(row, 3, new QTableWidgetItem(core::text::shownDuration(recording.durationMs.value_or(0))));
        QStringList notes;
        if (recording.isDeleted())
            notes << tr("deleted on %1 under the keeping rules").arg(core::text::shownDate(recording.deletedAt.date()));
        if (recording.interrupted)
            notes << tr("cut off: the console stopped during the call");
        notes << (recording.toldOfRecording ? tr("the caller was told") : tr("the caller was not told"));
        m_list->setItem(row, 4, new QTableWidgetItem(notes.join(QLatin1String("; "))));
    }
    if (!recordings.isEmpty())
        m_list->selectRow(0);
    m_play->setEnabled(!recordings.isEmpty());
    updatePosition();
}

QStringList RecordingPlayer::rows() const
{
    QStringList rows;
    for (int row = 0; row < m_list->rowCount(); ++row) {
        QStringList cells;
        for (int column = 0; column < m_list->columnCount(); ++column)
            cells << m_list->item(row, column)->text();
        rows << cells.join(QLatin1String(" | "));
    }
    return rows;
}

std::optional<core::CallRecording> RecordingPlayer::current() const
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_recordings.size())
        return std::nullopt;
    return m_recordings[row];
}

QString RecordingPlayer::positionText() const
{
    return m_position->text();
}

void RecordingPlayer::playCurrent()
{
    const int row = m_list->currentRow();
    if (row < 0 || row >= m_recordings.size())
        return;
    const auto& recording = m_recordings[row];
    if (recording.isDeleted()) {
        m_message->setText(tr("This recording was deleted under the keeping rules."));
        m_message->show();
        return;
    }
    const QString path = QDir(m_directory).filePath(recording.path);
    const QUrl url = QUrl::fromLocalFile(path);
    if (m_player->source() != url) {
        if (!QFileInfo::exists(path)) {
            m_message->setText(tr("The file %1 is not there any more.").arg(QDir::toNativeSeparators(path)));
            m_message->show();
            return;
        }
        m_player->setSource(url);
    }
    m_message->hide();
    if (m_player->playbackState() == QMediaPlayer::PlayingState)
        m_player->pause();
    else
        m_player->play();
}

void RecordingPlayer::updatePosition()
{
    m_position->setText(
        tr("%1 of %2")
            .arg(core::text::shownDuration(m_player->position()), core::text::shownDuration(m_player->duration())));
}

} // namespace zabota::ui
