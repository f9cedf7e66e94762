// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

#include <expected>

namespace zabota::core {

// An error that reaches a person: `message` is a translated sentence they can act on, `detail` is the technical
// cause (SQL text, driver code) that belongs in the log and never in a dialog.
struct Error {
    enum class Kind {
        Validation, // the input is wrong; `field` names the form field
        NotFound,
        Conflict,  // someone else saved first (version mismatch) or a uniqueness rule
        Busy,      // the database is locked by another program
        ReadOnly,  // the database file or its folder cannot be written
        Corrupt,   // the file is not a database, or is damaged
        TooNew,    // the database was written by a newer version of the console
        Migration, // a schema upgrade failed and was rolled back
        Auth,      // wrong login or password, or not allowed
        CantOpen,  // the file or its folder cannot be opened or created
        Storage,   // anything else the database said
    };

    Kind kind = Kind::Storage;
    QString message;
    QString detail;
    QString field;
};

template <typename T>
using Result = std::expected<T, Error>;

using Status = std::expected<void, Error>;

inline std::unexpected<Error> fail(Error::Kind kind, QString message, QString detail = {}, QString field = {})
{
    return std::unexpected(Error{kind, std::move(message), std::move(detail), std::move(field)});
}

} // namespace zabota::core
