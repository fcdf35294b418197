#include "teacher/exchange_store.h"

#include "exchange/demo_keys.h"

namespace kw::exchange {

namespace {

const QString kOptIn = QStringLiteral("exchange.optIn");
const QString kTeam = QStringLiteral("exchange.team");
const QString kRole = QStringLiteral("exchange.role");
const QString kAgeBand = QStringLiteral("exchange.ageBand");
const QString kDemoJournal = QStringLiteral("exchange.demoJournal");

} // namespace

ExchangeStore::ExchangeStore(
    sql::Database& db, const Clock& clock, std::shared_ptr<SecretVault> vault)
    : m_db(db)
    , m_clock(clock)
    , m_state(db)
    , m_secret(db, std::move(vault))
{ }

Result<std::optional<QByteArray>> ExchangeStore::profileFile()
{
    auto stmt = m_db.prepare("SELECT file FROM exchange_profile WHERE id = 1");
    if (!stmt)
        return stmt.error();
    return stmt->first([](const sql::Statement& row) { return row.columnBlob(0); });
}

Status ExchangeStore::installProfile(
    const QByteArray& file, const SchoolProfile& profile, const ExchangeSettings& settings)
{
    sql::Transaction tx(m_db);
    if (!tx.began())
        return tx.status();
    auto stmt = m_db.prepare(
        "INSERT INTO exchange_profile (id, school_id, version, file, imported_ms) "
        "VALUES (1, ?, ?, ?, ?) ON CONFLICT (id) DO UPDATE SET school_id = excluded.school_id, "
        "version = excluded.version, file = excluded.file, imported_ms = excluded.imported_ms");
    if (!stmt)
        return stmt.error();
    if (Status s = stmt->bind(1, profile.schoolId)
                       .bind(2, profile.version)
                       .bindBlob(3, file)
                       .bind(4, m_clock.now().toMSecsSinceEpoch())
                       .run();
        !s)
        return s;
    if (Status s = writeSettings(settings); !s)
        return s;
    // A school's own profile ends this journal's sharing with the demo school for good.
    if (!isDemoProfile(profile)) {
        if (Status s = m_state.remove(kDemoJournal); !s)
            return s;
    }
    return tx.commit();
}

Status ExchangeStore::removeProfile()
{
    sql::Transaction tx(m_db);
    if (!tx.began())
        return tx.status();
    if (Status s = m_db.run("DELETE FROM exchange_profile WHERE id = 1"); !s)
        return s;
    if (Status s = writeSettings({}); !s)
        return s;
    return tx.commit();
}

Result<ExchangeSettings> ExchangeStore::settings()
{
    ExchangeSettings out;
    for (const auto& [key, target] : { std::pair { kTeam, &out.cohort.team },
             std::pair { kRole, &out.cohort.role }, std::pair { kAgeBand, &out.cohort.ageBand } }) {
        auto value = m_state.value(key);
        if (!value)
            return value.error();
        *target = value->value_or(QString());
    }
    auto optIn = m_state.value(kOptIn);
    if (!optIn)
        return optIn.error();
    out.optedIn = optIn->value_or(QString()) == QStringLiteral("1");
    return out;
}

Status ExchangeStore::setSettings(const ExchangeSettings& settings)
{
    sql::Transaction tx(m_db);
    if (!tx.began())
        return tx.status();
    if (Status s = writeSettings(settings); !s)
        return s;
    return tx.commit();
}

Status ExchangeStore::writeSettings(const ExchangeSettings& settings)
{
    for (const auto& [key, value] :
        { std::pair { kOptIn, settings.optedIn ? QStringLiteral("1") : QStringLiteral("0") },
            std::pair { kTeam, settings.cohort.team }, std::pair { kRole, settings.cohort.role },
            std::pair { kAgeBand, settings.cohort.ageBand } }) {
        if (Status s = m_state.setValue(key, value); !s)
            return s;
    }
    return {};
}

Status ExchangeStore::markDemoJournal()
{
    return m_state.setValue(kDemoJournal, QStringLiteral("1"));
}

Result<bool> ExchangeStore::isDemoJournal()
{
    auto value = m_state.value(kDemoJournal);
    if (!value)
        return value.error();
    return value->value_or(QString()) == QStringLiteral("1");
}

Result<QList<ExportRecord>> ExchangeStore::exports(const QString& schoolId)
{
    auto stmt = m_db.prepare("SELECT period, revision, exported_ms FROM exchange_export "
                             "WHERE school_id = ? ORDER BY period DESC");
    if (!stmt)
        return stmt.error();
    return stmt->bind(1, schoolId).collect([](const sql::Statement& row) {
        return ExportRecord { row.columnText(0), quint32(row.columnInt64(1)),
            QDateTime::fromMSecsSinceEpoch(row.columnInt64(2)) };
    });
}

Result<quint32> ExchangeStore::nextRevision(const QString& schoolId, const QString& period)
{
    auto stmt = m_db.prepare(
        "SELECT last_revision FROM exchange_revision WHERE school_id = ? AND period = ?");
    if (!stmt)
        return stmt.error();
    auto row = stmt->bind(1, schoolId).bind(2, period).step();
    if (!row)
        return row.error();
    return *row ? quint32(stmt->columnInt64(0)) + 1 : quint32(1);
}

Result<quint32> ExchangeStore::takeRevision(const QString& schoolId, const QString& period)
{
    auto stmt = m_db.prepare(
        "INSERT INTO exchange_revision (school_id, period, last_revision) VALUES (?, ?, 1) "
        "ON CONFLICT (school_id, period) DO UPDATE SET last_revision = last_revision + 1 "
        "RETURNING last_revision");
    if (!stmt)
        return stmt.error();
    auto row = stmt->bind(1, schoolId).bind(2, period).step();
    if (!row)
        return row.error();
    if (!*row)
        return Error { Error::Code::Io, QStringLiteral("no revision returned") };
    const quint32 revision = quint32(stmt->columnInt64(0));
    if (auto done = stmt->step(); !done) // finish the statement, so the change is committed
        return done.error();
    return revision;
}

Status ExchangeStore::recordExport(const QString& schoolId, const QString& period, quint32 revision)
{
    return m_db.run(
        "INSERT INTO exchange_export (school_id, period, revision, exported_ms) VALUES (?, ?, ?, "
        "?) ON CONFLICT (school_id, period) DO UPDATE SET revision = excluded.revision, "
        "exported_ms = excluded.exported_ms",
        { schoolId, period, qint64(revision), m_clock.now().toMSecsSinceEpoch() });
}

} // namespace kw::exchange
