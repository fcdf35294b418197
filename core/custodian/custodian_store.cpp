#include "custodian/custodian_store.h"

#include "custodian/custodian_schema.h"
#include "custodian/custodian_text.h"
#include "exchange/exchange_period.h"
#include "exchange/metric_layout.h"
#include "exchange/presence_bits.h"
#include "exchange/profile_file.h"

#include <algorithm>

namespace kw::custodian {

namespace {

namespace v1 = ::kernwijzer::v1;

// The columns readKept() reads, in its order.
#define KW_KEPT_COLUMNS                                                                            \
    "submission_id, revision, profile_version, team, role, age_band, presence, share, binding, "   \
    "device_signature, hr_seal, late"

Error damagedRow()
{
    return Error { Error::Code::Corrupt,
        Text::tr("A contribution in the custodian database is damaged.") };
}

} // namespace

CustodianStore::CustodianStore(std::unique_ptr<sql::Database> db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

CustodianStore::~CustodianStore() = default;

Result<std::unique_ptr<CustodianStore>> CustodianStore::open(
    const QString& path, const Clock& clock, const sql::Database::Options& options)
{
    auto db = sql::Database::open(path, custodianSchema(), options);
    if (!db)
        return db.error();
    // Contributions are keyed by random submission ids, so an import reads and writes leaves
    // all over the table: a page cache of 16 MiB (SQLite's default is 2) keeps a school's
    // worth of them at hand, and stays that size however many files come in.
    if (Status s = (*db)->exec("PRAGMA cache_size = -16384"); !s)
        return s.error();
    return std::unique_ptr<CustodianStore>(new CustodianStore(std::move(*db), clock));
}

Result<sql::Statement*> CustodianStore::cached(std::optional<sql::Statement>& slot, const char* sql)
{
    if (!slot) {
        auto prepared = m_db->prepare(sql);
        if (!prepared)
            return prepared.error();
        slot.emplace(std::move(*prepared));
    }
    slot->reset();
    return &*slot;
}

// --- profiles ---

Result<AddedProfile> CustodianStore::addProfile(QByteArrayView file)
{
    auto verified = exchange::verifyProfileFile(file, m_clock.today());
    if (!verified)
        return verified.error();
    auto school = schoolId();
    if (!school)
        return school.error();
    if (*school && **school != verified->schoolId)
        return Error { Error::Code::Untrusted,
            Text::tr("This custodian database is for school %1; this profile is for %2.")
                .arg(**school, verified->schoolId) };
    auto stmt = m_db->prepare("SELECT file FROM custodian_profile WHERE version = ?");
    if (!stmt)
        return stmt.error();
    auto stored = stmt->bind(1, verified->version).first([](const sql::Statement& row) {
        return row.columnBlob(0);
    });
    if (!stored)
        return stored.error();
    if (*stored) {
        if (**stored == file)
            return AddedProfile { *verified, true };
        return Error { Error::Code::InvalidInput,
            Text::tr("Version %1 of the school profile is stored already, as another file.")
                .arg(verified->version) };
    }
    if (Status s = m_db->run("INSERT INTO custodian_profile (version, school_id, file, added_ms) "
                             "VALUES (?, ?, ?, ?)",
            { qint64(verified->version), verified->schoolId, sql::Blob { file.toByteArray() },
                m_clock.now().toMSecsSinceEpoch() });
        !s)
        return s.error();
    return AddedProfile { *verified, false };
}

Result<std::optional<QString>> CustodianStore::schoolId()
{
    auto stmt = m_db->prepare("SELECT school_id FROM custodian_profile LIMIT 1");
    if (!stmt)
        return stmt.error();
    return stmt->first([](const sql::Statement& row) { return row.columnText(0); });
}

Result<std::optional<SchoolProfile>> CustodianStore::currentProfile()
{
    auto stmt = m_db->prepare("SELECT max(version) FROM custodian_profile");
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row || stmt->columnIsNull(0))
        return std::optional<SchoolProfile>();
    return profile(stmt->columnInt(0));
}

Result<std::optional<SchoolProfile>> CustodianStore::profile(int version)
{
    if (const auto found = m_profiles.constFind(version); found != m_profiles.cend())
        return std::optional<SchoolProfile>(*found);
    auto stmt = m_db->prepare("SELECT file, school_id FROM custodian_profile WHERE version = ?");
    if (!stmt)
        return stmt.error();
    auto row = stmt->bind(1, version).step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<SchoolProfile>();
    // Checked again on every read: the database is a file anyone with access can change. The
    // day is not: a contribution made under a profile stays one after the profile expires.
    auto read = exchange::readProfileFile(stmt->columnBlob(0));
    if (!read || !read->complete() || read->profile.version != version
        || read->profile.schoolId != stmt->columnText(1))
        return Error { Error::Code::Untrusted,
            Text::tr("Version %1 of the school profile in the custodian database no longer "
                     "checks out.")
                .arg(version) };
    m_profiles.insert(version, read->profile);
    return std::optional<SchoolProfile>(read->profile);
}

Result<QHash<int, SchoolProfile>> CustodianStore::profiles()
{
    auto stmt = m_db->prepare("SELECT version FROM custodian_profile ORDER BY version");
    if (!stmt)
        return stmt.error();
    auto versions = stmt->collect([](const sql::Statement& row) { return row.columnInt(0); });
    if (!versions)
        return versions.error();
    QHash<int, SchoolProfile> out;
    for (const int version : std::as_const(*versions)) {
        auto stored = profile(version);
        if (!stored)
            return stored.error();
        if (*stored)
            out.insert(version, **stored);
    }
    return out;
}

Result<QByteArray> CustodianStore::layoutDigest(int version)
{
    if (const auto found = m_layoutDigests.constFind(version); found != m_layoutDigests.cend())
        return *found;
    auto stored = profile(version);
    if (!stored)
        return stored.error();
    if (!*stored)
        return QByteArray();
    const QByteArray digest = exchange::MetricLayout::forProfile(**stored).digest();
    m_layoutDigests.insert(version, digest);
    return digest;
}

// --- contributions ---

Result<KeptContribution> CustodianStore::readKept(const sql::Statement& row, const QString& period)
{
    KeptContribution out;
    exchange::ContributionPart& part = out.part;
    part.party = v1::PARTY_CUSTODIAN;
    part.period = period;
    part.submissionId = row.columnBlob(0);
    part.revision = quint32(row.columnInt64(1));
    part.profileVersion = row.columnInt(2);
    part.cohort = { row.columnText(3), row.columnText(4), row.columnText(5) };
    auto share = shareFromBlob(row.columnBlob(7));
    if (!share)
        return damagedRow();
    part.values = std::move(*share);
    auto present = exchange::unpackPresence(
        row.columnBlob(6), part.values.size() / exchange::MetricLayout::kSlotsPerMetric);
    if (!present)
        return damagedRow();
    part.present = std::move(*present);
    part.binding = row.columnBlob(8);
    part.deviceSignature = row.columnBlob(9);
    out.hrSeal = row.columnBlob(10);
    out.late = row.columnInt64(11) != 0;
    auto profileOf = profile(part.profileVersion);
    if (!profileOf)
        return profileOf.error();
    if (!*profileOf)
        return damagedRow();
    part.schoolId = (*profileOf)->schoolId;
    auto digest = layoutDigest(part.profileVersion);
    if (!digest)
        return digest.error();
    part.layoutDigest = *digest;
    return out;
}

Result<std::optional<KeptContribution>> CustodianStore::contribution(
    const QString& period, const QByteArray& submissionId)
{
    auto stmt = cached(m_findContribution,
        "SELECT " KW_KEPT_COLUMNS " FROM contribution WHERE period = ? AND submission_id = ?");
    if (!stmt)
        return stmt.error();
    ResetOnExit done { **stmt };
    auto row = (*stmt)->bind(1, period).bindBlob(2, submissionId).step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<KeptContribution>();
    auto kept = readKept(**stmt, period);
    if (!kept)
        return kept.error();
    return std::optional<KeptContribution>(std::move(*kept));
}

Status CustodianStore::keep(const KeptContribution& kept)
{
    const exchange::ContributionPart& part = kept.part;
    auto stmt = cached(m_keepContribution,
        "INSERT INTO contribution (period, submission_id, revision, profile_version, team, role, "
        "age_band, presence, share, binding, device_signature, hr_seal, late) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        "ON CONFLICT (period, submission_id) DO UPDATE SET revision = excluded.revision, "
        "profile_version = excluded.profile_version, team = excluded.team, "
        "role = excluded.role, age_band = excluded.age_band, presence = excluded.presence, "
        "share = excluded.share, binding = excluded.binding, "
        "device_signature = excluded.device_signature, hr_seal = excluded.hr_seal, "
        "late = excluded.late");
    if (!stmt)
        return stmt.error();
    ResetOnExit done { **stmt };
    return (*stmt)
        ->bindAll({ part.period, sql::Blob { part.submissionId }, qint64(part.revision),
            qint64(part.profileVersion), part.cohort.team, part.cohort.role, part.cohort.ageBand,
            sql::Blob { exchange::packPresence(part.present) },
            sql::Blob { shareBlob(part.values) }, sql::Blob { part.binding },
            sql::Blob { part.deviceSignature }, sql::Blob { kept.hrSeal },
            qint64(kept.late ? 1 : 0) })
        .run();
}

Result<QList<KeptContribution>> CustodianStore::contributions(
    const QString& period, bool includeLate)
{
    auto stmt = m_db->prepare("SELECT " KW_KEPT_COLUMNS " FROM contribution WHERE period = ? "
                              "AND (late = 0 OR ?) ORDER BY submission_id");
    if (!stmt)
        return stmt.error();
    QList<KeptContribution> out;
    std::optional<Error> bad;
    if (Status s = stmt->bind(1, period)
                       .bind(2, qint64(includeLate))
                       .forEachRow([&](const sql::Statement& row) {
                           if (bad)
                               return;
                           auto kept = readKept(row, period);
                           if (kept)
                               out.append(std::move(*kept));
                           else
                               bad = kept.error();
                       });
        !s)
        return s.error();
    if (bad)
        return *bad;
    return out;
}

Result<QList<PeriodSummary>> CustodianStore::periods()
{
    auto stmt = m_db->prepare("SELECT period, sum(kept), sum(late), sum(releases) FROM ("
                              "  SELECT period, 1 AS kept, late, 0 AS releases FROM contribution"
                              "  UNION ALL SELECT period, 0, 0, 1 FROM release"
                              ") GROUP BY period");
    if (!stmt)
        return stmt.error();
    auto rows = stmt->collect([](const sql::Statement& row) {
        return PeriodSummary { row.columnText(0), row.columnInt(1), row.columnInt(2),
            row.columnInt(3) };
    });
    if (!rows)
        return rows.error();
    const auto startOf = [](const PeriodSummary& p) {
        const auto period = exchange::exchangePeriodFromId(p.period);
        return std::pair { period ? period->start : QDate(), p.period };
    };
    std::sort(rows->begin(), rows->end(),
        [&](const PeriodSummary& a, const PeriodSummary& b) { return startOf(a) < startOf(b); });
    return *rows;
}

} // namespace kw::custodian
