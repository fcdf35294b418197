#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "conversation/conversation_file.h"
#include "conversation/leader_teacher_record.h"
#include "exchange/key_file.h"
#include "profile/school_profile.h"
#include "storage/database.h"

#include <QDate>
#include <memory>
#include <optional>

namespace kw::conversation {

/** The profile a leader installed and which of its leaders they are. */
struct InstalledProfile
{
    SchoolProfile profile;
    Leader leader;
    bool alreadyThere = false; ///< the same file was installed before: nothing changed
};

/** One teacher as the leader's list shows them. */
struct TeacherSummary
{
    QString name;
    QString teamId;
    bool hasKey = false; ///< false for a teacher added by hand, before their first preparation
    QByteArray signKey;
    QDate leftOn; ///< invalid while in dienst
    QDate lastConversation; ///< the latest planned day on or before today; invalid: none
    QDate nextConversation; ///< the first planned day after today; invalid: none
    int conversations = 0;
};

/** One conversation as a list shows it. */
struct ConversationSummary
{
    QByteArray id;
    QString teacherName;
    QString teamId;
    QDate plannedOn;
    ConversationState state = ConversationState::Prepared;
    int preparationRevision = 0;
    int verslagRevision = 0; ///< 0 until a verslag was made
    QDate heldOn; ///< invalid until a verslag was made
};

/** How a file is imported. */
struct ImportOptions
{
    /**
     * The teacher's key in the file differs from the one kept for that teacher, or is the first
     * key of a teacher added by hand (Imported::firstKey): import it anyway and keep it, after
     * the leader compared its fingerprint with the one the teacher's app shows.
     */
    bool acceptNewKey = false;
    /** When set, a file of another conversation is refused (the app's "import the response"). */
    std::optional<QByteArray> expectedConversation = {};
};

/** What an import would do (review) or did (importFile). */
struct Imported
{
    ::kernwijzer::v1::FileKind kind = ::kernwijzer::v1::FILE_KIND_UNSPECIFIED;
    QByteArray conversationId;
    QString teacherName;
    QDate plannedOn;
    int revision = 0;
    bool newTeacher = false; ///< the teacher was not known yet (added with this file)
    bool newConversation = false; ///< a preparation of a conversation not kept yet
    bool replaced = false; ///< a newer preparation replaced the kept one
    bool keyChanged = false; ///< the teacher's key differs from the kept one (needs acceptNewKey)
    /** A teacher added by hand gets their first key from this file (needs acceptNewKey). */
    bool firstKey = false;
    QString oldKeyFingerprint; ///< when keyChanged: the kept key
    /** A preparation's: the key it brings, for a new teacher, a first key or a changed one. */
    QString newKeyFingerprint;
    /** Whether importFile() refuses this file without ImportOptions::acceptNewKey. */
    bool needsKeyConfirmation() const { return keyChanged || firstKey; }
};

/** The lower-case hex a conversation id is shown as. */
QString conversationIdText(const QByteArray& id);
QString stateId(ConversationState state); ///< "prepared", "held", "closed"
QString stateName(ConversationState state); ///< translated

/**
 * The leader's side of the waarderingsgesprek (leider.sqlite): the installed school profile and
 * which leader of it the user is, the teachers with their conversation keys, and every
 * conversation from the teacher's preparation through the leader's verslag to the teacher's
 * response. Every file is checked completely before anything is written, and each change is one
 * transaction: a refused file changes nothing.
 */
class LeaderStore
{
public:
    /** Opens (creating, unless @p options say not) the leader's database at @p path. */
    [[nodiscard]] static Result<std::unique_ptr<LeaderStore>> open(
        const QString& path, const Clock& clock, const sql::Database::Options& options = {});
    ~LeaderStore();
    LeaderStore(const LeaderStore&) = delete;
    LeaderStore& operator=(const LeaderStore&) = delete;

    sql::Database& database() { return *m_db; }
    const Clock& clock() const { return m_clock; }

    // --- the profile and who the leader is (leader_store.cpp) ---

    /**
     * Installs a co-signed profile file (exchange::verifyProfileFile on the clock's day) for the
     * leader whose keys are @p me: the profile must list them as a leader. Refused: another
     * school than the one installed, another file under an installed version, an older version,
     * or a key other than the one this database was made for.
     */
    [[nodiscard]] Result<InstalledProfile> installProfile(
        QByteArrayView file, const exchange::KeySet& me);
    /** The installed profile with the highest version, checked again; nothing before the first. */
    [[nodiscard]] Result<std::optional<SchoolProfile>> profile();
    /** Which leader of profile() the database belongs to; nothing before the first profile. */
    [[nodiscard]] Result<std::optional<Leader>> self();
    /** Refused unless @p me holds the secret keys of the leader this database belongs to. */
    [[nodiscard]] Status checkOwnKeys(const exchange::KeySet& me);

    // --- teachers (leader_store.cpp, leader_retention.cpp) ---

    /**
     * Adds a teacher by hand, without a key: their first preparation brings it, kept only once
     * the leader accepts it (ImportOptions::acceptNewKey). Refused for a name that folds equal to
     * one on the list (teacher_name_fold.h).
     */
    [[nodiscard]] Status addTeacher(const QString& name, const QString& teamId);
    /** Every teacher by name, with their last and next conversation around the clock's day. */
    [[nodiscard]] Result<QList<TeacherSummary>> teachers();
    /** Marks @p name uit dienst on @p leftOn, or in dienst again when @p leftOn is invalid. */
    [[nodiscard]] Status markLeft(const QString& name, QDate leftOn);
    /**
     * Deletes every teacher (and all their conversations) who left at least the profile's
     * retentionYears before @p today; returns how many. Run whenever the database is opened.
     */
    [[nodiscard]] Result<int> purgeExpired(QDate today);
    /** Everything held about @p name, for an access request. */
    [[nodiscard]] Result<LeaderTeacherRecord> teacherRecord(const QString& name);

    // --- conversations (leader_import.cpp, leader_verslag.cpp) ---

    /**
     * Opens @p file (a preparation or a response sealed to @p me) and checks it against what is
     * kept, without writing: what importFile() would do. A teacher's changed key, or the first
     * key of one added by hand, is reported (Imported::needsKeyConfirmation(), not an error), so
     * the caller can ask for confirmation. Teachers are matched by their folded name.
     */
    [[nodiscard]] Result<Imported> review(
        QByteArrayView file, const exchange::KeySet& me, const ImportOptions& options = {});
    /**
     * Imports a preparation (a new conversation, or a newer revision while no verslag was made)
     * or a response (which closes the conversation) in one transaction. Refused, with nothing
     * changed: a file it cannot open, of another school, a replayed or older revision, another
     * conversation's file where one is expected, any file for a closed conversation, a response
     * that does not answer exactly the verslag made, a teacher's changed key or a hand-added
     * teacher's first key without ImportOptions::acceptNewKey.
     */
    [[nodiscard]] Result<Imported> importFile(
        QByteArrayView file, const exchange::KeySet& me, const ImportOptions& options = {});

    /** The conversations (of @p teacherName when given), by planned day, newest first. */
    [[nodiscard]] Result<QList<ConversationSummary>> conversations(const QString& teacherName = {});
    /** The conversation whose id starts with @p hexPrefix (at least 6 hex digits, unique). */
    [[nodiscard]] Result<QByteArray> findConversation(const QString& hexPrefix);
    /** Everything kept of conversation @p id, each signed file checked again. */
    [[nodiscard]] Result<ConversationRecord> conversation(const QByteArray& id);
    /** The conversations still to be held whose planned day is the day after @p today. */
    [[nodiscard]] Result<QList<ConversationSummary>> dueTomorrow(QDate today);

    /**
     * Keeps the leader's working notes and agreements of conversation @p id: @p draft's notes
     * and agreements (the rest is ignored); agreements without an id get a new random one.
     * Refused for a closed conversation or notes that break the verslag's rules.
     */
    [[nodiscard]] Status saveNotes(const QByteArray& id, const ::kernwijzer::v1::Verslag& draft);
    /**
     * The sealed, signed .kwverslag of conversation @p id held on @p heldOn, from the kept
     * preparation and notes, signed with @p me; the conversation is held from then on. Made
     * again before the response comes, it gets the next revision; refused once closed.
     */
    [[nodiscard]] Result<QByteArray> makeVerslag(
        const QByteArray& id, QDate heldOn, const exchange::KeySet& me);

private:
    LeaderStore(std::unique_ptr<sql::Database> db, const Clock& clock);
    struct Checked; ///< a file opened and checked, ready to write (leader_import.cpp)
    [[nodiscard]] Result<Checked> check(
        QByteArrayView file, const exchange::KeySet& me, const ImportOptions& options);
    [[nodiscard]] Status write(const Checked& checked);
    /** The teacher id of @p name; nothing when not kept. */
    [[nodiscard]] Result<std::optional<qint64>> teacherId(const QString& name);
    [[nodiscard]] Result<QList<ConversationSummary>> summaries(
        const char* where, const QList<sql::Param>& params);

    std::unique_ptr<sql::Database> m_db;
    const Clock& m_clock;
    std::optional<SchoolProfile> m_profile; ///< profile(), verified once
};

/**
 * The leader of @p profile whose keys @p me holds (a leader's secret key file); refused when
 * @p me is not a leader's secret key or the profile does not list it.
 */
[[nodiscard]] Result<Leader> listedLeader(const SchoolProfile& profile, const exchange::KeySet& me);

/** Someone's own keys as the conversation files take them. */
OwnKeys ownKeysOf(const exchange::KeySet& keys);

} // namespace kw::conversation
