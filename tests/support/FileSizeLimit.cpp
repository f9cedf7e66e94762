// SPDX-License-Identifier: GPL-3.0-or-later
#include "tests/support/FileSizeLimit.h"

#include <catch2/catch.hpp>
#include <csignal>

namespace zabota::tests {

FileSizeLimit::FileSizeLimit(rlim_t bytes)
{
    REQUIRE(::getrlimit(RLIMIT_FSIZE, &m_saved) == 0);
    m_oldHandler = std::signal(SIGXFSZ, SIG_IGN);
    rlimit lowered = m_saved;
    lowered.rlim_cur = bytes;
    REQUIRE(::setrlimit(RLIMIT_FSIZE, &lowered) == 0);
}

FileSizeLimit::~FileSizeLimit()
{
    ::setrlimit(RLIMIT_FSIZE, &m_saved);
    std::signal(SIGXFSZ, m_oldHandler);
}

} // namespace zabota::tests
