#pragma once

#include "common/result.h"
#include "conversation/conversation_file.h"
#include "conversation/teacher_agreements_to_pop.h"
#include "conversation/teacher_conversation_store.h"
#include "conversation/teacher_preparation_builder.h"
#include "conversation/teacher_preparation_draft.h"
#include "profile/school_profile.h"

namespace kw {
class TeacherSession;
}

namespace kw::conversation {

/** A preparation as it would be sent now: what the preview shows, and what sending records. */
struct PlannedPreparation
{
    v1::Preparation body; ///< exactly what the leader will see
    Leader leader;
    /** False when it is exactly the preparation sent last: sending it again changes nothing. */
    bool newRevision = true;
    std::optional<TeacherConversationRecord> existing; ///< the conversation, when sent before
};

/** A preparation sealed to the leader and recorded in the journal. */
struct SentPreparation
{
    QByteArray file; ///< the .kwgesprek
    v1::Preparation body;
    Leader leader;
    bool newRevision = true;
};

/** A verslag imported into the journal. */
struct VerslagImported
{
    v1::Verslag body;
    bool replaced = false; ///< a newer revision replaced one not answered yet
};

/** The teacher's answer to a verslag. */
struct ResponseInput
{
    QList<AgreementChoice> answers; ///< one per agreement of the verslag, any order
    QString reaction; ///< a general reaction, optional
};

/** A response signed and recorded, with what it changed in the POP. */
struct Responded
{
    QByteArray file; ///< the .kwreactie
    v1::Response body;
    QList<PopChange> changes;
};

/** A conversation two days ahead: a reminder to prepare it or to bring it to mind. */
struct ConversationReminder
{
    QByteArray conversationId;
    QDate plannedOn;
    QString leaderName;
    bool sent = false; ///< false: only the kept draft has this day; nothing was sent yet
};

/** How many days before the conversation the teacher is reminded. */
inline constexpr int kReminderDaysAhead = 2;

/**
 * Refused, naming both fingerprints, unless @p leader (as the installed profile lists them now)
 * has the keys @p record's conversation began with: a conversation never moves to other keys.
 */
[[nodiscard]] Status sameLeaderKeys(const TeacherConversationRecord& record, const Leader& leader);

/**
 * The teacher's side of the waarderingsgesprek, over their journal (TeacherSession): preparing
 * (preview and .kwgesprek), importing the leader's verslag, responding (.kwreactie) and what the
 * accepted agreements become in the POP. The app and the CLI both go through here:
 * - the leader and their keys come from the installed, co-signed profile, never from the caller;
 *   by default the leader of the team the teacher chose for the exchange;
 * - a conversation keeps the leader keys it began with: a new revision or a verslag is refused
 *   once the profile lists other keys for its leader (sameLeaderKeys());
 * - the preview is the body that is sent; a changed preparation sent again gets the next
 *   revision while no verslag has arrived, an unchanged one keeps its revision;
 * - a verslag is imported only when it opens with the teacher's key, answers the last
 *   preparation sent, is signed by the leader it was sealed to, is newer than one kept, and the
 *   conversation is not closed: otherwise a clear message and nothing changed;
 * - a response answers every agreement; the accepted ones become POP actions linked to the
 *   conversation in the same transaction that closes it.
 */
class TeacherConversations
{
public:
    explicit TeacherConversations(TeacherSession& session);

    TeacherConversationStore& store() { return m_store; }
    /** The teacher's conversation key (teacher_conversation_key.h). */
    [[nodiscard]] Result<OwnKeys> ownKeys();
    /**
     * The fingerprint of the teacher's conversation key ("3F2A 91C0 7B44 E015"), as the leader's
     * list shows it (crypto::fingerprint of the signing key): to compare aloud.
     */
    [[nodiscard]] Result<QString> ownKeyFingerprint();

    /** The kept draft, or a fresh one (not kept yet) when there is none. */
    [[nodiscard]] Result<PreparationDraft> currentDraft();
    /** The leader @p draft names, else the leader of the teacher's team. */
    [[nodiscard]] Result<Leader> leaderFor(const PreparationDraft& draft);

    /**
     * The preparation @p draft would send now (the preview), with @p teacherName or else the
     * name kept in the journal. Writes nothing.
     */
    [[nodiscard]] Result<PlannedPreparation> plan(
        const PreparationDraft& draft, const QString& teacherName = {});
    /** The body of plan(): what the leader will see. */
    [[nodiscard]] Result<v1::Preparation> buildPreparation(
        const PreparationDraft& draft, const QString& teacherName = {});
    /**
     * Seals plan()'s body to the leader and records the conversation (and @p teacherName, when
     * given, as the teacher's name; and the draft, when the kept one is this conversation's) in
     * one transaction before the file is returned, so a revision is never handed out twice.
     */
    [[nodiscard]] Result<SentPreparation> sendPreparation(
        const PreparationDraft& draft, const QString& teacherName = {});

    /** Imports the leader's .kwverslag (see the class notes); one transaction. */
    [[nodiscard]] Result<VerslagImported> importVerslag(QByteArrayView file);

    /** The verslag kept for @p conversationId, checked again; an error when there is none. */
    [[nodiscard]] Result<v1::Verslag> verslag(const QByteArray& conversationId);

    /**
     * Responds to the verslag of @p conversationId: every agreement akkoord or gezien, the
     * accepted ones made POP actions (teacher_agreements_to_pop.h), the conversation closed, in
     * one transaction; returns the signed .kwreactie.
     */
    [[nodiscard]] Result<Responded> respond(
        const QByteArray& conversationId, const ResponseInput& input);
    /** The .kwreactie of a closed conversation again (sealed anew; the same signed body). */
    [[nodiscard]] Result<QByteArray> responseFile(const QByteArray& conversationId);

    /** Conversations (and the unsent draft) planned kReminderDaysAhead days after @p today. */
    [[nodiscard]] Result<QList<ConversationReminder>> reminders(QDate today);

private:
    [[nodiscard]] Result<TeacherConversationRecord> held(const QByteArray& conversationId);

    TeacherSession& m_session;
    TeacherConversationStore m_store;
};

} // namespace kw::conversation
