#pragma once

#include "common/clock.h"
#include "conversation/conversation_file.h"
#include "conversation/leader_store.h"
#include "exchange/key_file.h"
#include "profile/school_profile.h"

#include <QTemporaryDir>
#include <functional>
#include <memory>

/**
 * A school with a leader and teachers who talk by conversation files, for the leader's and the
 * teacher's tests: seeded keys, the co-signed profile listing the leader, and builders for the
 * three files as each side writes them.
 */
namespace kw::test {

namespace cv = ::kw::conversation;
namespace pb = ::kernwijzer::v1;

/** The leader's key file keys (PARTY_LEADER), seeded: the same every run. */
exchange::KeySet leaderKeys(const char* seed = "leader");
/** A teacher's conversation keys, seeded (as a device derives them from its secret). */
cv::OwnKeys teacherKeys(const char* seed = "teacher");
inline const QString kTeacherName = QStringLiteral("Fatima el Amrani");

/** The test school (signedProfileFor() version 3) listing @p leader for two of its teams. */
SchoolProfile profileWithLeader(const exchange::KeySet& school, const exchange::KeySet& custodian,
    const exchange::KeySet& leader, int version = 3);

pb::ConversationParty partyOf(const QString& name, const cv::OwnKeys& keys);
pb::ConversationParty partyOf(const exchange::KeySet& keys);

/** A fixed 16-byte conversation id of its own for @p n. */
QByteArray conversationId(int n);

/**
 * A preparation by @p teacher (named @p name) to @p leader, for conversation @p id at
 * @p revision, planned on @p plannedOn, with one own point and one reflection the teacher ticked.
 */
pb::Preparation preparation(const cv::OwnKeys& teacher, const exchange::KeySet& leader,
    const QByteArray& id, quint32 revision = 1, const QString& name = kTeacherName,
    QDate plannedOn = QDate(2026, 11, 25));
/** The sealed file of @p body, written by @p teacher; stops the run when refused. */
QByteArray preparationFile(const pb::Preparation& body, const cv::OwnKeys& teacher);

/**
 * The teacher's response to the verslag @p verslagFile (opened with @p teacher): each agreement
 * akkoord; @p edit may change the body before it is signed by @p author (default: @p teacher).
 */
QByteArray responseFile(const QByteArray& verslagFile, const cv::OwnKeys& teacher,
    const std::function<void(pb::Response&)>& edit = {}, const cv::OwnKeys* author = nullptr);

/** A leader's database in a temporary folder of its own (FixedClock at defaultNow()). */
class TempLeader
{
public:
    TempLeader();
    ~TempLeader();

    /** Opens (or reopens) leider.sqlite and installs the school's profile for leader(). */
    [[nodiscard]] Status open();
    void close() { m_store.reset(); }

    cv::LeaderStore& store() { return *m_store; }
    const exchange::KeySet& leader() const { return m_leader; }
    const exchange::KeySet& hrKeys() const { return m_school; }
    const exchange::KeySet& custodianKeys() const { return m_custodian; }
    const SchoolProfile& profile() const { return m_profile; }
    FixedClock& clock() { return m_clock; }
    QString dbPath() const { return path(QStringLiteral("leider.sqlite")); }
    QString path(const QString& name) const { return m_dir.filePath(name); }
    /** Writes @p bytes to @p name in the folder; returns its path. */
    QString writeBytes(const QString& name, const QByteArray& bytes) const;

    /** The co-signed file of @p profile (signed with this school's keys). */
    QByteArray profileFile(const SchoolProfile& profile) const;

    /** Imports @p file with the leader's keys. */
    Result<cv::Imported> import(const QByteArray& file, const cv::ImportOptions& options = {});

    /** Every row of every table: equal dumps mean the database is unchanged. */
    QString dump();

private:
    QTemporaryDir m_dir;
    FixedClock m_clock;
    exchange::KeySet m_school;
    exchange::KeySet m_custodian;
    exchange::KeySet m_leader;
    SchoolProfile m_profile;
    std::unique_ptr<cv::LeaderStore> m_store;
};

} // namespace kw::test
