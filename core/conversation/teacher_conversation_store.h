#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "conversation/teacher_preparation_draft.h"
#include "storage/app_state_store.h"
#include "storage/database.h"

#include <QDateTime>
#include <optional>

namespace kw::conversation {

/** Where a conversation stands on the teacher's device. */
enum class TeacherConversationState {
    Prepared, ///< a preparation was sent; no verslag yet (a changed one can be sent again)
    Held, ///< the leader's verslag arrived; the teacher has not responded yet
    Closed, ///< the teacher responded: nothing of it changes any more
};
QString teacherStateId(TeacherConversationState state); ///< "prepared", "held", "closed"
struct TeacherConversationRecord;
/** Where the teacher's preparation draft stands, from its conversation's @p record: "new" (not
 * sent), "sent" (sent, no verslag yet), "held" or "closed". */
QString draftStateId(const std::optional<TeacherConversationRecord>& record);

/** One conversation as the journal keeps it; the bodies exactly as signed. */
struct TeacherConversationRecord
{
    QByteArray id;
    QString schoolId;
    QString leaderId;
    QByteArray leaderSignKey; ///< the key the last preparation was sealed to (and its verslag
    QByteArray leaderBoxKey; ///< must be signed with)
    QDate plannedOn;
    quint32 preparationRevision = 0;
    QByteArray preparationBody;
    QByteArray preparationSignature;
    QByteArray preparationDigest;
    QDateTime prepared;
    quint32 verslagRevision = 0; ///< 0: no verslag yet
    QByteArray verslagBody;
    QByteArray verslagSignature;
    QByteArray verslagDigest;
    QDateTime verslagImported;
    QByteArray responseBody; ///< empty: not responded yet
    QByteArray responseSignature;
    QDateTime responded;

    TeacherConversationState state() const
    {
        return !responseBody.isEmpty() ? TeacherConversationState::Closed
            : verslagRevision > 0      ? TeacherConversationState::Held
                                       : TeacherConversationState::Prepared;
    }
};

/** The teacher's answer to one agreement of a verslag, and the POP action it became. */
struct AgreementLink
{
    QByteArray conversationId;
    QByteArray agreementId;
    bool agreed = false; ///< akkoord; else gezien
    qint64 actionId = 0; ///< 0: none (gezien, or the action was removed)
    qint64 goalId = 0;
    bool actionDone = false;
    /** An agreement is open while the action it became is not done. */
    bool isOpen() const { return agreed && actionId != 0 && !actionDone; }
};

/**
 * The teacher's side of the waarderingsgesprek in the journal: the conversations with their
 * files' bodies, the agreement links, the preparation draft and the name the teacher is known by
 * in conversations (both in app_state). The writes run in the caller's transaction when there is
 * one (TeacherConversations makes each import or response one transaction).
 */
class TeacherConversationStore
{
public:
    TeacherConversationStore(sql::Database& db, const Clock& clock);

    /** The name a leader sees on the teacher's preparations; empty until set. */
    [[nodiscard]] Result<QString> teacherName();
    /** Refused when empty, longer than 100 characters or holding control characters. */
    [[nodiscard]] Status setTeacherName(const QString& name);
    /** Whether @p name could be used (see setTeacherName()); the message says why not. */
    [[nodiscard]] static Status checkTeacherName(const QString& name);

    /** The kept preparation draft; nothing when there is none. */
    [[nodiscard]] Result<std::optional<PreparationDraft>> draft();
    [[nodiscard]] Status saveDraft(const PreparationDraft& draft);
    [[nodiscard]] Status removeDraft();

    [[nodiscard]] Result<std::optional<TeacherConversationRecord>> conversation(
        const QByteArray& id);
    /** Every conversation, the latest planned first. */
    [[nodiscard]] Result<QList<TeacherConversationRecord>> conversations();
    /**
     * The conversation whose id starts with the lower-case hex @p prefix (at least 6 digits);
     * an error when none or several do.
     */
    [[nodiscard]] Result<QByteArray> findConversation(const QString& prefix);
    /** The closed conversation responded to last; nothing before the first. */
    [[nodiscard]] Result<std::optional<QByteArray>> lastClosed();

    /**
     * Inserts the conversation, or replaces its preparation (a new revision) while no verslag
     * arrived. The school, leader and leader keys a conversation began with are never replaced:
     * a new revision for other ones is refused and changes nothing.
     */
    [[nodiscard]] Status recordPreparation(const TeacherConversationRecord& record);
    [[nodiscard]] Status recordVerslag(const QByteArray& id, quint32 revision,
        const QByteArray& body, const QByteArray& signature, const QByteArray& digest);
    [[nodiscard]] Status recordResponse(
        const QByteArray& id, const QByteArray& body, const QByteArray& signature);
    [[nodiscard]] Status addAgreementLink(const QByteArray& conversationId,
        const QByteArray& agreementId, bool agreed, qint64 actionId);
    /** The answers of one conversation with the state of their actions. */
    [[nodiscard]] Result<QList<AgreementLink>> agreementLinks(const QByteArray& conversationId);

private:
    sql::Database& m_db;
    const Clock& m_clock;
    AppStateStore m_state;
};

} // namespace kw::conversation
