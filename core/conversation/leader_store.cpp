#include "conversation/leader_store.h"

#include "conversation/conversation_text.h"
#include "conversation/leader_schema.h"
#include "conversation/teacher_name_fold.h"
#include "exchange/plain_text.h"
#include "exchange/profile_file.h"

#include <QRegularExpression>

namespace kw::conversation {

namespace v1 = ::kernwijzer::v1;

QString conversationIdText(const QByteArray& id)
{
    return QString::fromLatin1(id.toHex());
}

QString stateId(ConversationState state)
{
    switch (state) {
    case ConversationState::Prepared:
        return QStringLiteral("prepared");
    case ConversationState::Held:
        return QStringLiteral("held");
    case ConversationState::Closed:
        return QStringLiteral("closed");
    }
    return {};
}

QString stateName(ConversationState state)
{
    switch (state) {
    case ConversationState::Prepared:
        return Text::tr("prepared");
    case ConversationState::Held:
        return Text::tr("held, verslag sent");
    case ConversationState::Closed:
        return Text::tr("closed, signed by both");
    }
    return {};
}

OwnKeys ownKeysOf(const exchange::KeySet& keys)
{
    return { keys.signPublic, keys.signSecret, keys.boxPublic, keys.boxSecret };
}

LeaderStore::LeaderStore(std::unique_ptr<sql::Database> db, const Clock& clock)
    : m_db(std::move(db))
    , m_clock(clock)
{ }

LeaderStore::~LeaderStore() = default;

Result<std::unique_ptr<LeaderStore>> LeaderStore::open(
    const QString& path, const Clock& clock, const sql::Database::Options& options)
{
    auto db = sql::Database::open(path, leaderSchema(), options);
    if (!db)
        return db.error();
    // A replaced preparation or a teacher deleted after the retention period must not linger in
    // free pages: what the teacher took back or what expired is gone from the file.
    if (Status s = (*db)->exec("PRAGMA secure_delete = ON"); !s)
        return s.error();
    return std::unique_ptr<LeaderStore>(new LeaderStore(std::move(*db), clock));
}

// --- the profile and who the leader is ---

namespace {

const Leader* leaderWithKeys(const SchoolProfile& profile, const exchange::KeySet& keys)
{
    for (const Leader& leader : profile.leaders)
        if (leader.keys.signKey == keys.signPublic && leader.keys.boxKey == keys.boxPublic)
            return &leader;
    return nullptr;
}

Error notALeaderKey()
{
    return Error { Error::Code::Untrusted,
        Text::tr("This is not a leader's secret key file (make one as leidinggevende).") };
}

} // namespace

Result<Leader> listedLeader(const SchoolProfile& profile, const exchange::KeySet& me)
{
    if (me.party != v1::PARTY_LEADER || !me.hasSecrets())
        return notALeaderKey();
    const Leader* leader = leaderWithKeys(profile, me);
    if (!leader)
        return Error { Error::Code::Untrusted,
            Text::tr("The school profile does not list this key as a leader: ask HR to add your "
                     "public key file to the profile.") };
    return *leader;
}

Result<InstalledProfile> LeaderStore::installProfile(
    QByteArrayView file, const exchange::KeySet& me)
{
    if (me.party != v1::PARTY_LEADER || !me.hasSecrets())
        return notALeaderKey();
    auto verified = exchange::verifyProfileFile(file, m_clock.today());
    if (!verified)
        return verified.error();
    auto listed = listedLeader(*verified, me);
    if (!listed)
        return listed.error();
    const Leader* leader = &*listed;
    auto selfRow = m_db->prepare("SELECT sign_key, box_key FROM leader_self");
    if (!selfRow)
        return selfRow.error();
    auto selfKeys = selfRow->first([](const sql::Statement& row) {
        return std::pair { row.columnBlob(0), row.columnBlob(1) };
    });
    if (!selfKeys)
        return selfKeys.error();
    if (*selfKeys && (**selfKeys).first != me.signPublic)
        return Error { Error::Code::Untrusted,
            Text::tr("This database belongs to another leader's key.") };

    auto stmt = m_db->prepare("SELECT school_id, max(version) FROM leader_profile");
    if (!stmt)
        return stmt.error();
    auto latest = stmt->first([](const sql::Statement& row) {
        return std::pair { row.columnText(0), row.columnIsNull(1) ? 0 : row.columnInt(1) };
    });
    if (!latest)
        return latest.error();
    const auto [schoolId, latestVersion] = latest->value_or(std::pair { QString(), 0 });
    if (latestVersion > 0 && schoolId != verified->schoolId)
        return Error { Error::Code::Untrusted,
            Text::tr("This leader database is for school %1; this profile is for %2.")
                .arg(schoolId, verified->schoolId) };
    // HR's key is pinned by the first profile, as on a teacher's device: a profile that another
    // HR key signed (and a custodian of its own co-signed) is not this school's.
    if (latestVersion > 0) {
        auto installed = profile();
        if (!installed)
            return installed.error();
        if (*installed && (**installed).school.signKey != verified->school.signKey)
            return Error { Error::Code::Untrusted,
                Text::tr("This profile was not signed by your school: its HR key differs from "
                         "the one of the profile you installed first (%1).")
                    .arg(crypto::fingerprint((**installed).school.signKey)) };
    }
    auto sameVersion = m_db->prepare("SELECT file FROM leader_profile WHERE version = ?");
    if (!sameVersion)
        return sameVersion.error();
    auto stored = sameVersion->bind(1, verified->version).first([](const sql::Statement& row) {
        return row.columnBlob(0);
    });
    if (!stored)
        return stored.error();
    if (*stored) {
        if (**stored == file)
            return InstalledProfile { *verified, *leader, true };
        return Error { Error::Code::InvalidInput,
            Text::tr("Version %1 of the school profile is installed already, as another file.")
                .arg(verified->version) };
    }
    if (verified->version < latestVersion)
        return Error { Error::Code::InvalidInput,
            Text::tr("Version %1 of the school profile is older than the installed version %2.")
                .arg(verified->version)
                .arg(latestVersion) };

    sql::Transaction tx(*m_db);
    if (!tx.began())
        return tx.status().error();
    if (Status s = m_db->run("INSERT INTO leader_profile (version, school_id, file, added_ms) "
                             "VALUES (?, ?, ?, ?)",
            { qint64(verified->version), verified->schoolId, sql::Blob { file.toByteArray() },
                m_clock.now().toMSecsSinceEpoch() });
        !s)
        return s.error();
    if (Status s = m_db->run("INSERT INTO leader_self (one, leader_id, sign_key, box_key) "
                             "VALUES (1, ?1, ?2, ?3) ON CONFLICT (one) DO UPDATE SET "
                             "leader_id = ?1",
            { leader->id, sql::Blob { me.signPublic }, sql::Blob { me.boxPublic } });
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    m_profile.reset();
    return InstalledProfile { *verified, *leader, false };
}

Result<std::optional<SchoolProfile>> LeaderStore::profile()
{
    if (m_profile)
        return m_profile;
    auto stmt = m_db->prepare(
        "SELECT file, version, school_id FROM leader_profile ORDER BY version DESC LIMIT 1");
    if (!stmt)
        return stmt.error();
    auto row = stmt->step();
    if (!row)
        return row.error();
    if (!*row)
        return std::optional<SchoolProfile>();
    // Checked again on every open: the database is a file anyone with access can change. The
    // day is not: conversations held under a profile stay readable after it expires.
    auto read = exchange::readProfileFile(stmt->columnBlob(0));
    if (!read || !read->complete() || read->profile.version != stmt->columnInt(1)
        || read->profile.schoolId != stmt->columnText(2))
        return Error { Error::Code::Untrusted,
            Text::tr("The school profile in the leader database no longer checks out.") };
    m_profile = read->profile;
    return m_profile;
}

Result<std::optional<Leader>> LeaderStore::self()
{
    auto installed = profile();
    if (!installed)
        return installed.error();
    if (!*installed)
        return std::optional<Leader>();
    auto stmt = m_db->prepare("SELECT sign_key, box_key FROM leader_self");
    if (!stmt)
        return stmt.error();
    auto keys = stmt->first([](const sql::Statement& row) {
        exchange::KeySet k;
        k.signPublic = row.columnBlob(0);
        k.boxPublic = row.columnBlob(1);
        return k;
    });
    if (!keys)
        return keys.error();
    const Leader* leader = *keys ? leaderWithKeys(**installed, **keys) : nullptr;
    if (!leader)
        return Error { Error::Code::Corrupt,
            Text::tr("The leader database does not say which leader of the profile it is for.") };
    return std::optional<Leader>(*leader);
}

Status LeaderStore::checkOwnKeys(const exchange::KeySet& me)
{
    if (me.party != v1::PARTY_LEADER || !me.hasSecrets())
        return notALeaderKey();
    auto leader = self();
    if (!leader)
        return leader.error();
    if (!*leader)
        return Error { Error::Code::NotFound,
            Text::tr("Install the school profile in the leader database first.") };
    if ((*leader)->keys.signKey != me.signPublic || (*leader)->keys.boxKey != me.boxPublic)
        return Error { Error::Code::Untrusted,
            Text::tr("This key is not the key of the leader this database belongs to.") };
    return {};
}

// --- teachers ---

Result<std::optional<qint64>> LeaderStore::teacherId(const QString& name)
{
    auto stmt = m_db->prepare("SELECT id, name FROM teacher");
    if (!stmt)
        return stmt.error();
    // A list of one leader's teachers: folding each name here is cheap.
    const QString folded = foldedTeacherName(name);
    std::optional<qint64> found;
    if (Status s = stmt->forEachRow([&](const sql::Statement& row) {
            if (!found && foldedTeacherName(row.columnText(1)) == folded)
                found = row.columnInt64(0);
        });
        !s)
        return s.error();
    return found;
}

Status LeaderStore::addTeacher(const QString& name, const QString& teamId)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty() || trimmed.size() > 200 || exchange::hasUnsafeCharacters(trimmed))
        return Error { Error::Code::InvalidInput,
            Text::tr("A teacher's name is one line of at most 200 characters.") };
    auto installed = profile();
    if (!installed)
        return installed.error();
    if (!teamId.isEmpty() && (!*installed || !(*installed)->team(teamId)))
        return Error { Error::Code::InvalidInput,
            Text::tr("The school profile has no team \"%1\".").arg(teamId) };
    auto known = teacherId(trimmed);
    if (!known)
        return known.error();
    if (*known)
        return Error { Error::Code::InvalidInput,
            Text::tr("%1 is on the list already.").arg(trimmed) };
    return m_db->run("INSERT INTO teacher (name, team_id, added_ms) VALUES (?, ?, ?)",
        { trimmed, teamId, m_clock.now().toMSecsSinceEpoch() });
}

Result<QList<TeacherSummary>> LeaderStore::teachers()
{
    auto stmt = m_db->prepare(R"sql(
        SELECT t.name, t.team_id, t.sign_key, t.left_on,
            (SELECT max(planned_on) FROM conversation c
                WHERE c.teacher_id = t.id AND c.planned_on <= ?1),
            (SELECT min(planned_on) FROM conversation c
                WHERE c.teacher_id = t.id AND c.planned_on > ?1),
            (SELECT count(*) FROM conversation c WHERE c.teacher_id = t.id)
        FROM teacher t ORDER BY t.name COLLATE NOCASE, t.name
    )sql");
    if (!stmt)
        return stmt.error();
    return stmt->bind(1, m_clock.today().toString(Qt::ISODate))
        .collect([](const sql::Statement& row) {
            TeacherSummary t;
            t.name = row.columnText(0);
            t.teamId = row.columnText(1);
            t.signKey = row.columnBlob(2);
            t.hasKey = !row.columnIsNull(2);
            t.leftOn = QDate::fromString(row.columnText(3), Qt::ISODate);
            t.lastConversation = QDate::fromString(row.columnText(4), Qt::ISODate);
            t.nextConversation = QDate::fromString(row.columnText(5), Qt::ISODate);
            t.conversations = row.columnInt(6);
            return t;
        });
}

// --- conversations ---

Result<QList<ConversationSummary>> LeaderStore::summaries(
    const char* where, const QList<sql::Param>& params)
{
    const QByteArray sql = QByteArray(R"sql(
        SELECT c.id, t.name, t.team_id, c.planned_on, c.state, c.preparation_revision,
            c.verslag_revision, c.held_on
        FROM conversation c JOIN teacher t ON t.id = c.teacher_id WHERE )sql")
        + where + " ORDER BY c.planned_on DESC, t.name, c.id";
    auto stmt = m_db->prepare(sql.constData());
    if (!stmt)
        return stmt.error();
    return stmt->bindAll(params).collect([](const sql::Statement& row) {
        ConversationSummary c;
        c.id = row.columnBlob(0);
        c.teacherName = row.columnText(1);
        c.teamId = row.columnText(2);
        c.plannedOn = QDate::fromString(row.columnText(3), Qt::ISODate);
        c.state = ConversationState(row.columnInt(4));
        c.preparationRevision = row.columnInt(5);
        c.verslagRevision = row.columnInt(6);
        c.heldOn = QDate::fromString(row.columnText(7), Qt::ISODate);
        return c;
    });
}

Result<QList<ConversationSummary>> LeaderStore::conversations(const QString& teacherName)
{
    if (teacherName.isEmpty())
        return summaries("1", {});
    return summaries("t.name = ?1", { teacherName });
}

Result<QList<ConversationSummary>> LeaderStore::dueTomorrow(QDate today)
{
    return summaries(
        "c.planned_on = ?1 AND c.state = 1", { today.addDays(1).toString(Qt::ISODate) });
}

Result<QByteArray> LeaderStore::findConversation(const QString& hexPrefix)
{
    const QString prefix = hexPrefix.trimmed().toLower();
    static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{6,32}$"));
    if (!hex.match(prefix).hasMatch())
        return Error { Error::Code::InvalidInput,
            Text::tr("A conversation is named by at least 6 hex digits of its id.") };
    auto stmt = m_db->prepare(
        "SELECT id FROM conversation WHERE substr(lower(hex(id)), 1, length(?1)) = ?1 LIMIT 2");
    if (!stmt)
        return stmt.error();
    auto ids = stmt->bind(1, prefix).collect(
        [](const sql::Statement& row) { return row.columnBlob(0); });
    if (!ids)
        return ids.error();
    if (ids->isEmpty())
        return Error { Error::Code::NotFound, Text::tr("No conversation %1.").arg(prefix) };
    if (ids->size() > 1)
        return Error { Error::Code::InvalidInput,
            Text::tr("More than one conversation starts with %1: give more digits.").arg(prefix) };
    return ids->first();
}

} // namespace kw::conversation
