#include "conversation/conversation_file.h"

#include "conversation/conversation_text.h"
#include "exchange/crypto.h"
#include "exchange/envelope.h"
#include "exchange/plain_text.h"
#include "exchange/proto_bytes.h"
#include "exchange/signing.h"

#include <QDate>

namespace kw::conversation {

using exchange::qbytes;
using exchange::refused;

namespace {

/** Who writes and who reads each kind of file. */
template <typename Body> struct Kind;
template <> struct Kind<v1::Preparation>
{
    static constexpr v1::FileKind file = v1::FILE_KIND_PREPARATION;
    static constexpr exchange::Signed signedAs = exchange::Signed::Preparation;
    static constexpr bool byTeacher = true;
};
template <> struct Kind<v1::Verslag>
{
    static constexpr v1::FileKind file = v1::FILE_KIND_VERSLAG;
    static constexpr exchange::Signed signedAs = exchange::Signed::Verslag;
    static constexpr bool byTeacher = false;
};
template <> struct Kind<v1::Response>
{
    static constexpr v1::FileKind file = v1::FILE_KIND_RESPONSE;
    static constexpr exchange::Signed signedAs = exchange::Signed::Response;
    static constexpr bool byTeacher = true;
};

template <typename Body> const v1::ConversationParty& authorOf(const Body& body)
{
    return Kind<Body>::byTeacher ? body.ref().teacher() : body.ref().leader();
}

template <typename Body> const v1::ConversationParty& recipientOf(const Body& body)
{
    return Kind<Body>::byTeacher ? body.ref().leader() : body.ref().teacher();
}

template <typename Body> v1::Party recipientParty()
{
    return Kind<Body>::byTeacher ? v1::PARTY_LEADER : v1::PARTY_TEACHER;
}

Error badBody(const QString& why)
{
    return Error { Error::Code::Corrupt,
        Text::tr("The conversation file does not keep to the format: %1").arg(why) };
}

/** Free text may hold line breaks and tabs, never a character that changes what is shown. */
bool isSafeText(const std::string& utf8)
{
    const QString text = QString::fromStdString(utf8);
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if (u == u'\n' || u == u'\t')
            continue;
        if (u < 0x20 || (u >= 0x7f && u <= 0x9f) || c.category() == QChar::Other_Format
            || u == 0x2028 || u == 0x2029)
            return false;
    }
    return true;
}

Status checkText(const std::string& text, const QString& what, int maxChars = kMaxTextChars)
{
    if (QString::fromStdString(text).size() > maxChars)
        return badBody(Text::tr("%1 is longer than %2 characters.").arg(what).arg(maxChars));
    if (!isSafeText(text))
        return badBody(Text::tr("%1 holds control or invisible characters.").arg(what));
    return {};
}

/** A name or id: one short line without anything that could change what is shown. */
Status checkName(const std::string& text, const QString& what, bool required)
{
    const QString s = QString::fromStdString(text);
    if ((required && s.trimmed().isEmpty()) || s.size() > 200 || exchange::hasUnsafeCharacters(s))
        return badBody(Text::tr("%1 is missing, too long or holds characters that are not "
                                "allowed.")
                           .arg(what));
    return {};
}

Status checkDay(const std::string& day, const QString& what, bool required)
{
    if (day.empty() && !required)
        return {};
    // Qt's ISO parser takes any punctuation between the parts ("2026/11/20"): only "-" is ISO.
    if (day.size() != 10 || day[4] != '-' || day[7] != '-'
        || !QDate::fromString(QString::fromStdString(day), Qt::ISODate).isValid())
        return badBody(Text::tr("%1 is not a date.").arg(what));
    return {};
}

Status checkParty(const v1::ConversationParty& party, const QString& who)
{
    if (Status s = checkName(party.name(), who, true); !s)
        return s;
    if (!crypto::isValidSignKey(qbytes(party.sign_key()))
        || !crypto::isValidBoxKey(qbytes(party.box_key())))
        return badBody(Text::tr("%1 has no valid keys.").arg(who));
    return {};
}

Status checkRef(const v1::ConversationRef& ref)
{
    if (ref.conversation_id().size() != size_t(kConversationIdBytes))
        return badBody(Text::tr("the conversation has no id."));
    if (ref.revision() < 1 || ref.revision() > 1'000'000)
        return badBody(Text::tr("the revision is out of range."));
    if (Status s = checkName(ref.school_id(), Text::tr("school"), true); !s)
        return s;
    if (Status s = checkParty(ref.teacher(), Text::tr("teacher")); !s)
        return s;
    if (Status s = checkParty(ref.leader(), Text::tr("leader")); !s)
        return s;
    if (ref.teacher().sign_key() == ref.leader().sign_key()
        || ref.teacher().box_key() == ref.leader().box_key())
        return badBody(Text::tr("the teacher and the leader have the same key."));
    return {};
}

bool isPart(int part)
{
    return part >= v1::AGENDA_PART_LOOKING_BACK && part <= v1::AGENDA_PART_FUTURE;
}

template <typename Body>
Result<Opened<Body>> parseSigned(QByteArrayView bodyBytes, QByteArrayView signature)
{
    Body body;
    if (!body.ParseFromArray(bodyBytes.data(), int(bodyBytes.size())))
        return exchange::damaged();
    if (Status s = checkBody(body); !s)
        return s.error();
    if (!exchange::verifyAs(
            Kind<Body>::signedAs, bodyBytes, signature, qbytes(authorOf(body).sign_key())))
        return refused(Text::tr("The signature of this conversation file does not check out: it "
                                "was changed or not made by the %1 it names.")
                           .arg(Kind<Body>::byTeacher ? Text::tr("teacher") : Text::tr("leader")));
    return Opened<Body> { std::move(body), bodyBytes.toByteArray(), signature.toByteArray(),
        bodyDigest(bodyBytes) };
}

template <typename Body> Result<QByteArray> write(const Body& body, const OwnKeys& author)
{
    if (Status s = checkBody(body); !s)
        return s.error();
    if (qbytes(authorOf(body).sign_key()) != author.signPublic || author.signSecret.isEmpty())
        return Error { Error::Code::InvalidInput,
            Text::tr("This conversation file names another author than the key it is signed "
                     "with.") };
    const std::string bodyBytes = body.SerializeAsString();
    const QByteArray signature
        = exchange::signAs(Kind<Body>::signedAs, qbytes(bodyBytes), author.signSecret);
    // A secret that is not the named key's would give a file every reader refuses.
    if (!exchange::verifyAs(Kind<Body>::signedAs, qbytes(bodyBytes), signature, author.signPublic))
        return Error { Error::Code::InvalidInput,
            Text::tr("This conversation file names another author than the key it is signed "
                     "with.") };
    v1::SignedConversation signedBody;
    signedBody.set_body(bodyBytes);
    signedBody.set_signature(signature.toStdString());
    std::string inner = signedBody.SerializeAsString();
    const QByteArray recipientKey = qbytes(recipientOf(body).box_key());
    const auto sealed = crypto::seal(qbytes(inner), recipientKey);
    crypto::wipe(inner);
    if (!sealed)
        return Error { Error::Code::InvalidInput,
            Text::tr("The recipient's key cannot be sealed to.") };
    v1::Envelope envelope;
    envelope.set_kind(Kind<Body>::file);
    auto* seal = envelope.add_seals();
    seal->set_recipient(recipientParty<Body>());
    seal->set_recipient_key(recipientKey.toStdString());
    seal->set_sealed(sealed->toStdString());
    QByteArray file = exchange::writeEnvelope(std::move(envelope));
    // Every reader refuses a larger file unread: refuse to write one nobody could open.
    if (file.size() > exchange::maxFileBytes(Kind<Body>::file))
        return Error { Error::Code::InvalidInput,
            Text::tr("This %1 is too large to send (%2 KB, at most %3 KB): leave out some items "
                     "or shorten their texts.")
                .arg(exchange::kindName(Kind<Body>::file))
                .arg((file.size() + 1023) / 1024)
                .arg(exchange::maxFileBytes(Kind<Body>::file) / 1024) };
    return file;
}

template <typename Body> Result<Opened<Body>> open(QByteArrayView file, const OwnKeys& me)
{
    auto envelope = exchange::readEnvelope(file, Kind<Body>::file);
    if (!envelope)
        return envelope.error();
    if (!envelope->payload().empty() || envelope->signatures_size() != 0
        || envelope->seals_size() != 1 || envelope->seals(0).recipient() != recipientParty<Body>())
        return exchange::damaged();
    const v1::Seal& seal = envelope->seals(0);
    if (qbytes(seal.recipient_key()) != me.boxPublic)
        return refused(Kind<Body>::byTeacher
                ? Text::tr("This file was made for another leader: it cannot be opened with your "
                           "key.")
                : Text::tr("This file was made for another teacher or another device: it cannot "
                           "be opened here."));
    auto inner = crypto::openSeal(qbytes(seal.sealed()), me.boxPublic, me.boxSecret);
    if (!inner)
        return refused(Text::tr("The file was changed after it was sealed: it cannot be opened."));
    v1::SignedConversation signedBody;
    const bool parsed = signedBody.ParseFromArray(inner->constData(), int(inner->size()));
    crypto::wipe(*inner);
    if (!parsed)
        return exchange::damaged();
    auto opened = parseSigned<Body>(qbytes(signedBody.body()), qbytes(signedBody.signature()));
    if (!opened)
        return opened.error();
    const v1::ConversationParty& named = recipientOf(opened->body);
    if (qbytes(named.box_key()) != me.boxPublic || qbytes(named.sign_key()) != me.signPublic)
        return refused(Text::tr("This file was written for someone else and sealed again to "
                                "you: it is refused."));
    return opened;
}

} // namespace

QByteArray bodyDigest(QByteArrayView bodyBytes)
{
    return crypto::hash(bodyBytes, "kernwijzer/v1/conversation-body", 32);
}

Status checkBody(const v1::Preparation& body)
{
    if (Status s = checkRef(body.ref()); !s)
        return s;
    if (Status s = checkDay(body.planned_on(), Text::tr("the conversation's date"), true); !s)
        return s;
    if (Status s = checkDay(body.written_on(), Text::tr("the day it was written"), true); !s)
        return s;
    if (Status s = checkName(body.team_id(), Text::tr("the team"), false); !s)
        return s;
    if (body.items_size() > kMaxItems)
        return badBody(Text::tr("it holds more than %1 items.").arg(kMaxItems));
    for (const v1::AgendaItem& item : body.items()) {
        if (!isPart(item.part()) || !v1::AgendaItem::Source_IsValid(item.source()))
            return badBody(Text::tr("an item has no known agenda part or source."));
        if (Status s = checkText(item.title(), Text::tr("an item's title"), 400); !s)
            return s;
        if (Status s = checkText(item.text(), Text::tr("an item's text")); !s)
            return s;
        if (item.title().empty() && item.text().empty())
            return badBody(Text::tr("an item is empty."));
        if (Status s = checkDay(item.day(), Text::tr("an item's day"), false); !s)
            return s;
        if (Status s = checkName(item.goal_ref(), Text::tr("a goal"), false); !s)
            return s;
        if (item.kernwaarde_ids_size() > 7)
            return badBody(Text::tr("an item names more than 7 kernwaarden."));
        for (const std::string& id : item.kernwaarde_ids())
            if (Status s = checkName(id, Text::tr("a kernwaarde"), true); !s)
                return s;
        if (!item.agreement_id().empty() && item.agreement_id().size() != size_t(kAgreementIdBytes))
            return badBody(Text::tr("an item names an agreement without a valid id."));
    }
    if (body.wellbeing().series_size() > 8)
        return badBody(Text::tr("it holds more than 8 wellbeing series."));
    for (const v1::WellbeingSeries& series : body.wellbeing().series()) {
        if (Status s = checkName(series.instrument_id(), Text::tr("a wellbeing series"), true); !s)
            return s;
        if (Status s = checkName(series.name(), Text::tr("a wellbeing series' name"), true); !s)
            return s;
        if (series.points_size() > 120)
            return badBody(Text::tr("a wellbeing series holds more than 120 points."));
        for (const v1::WellbeingPoint& point : series.points()) {
            if (Status s = checkDay(point.period_start(), Text::tr("a wellbeing point"), true); !s)
                return s;
            if (!(point.score() >= 0 && point.score() <= 100))
                return badBody(Text::tr("a wellbeing score is out of range."));
        }
    }
    return {};
}

Status checkBody(const v1::Verslag& body)
{
    if (Status s = checkRef(body.ref()); !s)
        return s;
    if (body.preparation_digest().size() != 32)
        return badBody(Text::tr("it does not name the preparation it answers."));
    if (Status s = checkDay(body.held_on(), Text::tr("the day it was held"), true); !s)
        return s;
    if (Status s = checkDay(body.written_on(), Text::tr("the day it was written"), true); !s)
        return s;
    if (body.notes_size() > 4)
        return badBody(Text::tr("it holds notes for more than the four parts."));
    QList<int> parts;
    for (const v1::PartNotes& notes : body.notes()) {
        if (!isPart(notes.part()) || parts.contains(notes.part()))
            return badBody(Text::tr("notes name an unknown part, or a part twice."));
        parts.append(notes.part());
        if (Status s = checkText(notes.own_points(), Text::tr("the leader's points")); !s)
            return s;
        if (Status s = checkText(notes.notes(), Text::tr("the notes")); !s)
            return s;
    }
    if (body.agreements_size() > kMaxAgreements)
        return badBody(Text::tr("it holds more than %1 agreements.").arg(kMaxAgreements));
    QList<std::string> ids;
    for (const v1::Agreement& agreement : body.agreements()) {
        if (agreement.id().size() != size_t(kAgreementIdBytes) || ids.contains(agreement.id()))
            return badBody(Text::tr("an agreement has no id, or the id of another."));
        ids.append(agreement.id());
        if (QString::fromStdString(agreement.what()).trimmed().isEmpty())
            return badBody(Text::tr("an agreement does not say what is agreed."));
        if (Status s = checkText(agreement.what(), Text::tr("an agreement"), 2000); !s)
            return s;
        if (Status s = checkName(agreement.who(), Text::tr("who acts on an agreement"), false); !s)
            return s;
        if (Status s = checkDay(agreement.due(), Text::tr("an agreement's date"), false); !s)
            return s;
        if (Status s
            = checkName(agreement.kernwaarde_id(), Text::tr("an agreement's kernwaarde"), false);
            !s)
            return s;
        if (Status s = checkName(agreement.goal_ref(), Text::tr("an agreement's goal"), false); !s)
            return s;
        if (Status s = checkText(agreement.goal_title(), Text::tr("an agreement's goal"), 400); !s)
            return s;
    }
    return {};
}

Status checkBody(const v1::Response& body)
{
    if (Status s = checkRef(body.ref()); !s)
        return s;
    if (body.verslag_digest().size() != 32)
        return badBody(Text::tr("it does not name the verslag it answers."));
    if (Status s = checkDay(body.written_on(), Text::tr("the day it was written"), true); !s)
        return s;
    if (Status s = checkText(body.reaction(), Text::tr("the reaction")); !s)
        return s;
    if (body.answers_size() > kMaxAgreements)
        return badBody(Text::tr("it answers more than %1 agreements.").arg(kMaxAgreements));
    QList<std::string> answered;
    for (const v1::AgreementAnswer& answer : body.answers()) {
        if (answer.agreement_id().size() != size_t(kAgreementIdBytes))
            return badBody(Text::tr("an answer names no agreement."));
        if (answered.contains(answer.agreement_id()))
            return badBody(Text::tr("an agreement is answered twice."));
        answered.append(answer.agreement_id());
        if (answer.status() != v1::AgreementAnswer::STATUS_AGREED
            && answer.status() != v1::AgreementAnswer::STATUS_SEEN)
            return badBody(Text::tr("an answer is neither akkoord nor gezien."));
        if (Status s = checkText(answer.reaction(), Text::tr("a reaction"), 2000); !s)
            return s;
    }
    return {};
}

Result<QByteArray> writePreparation(const v1::Preparation& body, const OwnKeys& author)
{
    return write(body, author);
}

Result<QByteArray> writeVerslag(const v1::Verslag& body, const OwnKeys& author)
{
    return write(body, author);
}

Result<QByteArray> writeResponse(const v1::Response& body, const OwnKeys& author)
{
    return write(body, author);
}

Result<Opened<v1::Preparation>> openPreparation(QByteArrayView file, const OwnKeys& me)
{
    return open<v1::Preparation>(file, me);
}

Result<Opened<v1::Verslag>> openVerslag(QByteArrayView file, const OwnKeys& me)
{
    return open<v1::Verslag>(file, me);
}

Result<Opened<v1::Response>> openResponse(QByteArrayView file, const OwnKeys& me)
{
    return open<v1::Response>(file, me);
}

template <typename Body> Result<Body> readStored(QByteArrayView bodyBytes, QByteArrayView signature)
{
    auto opened = parseSigned<Body>(bodyBytes, signature);
    if (!opened)
        return opened.error();
    return std::move(opened->body);
}

Result<v1::Preparation> readSignedPreparation(QByteArrayView bodyBytes, QByteArrayView signature)
{
    return readStored<v1::Preparation>(bodyBytes, signature);
}

Result<v1::Verslag> readSignedVerslag(QByteArrayView bodyBytes, QByteArrayView signature)
{
    return readStored<v1::Verslag>(bodyBytes, signature);
}

Result<v1::Response> readSignedResponse(QByteArrayView bodyBytes, QByteArrayView signature)
{
    return readStored<v1::Response>(bodyBytes, signature);
}

std::optional<v1::FileKind> conversationKindOf(QByteArrayView file)
{
    auto envelope = exchange::readEnvelope(file);
    if (!envelope)
        return std::nullopt;
    switch (envelope->kind()) {
    case v1::FILE_KIND_PREPARATION:
    case v1::FILE_KIND_VERSLAG:
    case v1::FILE_KIND_RESPONSE:
        return envelope->kind();
    default:
        return std::nullopt;
    }
}

} // namespace kw::conversation
