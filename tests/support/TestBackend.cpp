// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/TestBackend.h"

#include <QString>

#include <catch2/catch.hpp>

namespace zabota::tests {

Backend configuredBackend()
{
    const QString chosen = qEnvironmentVariable("ZABOTA_TEST_BACKEND");
    if (chosen == u"postgres")
        return Backend::Postgres;
    if (!chosen.isEmpty() && chosen != u"sqlite")
        FAIL("ZABOTA_TEST_BACKEND is «" << chosen.toStdString() << "»: use sqlite or postgres");
    return Backend::Sqlite;
}

} // namespace zabota::tests
