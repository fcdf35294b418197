// TeacherConversations: importing the leader's verslag. Every check runs before the one
// transaction that keeps it, so a refused file changes nothing.
#include "conversation/conversation_text.h"
#include "conversation/teacher_conversations.h"
#include "teacher/teacher_session.h"

namespace kw::conversation {

namespace {

Error refusedBecause(const QString& why)
{
    return Error { Error::Code::Untrusted, why };
}

} // namespace

Result<VerslagImported> TeacherConversations::importVerslag(QByteArrayView file)
{
    auto keys = ownKeys();
    if (!keys)
        return keys.error();
    auto opened = openVerslag(file, *keys);
    if (!opened)
        return opened.error();
    const v1::Verslag& body = opened->body;
    const QByteArray id = QByteArray::fromStdString(body.ref().conversation_id());
    auto kept = m_store.conversation(id);
    if (!kept)
        return kept.error();
    if (!kept->has_value() || (*kept)->schoolId != QString::fromStdString(body.ref().school_id()))
        return refusedBecause(Text::tr("This verslag belongs to a conversation that is not on "
                                       "this device: it answers another preparation than yours."));
    const TeacherConversationRecord& r = **kept;
    if (r.state() == TeacherConversationState::Closed)
        return Error { Error::Code::InvalidInput,
            Text::tr("You responded to this conversation on %1: it is closed, and no verslag "
                     "replaces the one you answered.")
                .arg(r.responded.date().toString(Qt::ISODate)) };
    if (QByteArray::fromStdString(body.ref().leader().sign_key()) != r.leaderSignKey
        || QByteArray::fromStdString(body.ref().leader().box_key()) != r.leaderBoxKey)
        return refusedBecause(
            Text::tr("This verslag was signed by someone else than the leader your preparation "
                     "was sealed to: it is refused."));
    if (const Leader* leader = m_session.profile().leader(r.leaderId)) {
        if (Status s = sameLeaderKeys(r, *leader); !s)
            return s.error();
    }
    if (QByteArray::fromStdString(body.preparation_digest()) != r.preparationDigest)
        return Error { Error::Code::InvalidInput,
            Text::tr("This verslag answers another version of your preparation than the last "
                     "one you sent (version %1). Ask your leader to import that one and write "
                     "the verslag again.")
                .arg(r.preparationRevision) };
    const quint32 revision = body.ref().revision();
    if (r.verslagRevision > 0 && revision <= r.verslagRevision)
        return Error { Error::Code::InvalidInput,
            revision == r.verslagRevision
                ? Text::tr("This verslag (version %1) was imported before.").arg(revision)
                : Text::tr("This is version %1 of the verslag; you already have the newer "
                           "version %2.")
                      .arg(revision)
                      .arg(r.verslagRevision) };

    auto draft = m_store.draft();
    if (!draft)
        return draft.error();
    sql::Transaction tx(m_session.database());
    if (!tx.began())
        return tx.status().error();
    if (Status s
        = m_store.recordVerslag(id, revision, opened->bodyBytes, opened->signature, opened->digest);
        !s)
        return s.error();
    // The preparation of a held conversation cannot be sent again: its draft is done.
    if (draft->has_value() && (*draft)->conversationId == id) {
        if (Status s = m_store.removeDraft(); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return VerslagImported { body, r.verslagRevision > 0 };
}

Result<v1::Verslag> TeacherConversations::verslag(const QByteArray& conversationId)
{
    auto r = m_store.conversation(conversationId);
    if (!r)
        return r.error();
    if (!r->has_value())
        return Error { Error::Code::NotFound,
            Text::tr("There is no such conversation on this device.") };
    if ((*r)->verslagRevision == 0)
        return Error { Error::Code::NotFound,
            Text::tr("The verslag of this conversation has not arrived yet.") };
    return readSignedVerslag((*r)->verslagBody, (*r)->verslagSignature);
}

} // namespace kw::conversation
