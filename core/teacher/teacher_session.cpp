#include "teacher/teacher_session.h"

#include "teacher/teacher_schema.h"

#include <QCoreApplication>
#include <QFileInfo>

namespace kw {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::TeacherSession)
};

} // namespace

Result<std::unique_ptr<TeacherSession>> TeacherSession::open(const QString& path,
    const Clock& clock, const sql::Database::Options& options, RemovedReflections removed,
    std::shared_ptr<SecretVault> vault)
{
    if (!options.create && !QFileInfo::exists(path))
        return Error { Error::Code::NotFound, QStringLiteral("%1 does not exist.").arg(path) };
    auto db = sql::Database::open(path, teacherSchema(), options);
    if (!db)
        return db.error();
    std::unique_ptr<TeacherSession> session(
        new TeacherSession(path, clock, std::move(db).value(), removed, std::move(vault)));
    if (Status s = session->loadInstalledProfile(); !s)
        return Error { s.error().code,
            Text::tr("The school profile stored in this journal cannot be used: %1")
                .arg(s.error().message) };
    // Should erasing fail (a lock, a full disk), the removed reflections stay hidden and are erased
    // next time: no reason to refuse the journal.
    if (removed == RemovedReflections::Erase)
        (void)session->m_journal->purgeDeleted();
    return session;
}

TeacherSession::TeacherSession(const QString& path, const Clock& clock,
    std::unique_ptr<sql::Database> db, RemovedReflections removed,
    std::shared_ptr<SecretVault> vault)
    : m_path(path)
    , m_clock(clock)
    , m_removed(removed)
    , m_profile(demoProfile())
    , m_db(std::move(db))
    , m_journal(std::make_unique<JournalStore>(*m_db, m_profile, clock))
    , m_checkins(std::make_unique<CheckinStore>(*m_db, m_profile, clock))
    , m_pop(std::make_unique<PopStore>(*m_db, m_profile, clock))
    , m_hours(std::make_unique<HoursStore>(*m_db, m_profile, clock))
    , m_appState(std::make_unique<AppStateStore>(*m_db))
    , m_exchangeStore(std::make_unique<exchange::ExchangeStore>(*m_db, clock, std::move(vault)))
    , m_exchange(std::make_unique<exchange::TeacherExchange>(
          *m_exchangeStore, *m_journal, *m_checkins, clock))
{ }

TeacherSession::~TeacherSession()
{
    if (m_removed == RemovedReflections::Erase)
        (void)m_journal->purgeDeleted(); // nothing to tell anyone on the way out
}

Status TeacherSession::removeSchoolProfile(const QString& path, const Clock& clock)
{
    if (!QFileInfo::exists(path))
        return Error { Error::Code::NotFound, QStringLiteral("%1 does not exist.").arg(path) };
    sql::Database::Options options;
    options.create = false;
    auto db = sql::Database::open(path, teacherSchema(), options);
    if (!db)
        return db.error();
    exchange::ExchangeStore store(**db, clock);
    return store.removeProfile();
}

Status TeacherSession::removeSchoolProfile()
{
    if (Status s = m_exchangeStore->removeProfile(); !s)
        return s;
    return loadInstalledProfile();
}

Status TeacherSession::loadInstalledProfile()
{
    auto installed = m_exchange->installedProfile();
    if (!installed)
        return installed.error();
    // Assigned in place: every store holds a reference to m_profile.
    m_profile = installed->has_value() ? **installed : demoProfile();
    return {};
}

Status TeacherSession::install(
    const exchange::ProfileImport& import, const QString& verificationCode)
{
    if (Status s = m_exchange->install(import, verificationCode); !s)
        return s;
    m_profile = import.profile;
    return {};
}

Result<QByteArray> TeacherSession::installDemoSchool()
{
    auto file = m_exchange->installDemoSchool(demoProfile());
    if (!file)
        return file.error();
    if (Status s = loadInstalledProfile(); !s)
        return s.error();
    return file;
}

Result<PopYear> TeacherSession::popYear(int schoolYear)
{
    return loadPopYear(*m_db, m_profile, m_clock, schoolYear);
}

} // namespace kw
