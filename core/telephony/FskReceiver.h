// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QtGlobal>

#include <array>
#include <cstdint>
#include <functional>
#include <span>

namespace zabota::telephony {

// A receiver of 1200 baud FSK as caller ID sends it (Bell 202 or V.23; asynchronous characters of 8 data bits, least
// significant first, and one stop bit), from 16-bit, 8 kHz mono audio fed in blocks of any size. It hands on every
// character it frames; FskMessageAssembler makes caller ID messages of them.
//
// It exists for speed. spandsp's ADSI receiver, which read FSK caller ID before, was measured at about 16 ns a sample,
// and a console built on it could not decode a recorded line ten times faster than minimodem does. zabota_line_bench
// times both on the same messages: this one at 2.6 to 4.6 ns a sample where spandsp's took 22 to 30 ns (on a busy
// machine), about eight times faster. It also hears every message spandsp hears, and weaker ones.
//
// How it hears. The audio is correlated with the mark and the space tone, in phase and in quadrature, over a window
// of 8 samples for Bell 202 and 10 for V.23 (a bit is 6.67): over these windows the two tones of the standard are
// orthogonal, and they gave the fewest errors in noise. The mark energy minus the space energy says mark (above zero)
// or space; it is worked out every second sample, which times the bits well enough at half the cost. The audio goes
// through in blocks of 80 samples (10 ms), over which all four tones of both standards go through whole cycles: the
// oscillators are tables of 80 values, and the loops over a block are plain arithmetic on arrays that the compiler
// turns into vector instructions.
//
// Each block's mean is taken off first (an adapter's DC offset). A squelch opens for a block whose energy at the two
// tones is a large enough share of its whole energy, at a level a line carries, so that silence and the line's hiss
// start no characters. A character starts where mark turns to space, timed to a fraction of a sample; its bits are
// read at their centres; the start bit must still be a space there, and the stop bit is checked. A character that
// follows the last one without a pause is expected where the sender's clock puts it: the edge heard corrects that
// expectation and the bit length (6.67 samples, learnt from the sender to within 3 %), which keeps bits read right
// deeper in noise. A character after more than ten idle mark bits is marked as the possible start of a message.
class FskReceiver final {
public:
    static constexpr int kSampleRate = 8000;
    static constexpr int kBaud = 1200;

    enum class Modulation {
        Bell202, // mark 1200 Hz, space 2200 Hz
        V23,     // mark 1300 Hz, space 2100 Hz
    };

    struct Character {
        std::uint8_t value = 0;
        bool framed = true;      // false: the stop bit was a space, and `value` is not to be trusted
        bool afterMarks = false; // it came after more than ten idle mark bits: a message may start with it
        qint64 endSample = 0;    // the end of its stop bit, in samples from the receiver's start
    };
    using Callback = std::function<void(const Character&)>;

    FskReceiver(Modulation modulation, Callback callback);
    FskReceiver(const FskReceiver&) = delete;
    FskReceiver& operator=(const FskReceiver&) = delete;

    void feed(std::span<const qint16> samples);
    // Moves on over `samples` samples that are not heard. The samples fed before them are heard out as if silence
    // followed; a character they cut off is lost. The receiver starts afresh after them.
    void skip(qint64 samples);
    // How many samples were fed and skipped so far.
    [[nodiscard]] qint64 position() const { return m_position; }

private:
    static constexpr int kBlock = 80;                            // samples; 10 ms
    static constexpr int kDecisions = kBlock / 2;                // one every second sample
    static constexpr int kHistory = 4;                           // decisions kept from the block before
    static constexpr int kMaxPairs = 5;                          // the longest window, in pairs of samples
    using Half = std::array<float, kDecisions>;                  // every second sample of a block
    using Pairs = std::array<float, kMaxPairs - 1 + kDecisions>; // products, summed in pairs, with history in front

    void processBlock();
    void measure();
    void multiply();
    template <int kPairs>
    void correlate();
    [[nodiscard]] bool listeningOn() const;
    void decide(bool open);
    void reset();

    [[nodiscard]] float decision(int index) const { return m_decision[std::size_t(kHistory + index)]; }
    // Times are never further back than the decisions kept: truncating rounds down.
    [[nodiscard]] static int whole(double time) { return int(time + kHistory) - kHistory; }
    // Between two decisions, the straight line through them.
    [[nodiscard]] float decisionAt(double time) const
    {
        const int index = whole(time);
        const float before = decision(index);
        return before + float(time - index) * (decision(index + 1) - before);
    }

    int m_pairs;
    float m_minPower = 0;
    Callback m_callback;
    qint64 m_position = 0;
    std::array<qint16, kBlock> m_input{};
    int m_fill = 0;
    bool m_fresh = true;       // nothing was fed since the last reset
    alignas(16) Half m_even{}; // the block's samples at even and odd places
    alignas(16) Half m_odd{};

    // The oscillators over a block, at the even and at the odd samples.
    alignas(16) std::array<Half, 2> m_markCos{};
    alignas(16) std::array<Half, 2> m_markSin{};
    alignas(16) std::array<Half, 2> m_spaceCos{};
    alignas(16) std::array<Half, 2> m_spaceSin{};
    // The samples times the oscillators, two samples added; in front, the last pairs of the block before.
    alignas(16) Pairs m_markI{};
    alignas(16) Pairs m_markQ{};
    alignas(16) Pairs m_spaceI{};
    alignas(16) Pairs m_spaceQ{};
    // Mark energy minus space energy over the window ending with every second sample of the block (the odd ones); in
    // front, the last decisions of the block before.
    alignas(16) std::array<float, kHistory + kDecisions> m_decision{};
    float m_toneShare = 0; // this block's energy at the tones over what a pure tone would give (1)
    float m_power = 0;     // this block's mean square

    // Times are in decisions (two samples) from the current block's first: decision i is at time i, and the centre of
    // its window at sample 2i - m_lag of the block.
    qint64 m_blockStart = 0; // the first sample of the current block
    double m_lag = 0;
    bool m_inCharacter = false; // a start bit was found...
    int m_bit = 0;              // ...and this bit is read next: 0 the start bit, 9 the stop bit
    unsigned m_bits = 0;        // the data bits read so far
    double m_edge = 0;          // where its start bit began
    double m_next = 0;          // where its next bit is read
    bool m_afterMarks = false;
    int m_scan = 0;            // the next decision looked at for a start bit
    bool m_inMark = false;     // a run of mark heard with the squelch open is on...
    double m_markFrom = 0;     // ...since here
    bool m_listened = false;   // the block before was listened to
    double m_lastEnd = -1.0e9; // where the last character with its stop bit ended
    double m_period = 0;       // the sender's bit, as learnt
};

} // namespace zabota::telephony
