#include "custodian_fixtures.h"

#include "exchange/check_file.h"
#include "exchange_fixtures.h"
#include "school/hr_part.h"
#include "test_support.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <sqlite3.h>

namespace kw::test {

QByteArray readAll(const QString& path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read %s", qPrintable(path));
    return f.readAll();
}

TempCustodian::TempCustodian()
    : m_clock(defaultNow())
    , m_school(schoolKeys())
    , m_custodian(custodianKeys())
    , m_profile(signedProfileFor(m_school, m_custodian))
{ }

TempCustodian::~TempCustodian() = default;

Status TempCustodian::open()
{
    m_store.reset();
    auto store = custodian::CustodianStore::open(dbPath(), m_clock);
    if (!store)
        return store.error();
    m_store = std::move(*store);
    auto added = m_store->addProfile(profileFile(m_profile));
    if (!added)
        return added.error();
    return {};
}

QByteArray TempCustodian::profileFile(const SchoolProfile& profile) const
{
    return coSignedFile(profile, m_school, m_custodian);
}

exchange::ContributionPart TempCustodian::plain(
    int teacher, quint32 revision, const QString& period) const
{
    return plainFor(m_profile, teacher, revision, period);
}

exchange::ContributionPart TempCustodian::plainFor(
    const SchoolProfile& profile, int teacher, quint32 revision, const QString& period) const
{
    // Every third metric absent for odd teachers; values differ per teacher and revision.
    exchange::ContributionPart part = plainContribution(profile, period,
        { profile.teams.value(teacher % 2).id, profile.roles.value(0).id, {} }, [&](int metric) {
            if (teacher % 2 == 1 && metric % 3 == 0)
                return std::optional<std::uint64_t>();
            return std::optional<std::uint64_t>(std::uint64_t(teacher * 7 + metric + revision));
        });
    part.revision = revision;
    return part;
}

QString TempCustodian::write(const QString& name, const exchange::ContributionPart& plain,
    int teacher, const SchoolProfile* profile) const
{
    return writeBytes(
        name, contributionFile(plain, profile ? *profile : m_profile, deviceSecret(teacher)));
}

QByteArray TempCustodian::hrAnswerTo(const QString& requestPath) const
{
    auto answer = school::answerCheckRequest(readAll(requestPath), m_profile, m_school);
    if (!answer)
        qFatal("HR refuses the request: %s", qPrintable(answer.error().message));
    auto file = exchange::writeCheckAnswer(*answer, m_school);
    if (!file)
        qFatal("no answer: %s", qPrintable(file.error().message));
    return *file;
}

QString TempCustodian::writeBytes(const QString& name, const QByteArray& bytes) const
{
    const QString file = path(name);
    QDir().mkpath(QFileInfo(file).path());
    QFile out(file);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(file));
    return file;
}

QString TempCustodian::contribution(
    const QString& name, int teacher, quint32 revision, const QString& period) const
{
    return write(name, plain(teacher, revision, period), teacher);
}

QString TempCustodian::dump()
{
    QString out;
    sqlite3* db = m_store->database().handle();
    for (const char* sql : { "SELECT * FROM custodian_profile ORDER BY version",
             "SELECT * FROM contribution ORDER BY period, submission_id",
             "SELECT * FROM release ORDER BY period, release_number",
             "SELECT * FROM release_member ORDER BY period, release_number, submission_id" }) {
        sqlite3_stmt* stmt = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &stmt, nullptr) != SQLITE_OK)
            return QStringLiteral("cannot dump: ") + QString::fromUtf8(sqlite3_errmsg(db));
        out += QString::fromLatin1(sql) + QLatin1Char('\n');
        while (sqlite3_step(stmt) == SQLITE_ROW) {
            for (int c = 0; c < sqlite3_column_count(stmt); ++c) {
                const auto* bytes = static_cast<const char*>(sqlite3_column_blob(stmt, c));
                out += QString::fromLatin1(QByteArray(bytes, sqlite3_column_bytes(stmt, c)).toHex())
                    + QLatin1Char('|');
            }
            out += QLatin1Char('\n');
        }
        sqlite3_finalize(stmt);
    }
    return out;
}

custodian::PeriodDraft TempCustodian::draft()
{
    auto d = custodian::draftPeriodRelease(store(), kCustodianPeriod, m_clock.today());
    if (!d)
        qFatal("no draft: %s", qPrintable(d.error().message));
    return *d;
}

custodian::RecordedAnswer TempCustodian::checkRound()
{
    const QString request = path(QStringLiteral("check.kwcontrole"));
    if (Status s = custodian::writeCheckRequest(store(), keys(), draft(), request); !s)
        qFatal("no request: %s", qPrintable(s.error().message));
    auto recorded = custodian::recordCheckAnswer(store(), hrAnswerTo(request));
    if (!recorded)
        qFatal("not recorded: %s", qPrintable(recorded.error().message));
    return *recorded;
}

} // namespace kw::test
