// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/telephony/CallerId.h"

namespace zabota::telephony {

QString standardKey(CallerIdStandard standard)
{
    switch (standard) {
    case CallerIdStandard::Bell202:
        return QStringLiteral("bell202");
    case CallerIdStandard::V23:
        return QStringLiteral("v23");
    case CallerIdStandard::Dtmf:
        return QStringLiteral("dtmf");
    case CallerIdStandard::Aon:
        return QStringLiteral("aon");
    }
    return {};
}

std::optional<CallerIdStandard> standardFromKey(const QString& key)
{
    for (auto standard :
         {CallerIdStandard::Bell202, CallerIdStandard::V23, CallerIdStandard::Dtmf, CallerIdStandard::Aon})
        if (standardKey(standard) == key)
            return standard;
    return std::nullopt;
}

} // namespace zabota::telephony
