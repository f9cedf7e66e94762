// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "core/telephony/BusyToneDetector.h"
#include "core/telephony/CallerId.h"
#include "core/telephony/FskSignalDetector.h"
#include "core/telephony/LineEvent.h"
#include "core/telephony/RingDetector.h"
#include "core/telephony/ToneDetector.h"
#include "core/telephony/VoiceActivity.h"

#include <QtGlobal>

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <vector>

namespace zabota::telephony {

class AonDetector;
class CallerIdDecoder;
class DtmfDetector;

struct LineMonitorSettings {
    std::optional<CallerIdStandard> standard; // nullopt: listen for every FSK standard and DTMF caller ID ("auto")
    double voxOnDbfs = -40.0;                 // VOX with hysteresis: on above this...
    double voxOffDbfs = -46.0;                // ...off below this, for voxStopMs
    int voxStopMs = 1500;
    int silenceHangUpMs = 10000; // an answered call with no speech this long has ended
    int unansweredMs = 7000;     // after a ring burst, no next ring and no speech this long: not answered
    int minCallMs = 2000;        // shorter "calls" are discarded
    // Ring bursts closer than this are one ring of a double cadence (0.4-0.2-0.4 s).
    int ringMergeMs = 500;
    // A continuous exchange tone this long taken in idle is the dial tone of an outgoing call. Longer than the
    // longest burst of the busy tone, which goes on after a call has ended and must not start another.
    int dialToneMs = 700;
};

// The state of one recorded phone line, from its audio alone (16-bit, 8 kHz mono): when calls start and end, who
// calls, when the call is answered. The adapter gives nothing but the audio, so every sign is heard: ring bursts, the
// caller ID, DTMF, the exchange's tones and speech (VOX).
//
// Audio is taken in 10 ms frames whatever the block size, so any blocks give the same events. The detectors report
// what they heard with some delay (a ring burst is known 200 ms into it, the end of speech `voxStopMs` after it went
// quiet); what they heard is put in order and the call's state follows it in the order of the samples, so events come
// out in the order of their samples, each as soon as nothing earlier can still be heard. The callback runs inside
// feed() and finish().
class LineMonitor final {
public:
    using Callback = std::function<void(const LineEvent&)>;

    static constexpr int kSampleRate = 8000;

    LineMonitor(LineMonitorSettings settings, Callback callback);
    ~LineMonitor();
    LineMonitor(const LineMonitor&) = delete;
    LineMonitor& operator=(const LineMonitor&) = delete;

    void feed(std::span<const qint16> samples); // any block size; callback runs inside
    void finish();                              // end of input: a call still open ends (CallEnded, Silence)
    [[nodiscard]] qint64 position() const { return m_position; }
    [[nodiscard]] bool inCall() const { return m_state != State::Idle; }

private:
    // What a detector heard, waiting for its turn in the order of the samples.
    struct Heard {
        enum class Kind { RingStart, RingEnd, VoiceStart, VoiceStop, Busy, DialTone, ToneEnd, CallerId, Digit };
        Kind kind = Kind::RingStart;
        qint64 sample = 0;
        CallerId callerId;
        QChar digit;
    };
    enum class State { Idle, Ringing, Talking };

    void processFrame(std::span<const qint16> frame);
    void feedDecoders(std::span<const qint16> frame, bool open);
    void analyse(std::span<const qint16> frame, qint64 start, double power, bool quiet);
    void onCallerId(const CallerId& decoded);
    void onDigit(QChar digit, qint64 sample);
    void releaseHeldDigits();
    void hear(Heard heard);
    [[nodiscard]] qint64 watermark() const;
    void advance(qint64 until);
    void checkTimers(qint64 now);
    void handle(const Heard& heard);

    void startCall(CallDirection direction, qint64 sample);
    void endCall(CallEnd reason, qint64 sample);
    [[nodiscard]] LineEvent made(LineEventKind kind, qint64 sample) const;
    void report(const LineEvent& event);
    void report(LineEventKind kind, qint64 sample) { report(made(kind, sample)); }

    LineMonitorSettings m_settings;
    Callback m_callback;
    qint64 m_position = 0;
    std::vector<qint16> m_partial; // the samples of a frame not yet complete

    // Caller ID and DTMF, fed only while the line carries sound (and caller ID not during speech): most of a line's
    // time is quiet or speech, and these are the costliest parts.
    std::vector<std::unique_ptr<CallerIdDecoder>> m_decoders;
    // The Russian АОН comes after the called side has picked up and asked for it with its 500 Hz tone: its detector
    // hears every sample, speech or not (speech gives it nothing).
    std::unique_ptr<AonDetector> m_aon;
    std::unique_ptr<DtmfDetector> m_dtmf;
    qint64 m_loudUntil = -1;      // the decoders listen until this sample after the last frame with sound
    std::vector<qint16> m_recent; // the last 1.5 s of audio, a ring, to tell Bell 202 from V.23
    qint64 m_recentNext = 0;      // where the next sample goes
    std::optional<CallerId> m_lastFsk;

    // DTMF caller ID (A<number>#…) would otherwise look like dialled digits: digits that begin like it wait until
    // the decoder has read the message, and are dropped when it has.
    std::vector<Heard> m_heldDigits;
    qint64 m_heldUntil = 0;
    qint64 m_messageDigitsUntil = -1; // digits up to here belong to a DTMF caller ID already read

    ToneDetector m_tones;
    RingDetector m_ring;
    BusyToneDetector m_busy;
    FskSignalDetector m_fsk;
    VoiceActivity m_voice;
    qint64 m_voiceFrom = 0;           // where the voice now on began
    std::optional<qint64> m_toneFrom; // the exchange's tone continuous since
    bool m_dialToneHeard = false;
    qint64 m_lastRingFrame = -1;

    std::deque<Heard> m_heard; // in the order of their samples

    // The call, as far as what was heard has been taken into account.
    State m_state = State::Idle;
    CallDirection m_direction = CallDirection::Incoming;
    qint64 m_callStart = 0;
    qint64 m_lastSign = 0; // the last sign of life of the call: burst end, speech end, digit, caller ID
    int m_rings = 0;
    bool m_inBurst = false;
    bool m_answered = false;
    bool m_speaking = false; // SpeechStarted reported, SpeechStopped not yet
    QString m_dialled;
};

} // namespace zabota::telephony
