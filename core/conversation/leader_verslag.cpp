// LeaderStore: the leader's working notes and the signed verslag made from them.
#include "conversation/conversation_text.h"
#include "conversation/leader_store.h"
#include "exchange/crypto.h"
#include "exchange/proto_bytes.h"
#include "exchange/signing.h"

namespace kw::conversation {

namespace v1 = ::kernwijzer::v1;
using exchange::qbytes;

namespace {

struct NotesRow
{
    ConversationState state;
    QByteArray preparationBody;
    QByteArray preparationSignature;
    QByteArray draft;
    int verslagRevision = 0;
};

Result<NotesRow> notesRow(sql::Database& db, const QByteArray& id)
{
    auto stmt = db.prepare("SELECT state, preparation_body, preparation_signature, draft, "
                           "verslag_revision FROM conversation WHERE id = ?");
    if (!stmt)
        return stmt.error();
    auto row = stmt->bindBlob(1, id).first([](const sql::Statement& r) {
        return NotesRow { ConversationState(r.columnInt(0)), r.columnBlob(1), r.columnBlob(2),
            r.columnBlob(3), r.columnInt(4) };
    });
    if (!row)
        return row.error();
    if (!*row)
        return Error { Error::Code::NotFound,
            Text::tr("No conversation %1.").arg(conversationIdText(id)) };
    if ((*row)->state == ConversationState::Closed)
        return Error { Error::Code::InvalidInput,
            Text::tr("This conversation is closed already (signed by both): its verslag can no "
                     "longer change.") };
    return **row;
}

/** The verslag of @p preparation with @p draft's notes and agreements, not yet dated. */
v1::Verslag verslagFor(const v1::Preparation& preparation, const v1::Verslag& draft)
{
    v1::Verslag verslag;
    *verslag.mutable_ref() = preparation.ref();
    *verslag.mutable_notes() = draft.notes();
    *verslag.mutable_agreements() = draft.agreements();
    return verslag;
}

} // namespace

Status LeaderStore::saveNotes(const QByteArray& id, const v1::Verslag& draft)
{
    auto row = notesRow(*m_db, id);
    if (!row)
        return row.error();
    auto preparation = readSignedPreparation(row->preparationBody, row->preparationSignature);
    if (!preparation)
        return preparation.error();
    v1::Verslag kept;
    *kept.mutable_notes() = draft.notes();
    *kept.mutable_agreements() = draft.agreements();
    for (v1::Agreement& agreement : *kept.mutable_agreements())
        if (agreement.id().empty())
            agreement.set_id(exchange::bytesOf(crypto::randomBytes(kAgreementIdBytes)));
    // The verslag's own rules, on the verslag these notes would make.
    v1::Verslag trial = verslagFor(*preparation, kept);
    trial.set_preparation_digest(exchange::bytesOf(bodyDigest(row->preparationBody)));
    trial.set_held_on(m_clock.today().toString(Qt::ISODate).toStdString());
    trial.set_written_on(trial.held_on());
    if (Status s = checkBody(trial); !s)
        return s;
    return m_db->run("UPDATE conversation SET draft = ?2 WHERE id = ?1 AND state IN (1, 2)",
        { sql::Blob { id }, sql::Blob { qbytes(kept.SerializeAsString()) } });
}

Result<QByteArray> LeaderStore::makeVerslag(
    const QByteArray& id, QDate heldOn, const exchange::KeySet& me)
{
    if (Status s = checkOwnKeys(me); !s)
        return s.error();
    const QDate today = m_clock.today();
    if (!heldOn.isValid() || heldOn > today)
        return Error { Error::Code::InvalidInput,
            Text::tr("The day the conversation was held must be a day up to today.") };
    sql::Transaction tx(*m_db);
    if (!tx.began())
        return tx.status().error();
    auto row = notesRow(*m_db, id);
    if (!row)
        return row.error();
    auto preparation = readSignedPreparation(row->preparationBody, row->preparationSignature);
    if (!preparation)
        return preparation.error();
    v1::Verslag draft;
    if (!draft.ParseFromArray(row->draft.constData(), int(row->draft.size())))
        return Error { Error::Code::Corrupt,
            Text::tr("The leader's notes of this conversation are damaged.") };
    v1::Verslag verslag = verslagFor(*preparation, draft);
    verslag.mutable_ref()->set_revision(quint32(row->verslagRevision + 1));
    verslag.set_preparation_digest(exchange::bytesOf(bodyDigest(row->preparationBody)));
    verslag.set_held_on(heldOn.toString(Qt::ISODate).toStdString());
    verslag.set_written_on(today.toString(Qt::ISODate).toStdString());

    auto file = writeVerslag(verslag, ownKeysOf(me));
    if (!file)
        return file.error();
    // What the sealed file holds, kept as signed: serialising the same message again gives the
    // same bytes, and an Ed25519 signature is deterministic; checked before it is kept.
    const QByteArray bodyBytes = qbytes(verslag.SerializeAsString());
    const QByteArray signature
        = exchange::signAs(exchange::Signed::Verslag, bodyBytes, me.signSecret);
    if (auto again = readSignedVerslag(bodyBytes, signature); !again)
        return again.error();
    if (Status s = m_db->run("UPDATE conversation SET state = 2, verslag_body = ?2, "
                             "verslag_signature = ?3, verslag_revision = ?4, held_on = ?5 "
                             "WHERE id = ?1 AND state IN (1, 2)",
            { sql::Blob { id }, sql::Blob { bodyBytes }, sql::Blob { signature },
                qint64(verslag.ref().revision()), heldOn.toString(Qt::ISODate) });
        !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return *file;
}

} // namespace kw::conversation
