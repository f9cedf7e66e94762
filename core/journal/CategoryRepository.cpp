// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/journal/CategoryRepository.h"

#include "core/storage/Database.h"
#include "core/text/TextFold.h"

#include <QSqlQuery>
#include <QVariant>

namespace zabota::core {

CategoryRepository::CategoryRepository(Database& db)
    : m_db(db)
{}

Result<QList<ProblemCategory>> CategoryRepository::list(bool includeInactive) const
{
    QSqlQuery query =
        m_db.prepare(includeInactive ? QStringLiteral("SELECT id, title, position, active FROM problem_category "
                                                      "ORDER BY position, title")
                                     : QStringLiteral("SELECT id, title, position, active FROM problem_category "
                                                      "WHERE active = ? ORDER BY position, title"));
    if (!includeInactive)
        query.addBindValue(true);
    if (auto ok = m_db.exec(query); !ok)
        return std::unexpected(ok.error());
    QList<ProblemCategory> categories;
    while (query.next())
        categories.append(
            {query.value(0).toLongLong(), query.value(1).toString(), query.value(2).toInt(), query.value(3).toBool()});
    return categories;
}

Status CategoryRepository::checkTitle(const QString& title, CategoryId exceptId) const
{
    const QString trimmed = title.simplified();
    if (trimmed.isEmpty())
        return fail(Error::Kind::Validation, tr("Enter the category's title."), {}, QStringLiteral("title"));
    if (trimmed.size() > limits::kCategoryTitle)
        return fail(Error::Kind::Validation,
                    tr("A category title is at most %1 characters.").arg(limits::kCategoryTitle), {},
                    QStringLiteral("title"));
    auto existing = list(true);
    if (!existing)
        return std::unexpected(existing.error());
    for (const ProblemCategory& category : std::as_const(*existing)) {
        if (category.id != exceptId && text::fold(category.title) == text::fold(trimmed))
            return fail(Error::Kind::Conflict, tr("The category «%1» exists already.").arg(category.title), {},
                        QStringLiteral("title"));
    }
    return {};
}

Result<ProblemCategory> CategoryRepository::add(const QString& title)
{
    if (auto ok = checkTitle(title, 0); !ok)
        return std::unexpected(ok.error());
    QSqlQuery query = m_db.prepare(QStringLiteral(
        "INSERT INTO problem_category (title, position, active) "
        "VALUES (?, (SELECT COALESCE(MAX(position), 0) + 1 FROM problem_category), ?) RETURNING id, position"));
    query.addBindValue(title.simplified());
    query.addBindValue(true);
    if (auto ok = m_db.exec(query); !ok)
        return std::unexpected(ok.error());
    query.next();
    return ProblemCategory{query.value(0).toLongLong(), title.simplified(), query.value(1).toInt(), true};
}

Status CategoryRepository::rename(CategoryId id, const QString& title)
{
    if (auto ok = checkTitle(title, id); !ok)
        return ok;
    QSqlQuery query = m_db.prepare(QStringLiteral("UPDATE problem_category SET title = ? WHERE id = ?"));
    query.addBindValue(title.simplified());
    query.addBindValue(id);
    return m_db.exec(query);
}

Status CategoryRepository::setActive(CategoryId id, bool active)
{
    QSqlQuery query = m_db.prepare(QStringLiteral("UPDATE problem_category SET active = ? WHERE id = ?"));
    query.addBindValue(active);
    query.addBindValue(id);
    return m_db.exec(query);
}

} // namespace zabota::core
