// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/telephony/LineDesk.h"

#include <QFrame>

class QCheckBox;
class QLabel;
class QTimer;

namespace zabota::ui {

// The call a journal entry is being registered from, on top of the registration form: the line, the number, the
// time talked so far (the timer starts when the call is answered) and, on a recorded line, whether the caller was told
// the call is recorded.
class CallStrip final : public QFrame {
    Q_OBJECT

public:
    explicit CallStrip(const telephony::LineCall& call, bool recorded, QWidget* parent = nullptr);

    void updateCall(const telephony::LineCall& call);
    [[nodiscard]] int callId() const { return m_call.id; }
    [[nodiscard]] bool toldOfRecording() const;
    [[nodiscard]] QString text() const;
    [[nodiscard]] QCheckBox* toldBox() const { return m_told; }

private:
    void tick();

    telephony::LineCall m_call;
    QLabel* m_label = nullptr;
    QCheckBox* m_told = nullptr;
    QTimer* m_clock = nullptr;
};

} // namespace zabota::ui
