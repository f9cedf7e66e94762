// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/recording/CallRecording.h"

#include <QWidget>

#include <optional>

class QAudioOutput;
class QLabel;
class QMediaPlayer;
class QPushButton;
class QSlider;
class QTableWidget;

namespace zabota::ui {

// The recordings of a journal entry's calls, and a player for the one chosen: Play/Pause (Space in the list), a
// position slider to seek, the time played of the whole. Recordings deleted by the keeping rules are listed as such.
class RecordingPlayer final : public QWidget {
    Q_OBJECT

public:
    explicit RecordingPlayer(QWidget* parent = nullptr);
    ~RecordingPlayer() override;

    // `directory`: the recordings folder the paths are relative to.
    void setRecordings(const QList<core::CallRecording>& recordings, const QString& directory);
    [[nodiscard]] QStringList rows() const;
    // The recording chosen in the list.
    [[nodiscard]] std::optional<core::CallRecording> current() const;
    [[nodiscard]] QTableWidget* list() const { return m_list; }
    [[nodiscard]] QMediaPlayer* player() const { return m_player; }
    [[nodiscard]] QString positionText() const;

    void playCurrent();

private:
    void updatePosition();

    QList<core::CallRecording> m_recordings;
    QString m_directory;
    QTableWidget* m_list = nullptr;
    QPushButton* m_play = nullptr;
    QSlider* m_slider = nullptr;
    QLabel* m_position = nullptr;
    QLabel* m_message = nullptr;
    QMediaPlayer* m_player = nullptr;
    QAudioOutput* m_output = nullptr;
};

} // namespace zabota::ui
