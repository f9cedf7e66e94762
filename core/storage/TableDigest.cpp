// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/storage/TableDigest.h"

#include "core/storage/CanonicalValue.h"

#include <QSqlQuery>

namespace zabota::core {

TableDigest::TableDigest(const QStringList& columns, const QList<ColumnClass>& classes)
    : m_classes(classes)
    , m_hash(QCryptographicHash::Sha256)
{
    m_hash.addData(QByteArrayView("zabota table digest 1\n"));
    m_hash.addData(columns.join(QLatin1Char(',')).toUtf8());
    m_hash.addData(QByteArrayView("\n"));
}

void TableDigest::addRow(const QSqlQuery& query)
{
    for (int i = 0; i < m_classes.size(); ++i) {
        if (i > 0)
            m_hash.addData(QByteArrayView("|"));
        m_hash.addData(CanonicalValue::encode(query.value(i), m_classes[i]));
    }
    m_hash.addData(QByteArrayView("\n"));
    ++m_rows;
}

QString TableDigest::hex()
{
    if (m_result.isEmpty())
        m_result = QString::fromLatin1(m_hash.result().toHex());
    return m_result;
}

} // namespace zabota::core
