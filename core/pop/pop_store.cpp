#include "pop/pop_store.h"

#include "journal/journal_store.h"
#include "pop/school_year.h"

#include <QCoreApplication>

namespace kw {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::Pop)
};

Error goalNotFound()
{
    return Error { Error::Code::NotFound, Text::tr("This goal no longer exists.") };
}

Error actionNotFound()
{
    return Error { Error::Code::NotFound, Text::tr("This action no longer exists.") };
}

Error reflectionNotFound()
{
    return Error { Error::Code::NotFound, Text::tr("This reflection no longer exists.") };
}

QString dayText(QDate day)
{
    return day.toString(Qt::ISODate);
}

void bindDay(sql::Statement& stmt, int index, QDate day)
{
    day.isValid() ? stmt.bind(index, dayText(day)) : stmt.bindNull(index);
}

QString storedText(const QString& text)
{
    return text.trimmed().normalized(QString::NormalizationForm_C);
}

/** Binds the goal's own columns, ?1 to ?6, in the order insert and update name them. */
void bindGoal(sql::Statement& stmt, const Goal& g)
{
    stmt.bind(1, storedText(g.title));
    g.themeId.isEmpty() ? stmt.bindNull(2) : stmt.bind(2, g.themeId);
    stmt.bind(3, storedText(g.successCriteria));
    bindDay(stmt, 4, g.targetDate);
    stmt.bind(5, goalStatusId(g.status)).bind(6, g.schoolYear);
}

} // namespace

PopStore::PopStore(sql::Database& db, const SchoolProfile& profile, const Clock& clock)
    : m_db(db)
    , m_profile(profile)
    , m_clock(clock)
{ }

Result<qint64> PopStore::addGoal(const Goal& input)
{
    Goal g = input;
    if (g.schoolYear == 0)
        g.schoolYear = schoolYearOf(m_clock.today());
    if (Status s = pop_rules::validate(g, m_profile); !s)
        return s.error();
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    sql::Transaction tx(m_db);
    if (!tx.began())
        return tx.status().error();
    auto stmt = m_db.prepare("INSERT INTO goal (title, theme_id, criteria, target_day, status, "
                             "school_year, created_ms, edited_ms) VALUES (?, ?, ?, ?, ?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    bindGoal(*stmt, g);
    stmt->bind(7, now).bind(8, now);
    if (Status s = stmt->run(); !s)
        return s.error();
    const qint64 id = m_db.lastInsertId();
    if (Status s = writeValues(id, g.valueIds); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status PopStore::updateGoal(const Goal& g)
{
    if (Status s = pop_rules::validate(g, m_profile); !s)
        return s;
    sql::Transaction tx(m_db);
    if (!tx.began())
        return tx.status();
    auto stmt = m_db.prepare("UPDATE goal SET title = ?, theme_id = ?, criteria = ?, target_day "
                             "= ?, status = ?, school_year = ?, edited_ms = ? WHERE id = ?");
    if (!stmt)
        return stmt.error();
    bindGoal(*stmt, g);
    stmt->bind(7, m_clock.now().toMSecsSinceEpoch()).bind(8, g.id);
    if (Status s = stmt->run(); !s)
        return s;
    if (m_db.changes() == 0)
        return goalNotFound();
    if (Status s = m_db.run("DELETE FROM goal_value WHERE goal_id = ?", { g.id }); !s)
        return s;
    if (Status s = writeValues(g.id, g.valueIds); !s)
        return s;
    return tx.commit();
}

Status PopStore::setStatus(qint64 goalId, GoalStatus status)
{
    if (Status s = m_db.run("UPDATE goal SET status = ?, edited_ms = ? WHERE id = ?",
            { goalStatusId(status), m_clock.now().toMSecsSinceEpoch(), goalId });
        !s)
        return s;
    return m_db.changes() == 0 ? Status(goalNotFound()) : Status();
}

Status PopStore::writeValues(qint64 goalId, const QStringList& valueIds)
{
    return m_db.runForEach(
        "INSERT OR IGNORE INTO goal_value (goal_id, value_id) VALUES (?, ?)", goalId, valueIds);
}

Result<QList<Goal>> PopStore::fetchGoals(const QString& whereOrder, const QList<sql::Param>& params)
{
    const QString sqlText = QStringLiteral("SELECT g.id, g.title, g.theme_id, g.criteria, "
                                           "g.target_day, g.status, g.school_year, g.created_ms, "
                                           "g.edited_ms, (SELECT group_concat(value_id) FROM "
                                           "goal_value WHERE goal_id = g.id) FROM goal g ")
        + whereOrder;
    auto stmt = m_db.prepare(sqlText.toUtf8().constData());
    if (!stmt)
        return stmt.error();
    return stmt->bindAll(params).collect([this](const sql::Statement& row) {
        Goal g;
        g.id = row.columnInt64(0);
        g.title = row.columnText(1);
        g.themeId = row.columnText(2);
        g.successCriteria = row.columnText(3);
        g.targetDate = QDate::fromString(row.columnText(4), Qt::ISODate);
        g.status = goalStatusFromId(row.columnText(5)).value_or(GoalStatus::Idee);
        g.schoolYear = row.columnInt(6);
        g.created = QDateTime::fromMSecsSinceEpoch(row.columnInt64(7));
        g.edited = QDateTime::fromMSecsSinceEpoch(row.columnInt64(8));
        QStringList values = row.columnText(9).split(QLatin1Char(','), Qt::SkipEmptyParts);
        std::sort(values.begin(), values.end(), [this](const QString& a, const QString& b) {
            return m_profile.kernwaardeIndex(a) < m_profile.kernwaardeIndex(b);
        });
        g.valueIds = values;
        return g;
    });
}

Result<Goal> PopStore::goal(qint64 id)
{
    auto goals = fetchGoals(QStringLiteral("WHERE g.id = ?"), { id });
    if (!goals)
        return goals.error();
    if (goals->isEmpty())
        return goalNotFound();
    return goals->first();
}

Result<QList<Goal>> PopStore::goals(const GoalQuery& q)
{
    QStringList where { QStringLiteral("1") };
    QList<sql::Param> params;
    if (q.schoolYear) {
        where << QStringLiteral("g.school_year = ?");
        params << qint64(*q.schoolYear);
    }
    if (!q.statuses.isEmpty()) {
        QStringList marks;
        for (GoalStatus s : q.statuses) {
            marks << QStringLiteral("?");
            params << goalStatusId(s);
        }
        where << QStringLiteral("g.status IN (%1)").arg(marks.join(QLatin1Char(',')));
    }
    return fetchGoals(QStringLiteral("WHERE %1 ORDER BY g.school_year, g.id")
                          .arg(where.join(QStringLiteral(" AND "))),
        params);
}

Status PopStore::requireGoal(qint64 goalId)
{
    auto stmt = m_db.prepare("SELECT 1 FROM goal WHERE id = ?");
    if (!stmt)
        return stmt.error();
    auto row = stmt->bind(1, goalId).step();
    if (!row)
        return row.error();
    return *row ? Status() : Status(goalNotFound());
}

Result<int> PopStore::evidenceCount(qint64 goalId)
{
    auto stmt = m_db.prepare("SELECT count(*) FROM goal_evidence e JOIN reflection r ON r.id = "
                             "e.reflection_id WHERE e.goal_id = ? AND r.deleted_ms IS NULL");
    if (!stmt)
        return stmt.error();
    if (auto row = stmt->bind(1, goalId).step(); !row)
        return row.error();
    return stmt->columnInt(0);
}

Status PopStore::removeGoal(qint64 id, RemoveMode mode)
{
    sql::Transaction tx(m_db);
    if (!tx.began())
        return tx.status();
    if (Status s = requireGoal(id); !s)
        return s;
    auto linked = evidenceCount(id);
    if (!linked)
        return linked.error();
    if (*linked > 0 && mode == RemoveMode::RefuseWithEvidence) {
        return Error { Error::Code::InvalidInput,
            Text::tr("This goal has %n linked reflection(s). Removing it keeps them in your "
                     "journal; confirm to remove the goal. Nothing has been removed.",
                nullptr, *linked) };
    }
    // Actions and evidence links go with the goal (ON DELETE CASCADE); reflections stay.
    if (Status s = m_db.run("DELETE FROM goal WHERE id = ?", { id }); !s)
        return s;
    return tx.commit();
}

Result<qint64> PopStore::addAction(const GoalAction& a)
{
    if (Status s = pop_rules::validate(a); !s)
        return s.error();
    sql::Transaction tx(m_db);
    if (!tx.began())
        return tx.status().error();
    if (Status s = requireGoal(a.goalId); !s)
        return s.error();
    auto stmt = m_db.prepare(
        "INSERT INTO goal_action (goal_id, title, due_day, done_ms, created_ms) VALUES (?, ?, ?, "
        "?, ?)");
    if (!stmt)
        return stmt.error();
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    stmt->bind(1, a.goalId).bind(2, storedText(a.title));
    bindDay(*stmt, 3, a.due);
    a.done ? stmt->bind(4, now) : stmt->bindNull(4);
    stmt->bind(5, now);
    if (Status s = stmt->run(); !s)
        return s.error();
    const qint64 id = m_db.lastInsertId();
    if (Status s = tx.commit(); !s)
        return s.error();
    return id;
}

Status PopStore::updateAction(const GoalAction& a)
{
    if (Status s = pop_rules::validate(a); !s)
        return s;
    auto stmt = m_db.prepare("UPDATE goal_action SET title = ?, due_day = ?, done_ms = CASE WHEN "
                             "? THEN coalesce(done_ms, ?) END WHERE id = ?");
    if (!stmt)
        return stmt.error();
    stmt->bind(1, storedText(a.title));
    bindDay(*stmt, 2, a.due);
    stmt->bind(3, qint64(a.done)).bind(4, m_clock.now().toMSecsSinceEpoch()).bind(5, a.id);
    if (Status s = stmt->run(); !s)
        return s;
    return m_db.changes() == 0 ? Status(actionNotFound()) : Status();
}

Status PopStore::setActionDone(qint64 actionId, bool done)
{
    if (Status s = m_db.run(
            "UPDATE goal_action SET done_ms = CASE WHEN ? THEN coalesce(done_ms, ?) END WHERE "
            "id = ?",
            { qint64(done), m_clock.now().toMSecsSinceEpoch(), actionId });
        !s)
        return s;
    return m_db.changes() == 0 ? Status(actionNotFound()) : Status();
}

Status PopStore::removeAction(qint64 actionId)
{
    if (Status s = m_db.run("DELETE FROM goal_action WHERE id = ?", { actionId }); !s)
        return s;
    return m_db.changes() == 0 ? Status(actionNotFound()) : Status();
}

Result<QList<GoalAction>> PopStore::actions(qint64 goalId)
{
    if (Status s = requireGoal(goalId); !s)
        return s.error();
    auto stmt = m_db.prepare("SELECT id, goal_id, title, due_day, done_ms IS NOT NULL FROM "
                             "goal_action WHERE goal_id = ? ORDER BY due_day IS NULL, due_day, id");
    if (!stmt)
        return stmt.error();
    return stmt->bind(1, goalId).collect([](const sql::Statement& row) {
        return GoalAction { row.columnInt64(0), row.columnInt64(1), row.columnText(2),
            QDate::fromString(row.columnText(3), Qt::ISODate), row.columnInt(4) != 0 };
    });
}

Status PopStore::linkEvidence(qint64 goalId, qint64 reflectionId)
{
    sql::Transaction tx(m_db);
    if (!tx.began())
        return tx.status();
    if (Status s = requireGoal(goalId); !s)
        return s;
    auto live = m_db.prepare("SELECT 1 FROM reflection WHERE id = ? AND deleted_ms IS NULL");
    if (!live)
        return live.error();
    auto row = live->bind(1, reflectionId).step();
    if (!row)
        return row.error();
    if (!*row)
        return reflectionNotFound();
    if (Status s = m_db.run(
            "INSERT OR IGNORE INTO goal_evidence (goal_id, reflection_id, linked_ms) VALUES (?, "
            "?, ?)",
            { goalId, reflectionId, m_clock.now().toMSecsSinceEpoch() });
        !s)
        return s;
    return tx.commit();
}

Status PopStore::unlinkEvidence(qint64 goalId, qint64 reflectionId)
{
    if (Status s = m_db.run("DELETE FROM goal_evidence WHERE goal_id = ? AND reflection_id = ?",
            { goalId, reflectionId });
        !s)
        return s;
    if (m_db.changes() == 0)
        return Error { Error::Code::NotFound,
            Text::tr("This reflection is not linked to this goal.") };
    return {};
}

Result<QList<Reflection>> PopStore::evidence(qint64 goalId)
{
    if (Status s = requireGoal(goalId); !s)
        return s.error();
    auto stmt = m_db.prepare("SELECT r.id FROM goal_evidence e JOIN reflection r ON r.id = "
                             "e.reflection_id WHERE e.goal_id = ? AND r.deleted_ms IS NULL "
                             "ORDER BY r.day, r.id");
    if (!stmt)
        return stmt.error();
    auto ids = stmt->bind(1, goalId).collect(
        [](const sql::Statement& row) { return row.columnInt64(0); });
    if (!ids)
        return ids.error();
    // The journal reads reflections one way; reuse it rather than a second reader.
    JournalStore journal(m_db, m_profile, m_clock);
    QList<Reflection> reflections;
    for (qint64 id : *ids) {
        auto r = journal.get(id);
        if (!r)
            return r.error();
        reflections << *r;
    }
    return reflections;
}

Result<QList<Goal>> PopStore::goalsForReflection(qint64 reflectionId)
{
    return fetchGoals(QStringLiteral("JOIN goal_evidence e ON e.goal_id = g.id JOIN reflection r "
                                     "ON r.id = e.reflection_id WHERE e.reflection_id = ? AND "
                                     "r.deleted_ms IS NULL ORDER BY g.school_year, g.id"),
        { reflectionId });
}

Result<GoalProgress> PopStore::progress(qint64 goalId)
{
    if (Status s = requireGoal(goalId); !s)
        return s.error();
    auto stmt = m_db.prepare("SELECT count(done_ms), count(*) FROM goal_action WHERE goal_id = ?");
    if (!stmt)
        return stmt.error();
    if (auto row = stmt->bind(1, goalId).step(); !row)
        return row.error();
    GoalProgress p;
    p.actionsDone = stmt->columnInt(0);
    p.actionsTotal = stmt->columnInt(1);
    auto evidence = evidenceCount(goalId);
    if (!evidence)
        return evidence.error();
    p.evidenceCount = *evidence;
    return p;
}

} // namespace kw
