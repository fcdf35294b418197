// The three files of a waarderingsgesprek as untrusted input (core/conversation/
// conversation_file): what each side writes opens for the one it is sealed to, and everything
// else is refused with a message of the right kind.
#include "conversation/conversation_file.h"
#include "conversation_samples.h"
#include "exchange/crypto.h"
#include "exchange/envelope.h"
#include "exchange/signing.h"

#include <QTest>
#include <functional>
#include <limits>

using namespace kw;
using namespace kw::conversation;
using kw::test::ConversationCast;
using kw::test::sampleId;
using kw::test::sealByHand;

namespace {

/** One of each, made and opened as the real flow does. */
struct Flow
{
    ConversationCast cast;
    v1::Preparation preparation;
    QByteArray preparationFile;
    v1::Verslag verslag;
    QByteArray verslagFile;
    v1::Response response;
    QByteArray responseFile;
};

Flow flow(bool wellbeing = false)
{
    Flow f;
    f.preparation = test::samplePreparation(f.cast.teacher, f.cast.leader, wellbeing);
    f.preparationFile = writePreparation(f.preparation, f.cast.teacher).value();
    const auto prepared = openPreparation(f.preparationFile, f.cast.leader);
    f.verslag = test::sampleVerslag(f.preparation, prepared->digest);
    f.verslagFile = writeVerslag(f.verslag, f.cast.leader).value();
    const auto held = openVerslag(f.verslagFile, f.cast.teacher);
    f.response = test::sampleResponse(f.verslag, held->digest);
    f.responseFile = writeResponse(f.response, f.cast.teacher).value();
    return f;
}

/** Opens @p file as @p kind for @p me: only whether it opened and why not. */
Status openAs(v1::FileKind kind, QByteArrayView file, const OwnKeys& me)
{
    switch (kind) {
    case v1::FILE_KIND_PREPARATION:
        if (auto r = openPreparation(file, me); !r)
            return r.error();
        return {};
    case v1::FILE_KIND_VERSLAG:
        if (auto r = openVerslag(file, me); !r)
            return r.error();
        return {};
    default:
        if (auto r = openResponse(file, me); !r)
            return r.error();
        return {};
    }
}

/** The three files, each with the key that opens it. */
struct Case
{
    const char* name;
    v1::FileKind kind;
    QByteArray file;
    OwnKeys reader;
};

QList<Case> cases(const Flow& f)
{
    return { { "preparation", v1::FILE_KIND_PREPARATION, f.preparationFile, f.cast.leader },
        { "verslag", v1::FILE_KIND_VERSLAG, f.verslagFile, f.cast.teacher },
        { "response", v1::FILE_KIND_RESPONSE, f.responseFile, f.cast.leader } };
}

v1::Envelope envelopeOf(const QByteArray& file)
{
    v1::Envelope e;
    e.ParseFromArray(file.constData(), int(file.size()));
    return e;
}

QByteArray serialised(const v1::Envelope& e)
{
    return QByteArray::fromStdString(e.SerializeAsString());
}

QString codeName(Error::Code code)
{
    return QString::number(int(code));
}

} // namespace

#define EXPECT_REFUSED(status, wantCode, fragment)                                                 \
    do {                                                                                           \
        const Status s_ = (status);                                                                \
        QVERIFY2(!s_.ok(), "opened, but must be refused");                                         \
        QVERIFY2(s_.error().code == (wantCode),                                                    \
            qPrintable(                                                                            \
                QStringLiteral("code %1, want %2: %3")                                             \
                    .arg(codeName(s_.error().code), codeName(wantCode), s_.error().message)));     \
        QVERIFY2(s_.error().message.contains(QStringLiteral(fragment)),                            \
            qPrintable(s_.error().message));                                                       \
    } while (false)

class TstConversationFile : public QObject
{
    Q_OBJECT

private slots:
    void roundTripOfEachKind();
    void storedBodiesReadAgain();
    void digestsChainTheFlow();
    void fileForSomeoneElseSaysSo();
    void tamperedSealIsRefused();
    void truncatedFilesAreRefused();
    void bitFlipsAreRefused();
    void wrongKindIsNamed();
    void otherFormatVersionIsRefused();
    void oversizeIsRefusedUnread();
    void writerRefusesAFileTooLargeToOpen();
    void resealedBodyIsRefused();
    void signatureByAnotherKeyIsRefused();
    void writerRefusesAnotherAuthor();
    void envelopeExtrasAreRefused();
    void bodyRulesAreCheckedByWriterAndReader();
    void kindIsKnownWithoutOpening();
};

void TstConversationFile::roundTripOfEachKind()
{
    const Flow f = flow(true);
    const auto p = openPreparation(f.preparationFile, f.cast.leader);
    QVERIFY2(p.ok(), p.ok() ? "" : qPrintable(p.error().message));
    QCOMPARE(p->body.SerializeAsString(), f.preparation.SerializeAsString());
    QCOMPARE(p->body.wellbeing().series(0).points(1).score(), 48.0);
    QCOMPARE(p->body.items(1).text(), std::string("Het kindgesprek met Sem gaf me energie."));
    QCOMPARE(p->signature.size(), crypto::kSignatureBytes);
    QCOMPARE(p->digest, bodyDigest(p->bodyBytes));
    QVERIFY(exchange::verifyAs(
        exchange::Signed::Preparation, p->bodyBytes, p->signature, f.cast.teacher.signPublic));

    const auto v = openVerslag(f.verslagFile, f.cast.teacher);
    QVERIFY2(v.ok(), v.ok() ? "" : qPrintable(v.error().message));
    QCOMPARE(v->body.SerializeAsString(), f.verslag.SerializeAsString());
    QCOMPARE(v->body.agreements_size(), 2);
    QVERIFY(exchange::verifyAs(
        exchange::Signed::Verslag, v->bodyBytes, v->signature, f.cast.leader.signPublic));

    const auto r = openResponse(f.responseFile, f.cast.leader);
    QVERIFY2(r.ok(), r.ok() ? "" : qPrintable(r.error().message));
    QCOMPARE(r->body.SerializeAsString(), f.response.SerializeAsString());
    QCOMPARE(r->body.answers(1).status(), v1::AgreementAnswer::STATUS_SEEN);

    // Sealed: none of the body's text is readable in the file itself.
    for (const QByteArray& file : { f.preparationFile, f.verslagFile, f.responseFile }) {
        QVERIFY(!file.contains("Anna de Vries"));
        QVERIFY(!file.contains("kindgesprek met Sem"));
        QVERIFY(!file.contains("vergaderingen"));
        QVERIFY(!file.contains(f.cast.teacher.signPublic));
    }
}

void TstConversationFile::storedBodiesReadAgain()
{
    const Flow f = flow();
    const auto p = openPreparation(f.preparationFile, f.cast.leader);
    const auto v = openVerslag(f.verslagFile, f.cast.teacher);
    const auto r = openResponse(f.responseFile, f.cast.leader);
    QVERIFY(readSignedPreparation(p->bodyBytes, p->signature).ok());
    QVERIFY(readSignedVerslag(v->bodyBytes, v->signature).ok());
    QVERIFY(readSignedResponse(r->bodyBytes, r->signature).ok());

    // A stored body changed afterwards (a byte of a text) no longer checks out.
    QByteArray changed = p->bodyBytes;
    const qsizetype at = changed.indexOf("leesproject");
    QVERIFY(at > 0);
    changed[at] = 'L';
    auto bad = readSignedPreparation(changed, p->signature);
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, Error::Code::Untrusted);
    QVERIFY(bad.error().message.contains(QStringLiteral("teacher")));
    // Nor does a body read as another kind: the contexts differ.
    QVERIFY(!readSignedResponse(p->bodyBytes, p->signature));
    QVERIFY(!readSignedPreparation(r->bodyBytes, r->signature));
    // An empty or short signature.
    QVERIFY(!readSignedVerslag(v->bodyBytes, {}));
    QVERIFY(!readSignedVerslag(v->bodyBytes, v->signature.left(63)));
}

void TstConversationFile::digestsChainTheFlow()
{
    const Flow f = flow();
    const auto p = openPreparation(f.preparationFile, f.cast.leader);
    const auto v = openVerslag(f.verslagFile, f.cast.teacher);
    QCOMPARE(QByteArray::fromStdString(v->body.preparation_digest()), p->digest);
    QCOMPARE(p->digest.size(), 32);
    const auto r = openResponse(f.responseFile, f.cast.leader);
    QCOMPARE(QByteArray::fromStdString(r->body.verslag_digest()), v->digest);
    QVERIFY(p->digest != v->digest);
}

void TstConversationFile::fileForSomeoneElseSaysSo()
{
    const Flow f = flow();
    EXPECT_REFUSED(openAs(v1::FILE_KIND_PREPARATION, f.preparationFile, f.cast.otherLeader),
        Error::Code::Untrusted, "made for another leader");
    EXPECT_REFUSED(openAs(v1::FILE_KIND_RESPONSE, f.responseFile, f.cast.otherLeader),
        Error::Code::Untrusted, "made for another leader");
    EXPECT_REFUSED(openAs(v1::FILE_KIND_VERSLAG, f.verslagFile, f.cast.otherTeacher),
        Error::Code::Untrusted, "made for another teacher");
    // The writer cannot open what they sealed to the other side either.
    EXPECT_REFUSED(openAs(v1::FILE_KIND_PREPARATION, f.preparationFile, f.cast.teacher),
        Error::Code::Untrusted, "made for another leader");
    // Someone who names the leader's public key but holds another secret: the seal does not open.
    OwnKeys pretender = f.cast.otherLeader;
    pretender.boxPublic = f.cast.leader.boxPublic;
    EXPECT_REFUSED(openAs(v1::FILE_KIND_PREPARATION, f.preparationFile, pretender),
        Error::Code::Untrusted, "changed after it was sealed");
}

void TstConversationFile::tamperedSealIsRefused()
{
    const Flow f = flow();
    for (const Case& c : cases(f)) {
        v1::Envelope e = envelopeOf(c.file);
        for (const std::size_t at : { std::size_t(0), std::size_t(20), std::size_t(40),
                 e.seals(0).sealed().size() / 2, e.seals(0).sealed().size() - 1 }) {
            v1::Envelope changed = e;
            std::string& sealed = *changed.mutable_seals(0)->mutable_sealed();
            sealed[at] = char(sealed[at] ^ 0x01);
            EXPECT_REFUSED(openAs(c.kind, serialised(changed), c.reader), Error::Code::Untrusted,
                "changed after it was sealed");
        }
        // Cut short or grown inside the seal.
        v1::Envelope shorter = e;
        shorter.mutable_seals(0)->mutable_sealed()->pop_back();
        EXPECT_REFUSED(openAs(c.kind, serialised(shorter), c.reader), Error::Code::Untrusted,
            "changed after it was sealed");
        v1::Envelope longer = e;
        longer.mutable_seals(0)->mutable_sealed()->push_back('\0');
        EXPECT_REFUSED(openAs(c.kind, serialised(longer), c.reader), Error::Code::Untrusted,
            "changed after it was sealed");
    }
}

void TstConversationFile::truncatedFilesAreRefused()
{
    const Flow f = flow();
    for (const Case& c : cases(f)) {
        QVERIFY(openAs(c.kind, c.file, c.reader).ok());
        for (qsizetype n = 0; n < c.file.size(); ++n) {
            const Status s = openAs(c.kind, c.file.first(n), c.reader);
            QVERIFY2(!s.ok(),
                qPrintable(
                    QStringLiteral("%1 cut at %2 opened").arg(QLatin1String(c.name)).arg(n)));
            QVERIFY(!s.error().message.isEmpty());
            QVERIFY2(s.error().code == Error::Code::InvalidInput
                    || s.error().code == Error::Code::Corrupt,
                qPrintable(QStringLiteral("%1 cut at %2: %3")
                               .arg(QLatin1String(c.name))
                               .arg(n)
                               .arg(s.error().message)));
        }
        // The short ones are not Kernwijzer files at all; the longer ones are incomplete.
        EXPECT_REFUSED(openAs(c.kind, c.file.first(3), c.reader), Error::Code::InvalidInput,
            "not a Kernwijzer");
        EXPECT_REFUSED(openAs(c.kind, c.file.first(c.file.size() - 1), c.reader),
            Error::Code::Corrupt, "damaged or incomplete");
    }
}

void TstConversationFile::bitFlipsAreRefused()
{
    const Flow f = flow();
    for (const Case& c : cases(f)) {
        for (qsizetype i = 0; i < c.file.size(); ++i) {
            for (int bit = 0; bit < 8; ++bit) {
                QByteArray flipped = c.file;
                flipped[i] = char(flipped[i] ^ (1 << bit));
                const Status s = openAs(c.kind, flipped, c.reader);
                QVERIFY2(!s.ok(),
                    qPrintable(QStringLiteral("%1: bit %2 of byte %3 flipped, still opened")
                                   .arg(QLatin1String(c.name))
                                   .arg(bit)
                                   .arg(i)));
                QVERIFY(!s.error().message.isEmpty());
            }
        }
    }
}

void TstConversationFile::wrongKindIsNamed()
{
    const Flow f = flow();
    EXPECT_REFUSED(openAs(v1::FILE_KIND_PREPARATION, f.verslagFile, f.cast.leader),
        Error::Code::InvalidInput, "This is a conversation report, not a conversation preparation");
    EXPECT_REFUSED(openAs(v1::FILE_KIND_RESPONSE, f.preparationFile, f.cast.leader),
        Error::Code::InvalidInput, "not a conversation response");
    EXPECT_REFUSED(openAs(v1::FILE_KIND_VERSLAG, f.responseFile, f.cast.teacher),
        Error::Code::InvalidInput, "not a conversation report");

    // A preparation relabelled as a response: the kind matches now, but the body's signature was
    // made as a preparation (and the body parses as no valid response).
    v1::Envelope relabelled = envelopeOf(f.preparationFile);
    relabelled.set_kind(v1::FILE_KIND_RESPONSE);
    const Status s = openAs(v1::FILE_KIND_RESPONSE, serialised(relabelled), f.cast.leader);
    QVERIFY(!s.ok());
    QVERIFY(s.error().code == Error::Code::Corrupt || s.error().code == Error::Code::Untrusted);

    // A profile or a key file offered as a preparation.
    v1::Envelope other;
    other.set_kind(v1::FILE_KIND_PUBLIC_KEYS);
    other.set_payload("x");
    EXPECT_REFUSED(openAs(v1::FILE_KIND_PREPARATION, exchange::writeEnvelope(other), f.cast.leader),
        Error::Code::InvalidInput, "not a conversation preparation");
}

void TstConversationFile::otherFormatVersionIsRefused()
{
    const Flow f = flow();
    for (const Case& c : cases(f)) {
        v1::Envelope newer = envelopeOf(c.file);
        newer.set_format_version(2);
        EXPECT_REFUSED(openAs(c.kind, serialised(newer), c.reader), Error::Code::NewerSchema,
            "newer version of Kernwijzer");
        v1::Envelope none = envelopeOf(c.file);
        none.set_format_version(0);
        EXPECT_REFUSED(openAs(c.kind, serialised(none), c.reader), Error::Code::Corrupt, "damaged");
    }
}

void TstConversationFile::oversizeIsRefusedUnread()
{
    const Flow f = flow();
    const qsizetype limit = exchange::maxFileBytes(v1::FILE_KIND_PREPARATION);
    QCOMPARE(limit, 4 * 1024 * 1024);
    for (const Case& c : cases(f)) {
        QByteArray big = c.file;
        big.append(limit + 1 - big.size(), '\0');
        EXPECT_REFUSED(openAs(c.kind, big, c.reader), Error::Code::InvalidInput, "too large");
        // Exactly at the limit it is read (and then refused for the padding, not the size).
        big.chop(1);
        const Status s = openAs(c.kind, big, c.reader);
        QVERIFY(!s.ok());
        QVERIFY2(!s.error().message.contains(QStringLiteral("too large")),
            qPrintable(s.error().message));
    }
}

void TstConversationFile::writerRefusesAFileTooLargeToOpen()
{
    const ConversationCast cast;
    v1::Preparation p = test::samplePreparation(cast.teacher, cast.leader);
    // Each text within the rules (8 000 characters), together over the 4 MiB every reader takes.
    const std::string text = QString(kMaxTextChars, QChar(0x00e9)).toStdString();
    while (p.items_size() < kMaxItems && p.ByteSizeLong() < std::size_t(5 * 1024 * 1024)) {
        v1::AgendaItem* item = p.add_items();
        item->set_part(v1::AGENDA_PART_GROWTH);
        item->set_source(v1::AgendaItem::SOURCE_REFLECTION);
        item->set_text(text);
    }
    QVERIFY(checkBody(p).ok());
    auto file = writePreparation(p, cast.teacher);
    QVERIFY(!file);
    QCOMPARE(file.error().code, Error::Code::InvalidInput);
    QVERIFY2(file.error().message.contains(QStringLiteral("too large to send")),
        qPrintable(file.error().message));
}

void TstConversationFile::resealedBodyIsRefused()
{
    const Flow f = flow();
    // The leader re-seals the teacher's signed preparation to another leader.
    const auto p = openPreparation(f.preparationFile, f.cast.leader);
    const QByteArray toOther = sealByHand(v1::FILE_KIND_PREPARATION, v1::PARTY_LEADER,
        f.cast.otherLeader.boxPublic, p->bodyBytes.toStdString(), p->signature);
    EXPECT_REFUSED(openAs(v1::FILE_KIND_PREPARATION, toOther, f.cast.otherLeader),
        Error::Code::Untrusted, "written for someone else and sealed again");
    // The same bytes sealed again to the leader it names still open: the check is the body's.
    const QByteArray again = sealByHand(v1::FILE_KIND_PREPARATION, v1::PARTY_LEADER,
        f.cast.leader.boxPublic, p->bodyBytes.toStdString(), p->signature);
    QVERIFY(openAs(v1::FILE_KIND_PREPARATION, again, f.cast.leader).ok());

    // The teacher passes the leader's signed verslag on to another teacher.
    const auto v = openVerslag(f.verslagFile, f.cast.teacher);
    const QByteArray verslagToOther = sealByHand(v1::FILE_KIND_VERSLAG, v1::PARTY_TEACHER,
        f.cast.otherTeacher.boxPublic, v->bodyBytes.toStdString(), v->signature);
    EXPECT_REFUSED(openAs(v1::FILE_KIND_VERSLAG, verslagToOther, f.cast.otherTeacher),
        Error::Code::Untrusted, "written for someone else and sealed again");

    // A response passed on to another leader.
    const auto r = openResponse(f.responseFile, f.cast.leader);
    const QByteArray responseToOther = sealByHand(v1::FILE_KIND_RESPONSE, v1::PARTY_LEADER,
        f.cast.otherLeader.boxPublic, r->bodyBytes.toStdString(), r->signature);
    EXPECT_REFUSED(openAs(v1::FILE_KIND_RESPONSE, responseToOther, f.cast.otherLeader),
        Error::Code::Untrusted, "written for someone else and sealed again");

    // A recipient whose box key is named but whose signing key is another's: also someone else.
    OwnKeys halfLeader = f.cast.leader;
    halfLeader.signPublic = f.cast.otherLeader.signPublic;
    EXPECT_REFUSED(openAs(v1::FILE_KIND_PREPARATION, f.preparationFile, halfLeader),
        Error::Code::Untrusted, "written for someone else");
}

void TstConversationFile::signatureByAnotherKeyIsRefused()
{
    const Flow f = flow();
    const std::string body = f.preparation.SerializeAsString();
    // Signed by another teacher's key while the body names this teacher.
    const QByteArray byOther = exchange::signAs(exchange::Signed::Preparation,
        QByteArray::fromStdString(body), f.cast.otherTeacher.signSecret);
    EXPECT_REFUSED(openAs(v1::FILE_KIND_PREPARATION,
                       sealByHand(v1::FILE_KIND_PREPARATION, v1::PARTY_LEADER,
                           f.cast.leader.boxPublic, body, byOther),
                       f.cast.leader),
        Error::Code::Untrusted, "not made by the teacher it names");
    // Signed by the leader (the recipient): the body names the teacher as its author.
    const QByteArray byLeader = exchange::signAs(
        exchange::Signed::Preparation, QByteArray::fromStdString(body), f.cast.leader.signSecret);
    EXPECT_REFUSED(openAs(v1::FILE_KIND_PREPARATION,
                       sealByHand(v1::FILE_KIND_PREPARATION, v1::PARTY_LEADER,
                           f.cast.leader.boxPublic, body, byLeader),
                       f.cast.leader),
        Error::Code::Untrusted, "signature");
    // The right key, but signed as a response: the context is part of what is signed.
    const QByteArray asResponse = exchange::signAs(
        exchange::Signed::Response, QByteArray::fromStdString(body), f.cast.teacher.signSecret);
    EXPECT_REFUSED(openAs(v1::FILE_KIND_PREPARATION,
                       sealByHand(v1::FILE_KIND_PREPARATION, v1::PARTY_LEADER,
                           f.cast.leader.boxPublic, body, asResponse),
                       f.cast.leader),
        Error::Code::Untrusted, "signature");
    // A verslag signed by the teacher instead of the leader it names.
    const std::string verslag = f.verslag.SerializeAsString();
    const QByteArray verslagByTeacher = exchange::signAs(
        exchange::Signed::Verslag, QByteArray::fromStdString(verslag), f.cast.teacher.signSecret);
    EXPECT_REFUSED(openAs(v1::FILE_KIND_VERSLAG,
                       sealByHand(v1::FILE_KIND_VERSLAG, v1::PARTY_TEACHER,
                           f.cast.teacher.boxPublic, verslag, verslagByTeacher),
                       f.cast.teacher),
        Error::Code::Untrusted, "not made by the leader it names");
    // No signature at all.
    EXPECT_REFUSED(openAs(v1::FILE_KIND_PREPARATION,
                       sealByHand(v1::FILE_KIND_PREPARATION, v1::PARTY_LEADER,
                           f.cast.leader.boxPublic, body, {}),
                       f.cast.leader),
        Error::Code::Untrusted, "signature");
}

void TstConversationFile::writerRefusesAnotherAuthor()
{
    const Flow f = flow();
    auto byLeader = writePreparation(f.preparation, f.cast.leader);
    QVERIFY(!byLeader);
    QCOMPARE(byLeader.error().code, Error::Code::InvalidInput);
    auto byTeacher = writeVerslag(f.verslag, f.cast.teacher);
    QVERIFY(!byTeacher);
    QCOMPARE(byTeacher.error().code, Error::Code::InvalidInput);
    // The named public key with another's secret: the signature would not check out.
    OwnKeys mixed = f.cast.teacher;
    mixed.signSecret = f.cast.otherTeacher.signSecret;
    auto bad = writeResponse(f.response, mixed);
    QVERIFY(!bad);
    QCOMPARE(bad.error().code, Error::Code::InvalidInput);
    OwnKeys none = f.cast.teacher;
    none.signSecret.clear();
    QVERIFY(!writeResponse(f.response, none));
}

void TstConversationFile::envelopeExtrasAreRefused()
{
    const Flow f = flow();
    const v1::Envelope e = envelopeOf(f.preparationFile);
    v1::Envelope payload = e;
    payload.set_payload("outside the seal");
    EXPECT_REFUSED(openAs(v1::FILE_KIND_PREPARATION, serialised(payload), f.cast.leader),
        Error::Code::Corrupt, "damaged");
    v1::Envelope twoSeals = e;
    *twoSeals.add_seals() = e.seals(0);
    EXPECT_REFUSED(openAs(v1::FILE_KIND_PREPARATION, serialised(twoSeals), f.cast.leader),
        Error::Code::Corrupt, "damaged");
    v1::Envelope noSeal = e;
    noSeal.clear_seals();
    EXPECT_REFUSED(openAs(v1::FILE_KIND_PREPARATION, serialised(noSeal), f.cast.leader),
        Error::Code::Corrupt, "damaged");
    v1::Envelope signature = e;
    signature.add_signatures()->set_signer(v1::PARTY_TEACHER);
    EXPECT_REFUSED(openAs(v1::FILE_KIND_PREPARATION, serialised(signature), f.cast.leader),
        Error::Code::Corrupt, "damaged");
    v1::Envelope toTeacher = e;
    toTeacher.mutable_seals(0)->set_recipient(v1::PARTY_TEACHER);
    EXPECT_REFUSED(openAs(v1::FILE_KIND_PREPARATION, serialised(toTeacher), f.cast.leader),
        Error::Code::Corrupt, "damaged");
    // Inside the seal: something that is no SignedConversation.
    const auto sealed = crypto::seal("\xff\xff\xff", f.cast.leader.boxPublic);
    v1::Envelope garbage = e;
    garbage.mutable_seals(0)->set_sealed(sealed->toStdString());
    EXPECT_REFUSED(openAs(v1::FILE_KIND_PREPARATION, serialised(garbage), f.cast.leader),
        Error::Code::Corrupt, "damaged");
}

namespace {

/** A change that breaks one rule of a body, and what the refusal must say. */
template <typename Body> struct Break
{
    const char* name;
    std::function<void(Body&)> change;
    const char* says;
};

std::string repeated(int count, const char* piece)
{
    std::string s;
    for (int i = 0; i < count; ++i)
        s += piece;
    return s;
}

} // namespace

void TstConversationFile::bodyRulesAreCheckedByWriterAndReader()
{
    const Flow f = flow(true);
    using P = v1::Preparation;
    using V = v1::Verslag;
    using R = v1::Response;
    const QList<Break<P>> preparation = {
        { "id of 15 bytes", [](P& p) { p.mutable_ref()->mutable_conversation_id()->pop_back(); },
            "no id" },
        { "id of 17 bytes",
            [](P& p) { p.mutable_ref()->mutable_conversation_id()->push_back('x'); }, "no id" },
        { "no id", [](P& p) { p.mutable_ref()->clear_conversation_id(); }, "no id" },
        { "revision 0", [](P& p) { p.mutable_ref()->set_revision(0); }, "revision" },
        { "no school", [](P& p) { p.mutable_ref()->set_school_id(" "); }, "school" },
        { "teacher without a name", [](P& p) { p.mutable_ref()->mutable_teacher()->clear_name(); },
            "teacher" },
        { "leader name with a bidi override",
            [](P& p) { p.mutable_ref()->mutable_leader()->set_name("Bram \u202eJansen"); },
            "leader" },
        { "teacher key of zeros",
            [](P& p) { p.mutable_ref()->mutable_teacher()->set_box_key(std::string(32, '\0')); },
            "no valid keys" },
        { "leader's key is the teacher's",
            [](P& p) {
                p.mutable_ref()->mutable_leader()->set_box_key(p.ref().teacher().box_key());
            },
            "same key" },
        { "unknown part", [](P& p) { p.mutable_items(0)->set_part(v1::AgendaPart(9)); },
            "agenda part" },
        { "no part", [](P& p) { p.mutable_items(0)->set_part(v1::AGENDA_PART_UNSPECIFIED); },
            "agenda part" },
        { "unknown source",
            [](P& p) { p.mutable_items(0)->set_source(v1::AgendaItem::Source(17)); }, "source" },
        { "control character in a text",
            [](P& p) { p.mutable_items(1)->set_text("regel\x1b[2Jweg"); }, "control" },
        { "carriage return in a title", [](P& p) { p.mutable_items(0)->set_title("a\rb"); },
            "control" },
        { "zero-width space in a text", [](P& p) { p.mutable_items(0)->set_text("stil\u200bweg"); },
            "invisible" },
        { "text of 8 001 characters",
            [](P& p) { p.mutable_items(0)->set_text(std::string(8001, 'a')); },
            "longer than 8000" },
        { "title of 401 characters",
            [](P& p) { p.mutable_items(0)->set_title(std::string(401, 'a')); }, "longer than 400" },
        { "empty item",
            [](P& p) {
                p.mutable_items(0)->clear_title();
                p.mutable_items(0)->clear_text();
            },
            "empty" },
        { "too many items",
            [](P& p) {
                while (p.items_size() <= kMaxItems)
                    *p.add_items() = p.items(0);
            },
            "more than 500 items" },
        { "eight kernwaarden on an item",
            [](P& p) {
                for (int i = 0; i < 8; ++i)
                    p.mutable_items(1)->add_kernwaarde_ids("k" + std::to_string(i));
            },
            "kernwaarden" },
        { "agreement id of 3 bytes", [](P& p) { p.mutable_items(4)->set_agreement_id("abc"); },
            "agreement" },
        { "month 13", [](P& p) { p.set_planned_on("2026-13-01"); }, "not a date" },
        { "30 February", [](P& p) { p.set_planned_on("2027-02-30"); }, "not a date" },
        { "slashes", [](P& p) { p.set_planned_on("2026/12/03"); }, "not a date" },
        { "dots", [](P& p) { p.set_written_on("2026.11.28"); }, "not a date" },
        { "time of day", [](P& p) { p.set_planned_on("2026-12-03T10:00"); }, "not a date" },
        { "no date", [](P& p) { p.clear_planned_on(); }, "not a date" },
        { "item day", [](P& p) { p.mutable_items(1)->set_day("14-10-2026"); }, "not a date" },
        { "wellbeing score 101",
            [](P& p) {
                p.mutable_wellbeing()->mutable_series(0)->mutable_points(0)->set_score(101);
            },
            "out of range" },
        { "wellbeing score -1",
            [](P& p) {
                p.mutable_wellbeing()->mutable_series(0)->mutable_points(0)->set_score(-1);
            },
            "out of range" },
        { "wellbeing score NaN",
            [](P& p) {
                p.mutable_wellbeing()->mutable_series(0)->mutable_points(0)->set_score(
                    std::numeric_limits<double>::quiet_NaN());
            },
            "out of range" },
        { "wellbeing point without a day",
            [](P& p) {
                p.mutable_wellbeing()->mutable_series(0)->mutable_points(0)->clear_period_start();
            },
            "not a date" },
        { "wellbeing series without an instrument",
            [](P& p) { p.mutable_wellbeing()->mutable_series(0)->clear_instrument_id(); },
            "wellbeing" },
    };
    const QList<Break<V>> verslag = {
        { "revision 0", [](V& v) { v.mutable_ref()->set_revision(0); }, "revision" },
        { "no preparation digest", [](V& v) { v.clear_preparation_digest(); }, "preparation" },
        { "short preparation digest", [](V& v) { v.mutable_preparation_digest()->pop_back(); },
            "preparation" },
        { "duplicate agreement ids",
            [](V& v) { v.mutable_agreements(1)->set_id(v.agreements(0).id()); }, "id of another" },
        { "agreement id of 15 bytes",
            [](V& v) { v.mutable_agreements(0)->mutable_id()->pop_back(); }, "no id" },
        { "agreement without what", [](V& v) { v.mutable_agreements(0)->set_what(" \n"); },
            "what is agreed" },
        { "agreement of 2 001 characters",
            [](V& v) { v.mutable_agreements(0)->set_what(std::string(2001, 'a')); },
            "longer than 2000" },
        { "agreement due on no date", [](V& v) { v.mutable_agreements(0)->set_due("morgen"); },
            "not a date" },
        { "too many agreements",
            [](V& v) {
                for (int i = v.agreements_size(); i <= kMaxAgreements; ++i) {
                    v1::Agreement* a = v.add_agreements();
                    *a = v.agreements(0);
                    a->set_id(std::string(16, char(0x40 + i)));
                }
            },
            "more than 50 agreements" },
        { "notes of an unknown part", [](V& v) { v.mutable_notes(0)->set_part(v1::AgendaPart(5)); },
            "unknown part" },
        { "notes of a part twice", [](V& v) { v.mutable_notes(1)->set_part(v.notes(0).part()); },
            "part twice" },
        { "notes too long", [](V& v) { v.mutable_notes(0)->set_notes(repeated(8001, "é")); },
            "longer than 8000" },
        { "notes with a bell", [](V& v) { v.mutable_notes(0)->set_own_points("ding\a"); },
            "control" },
        { "held on no date", [](V& v) { v.set_held_on("2026-12-32"); }, "not a date" },
        { "written on nothing", [](V& v) { v.clear_written_on(); }, "not a date" },
        { "who with markup", [](V& v) { v.mutable_agreements(0)->set_who("<b>ik</b>"); }, "who" },
    };
    const QList<Break<R>> response = {
        { "revision 0", [](R& r) { r.mutable_ref()->set_revision(0); }, "revision" },
        { "no verslag digest", [](R& r) { r.clear_verslag_digest(); }, "verslag" },
        { "answer neither akkoord nor gezien",
            [](R& r) { r.mutable_answers(0)->set_status(v1::AgreementAnswer::STATUS_UNSPECIFIED); },
            "neither akkoord nor gezien" },
        { "answer with an unknown status",
            [](R& r) { r.mutable_answers(0)->set_status(v1::AgreementAnswer::Status(3)); },
            "neither akkoord nor gezien" },
        { "answer without an agreement", [](R& r) { r.mutable_answers(0)->clear_agreement_id(); },
            "names no agreement" },
        { "one agreement answered twice",
            [](R& r) { r.mutable_answers(1)->set_agreement_id(r.answers(0).agreement_id()); },
            "answered twice" },
        { "reaction too long", [](R& r) { r.set_reaction(std::string(8001, 'x')); },
            "longer than 8000" },
        { "answer's reaction too long",
            [](R& r) { r.mutable_answers(0)->set_reaction(std::string(2001, 'x')); },
            "longer than 2000" },
        { "reaction with an escape", [](R& r) { r.set_reaction("\x1b]0;title\a"); }, "control" },
        { "written on a bad day", [](R& r) { r.set_written_on("2026-11-31"); }, "not a date" },
    };

    // Each break: checkBody refuses it, the writer will not write it, and a file made by hand
    // with a valid signature over it is refused by the reader, all with the same reason.
    const auto check = [](const auto& breaks, const auto& good, v1::FileKind kind, v1::Party to,
                           const OwnKeys& author, const OwnKeys& reader, exchange::Signed as,
                           const auto& writer) {
        QVERIFY(checkBody(good).ok());
        for (const auto& b : breaks) {
            auto body = good;
            b.change(body);
            const QString label = QString::fromLatin1(b.name);
            const Status checked = checkBody(body);
            QVERIFY2(!checked.ok(), qPrintable(label + QStringLiteral(": accepted")));
            QVERIFY2(checked.error().code == Error::Code::Corrupt, qPrintable(label));
            QVERIFY2(checked.error().message.contains(QLatin1String(b.says)),
                qPrintable(label + QStringLiteral(": ") + checked.error().message));
            const auto written = writer(body, author);
            QVERIFY2(!written.ok(), qPrintable(label + QStringLiteral(": written")));
            const std::string bytes = body.SerializeAsString();
            const QByteArray file = sealByHand(kind, to, reader.boxPublic, bytes,
                exchange::signAs(as, QByteArray::fromStdString(bytes), author.signSecret));
            const Status opened = openAs(kind, file, reader);
            QVERIFY2(!opened.ok(), qPrintable(label + QStringLiteral(": opened")));
            QVERIFY2(opened.error().message == checked.error().message,
                qPrintable(label + QStringLiteral(": ") + opened.error().message));
        }
    };
    check(preparation, f.preparation, v1::FILE_KIND_PREPARATION, v1::PARTY_LEADER, f.cast.teacher,
        f.cast.leader, exchange::Signed::Preparation,
        [](const P& b, const OwnKeys& k) { return writePreparation(b, k); });
    check(verslag, f.verslag, v1::FILE_KIND_VERSLAG, v1::PARTY_TEACHER, f.cast.leader,
        f.cast.teacher, exchange::Signed::Verslag,
        [](const V& b, const OwnKeys& k) { return writeVerslag(b, k); });
    check(response, f.response, v1::FILE_KIND_RESPONSE, v1::PARTY_LEADER, f.cast.teacher,
        f.cast.leader, exchange::Signed::Response,
        [](const R& b, const OwnKeys& k) { return writeResponse(b, k); });
}

void TstConversationFile::kindIsKnownWithoutOpening()
{
    const Flow f = flow();
    QCOMPARE(conversationKindOf(f.preparationFile), std::optional(v1::FILE_KIND_PREPARATION));
    QCOMPARE(conversationKindOf(f.verslagFile), std::optional(v1::FILE_KIND_VERSLAG));
    QCOMPARE(conversationKindOf(f.responseFile), std::optional(v1::FILE_KIND_RESPONSE));
    v1::Envelope keys;
    keys.set_kind(v1::FILE_KIND_PUBLIC_KEYS);
    keys.set_payload("x");
    QCOMPARE(conversationKindOf(exchange::writeEnvelope(keys)), std::nullopt);
    QCOMPARE(conversationKindOf("not a file"), std::nullopt);
    // Cut inside the kind: no kind to name. (A header without its seal still names its kind:
    // opening it says it is damaged.)
    QCOMPARE(conversationKindOf(f.preparationFile.first(7)), std::nullopt);
}

QTEST_GUILESS_MAIN(TstConversationFile)
#include "tst_conversation_file.moc"
