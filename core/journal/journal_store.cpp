#include "journal/journal_store.h"

#include <QCoreApplication>
#include <algorithm>

namespace kw {

namespace {

constexpr auto dayFormat = Qt::ISODate;

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::Journal)
};

/** Composed form, so "reünie" typed on any keyboard is stored and found the same way. */
QString storedText(const QString& text)
{
    return text.trimmed().normalized(QString::NormalizationForm_C);
}

Error notFound()
{
    return Error { Error::Code::NotFound, Text::tr("This reflection no longer exists.") };
}

/** The FROM and WHERE of a journal query, shared by list() and count(). */
struct QueryParts
{
    QString from;
    QString where;
    QList<sql::Param> params;
    bool searching = false;
};

QueryParts partsFor(const JournalQuery& q)
{
    QueryParts p;
    const QString match = ftsQueryFor(q.search);
    p.searching = !match.isEmpty();
    p.from = p.searching
        ? QStringLiteral("reflection_fts JOIN reflection r ON r.id = reflection_fts.rowid")
        : QStringLiteral("reflection r");
    QStringList where { QStringLiteral("r.deleted_ms IS NULL") };
    if (p.searching) {
        where << QStringLiteral("reflection_fts MATCH ?");
        p.params << match;
    }
    if (q.from.isValid()) {
        where << QStringLiteral("r.day >= ?");
        p.params << q.from.toString(dayFormat);
    }
    if (q.to.isValid()) {
        where << QStringLiteral("r.day <= ?");
        p.params << q.to.toString(dayFormat);
    }
    if (!q.valueIds.isEmpty()) {
        QStringList marks;
        for (const QString& id : q.valueIds) {
            marks << QStringLiteral("?");
            p.params << id;
        }
        where << QStringLiteral("EXISTS (SELECT 1 FROM reflection_value v WHERE v.reflection_id "
                                "= r.id AND v.value_id IN (%1))")
                     .arg(marks.join(QLatin1Char(',')));
    }
    p.where = where.join(QStringLiteral(" AND "));
    return p;
}

} // namespace

JournalStore::JournalStore(sql::Database& db, const SchoolProfile& profile, const Clock& clock)
    : m_db(db)
    , m_profile(profile)
    , m_clock(clock)
{ }

Result<qint64> JournalStore::add(const Reflection& r)
{
    auto ids = addAll({ r });
    if (!ids)
        return ids.error();
    return ids->first();
}

Result<QList<qint64>> JournalStore::addAll(const QList<Reflection>& reflections)
{
    for (const Reflection& r : reflections) {
        if (Status s = reflection_rules::validate(r, m_profile, m_clock.today()); !s)
            return s.error();
    }
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    sql::Transaction tx(m_db);
    if (!tx.began())
        return tx.status().error();
    auto insert = m_db.prepare("INSERT INTO reflection (body, day, outcome, energy, created_ms, "
                               "edited_ms) VALUES (?, ?, ?, ?, ?, ?)");
    if (!insert)
        return insert.error();
    QList<qint64> ids;
    ids.reserve(reflections.size());
    for (const Reflection& r : reflections) {
        insert->bind(1, storedText(r.text)).bind(2, r.day.toString(dayFormat)).bind(3, r.outcome);
        r.energy ? insert->bind(4, *r.energy) : insert->bindNull(4);
        insert->bind(5, now).bind(6, now);
        if (Status s = insert->run(); !s)
            return s.error();
        insert->reset();
        ids << m_db.lastInsertId();
        if (Status s = writeLinks(ids.last(), r); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return ids;
}

Status JournalStore::update(const Reflection& r)
{
    if (Status s = reflection_rules::validate(r, m_profile, m_clock.today()); !s)
        return s;
    sql::Transaction tx(m_db);
    if (!tx.began())
        return tx.status();
    auto stmt = m_db.prepare("UPDATE reflection SET body = ?, day = ?, outcome = ?, energy = ?, "
                             "edited_ms = ? WHERE id = ? AND deleted_ms IS NULL");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, storedText(r.text)).bind(2, r.day.toString(dayFormat)).bind(3, r.outcome);
    r.energy ? stmt->bind(4, *r.energy) : stmt->bindNull(4);
    stmt->bind(5, m_clock.now().toMSecsSinceEpoch()).bind(6, r.id);
    if (Status s = stmt->run(); !s)
        return s;
    if (m_db.changes() == 0)
        return notFound();
    for (const char* sql : { "DELETE FROM reflection_value WHERE reflection_id = ?",
             "DELETE FROM reflection_tag WHERE reflection_id = ?" }) {
        if (Status s = m_db.run(sql, { r.id }); !s)
            return s;
    }
    if (Status s = writeLinks(r.id, r); !s)
        return s;
    return tx.commit();
}

Status JournalStore::writeLinks(qint64 id, const Reflection& r)
{
    if (Status s = m_db.runForEach("INSERT OR IGNORE INTO reflection_value (reflection_id, "
                                   "value_id) VALUES (?, ?)",
            id, r.valueIds);
        !s)
        return s;
    return m_db.runForEach(
        "INSERT OR IGNORE INTO reflection_tag (reflection_id, tag_id) VALUES (?, ?)", id, r.tagIds);
}

QStringList JournalStore::inProfileOrder(const QString& joinedIds) const
{
    QStringList ids = joinedIds.split(QLatin1Char(','), Qt::SkipEmptyParts);
    std::sort(ids.begin(), ids.end(), [this](const QString& a, const QString& b) {
        return m_profile.kernwaardeIndex(a) < m_profile.kernwaardeIndex(b);
    });
    return ids;
}

Result<QList<JournalEntry>> JournalStore::fetch(
    const QString& tail, const QList<sql::Param>& params, bool searching)
{
    const QString sqlText
        = QStringLiteral(
              "SELECT r.id, r.body, r.day, r.outcome, r.energy, r.created_ms, r.edited_ms, "
              "(SELECT group_concat(value_id) FROM reflection_value WHERE reflection_id = r.id), "
              "(SELECT group_concat(tag_id) FROM reflection_tag WHERE reflection_id = r.id), %1 ")
              .arg(searching ? QStringLiteral("highlight(reflection_fts, 0, char(1), char(2))")
                             : QStringLiteral("NULL"))
        + tail;
    auto stmt = m_db.prepare(sqlText.toUtf8().constData());
    if (!stmt)
        return stmt.error();
    return stmt->bindAll(params).collect([this](const sql::Statement& row) {
        JournalEntry e;
        Reflection& r = e.reflection;
        r.id = row.columnInt64(0);
        r.text = row.columnText(1);
        r.day = QDate::fromString(row.columnText(2), dayFormat);
        r.outcome = row.columnInt(3);
        if (!row.columnIsNull(4))
            r.energy = row.columnInt(4);
        r.created = QDateTime::fromMSecsSinceEpoch(row.columnInt64(5));
        r.edited = QDateTime::fromMSecsSinceEpoch(row.columnInt64(6));
        r.valueIds = inProfileOrder(row.columnText(7));
        r.tagIds = row.columnText(8).split(QLatin1Char(','), Qt::SkipEmptyParts);
        e.highlighted = row.columnText(9);
        return e;
    });
}

Result<QList<JournalEntry>> JournalStore::list(const JournalQuery& q)
{
    QueryParts parts = partsFor(q);
    parts.params << qint64(q.limit) << qint64(q.offset);
    return fetch(QStringLiteral("FROM %1 WHERE %2 ORDER BY r.day DESC, r.id DESC LIMIT ? OFFSET ?")
                     .arg(parts.from, parts.where),
        parts.params, parts.searching);
}

Result<int> JournalStore::count(const JournalQuery& q)
{
    const QueryParts parts = partsFor(q);
    const QString sqlText
        = QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(parts.from, parts.where);
    auto stmt = m_db.prepare(sqlText.toUtf8().constData());
    if (!stmt)
        return stmt.error();
    if (auto row = stmt->bindAll(parts.params).step(); !row)
        return row.error();
    return stmt->columnInt(0);
}

Result<Reflection> JournalStore::get(qint64 id)
{
    auto entries = fetch(
        QStringLiteral("FROM reflection r WHERE r.id = ? AND r.deleted_ms IS NULL"), { id }, false);
    if (!entries)
        return entries.error();
    if (entries->isEmpty())
        return notFound();
    return entries->first().reflection;
}

Status JournalStore::remove(qint64 id)
{
    if (Status s
        = m_db.run("UPDATE reflection SET deleted_ms = ? WHERE id = ? AND deleted_ms IS NULL",
            { m_clock.now().toMSecsSinceEpoch(), id });
        !s)
        return s;
    return m_db.changes() == 0 ? Status(notFound()) : Status();
}

Status JournalStore::restore(qint64 id)
{
    if (Status s = m_db.run(
            "UPDATE reflection SET deleted_ms = NULL WHERE id = ? AND deleted_ms IS NOT NULL",
            { id });
        !s)
        return s;
    return m_db.changes() == 0 ? Status(notFound()) : Status();
}

Status JournalStore::purgeDeleted()
{
    if (Status s = m_db.exec(
            "PRAGMA secure_delete = ON; DELETE FROM reflection WHERE deleted_ms IS NOT NULL;");
        !s)
        return s;
    // The search index keeps a removed text's words in its old segments until they are merged,
    // and the WAL keeps old page images until a checkpoint: rewrite both so the words are gone.
    return m_db.exec("INSERT INTO reflection_fts (reflection_fts) VALUES ('optimize'); "
                     "PRAGMA wal_checkpoint(TRUNCATE);");
}

Result<QHash<QString, int>> JournalStore::countsPerValue(QDate from, QDate to)
{
    auto stmt
        = m_db.prepare("SELECT v.value_id, count(*) FROM reflection r JOIN reflection_value v "
                       "ON v.reflection_id = r.id WHERE r.deleted_ms IS NULL AND r.day "
                       "BETWEEN ? AND ? GROUP BY v.value_id");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, from.toString(dayFormat)).bind(2, to.toString(dayFormat));
    QHash<QString, int> counts;
    if (Status s = stmt->forEachRow(
            [&](const sql::Statement& row) { counts.insert(row.columnText(0), row.columnInt(1)); });
        !s)
        return s.error();
    return counts;
}

Result<QList<DayValueCount>> JournalStore::countsPerDay(QDate from, QDate to)
{
    auto stmt
        = m_db.prepare("SELECT r.day, v.value_id, count(*) FROM reflection r JOIN "
                       "reflection_value v ON v.reflection_id = r.id WHERE r.deleted_ms IS "
                       "NULL AND r.day BETWEEN ? AND ? GROUP BY r.day, v.value_id ORDER BY r.day");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, from.toString(dayFormat)).bind(2, to.toString(dayFormat));
    return stmt->collect([](const sql::Statement& row) {
        return DayValueCount { QDate::fromString(row.columnText(0), dayFormat), row.columnText(1),
            row.columnInt(2) };
    });
}

} // namespace kw
