// LeaderStore: importing a teacher's preparation or response. Everything is checked before
// anything is written, inside the transaction that writes it.
#include "conversation/conversation_text.h"
#include "conversation/leader_store.h"
#include "conversation/teacher_name_fold.h"
#include "exchange/crypto.h"
#include "exchange/envelope.h"
#include "exchange/proto_bytes.h"

namespace kw::conversation {

namespace v1 = ::kernwijzer::v1;
using exchange::qbytes;

struct LeaderStore::Checked
{
    Imported imported;
    std::optional<Opened<v1::Preparation>> preparation;
    std::optional<Opened<v1::Response>> response;
    std::optional<qint64> teacherId; ///< the teacher as kept; nothing for a new one
    bool teacherHadKey = false;
};

namespace {

Error refusedAs(Error::Code code, const QString& why)
{
    return Error { code, why };
}

/** The conversation as kept, for the checks. */
struct KeptRow
{
    qint64 teacherId = 0;
    ConversationState state = ConversationState::Prepared;
    int preparationRevision = 0;
    QByteArray preparationBody;
    QByteArray verslagBody;
    QByteArray verslagSignature;
    int verslagRevision = 0;
};

Result<std::optional<KeptRow>> keptRow(sql::Database& db, const QByteArray& id)
{
    auto stmt = db.prepare("SELECT teacher_id, state, preparation_revision, preparation_body, "
                           "verslag_body, verslag_signature, verslag_revision "
                           "FROM conversation WHERE id = ?");
    if (!stmt)
        return stmt.error();
    return stmt->bindBlob(1, id).first([](const sql::Statement& row) {
        return KeptRow { row.columnInt64(0), ConversationState(row.columnInt(1)), row.columnInt(2),
            row.columnBlob(3), row.columnBlob(4), row.columnBlob(5), row.columnInt(6) };
    });
}

Error alreadyClosed()
{
    return refusedAs(Error::Code::InvalidInput,
        Text::tr("This conversation is closed already (signed by both): nothing more is "
                 "imported for it."));
}

Status checkCommon(
    const v1::ConversationRef& ref, const SchoolProfile& profile, const ImportOptions& options)
{
    if (QString::fromStdString(ref.school_id()) != profile.schoolId)
        return refusedAs(Error::Code::Untrusted,
            Text::tr("This file is for another school (%1).")
                .arg(QString::fromStdString(ref.school_id())));
    if (options.expectedConversation
        && qbytes(ref.conversation_id()) != *options.expectedConversation)
        return refusedAs(Error::Code::InvalidInput,
            Text::tr("This file belongs to another conversation (%1), not to %2.")
                .arg(conversationIdText(qbytes(ref.conversation_id())),
                    conversationIdText(*options.expectedConversation)));
    return {};
}

} // namespace

Result<LeaderStore::Checked> LeaderStore::check(
    QByteArrayView file, const exchange::KeySet& me, const ImportOptions& options)
{
    if (Status s = checkOwnKeys(me); !s)
        return s.error();
    auto installed = profile();
    if (!installed)
        return installed.error();
    const SchoolProfile& school = **installed;
    auto envelope = exchange::readEnvelope(file);
    if (!envelope)
        return envelope.error();
    const auto kind = std::optional<v1::FileKind>(envelope->kind());
    if (*kind != v1::FILE_KIND_PREPARATION && *kind != v1::FILE_KIND_RESPONSE
        && *kind != v1::FILE_KIND_VERSLAG)
        return refusedAs(Error::Code::InvalidInput,
            Text::tr("This is not a preparation (.kwgesprek) or a response (.kwreactie)."));
    if (*kind == v1::FILE_KIND_VERSLAG)
        return refusedAs(Error::Code::InvalidInput,
            Text::tr("This is a verslag, which is for the teacher: a leader imports "
                     "preparations and responses."));
    const OwnKeys own = ownKeysOf(me);
    Checked checked;
    checked.imported.kind = *kind;

    if (*kind == v1::FILE_KIND_RESPONSE) {
        auto opened = openResponse(file, own);
        if (!opened)
            return opened.error();
        const v1::ConversationRef& ref = opened->body.ref();
        if (Status s = checkCommon(ref, school, options); !s)
            return s.error();
        const QByteArray id = qbytes(ref.conversation_id());
        auto kept = keptRow(*m_db, id);
        if (!kept)
            return kept.error();
        if (!*kept)
            return refusedAs(Error::Code::NotFound,
                Text::tr("There is no conversation %1 to respond to: import its preparation "
                         "first.")
                    .arg(conversationIdText(id)));
        if ((*kept)->state == ConversationState::Closed)
            return alreadyClosed();
        if ((*kept)->state == ConversationState::Prepared)
            return refusedAs(Error::Code::InvalidInput,
                Text::tr("No verslag was made for this conversation yet: this response answers "
                         "nothing."));
        auto verslag = readSignedVerslag((*kept)->verslagBody, (*kept)->verslagSignature);
        if (!verslag)
            return verslag.error();
        if (ref.teacher().sign_key() != verslag->ref().teacher().sign_key()
            || ref.teacher().box_key() != verslag->ref().teacher().box_key())
            return refusedAs(Error::Code::Untrusted,
                Text::tr("This response is signed with another key than the one of the teacher "
                         "of this conversation."));
        if (qbytes(opened->body.verslag_digest()) != bodyDigest((*kept)->verslagBody))
            return refusedAs(Error::Code::InvalidInput,
                Text::tr("This response answers another verslag than the one made last "
                         "(revision %1): ask the teacher to respond to that one.")
                    .arg((*kept)->verslagRevision));
        bool answersEach = opened->body.answers_size() == verslag->agreements_size();
        for (int i = 0; answersEach && i < verslag->agreements_size(); ++i)
            answersEach = opened->body.answers(i).agreement_id() == verslag->agreements(i).id();
        if (!answersEach)
            return refusedAs(Error::Code::InvalidInput,
                Text::tr("This response does not answer each agreement of the verslag once, in "
                         "its order."));
        checked.imported.conversationId = id;
        checked.imported.revision = int(ref.revision());
        checked.teacherId = (*kept)->teacherId;
        auto name = m_db->prepare("SELECT name FROM teacher WHERE id = ?");
        if (!name)
            return name.error();
        auto teacherName = name->bind(1, (*kept)->teacherId).first([](const sql::Statement& r) {
            return r.columnText(0);
        });
        if (!teacherName)
            return teacherName.error();
        checked.imported.teacherName = teacherName->value_or(QString());
        checked.response = std::move(*opened);
        return checked;
    }

    auto opened = openPreparation(file, own);
    if (!opened)
        return opened.error();
    const v1::ConversationRef& ref = opened->body.ref();
    if (Status s = checkCommon(ref, school, options); !s)
        return s.error();
    const QByteArray id = qbytes(ref.conversation_id());
    const QString name = QString::fromStdString(ref.teacher().name());
    const QByteArray signKey = qbytes(ref.teacher().sign_key());
    const QByteArray boxKey = qbytes(ref.teacher().box_key());
    Imported& out = checked.imported;
    out.conversationId = id;
    out.teacherName = name;
    out.plannedOn
        = QDate::fromString(QString::fromStdString(opened->body.planned_on()), Qt::ISODate);
    out.revision = int(ref.revision());

    // Matched by the folded name (teacher_name_fold.h): "Аnna  de Vries" with a Cyrillic А is
    // the Anna de Vries on the list, whose key must then fit; never a new teacher.
    auto known = teacherId(name);
    if (!known)
        return known.error();
    out.newKeyFingerprint = crypto::fingerprint(signKey);
    if (*known) {
        auto teacher = m_db->prepare("SELECT name, sign_key, box_key FROM teacher WHERE id = ?");
        if (!teacher)
            return teacher.error();
        auto row = teacher->bind(1, **known).first([](const sql::Statement& r) {
            return std::tuple { r.columnText(0), r.columnBlob(1), r.columnBlob(2) };
        });
        if (!row)
            return row.error();
        if (!*row)
            return refusedAs(Error::Code::NotFound, Text::tr("The teacher is gone from the list."));
        const auto& [keptName, keptSign, keptBox] = **row;
        checked.teacherId = **known;
        checked.teacherHadKey = !keptSign.isEmpty();
        out.teacherName = keptName; // as the list knows them
        if (!checked.teacherHadKey) {
            out.firstKey = true;
        } else if (keptSign != signKey || keptBox != boxKey) {
            out.keyChanged = true;
            out.oldKeyFingerprint = crypto::fingerprint(keptSign);
        }
    } else {
        out.newTeacher = true;
    }
    auto owner = m_db->prepare("SELECT name FROM teacher WHERE sign_key = ? AND id <> ?");
    if (!owner)
        return owner.error();
    auto otherOwner = owner->bindBlob(1, signKey)
                          .bind(2, checked.teacherId.value_or(-1))
                          .first([](const sql::Statement& row) { return row.columnText(0); });
    if (!otherOwner)
        return otherOwner.error();
    if (*otherOwner)
        return refusedAs(Error::Code::Untrusted,
            Text::tr("This preparation names %1, but its key is the key of %2 on your list.")
                .arg(name, **otherOwner));

    auto kept = keptRow(*m_db, id);
    if (!kept)
        return kept.error();
    if (!*kept) {
        out.newConversation = true;
    } else {
        const KeptRow& row = **kept;
        if (row.state == ConversationState::Closed)
            return alreadyClosed();
        if (!checked.teacherId || row.teacherId != *checked.teacherId)
            return refusedAs(Error::Code::Untrusted,
                Text::tr("Conversation %1 is another teacher's: this file is refused.")
                    .arg(conversationIdText(id)));
        if (row.state == ConversationState::Held)
            return refusedAs(Error::Code::InvalidInput,
                Text::tr("The verslag of this conversation was made already: a new preparation "
                         "can no longer replace the one it answers."));
        if (out.revision == row.preparationRevision && row.preparationBody == opened->bodyBytes)
            return refusedAs(Error::Code::InvalidInput,
                Text::tr("This preparation (revision %1) was imported already.").arg(out.revision));
        if (out.revision <= row.preparationRevision)
            return refusedAs(Error::Code::InvalidInput,
                Text::tr("Revision %1 of this preparation is kept already; this file holds "
                         "revision %2: an old copy or a replay, refused.")
                    .arg(row.preparationRevision)
                    .arg(out.revision));
        out.replaced = true;
    }
    checked.preparation = std::move(*opened);
    return checked;
}

Status LeaderStore::write(const Checked& checked)
{
    const Imported& in = checked.imported;
    if (checked.response) {
        const Opened<v1::Response>& response = *checked.response;
        if (Status s = m_db->run("UPDATE conversation SET state = 3, response_body = ?2, "
                                 "response_signature = ?3 WHERE id = ?1 AND state = 2",
                { sql::Blob { in.conversationId }, sql::Blob { response.bodyBytes },
                    sql::Blob { response.signature } });
            !s)
            return s;
        return {};
    }
    const Opened<v1::Preparation>& preparation = *checked.preparation;
    const v1::ConversationRef& ref = preparation.body.ref();
    const QByteArray signKey = qbytes(ref.teacher().sign_key());
    const QByteArray boxKey = qbytes(ref.teacher().box_key());
    const QString teamId = QString::fromStdString(preparation.body.team_id());
    qint64 teacherId = 0;
    if (!checked.teacherId) {
        if (Status s = m_db->run("INSERT INTO teacher (name, team_id, sign_key, box_key, "
                                 "added_ms) VALUES (?, ?, ?, ?, ?)",
                { in.teacherName, teamId, sql::Blob { signKey }, sql::Blob { boxKey },
                    m_clock.now().toMSecsSinceEpoch() });
            !s)
            return s;
        teacherId = m_db->lastInsertId();
    } else {
        teacherId = *checked.teacherId;
        if (Status s = m_db->run("UPDATE teacher SET sign_key = ?2, box_key = ?3, "
                                 "team_id = CASE WHEN ?4 = '' THEN team_id ELSE ?4 END "
                                 "WHERE id = ?1",
                { teacherId, sql::Blob { signKey }, sql::Blob { boxKey }, teamId });
            !s)
            return s;
    }
    const QList<sql::Param> row { sql::Blob { in.conversationId }, teacherId,
        QString::fromStdString(preparation.body.planned_on()), sql::Blob { preparation.bodyBytes },
        sql::Blob { preparation.signature }, qint64(in.revision) };
    if (in.newConversation)
        return m_db->run("INSERT INTO conversation (id, teacher_id, planned_on, state, "
                         "preparation_body, preparation_signature, preparation_revision) "
                         "VALUES (?1, ?2, ?3, 1, ?4, ?5, ?6)",
            row);
    return m_db->run("UPDATE conversation SET planned_on = ?3, preparation_body = ?4, "
                     "preparation_signature = ?5, preparation_revision = ?6 "
                     "WHERE id = ?1 AND teacher_id = ?2 AND state = 1",
        row);
}

Result<Imported> LeaderStore::review(
    QByteArrayView file, const exchange::KeySet& me, const ImportOptions& options)
{
    auto checked = check(file, me, options);
    if (!checked)
        return checked.error();
    return checked->imported;
}

Result<Imported> LeaderStore::importFile(
    QByteArrayView file, const exchange::KeySet& me, const ImportOptions& options)
{
    sql::Transaction tx(*m_db);
    if (!tx.began())
        return tx.status().error();
    auto checked = check(file, me, options);
    if (!checked)
        return checked.error();
    if (checked->imported.keyChanged && !options.acceptNewKey)
        return refusedAs(Error::Code::Untrusted,
            Text::tr("The key of %1 changed (was %2, this file: %3). Check with the teacher "
                     "that they made a new key (a new phone), then import again and accept "
                     "the new key.")
                .arg(checked->imported.teacherName, checked->imported.oldKeyFingerprint,
                    checked->imported.newKeyFingerprint));
    if (checked->imported.firstKey && !options.acceptNewKey)
        return refusedAs(Error::Code::Untrusted,
            Text::tr("This is the first file of %1, whom you added by hand; it brings key %2. "
                     "Compare it with the key the teacher's app shows (Gesprek, your key), then "
                     "import again and accept the key.")
                .arg(checked->imported.teacherName, checked->imported.newKeyFingerprint));
    if (Status s = write(*checked); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return checked->imported;
}

} // namespace kw::conversation
