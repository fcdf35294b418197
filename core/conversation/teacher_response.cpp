// TeacherConversations: the teacher's response to a verslag, and what it changes in the POP.
#include "conversation/conversation_text.h"
#include "conversation/teacher_conversations.h"
#include "exchange/signing.h"
#include "teacher/teacher_session.h"

namespace kw::conversation {

namespace {

QString shortWhat(const v1::Agreement& a)
{
    const QString what = QString::fromStdString(a.what()).simplified();
    return what.size() <= 60 ? what : what.left(59) + QChar(0x2026);
}

} // namespace

Result<TeacherConversationRecord> TeacherConversations::held(const QByteArray& conversationId)
{
    auto r = m_store.conversation(conversationId);
    if (!r)
        return r.error();
    if (!r->has_value())
        return Error { Error::Code::NotFound,
            Text::tr("There is no such conversation on this device.") };
    switch ((*r)->state()) {
    case TeacherConversationState::Prepared:
        return Error { Error::Code::InvalidInput,
            Text::tr("The verslag of this conversation has not arrived yet: import it first.") };
    case TeacherConversationState::Closed:
        return Error { Error::Code::InvalidInput,
            Text::tr("You responded to this conversation on %1 already: it is closed.")
                .arg((*r)->responded.date().toString(Qt::ISODate)) };
    case TeacherConversationState::Held:
        break;
    }
    return **r;
}

Result<Responded> TeacherConversations::respond(
    const QByteArray& conversationId, const ResponseInput& input)
{
    auto record = held(conversationId);
    if (!record)
        return record.error();
    auto verslag = readSignedVerslag(record->verslagBody, record->verslagSignature);
    if (!verslag)
        return verslag.error();

    QList<QByteArray> answered;
    for (const AgreementChoice& choice : input.answers) {
        const bool known = std::any_of(verslag->agreements().cbegin(), verslag->agreements().cend(),
            [&](const v1::Agreement& a) { return a.id() == choice.agreementId.toStdString(); });
        if (!known)
            return Error { Error::Code::InvalidInput,
                Text::tr("The verslag has no agreement %1.")
                    .arg(QString::fromLatin1(choice.agreementId.toHex())) };
        if (answered.contains(choice.agreementId))
            return Error { Error::Code::InvalidInput,
                Text::tr("Agreement %1 is answered twice.")
                    .arg(QString::fromLatin1(choice.agreementId.toHex())) };
        answered << choice.agreementId;
    }
    for (const v1::Agreement& a : verslag->agreements())
        if (!answered.contains(QByteArray::fromStdString(a.id())))
            return Error { Error::Code::InvalidInput,
                Text::tr("Answer every agreement with akkoord or gezien: \"%1\" has no answer "
                         "yet.")
                    .arg(shortWhat(a)) };

    // The preparation this verslag answers (its digest was checked on import).
    auto preparation = readSignedPreparation(record->preparationBody, record->preparationSignature);
    if (!preparation)
        return preparation.error();
    auto plan = planPopActions(*verslag, *preparation, input.answers, m_session.pop(),
        m_session.profile(), m_session.clock().today());
    if (!plan)
        return plan.error();

    v1::Response body;
    *body.mutable_ref() = verslag->ref();
    body.mutable_ref()->set_revision(1);
    body.set_verslag_digest(record->verslagDigest.toStdString());
    for (const v1::Agreement& a : verslag->agreements()) {
        const AgreementChoice& choice = *std::find_if(input.answers.cbegin(), input.answers.cend(),
            [&](const AgreementChoice& c) { return c.agreementId.toStdString() == a.id(); });
        v1::AgreementAnswer* answer = body.add_answers();
        answer->set_agreement_id(a.id());
        answer->set_status(
            choice.agreed ? v1::AgreementAnswer::STATUS_AGREED : v1::AgreementAnswer::STATUS_SEEN);
        answer->set_reaction(choice.reaction.trimmed().toStdString());
    }
    body.set_reaction(input.reaction.trimmed().toStdString());
    body.set_written_on(m_session.clock().today().toString(Qt::ISODate).toStdString());

    auto keys = ownKeys();
    if (!keys)
        return keys.error();
    auto file = writeResponse(body, *keys);
    if (!file)
        return file.error();
    const QByteArray bodyBytes = QByteArray::fromStdString(body.SerializeAsString());
    const QByteArray signature
        = exchange::signAs(exchange::Signed::Response, bodyBytes, keys->signSecret);
    if (auto check = readSignedResponse(bodyBytes, signature); !check)
        return check.error();

    sql::Transaction tx(m_session.database());
    if (!tx.began())
        return tx.status().error();
    if (Status s = m_store.recordResponse(conversationId, bodyBytes, signature); !s)
        return s.error();
    auto changes = applyPopPlan(m_session.database(), *plan, m_session.clock());
    if (!changes)
        return changes.error();
    for (const v1::AgreementAnswer& answer : body.answers()) {
        const QByteArray agreementId = QByteArray::fromStdString(answer.agreement_id());
        qint64 actionId = 0;
        for (const PopChange& change : *changes)
            if (change.agreementId == agreementId)
                actionId = change.actionId;
        if (Status s = m_store.addAgreementLink(conversationId, agreementId,
                answer.status() == v1::AgreementAnswer::STATUS_AGREED, actionId);
            !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return Responded { *file, body, *changes };
}

Result<QByteArray> TeacherConversations::responseFile(const QByteArray& conversationId)
{
    auto r = m_store.conversation(conversationId);
    if (!r)
        return r.error();
    if (!r->has_value() || (*r)->state() != TeacherConversationState::Closed)
        return Error { Error::Code::NotFound,
            Text::tr("You have not responded to this conversation yet.") };
    auto body = readSignedResponse((*r)->responseBody, (*r)->responseSignature);
    if (!body)
        return body.error();
    auto keys = ownKeys();
    if (!keys)
        return keys.error();
    return writeResponse(*body, *keys);
}

} // namespace kw::conversation
