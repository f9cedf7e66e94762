// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

namespace zabota::core {

// PBKDF2-SHA256 with a per-user random salt. The stored form names the algorithm and the iteration count, so a later
// version can raise the count and still check old passwords: "pbkdf2-sha256$600000$<salt b64>$<key b64>".
class PasswordHasher final {
public:
    static constexpr int kIterations = 600'000;
    static constexpr int kSaltBytes = 16;
    static constexpr int kKeyBytes = 32;

    [[nodiscard]] static QString hash(const QString& password, int iterations = kIterations);
    [[nodiscard]] static bool verify(const QString& password, const QString& stored);
    // The iteration count a stored hash was made with, or 0 if it is not one of ours.
    [[nodiscard]] static int iterationsOf(const QString& stored);
};

} // namespace zabota::core
