// kernwijzer-cli inspect FILE [--key K]: any exchange file as JSON, for audit. Sealed parts are
// opened when --key holds their secret key; secret keys are never printed.
#include "cli/commands.h"
#include "cli/key_input.h"
#include "conversation/conversation_file.h"
#include "exchange/contribution_file.h"
#include "exchange/crypto.h"
#include "exchange/custodian_handover.h"
#include "exchange/envelope.h"
#include "exchange/profile_file.h"
#include "exchange/signing.h"
#include "kernwijzer/v1/contribution.pb.h"
#include "kernwijzer/v1/keys.pb.h"
#include "kernwijzer/v1/profile.pb.h"
#include "kernwijzer/v1/release.pb.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <google/protobuf/util/json_util.h>
#include <memory>

namespace kw::cli {

namespace {

namespace v1 = ::kernwijzer::v1;

std::unique_ptr<google::protobuf::Message> payloadMessage(v1::FileKind kind)
{
    switch (kind) {
    case v1::FILE_KIND_PROFILE:
        return std::make_unique<v1::SchoolProfile>();
    case v1::FILE_KIND_CONTRIBUTION:
        return std::make_unique<v1::ContributionHeader>();
    case v1::FILE_KIND_RELEASE:
        return std::make_unique<v1::Release>();
    case v1::FILE_KIND_AGGREGATE:
        return std::make_unique<v1::Aggregate>();
    case v1::FILE_KIND_PUBLIC_KEYS:
        return std::make_unique<v1::PublicKeys>();
    case v1::FILE_KIND_SECRET_KEYS:
        return std::make_unique<v1::SecretKeys>();
    case v1::FILE_KIND_LOCKED_SECRET_KEYS:
        return std::make_unique<v1::LockedSecretKeys>();
    case v1::FILE_KIND_HANDOVER:
        return std::make_unique<v1::CustodianHandover>();
    default:
        return nullptr;
    }
}

QString name(v1::Party party)
{
    return QString::fromStdString(v1::Party_Name(party));
}

/** A protobuf message as a JSON object, field names as in the .proto files. */
QJsonObject protoJson(const google::protobuf::Message& message)
{
    std::string json;
    google::protobuf::util::JsonPrintOptions options;
    options.preserve_proto_field_names = true;
    (void)google::protobuf::util::MessageToJsonString(message, &json, options);
    return QJsonDocument::fromJson(QByteArray::fromStdString(json)).object();
}

bool isConversation(v1::FileKind kind)
{
    return kind == v1::FILE_KIND_PREPARATION || kind == v1::FILE_KIND_VERSLAG
        || kind == v1::FILE_KIND_RESPONSE;
}

/**
 * What anyone holding a conversation file can see: its kind and whose key it is sealed to. The
 * body, its author and the author's signature are inside the seal.
 */
QJsonObject conversationOutside(const v1::Envelope& envelope)
{
    QJsonObject json { { QStringLiteral("content"),
        QStringLiteral("sealed: the conversation, both names and the author's signature are "
                       "inside the seal; only the recipient's key opens it") } };
    if (envelope.seals_size() == 1) {
        const v1::Seal& seal = envelope.seals(0);
        json.insert(QStringLiteral("recipient"), name(seal.recipient()));
        json.insert(QStringLiteral("recipientKeyFingerprint"),
            crypto::fingerprint(QByteArray::fromStdString(seal.recipient_key())));
    }
    return json;
}

/** A conversation file opened with a leader's key, checked as the leader's app checks it. */
template <typename Body> Result<QJsonObject> openedJson(const conversation::Opened<Body>& opened)
{
    const auto& author = Body::descriptor() == v1::Verslag::descriptor()
        ? opened.body.ref().leader()
        : opened.body.ref().teacher();
    return QJsonObject { { QStringLiteral("body"), protoJson(opened.body) },
        { QStringLiteral("signedBy"), QString::fromStdString(author.name()) },
        { QStringLiteral("signKeyFingerprint"),
            crypto::fingerprint(QByteArray::fromStdString(author.sign_key())) },
        { QStringLiteral("digest"), QString::fromLatin1(opened.digest.toHex()) } };
}

Result<QJsonObject> openConversation(
    v1::FileKind kind, const QByteArray& bytes, const exchange::KeySet& keys)
{
    const conversation::OwnKeys me { keys.signPublic, keys.signSecret, keys.boxPublic,
        keys.boxSecret };
    if (kind == v1::FILE_KIND_PREPARATION) {
        auto opened = conversation::openPreparation(bytes, me);
        return opened ? openedJson(*opened) : Result<QJsonObject>(opened.error());
    }
    if (kind == v1::FILE_KIND_RESPONSE) {
        auto opened = conversation::openResponse(bytes, me);
        return opened ? openedJson(*opened) : Result<QJsonObject>(opened.error());
    }
    return Error { Error::Code::InvalidInput,
        QStringLiteral("A verslag is sealed to the teacher's own conversation key, which never "
                       "leaves their device: no key file opens it.") };
}

} // namespace

int runInspect(const Context& ctx)
{
    const QCommandLineOption keyOption({ QStringLiteral("key") },
        QStringLiteral("A secret key file to open sealed parts with."), QStringLiteral("FILE"));
    const CommandArgs p(ctx,
        { .description = QStringLiteral(
              "Print any Kernwijzer exchange file as JSON: its kind, payload, signatures "
              "(checked) and seals (opened when --key can open them). A conversation file "
              "(.kwgesprek, .kwverslag, .kwreactie) shows whose key it is sealed to; a leader's "
              "--key opens a preparation or a response sealed to them."),
            .options = { keyOption, passphraseFileOption() },
            .positionals = { { QStringLiteral("FILE"), QStringLiteral("The file to inspect.") } },
            .db = DbOption::None,
            .jsonDescription = QStringLiteral("Compact JSON on one line.") });
    if (p.finished)
        return *p.finished;
    if (p.positionals().size() != 1)
        return p.usage(QStringLiteral("usage: inspect FILE [--key K] [--json]"));

    auto bytes = exchange::readFileLimited(
        p.positionals().first(), exchange::maxFileBytes(v1::FILE_KIND_UNSPECIFIED));
    if (!bytes)
        return p.failed(bytes.error());
    auto envelope = exchange::readEnvelope(*bytes);
    if (!envelope)
        return p.failed(envelope.error());
    std::optional<exchange::KeySet> keys;
    if (p.isSet(keyOption)) {
        auto read = readKeyPath(p.value(keyOption), p);
        if (!read)
            return p.failed(read.error());
        keys = *read;
    }

    QJsonObject out { { QStringLiteral("kind"),
                          QString::fromStdString(v1::FileKind_Name(envelope->kind())) },
        { QStringLiteral("formatVersion"), int(envelope->format_version()) },
        { QStringLiteral("bytes"), int(bytes->size()) } };
    const QByteArray payload = QByteArray::fromStdString(envelope->payload());
    if (auto message = payloadMessage(envelope->kind())) {
        if (!message->ParseFromString(envelope->payload()))
            return p.failed(exchange::damaged());
        auto* secret = dynamic_cast<v1::SecretKeys*>(message.get());
        if (secret) {
            secret->clear_sign_secret();
            secret->clear_box_secret();
        }
        QJsonObject json = protoJson(*message);
        if (secret) {
            json.insert(QStringLiteral("sign_secret"), QStringLiteral("(secret, not shown)"));
            json.insert(QStringLiteral("box_secret"), QStringLiteral("(secret, not shown)"));
        }
        out.insert(QStringLiteral("payload"), json);
    }
    if (envelope->kind() == v1::FILE_KIND_PROFILE) {
        auto read = exchange::readProfileFile(*bytes);
        out.insert(QStringLiteral("profileCheck"),
            read ? (read->complete() ? QStringLiteral("signed by HR and the custodian")
                                     : QStringLiteral("incomplete: a signature is missing"))
                 : read.error().message);
    }

    if (envelope->kind() == v1::FILE_KIND_HANDOVER) {
        auto read = exchange::readHandoverFile(*bytes);
        out.insert(QStringLiteral("handoverCheck"),
            read ? QStringLiteral("signed by the outgoing custodian (%1 hands over to %2)")
                       .arg(crypto::fingerprint(read->outgoing.signKey),
                           crypto::fingerprint(read->incoming.signKey))
                 : read.error().message);
    }

    // A signature is only worth something against a key the reader already trusts. A profile
    // names its own signers' keys, so its signatures are checked against those (a forger's
    // signature with a key of their own is not valid); for other files the key in the
    // signature is all there is, and the output says so.
    v1::SchoolProfile named;
    const bool isProfile
        = envelope->kind() == v1::FILE_KIND_PROFILE && named.ParseFromString(envelope->payload());
    QJsonArray signatures;
    for (const v1::Signature& s : envelope->signatures()) {
        const QByteArray key = QByteArray::fromStdString(s.public_key());
        const std::optional<exchange::Signed> as = exchange::signedKindOf(envelope->kind());
        const bool verifies
            = as && exchange::verifyAs(*as, payload, QByteArray::fromStdString(s.signature()), key);
        QJsonObject signature { { QStringLiteral("signer"), name(s.signer()) },
            { QStringLiteral("keyFingerprint"), crypto::fingerprint(key) } };
        if (isProfile) {
            const std::string& expected = s.signer() == v1::PARTY_CUSTODIAN
                ? named.custodian().sign_key()
                : named.school().sign_key();
            const bool byNamedKey
                = (s.signer() == v1::PARTY_SCHOOL || s.signer() == v1::PARTY_CUSTODIAN)
                && s.public_key() == expected;
            signature.insert(QStringLiteral("keyNamedInProfile"), byNamedKey);
            signature.insert(QStringLiteral("valid"), byNamedKey && verifies);
        } else {
            signature.insert(QStringLiteral("valid"), verifies);
            signature.insert(QStringLiteral("checkedAgainst"),
                QStringLiteral("the key in the signature only: compare its fingerprint with the "
                               "school profile"));
        }
        signatures.append(signature);
    }
    out.insert(QStringLiteral("signatures"), signatures);

    // With --key, the part sealed to that key must open and pass every check a receiver makes
    // (party, school, period, version): a script that asks for it must not read on as if the
    // audit passed.
    if (keys && isConversation(envelope->kind())) {
        if (!keys->hasSecrets())
            return p.failed(QStringLiteral("%1 holds public keys only; opening a conversation "
                                           "file needs the secret key file.")
                                .arg(p.value(keyOption)));
        auto opened = openConversation(envelope->kind(), *bytes, *keys);
        if (!opened)
            return p.failed(opened.error());
        out.insert(QStringLiteral("opened"), *opened);
    } else if (keys) {
        if (envelope->kind() != v1::FILE_KIND_CONTRIBUTION)
            return p.failed(QStringLiteral(
                "--key opens the sealed parts of a contribution; this file has none."));
        if (!keys->hasSecrets())
            return p.failed(QStringLiteral("%1 holds public keys only; opening a part needs the "
                                           "secret key file.")
                                .arg(p.value(keyOption)));
        if (auto mine = exchange::openContributionFile(*bytes, *keys); !mine)
            return p.failed(mine.error());
    }
    QJsonArray seals;
    for (const v1::Seal& s : envelope->seals()) {
        const QByteArray key = QByteArray::fromStdString(s.recipient_key());
        QJsonObject seal { { QStringLiteral("recipient"), name(s.recipient()) },
            { QStringLiteral("keyFingerprint"), crypto::fingerprint(key) },
            { QStringLiteral("bytes"), int(s.sealed().size()) } };
        if (keys && envelope->kind() == v1::FILE_KIND_CONTRIBUTION && s.recipient() == keys->party
            && keys->boxPublic == key) {
            const auto opened = crypto::openSeal(
                QByteArray::fromStdString(s.sealed()), keys->boxPublic, keys->boxSecret);
            v1::ContributionShare share;
            v1::ContributionBinding binding;
            if (opened && share.ParseFromString(opened->toStdString())) {
                QJsonObject json = protoJson(share);
                // The signed binding is a message of its own: shown decoded, not as base64.
                if (binding.ParseFromString(share.binding()))
                    json.insert(QStringLiteral("binding"), protoJson(binding));
                seal.insert(QStringLiteral("opened"), json);
            }
        }
        seals.append(seal);
    }
    out.insert(QStringLiteral("seals"), seals);
    if (isConversation(envelope->kind()))
        out.insert(QStringLiteral("conversation"), conversationOutside(*envelope));
    ctx.out << QJsonDocument(out).toJson(
        p.json() ? QJsonDocument::Compact : QJsonDocument::Indented);
    ctx.out.flush();
    return Ok;
}

} // namespace kw::cli
