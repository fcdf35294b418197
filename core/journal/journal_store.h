#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "journal/journal_query.h"
#include "journal/reflection.h"
#include "profile/school_profile.h"
#include "storage/database.h"

#include <QHash>
#include <QList>
#include <optional>

namespace kw {

/** A reflection as listed: with its text marked where it matched a search. */
struct JournalEntry
{
    Reflection reflection;
    /** The text with matches between U+0001 and U+0002; empty when there was no search. */
    QString highlighted;
};

/** How many reflections touched one kernwaarde on one day. */
struct DayValueCount
{
    QDate day;
    QString valueId;
    int count = 0;
};

/**
 * The teacher's reflections in the journal database. Every write validates first and runs in
 * one transaction, so a reflection is either stored whole or not at all.
 */
class JournalStore
{
public:
    JournalStore(sql::Database& db, const SchoolProfile& profile, const Clock& clock);

    [[nodiscard]] Result<qint64> add(const Reflection& reflection);
    /** Adds all or none, in one transaction (imports, demo data, benchmarks). */
    [[nodiscard]] Result<QList<qint64>> addAll(const QList<Reflection>& reflections);
    [[nodiscard]] Status update(const Reflection& reflection);
    [[nodiscard]] Result<Reflection> get(qint64 id);

    [[nodiscard]] Result<QList<JournalEntry>> list(const JournalQuery& query);
    [[nodiscard]] Result<int> count(const JournalQuery& query);

    /** Moves a reflection out of sight; restore() brings it back until purgeDeleted(). */
    [[nodiscard]] Status remove(qint64 id);
    [[nodiscard]] Status restore(qint64 id);
    /** Erases removed reflections for good (secure_delete overwrites their text). */
    [[nodiscard]] Status purgeDeleted();

    /** Reflections per kernwaarde with a day in [from, to]. */
    [[nodiscard]] Result<QHash<QString, int>> countsPerValue(QDate from, QDate to);
    [[nodiscard]] Result<QList<DayValueCount>> countsPerDay(QDate from, QDate to);

    const SchoolProfile& profile() const { return m_profile; }
    const Clock& clock() const { return m_clock; }

private:
    Result<QList<JournalEntry>> fetch(
        const QString& fromWhereOrder, const QList<sql::Param>& params, bool searching);
    Status writeLinks(qint64 id, const Reflection& reflection);
    QStringList inProfileOrder(const QString& joinedIds) const;

    sql::Database& m_db;
    const SchoolProfile& m_profile;
    const Clock& m_clock;
};

} // namespace kw
