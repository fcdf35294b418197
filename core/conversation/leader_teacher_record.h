#pragma once

#include "kernwijzer/v1/conversation.pb.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>
#include <optional>

namespace kw::conversation {

/** Where a conversation stands on the leader's side. */
enum class ConversationState {
    Prepared = 1, ///< the teacher's preparation is in; no verslag made yet
    Held = 2, ///< the leader made a verslag (sent to the teacher)
    Closed = 3, ///< the teacher's signed response came back
};

/** A signed file as kept: its body exactly as signed and the signature, checked again on read. */
template <typename Body> struct SignedFile
{
    Body body;
    QByteArray bodyBytes;
    QByteArray signature;
    int revision = 0;
};

/** Everything the leader's database holds about one conversation. */
struct ConversationRecord
{
    QByteArray id; ///< 16 bytes; shown as lower-case hex
    QString teacherName;
    QDate plannedOn;
    ConversationState state = ConversationState::Prepared;
    SignedFile<::kernwijzer::v1::Preparation> preparation;
    /** The leader's working notes and agreements (unsigned; empty until written). */
    ::kernwijzer::v1::Verslag draft;
    std::optional<SignedFile<::kernwijzer::v1::Verslag>> verslag;
    std::optional<SignedFile<::kernwijzer::v1::Response>> response;
};

/**
 * Everything the leader's database holds about one teacher, for an access request (AVG art. 15):
 * who they are, their key, whether they left, and every conversation with its files and notes.
 */
struct LeaderTeacherRecord
{
    QString name;
    QString teamId;
    QString teamName; ///< as the installed profile names the team; empty when it does not
    QByteArray signKey; ///< the teacher's conversation key; empty for a teacher added by hand
    QByteArray boxKey;
    QDate leftOn; ///< invalid while in dienst
    QDate deleteOn; ///< leftOn plus the profile's retention; invalid while in dienst
    QString leaderName; ///< who holds the database
    QString schoolName;
    QList<ConversationRecord> conversations; ///< oldest planned first
};

} // namespace kw::conversation
