#include "pop/hours_store.h"

#include "pop/school_year.h"

#include <QCoreApplication>

namespace kw {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::Pop)
};

// One value in the app state: no table of its own needed.
const QString birthYearKey = QStringLiteral("teacher.birth_year");

Error entryNotFound()
{
    return Error { Error::Code::NotFound, Text::tr("This hours entry no longer exists.") };
}

void bindEntry(sql::Statement& stmt, const HoursEntry& e)
{
    stmt.bind(1, e.schoolYear())
        .bind(2, e.date.toString(Qt::ISODate))
        .bind(3, e.kindId)
        .bind(4, e.description.trimmed().normalized(QString::NormalizationForm_C))
        .bind(5, e.planned)
        .bind(6, e.spent);
}

} // namespace

HoursStore::HoursStore(sql::Database& db, const SchoolProfile& profile, const Clock& clock)
    : m_db(db)
    , m_profile(profile)
    , m_clock(clock)
    , m_state(db)
{ }

Result<qint64> HoursStore::add(const HoursEntry& e)
{
    if (Status s = hours_rules::validate(e); !s)
        return s.error();
    auto stmt = m_db.prepare("INSERT INTO hours_entry (school_year, day, kind, description, "
                             "planned_min, spent_min, created_ms, edited_ms) VALUES (?, ?, ?, ?, "
                             "?, ?, ?, ?)");
    if (!stmt)
        return stmt.error();
    const qint64 now = m_clock.now().toMSecsSinceEpoch();
    bindEntry(*stmt, e);
    stmt->bind(7, now).bind(8, now);
    if (Status s = stmt->run(); !s)
        return s.error();
    return m_db.lastInsertId();
}

Status HoursStore::update(const HoursEntry& e)
{
    if (Status s = hours_rules::validate(e); !s)
        return s;
    auto stmt = m_db.prepare("UPDATE hours_entry SET school_year = ?, day = ?, kind = ?, "
                             "description = ?, planned_min = ?, spent_min = ?, edited_ms = ? "
                             "WHERE id = ?");
    if (!stmt)
        return stmt.error();
    bindEntry(*stmt, e);
    stmt->bind(7, m_clock.now().toMSecsSinceEpoch()).bind(8, e.id);
    if (Status s = stmt->run(); !s)
        return s;
    return m_db.changes() == 0 ? Status(entryNotFound()) : Status();
}

Status HoursStore::remove(qint64 id)
{
    if (Status s = m_db.run("DELETE FROM hours_entry WHERE id = ?", { id }); !s)
        return s;
    return m_db.changes() == 0 ? Status(entryNotFound()) : Status();
}

Result<QList<HoursEntry>> HoursStore::entries(std::optional<int> schoolYear)
{
    auto stmt = m_db.prepare("SELECT id, day, kind, description, planned_min, spent_min FROM "
                             "hours_entry WHERE ?1 IS NULL OR school_year = ?1 ORDER BY day, id");
    if (!stmt)
        return stmt.error();
    schoolYear ? stmt->bind(1, *schoolYear) : stmt->bindNull(1);
    return stmt->collect([](const sql::Statement& row) {
        HoursEntry e;
        e.id = row.columnInt64(0);
        e.date = QDate::fromString(row.columnText(1), Qt::ISODate);
        e.kindId = row.columnText(2);
        e.description = row.columnText(3);
        e.planned = row.columnInt64(4);
        e.spent = row.columnInt64(5);
        return e;
    });
}

Result<TeacherSettings> HoursStore::settings()
{
    TeacherSettings t;
    auto fte = m_db.prepare("SELECT from_year, fte_permille FROM hours_fte ORDER BY from_year");
    if (!fte)
        return fte.error();
    auto changes = fte->collect([](const sql::Statement& row) {
        return FteChange { row.columnInt(0), row.columnInt(1) };
    });
    if (!changes)
        return changes.error();
    t.fte = *changes;
    auto birth = m_state.value(birthYearKey);
    if (!birth)
        return birth.error();
    if (birth->has_value())
        t.birthYear = (*birth)->toInt();
    return t;
}

Status HoursStore::setFte(int fromYear, int permille)
{
    if (Status s = hours_rules::validateFte(permille); !s)
        return s;
    if (fromYear < school_year::first || fromYear > school_year::last)
        return Error { Error::Code::InvalidInput,
            Text::tr("Choose a school year from %1 to %2.")
                .arg(schoolYearLabel(school_year::first), schoolYearLabel(school_year::last)) };
    return m_db.run("INSERT INTO hours_fte (from_year, fte_permille) VALUES (?, ?) ON CONFLICT "
                    "(from_year) DO UPDATE SET fte_permille = excluded.fte_permille",
        { qint64(fromYear), qint64(permille) });
}

Status HoursStore::setBirthYear(int birthYear)
{
    if (Status s = hours_rules::validateBirthYear(birthYear, m_clock.today()); !s)
        return s;
    return m_state.setValue(birthYearKey, QString::number(birthYear));
}

Result<QList<HoursYearSummary>> HoursStore::ledger(int untilYear)
{
    auto all = entries();
    if (!all)
        return all.error();
    auto teacher = settings();
    if (!teacher)
        return teacher.error();
    const HoursPolicy& policy = m_profile.hoursPolicy;
    return computeLedger(ledgerInputs(*all, *teacher, policy, untilYear), policy.savingYears);
}

Result<HoursYearSummary> HoursStore::summary(int schoolYear)
{
    auto years = ledger(schoolYear);
    if (!years)
        return years.error();
    return years->last();
}

} // namespace kw
