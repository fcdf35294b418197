// The exchange files as untrusted input: profile, key and contribution files round-trip, and
// every forgery, truncation, bit flip, wrong school or expired profile is refused with a reason.
// The last tests read the files with protoc and the project's .proto files, as another
// implementation would.
#include "exchange/contribution_file.h"
#include "exchange/crypto.h"
#include "exchange/custodian_handover.h"
#include "exchange/demo_keys.h"
#include "exchange/envelope.h"
#include "exchange/metric_layout.h"
#include "exchange/new_key_files.h"
#include "exchange/profile_codec.h"
#include "exchange/profile_file.h"
#include "exchange/signing.h"
#include "exchange_fixtures.h"
#include "kernwijzer/v1/contribution.pb.h"
#include "kernwijzer/v1/keys.pb.h"
#include "kernwijzer/v1/profile.pb.h"
#include "test_support.h"

#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>
#include <random>
#include <sodium.h>

using namespace kw;
using namespace kw::exchange;
using kw::test::codeOf;

namespace {

const QDate today(2026, 11, 20);
const QByteArray kDeviceSecret("device secret of 32 bytes.......");

ContributionPart samplePlain(const SchoolProfile& profile)
{
    const MetricLayout layout = MetricLayout::forProfile(profile);
    ContributionPart plain;
    plain.schoolId = profile.schoolId;
    plain.profileVersion = profile.version;
    plain.period = QStringLiteral("2026-2027/1of6");
    plain.cohort
        = { QStringLiteral("bovenbouw"), QStringLiteral("leraar"), QStringLiteral("45-54") };
    plain.submissionId = submissionIdFor(kDeviceSecret, profile.schoolId, plain.period);
    plain.layoutDigest = layout.digest();
    plain.values.assign(std::size_t(layout.slotCount()), 0);
    plain.present.assign(std::size_t(layout.metrics().size()), false);
    for (int i = 0; i < layout.metrics().size(); ++i) {
        if (i % 3 == 2)
            continue; // every third metric absent: its slots stay 0
        const auto value = std::uint64_t(i * 37 + 1);
        plain.present[std::size_t(i)] = true;
        plain.values[std::size_t(MetricLayout::valueSlot(i))] = value;
        plain.values[std::size_t(MetricLayout::squareSlot(i))] = value * value;
    }
    return plain;
}

/** Runs protoc --decode=@p type on @p bytes; returns its text output, or "" with a warning. */
QString protocDecode(const QString& type, const QString& protoFile, const QByteArray& bytes)
{
    QProcess protoc;
    protoc.start(QStringLiteral(KW_PROTOC),
        { QStringLiteral("--decode=") + type, QStringLiteral("-I"), QStringLiteral(KW_PROTO_DIR),
            protoFile });
    if (!protoc.waitForStarted())
        return {};
    protoc.write(bytes);
    protoc.closeWriteChannel();
    protoc.waitForFinished();
    if (protoc.exitCode() != 0)
        qWarning() << protoc.readAllStandardError();
    return QString::fromUtf8(protoc.readAllStandardOutput());
}

} // namespace

class TestExchangeFiles : public QObject
{
    Q_OBJECT

private slots:
    void profileRoundTripsThroughProtobuf();
    void coSignedProfileVerifies();
    void oneSignatureMissingIsRefused();
    void forgedSignaturesAreRefused();
    void changedPayloadIsRefused();
    void everyTruncationIsRefused();
    void everyBitFlipIsRefused();
    void expiredProfileIsRefused();
    void newerFormatAndWrongKindAndOversizeAreRefused();
    void custodianMustHoldAKeyOfTheirOwn();
    void smallOrderKeysAreRefused();
    void aProfileWithASmallOrderKeyIsRefused();
    void aContributionIsNeverWrittenWithAPartThatIsNotSealed();
    void keyFilesRoundTrip();
    void lockedKeyFileNeedsItsPassphrase();
    void aKeyFileShowsOnlyWhatItHolds();
    void newKeyFilesNeverFollowALink();
    void contributionSharesReconstructTheValues();
    void contributionOpensOnlyWithTheRightKey();
    void tamperedOrForeignContributionsAreRefused();
    void everyContributionBitFlipIsRefusedOrHarmless();
    void submissionIdsLinkNeitherPeriodsNorDevices();
    void protocDecodesTheEnvelopeAndProfile();
    void protocDecodesAnOpenedShare();
    void theBasePointIsNoBoxKey();
    void boxKeyProofsBindTheBoxKeyToItsHolder();
    void aPublicKeyFileWithoutAValidProofIsRefused();
    void aProfileNamingABoxKeyWithoutProofIsRefused();
    void signaturesDoNotCrossKinds();
    void aSignatureWithoutContextIsRefused();
    void handoverFilesRoundTripAndRefuseForgeries();
    void controlCharactersInNamesAreRefused();
};

void TestExchangeFiles::profileRoundTripsThroughProtobuf()
{
    const SchoolProfile p = test::signedProfileFor(test::schoolKeys(), test::custodianKeys());
    auto back = fromProto(toProto(p));
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().message));
    // Serialising the decoded profile again gives the same bytes: nothing was lost on the way.
    QCOMPARE(toProto(*back).SerializeAsString(), toProto(p).SerializeAsString());
    QCOMPARE(back->kernwaarden.size(), p.kernwaarden.size());
    QCOMPARE(back->instruments.size(), 2);
    QCOMPARE(back->instruments[0].cutOffs.size(), p.instruments[0].cutOffs.size());
    QCOMPARE(back->choiceLists[1].options.size(), p.choiceLists[1].options.size());
    QCOMPARE(back->ageBands.size(), 4);
    QCOMPARE(back->custodian.boxKey, p.custodian.boxKey);
    QCOMPARE(back->custodian.contact, QStringLiteral("mr@delinde.example"));
    // Files go to the custodian: a profile that does not say where is refused.
    SchoolProfile noContact = p;
    noContact.custodian.contact = QStringLiteral("  ");
    QCOMPARE(codeOf(fromProto(toProto(noContact))), "InvalidInput");
    QCOMPARE(back->validUntil, QDate(2027, 7, 31));
    QCOMPARE(back->hoursPolicy.extraFromAge, p.hoursPolicy.extraFromAge);
}

void TestExchangeFiles::coSignedProfileVerifies()
{
    const auto school = test::schoolKeys();
    const auto custodian = test::custodianKeys();
    const QByteArray file
        = test::coSignedFile(test::signedProfileFor(school, custodian), school, custodian);
    QVERIFY(file.startsWith(QByteArray("\x0A\x04KWZR", 6)));
    auto verified = verifyProfileFile(file, today);
    QVERIFY2(verified.ok(), qPrintable(verified.ok() ? QString() : verified.error().message));
    QCOMPARE(verified->schoolName, QStringLiteral("Kindcentrum De Linde"));
    QCOMPARE(verified->custodian.name, QStringLiteral("Carla Custodian"));
    // Signing in the other order, or twice, gives a file that verifies just the same.
    auto again = signProfileFile(file, school);
    QVERIFY(again.ok());
    QVERIFY(verifyProfileFile(*again, today).ok());
}

void TestExchangeFiles::oneSignatureMissingIsRefused()
{
    const auto school = test::schoolKeys();
    const auto custodian = test::custodianKeys();
    auto hrOnly = createProfileFile(test::signedProfileFor(school, custodian), school);
    QVERIFY(hrOnly.ok());
    auto read = readProfileFile(*hrOnly);
    QVERIFY(read.ok());
    QVERIFY(read->schoolSigned && !read->custodianSigned);
    auto verified = verifyProfileFile(*hrOnly, today);
    QCOMPARE(codeOf(verified), "Untrusted");
    QVERIFY(verified.error().message.contains(QStringLiteral("Carla Custodian")));

    // Custodian only: HR's signature stripped from a complete file.
    auto envelope = readEnvelope(
        test::coSignedFile(test::signedProfileFor(school, custodian), school, custodian));
    QVERIFY(envelope.ok());
    envelope->mutable_signatures()->DeleteSubrange(0, 1);
    QCOMPARE(envelope->signatures(0).signer(), ::kernwijzer::v1::PARTY_CUSTODIAN);
    QCOMPARE(codeOf(verifyProfileFile(writeEnvelope(*envelope), today)), "Untrusted");
}

void TestExchangeFiles::forgedSignaturesAreRefused()
{
    const auto school = test::schoolKeys();
    const auto custodian = test::custodianKeys();
    const auto mallory = test::custodianKeys("mallory");
    const SchoolProfile profile = test::signedProfileFor(school, custodian);

    // Signing as the custodian with a key the profile does not name is refused up front ...
    auto hrOnly = createProfileFile(profile, school);
    QCOMPARE(codeOf(signProfileFile(*hrOnly, mallory)), "InvalidInput");

    // ... and a signature forged into the file by hand does not verify.
    auto envelope = readEnvelope(*hrOnly);
    auto* forged = envelope->add_signatures();
    forged->set_signer(::kernwijzer::v1::PARTY_CUSTODIAN);
    forged->set_public_key(custodian.signPublic.toStdString()); // claims the right key
    forged->set_signature(
        crypto::sign(QByteArray::fromStdString(envelope->payload()), mallory.signSecret)
            .toStdString());
    auto verified = verifyProfileFile(writeEnvelope(*envelope), today);
    QCOMPARE(codeOf(verified), "Untrusted");
    QVERIFY(verified.error().message.contains(QStringLiteral("custodian's signature")));

    // Nor does one that names the key it was really made with: only the key the signed payload
    // names for the custodian counts.
    forged->set_public_key(mallory.signPublic.toStdString());
    QCOMPARE(codeOf(verifyProfileFile(writeEnvelope(*envelope), today)), "Untrusted");
}

void TestExchangeFiles::changedPayloadIsRefused()
{
    const auto school = test::schoolKeys();
    const auto custodian = test::custodianKeys();
    const SchoolProfile profile = test::signedProfileFor(school, custodian);
    auto envelope = readEnvelope(test::coSignedFile(profile, school, custodian));
    // Lower a threshold after both signed: exactly what a signature must catch.
    auto message = readPayload<::kernwijzer::v1::SchoolProfile>(*envelope);
    message->mutable_rules()->set_min_group_wellbeing(5);
    envelope->set_payload(message->SerializeAsString());
    QCOMPARE(codeOf(verifyProfileFile(writeEnvelope(*envelope), today)), "Untrusted");
}

void TestExchangeFiles::everyTruncationIsRefused()
{
    const auto school = test::schoolKeys();
    const auto custodian = test::custodianKeys();
    const QByteArray file
        = test::coSignedFile(test::signedProfileFor(school, custodian), school, custodian);
    for (qsizetype n = 0; n < file.size(); ++n) {
        auto verified = verifyProfileFile(file.left(n), today);
        QVERIFY2(!verified.ok(), qPrintable(QStringLiteral("accepted at %1 bytes").arg(n)));
        QVERIFY(!verified.error().message.isEmpty());
    }
}

void TestExchangeFiles::everyBitFlipIsRefused()
{
    const auto school = test::schoolKeys();
    const auto custodian = test::custodianKeys();
    const QByteArray file
        = test::coSignedFile(test::signedProfileFor(school, custodian), school, custodian);
    // One flipped bit per byte, cycling through the bit positions, over the whole file: the
    // envelope, the payload and both signatures.
    int refused = 0;
    for (qsizetype i = 0; i < file.size(); ++i) {
        QByteArray flipped = file;
        flipped[i] = char(flipped[i] ^ (1 << (i % 8)));
        auto verified = verifyProfileFile(flipped, today);
        if (verified.ok()) {
            // Protobuf may still parse a flip in a length-delimited field's framing only if it
            // leaves payload and signatures intact; such a file is the same profile.
            QCOMPARE(toProto(*verified).SerializeAsString(),
                toProto(*verifyProfileFile(file, today)).SerializeAsString());
        } else {
            ++refused;
        }
    }
    QVERIFY2(refused > file.size() * 99 / 100,
        qPrintable(QStringLiteral("%1 of %2 refused").arg(refused).arg(file.size())));
}

void TestExchangeFiles::expiredProfileIsRefused()
{
    const auto school = test::schoolKeys();
    const auto custodian = test::custodianKeys();
    const QByteArray file = test::coSignedFile(
        test::signedProfileFor(school, custodian, 3, QDate(2026, 11, 19)), school, custodian);
    auto verified = verifyProfileFile(file, today);
    QCOMPARE(codeOf(verified), "Expired");
    QVERIFY(verified.error().message.contains(QStringLiteral("expired")));
    QVERIFY(verifyProfileFile(file, QDate(2026, 11, 19)).ok()); // valid through its last day
}

void TestExchangeFiles::newerFormatAndWrongKindAndOversizeAreRefused()
{
    const auto school = test::schoolKeys();
    const auto custodian = test::custodianKeys();
    const QByteArray file
        = test::coSignedFile(test::signedProfileFor(school, custodian), school, custodian);

    auto envelope = readEnvelope(file);
    ::kernwijzer::v1::Envelope newer = *envelope;
    newer.set_format_version(2);
    const std::string newerBytes = newer.SerializeAsString(); // not writeEnvelope: keeps 2
    auto read = verifyProfileFile(QByteArray::fromStdString(newerBytes), today);
    QCOMPARE(codeOf(read), "NewerSchema");
    QVERIFY(read.error().message.contains(QStringLiteral("newer version")));

    ::kernwijzer::v1::Envelope other = *envelope;
    other.set_kind(::kernwijzer::v1::FILE_KIND_CONTRIBUTION);
    read = verifyProfileFile(writeEnvelope(other), today);
    QCOMPARE(codeOf(read), "InvalidInput");
    QCOMPARE(read.error().message, QStringLiteral("This is a contribution, not a school profile."));

    QCOMPARE(verifyProfileFile(QByteArray("PK\x03\x04 a zip file"), today).error().message,
        QStringLiteral("This is not a Kernwijzer file."));
    const QByteArray huge = file + QByteArray(300 * 1024, '\0');
    QVERIFY(verifyProfileFile(huge, today).error().message.contains(QStringLiteral("too large")));
}

void TestExchangeFiles::custodianMustHoldAKeyOfTheirOwn()
{
    const auto school = test::schoolKeys();
    SchoolProfile p = test::signedProfileFor(school, test::custodianKeys());
    const KeyHolder named = p.custodian;
    p.custodian = p.school; // keys and proof: HR's own, under the custodian's name
    p.custodian.name = named.name;
    p.custodian.contact = named.contact;
    auto file = createProfileFile(p, school);
    QCOMPARE(codeOf(file), "Untrusted");
    QVERIFY(file.error().message.contains(QStringLiteral("key of their own")));
}

namespace {

/** X25519 public keys of small order: a box sealed to one has a shared secret anyone knows. */
QList<QByteArray> smallOrderBoxKeys()
{
    return { QByteArray(32, '\0'), QByteArray::fromHex("01") + QByteArray(31, '\0'),
        QByteArray::fromHex("e0eb7a7c3b41b8ae1656e3faf19fc46ada098deb9c32b1fd866205165f49b800"),
        QByteArray::fromHex("5f9c95bca3508c24b1d0b1559c83ef5b04445cc4581c8e86d8224eddd09f1157"),
        QByteArray::fromHex("ecffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f") };
}

} // namespace

void TestExchangeFiles::smallOrderKeysAreRefused()
{
    const auto holder = test::custodianKeys();
    QVERIFY(crypto::isValidBoxKey(holder.boxPublic));
    QVERIFY(crypto::isValidSignKey(holder.signPublic));
    QVERIFY(crypto::seal("probe", holder.boxPublic).has_value());
    for (const QByteArray& key : smallOrderBoxKeys()) {
        QVERIFY2(!crypto::isValidBoxKey(key), key.toHex().constData());
        QVERIFY2(!crypto::seal("probe", key).has_value(), key.toHex().constData());
    }
    // Ed25519: the identity, a point of order 4 (y = 0) and a non-canonical encoding of y = 1.
    for (const QByteArray& key :
        { QByteArray::fromHex("01") + QByteArray(31, '\0'), QByteArray(32, '\0'),
            QByteArray::fromHex(
                "eeffffffffffffffffffffffffffffffffffffffffffffffffffffffffffff7f") })
        QVERIFY2(!crypto::isValidSignKey(key), key.toHex().constData());
    QVERIFY(!crypto::isValidBoxKey(holder.boxPublic.left(31)));
}

void TestExchangeFiles::aProfileWithASmallOrderKeyIsRefused()
{
    // HR (or anyone who can get a profile co-signed) names a custodian box key of small order:
    // every custodian part would then be readable by all. Reading the profile refuses it.
    const auto school = test::schoolKeys();
    const auto custodian = test::custodianKeys();
    SchoolProfile profile = test::signedProfileFor(school, custodian);
    profile.custodian.boxKey = QByteArray(32, '\0');
    QCOMPARE(codeOf(createProfileFile(profile, school)), "InvalidInput"); // not made by the CLI

    // Made and signed by hand, as someone working around the CLI would.
    const QByteArray file = test::handSignedFile(profile, school, custodian);
    auto read = verifyProfileFile(file, QDate(2026, 11, 20));
    QCOMPARE(codeOf(read), "InvalidInput");
    QVERIFY2(read.error().message.contains(QStringLiteral("custodian")),
        qPrintable(read.error().message));
}

void TestExchangeFiles::aContributionIsNeverWrittenWithAPartThatIsNotSealed()
{
    const auto school = test::schoolKeys();
    const auto custodian = test::custodianKeys();
    SchoolProfile profile = test::signedProfileFor(school, custodian);
    const ContributionPart plain = samplePlain(profile);
    for (const QByteArray& key : smallOrderBoxKeys()) {
        profile.custodian.boxKey = key;
        auto file = writeContributionFile(
            plain, profile, kDeviceSecret, [] { return crypto::randomU64(); });
        QCOMPARE(codeOf(file), "Untrusted");
        QVERIFY(file.error().message.contains(profile.custodian.name));
    }
}

void TestExchangeFiles::keyFilesRoundTrip()
{
    const auto keys = test::custodianKeys();
    auto secret = readKeyFile(writeSecretKeyFile(keys));
    QVERIFY(secret.ok());
    QVERIFY(secret->hasSecrets());
    QCOMPARE(secret->boxSecret, keys.boxSecret);
    QCOMPARE(secret->name, QStringLiteral("Carla Custodian"));

    const QByteArray pubFile = writePublicKeyFile(keys);
    auto pub = readKeyFile(pubFile);
    QVERIFY(pub.ok());
    QVERIFY(!pub->hasSecrets());
    QCOMPARE(pub->signPublic, keys.signPublic);
    QVERIFY(!pubFile.contains(keys.boxSecret) && !pubFile.contains(keys.signSecret.left(32)));

    // A public key file whose box key was swapped no longer carries a valid self-signature.
    auto envelope = readEnvelope(pubFile);
    auto payload = readPayload<::kernwijzer::v1::PublicKeys>(*envelope);
    payload->set_box_key(test::schoolKeys().boxPublic.toStdString());
    envelope->set_payload(payload->SerializeAsString());
    QCOMPARE(codeOf(readKeyFile(writeEnvelope(*envelope))), "Untrusted");
}

void TestExchangeFiles::lockedKeyFileNeedsItsPassphrase()
{
    const auto keys = test::schoolKeys();
    const QByteArray file = writeSecretKeyFile(keys, "correct horse battery staple");
    QVERIFY(isLockedKeyFile(file));
    QVERIFY(!file.contains(keys.boxSecret) && !file.contains(keys.signSecret.left(32)));
    QCOMPARE(readKeyFile(file).error().message,
        QStringLiteral("This key file is locked with a passphrase."));
    QCOMPARE(codeOf(readKeyFile(file, "wrong horse battery staple")), "Untrusted");
    auto opened = readKeyFile(file, "correct horse battery staple");
    QVERIFY(opened.ok());
    QCOMPARE(opened->boxSecret, keys.boxSecret);
    QCOMPARE(opened->signSecret, keys.signSecret);

    // A file that asks for a trivially cheap (or a huge) Argon2 cost is refused unopened.
    auto envelope = readEnvelope(file);
    auto locked = readPayload<::kernwijzer::v1::LockedSecretKeys>(*envelope);
    locked->set_ops_limit(1);
    envelope->set_payload(locked->SerializeAsString());
    QCOMPARE(
        codeOf(readKeyFile(writeEnvelope(*envelope), "correct horse battery staple")), "Corrupt");
    locked->set_ops_limit(3);
    locked->set_mem_limit(quint64(64) << 30);
    envelope->set_payload(locked->SerializeAsString());
    QCOMPARE(
        codeOf(readKeyFile(writeEnvelope(*envelope), "correct horse battery staple")), "Corrupt");
    // Refused for being above SENSITIVE, not for lack of memory: this cost fits in memory, so
    // without the bound the key would be derived (and found wrong: "Untrusted").
    locked->set_ops_limit(5);
    locked->set_mem_limit(quint64(256) << 20);
    envelope->set_payload(locked->SerializeAsString());
    QCOMPARE(
        codeOf(readKeyFile(writeEnvelope(*envelope), "correct horse battery staple")), "Corrupt");
}

void TestExchangeFiles::aKeyFileShowsOnlyWhatItHolds()
{
    const QByteArray passphrase("correct horse battery staple");
    const auto keys = test::schoolKeys();
    const QByteArray file = writeSecretKeyFile(keys, passphrase);
    auto holder = readKeyFileHolder(file);
    QVERIFY(holder.ok());
    QCOMPARE(holder->signPublic, keys.signPublic);
    QVERIFY(!holder->hasSecrets());

    // The clear header of a locked file says it is someone else's (name, party, box key): the
    // file that holds HR's keys is refused on unlocking, not shown as Carla's.
    const auto other = test::custodianKeys();
    auto envelope = readEnvelope(file);
    auto locked = readPayload<::kernwijzer::v1::LockedSecretKeys>(*envelope);
    locked->mutable_public_keys()->set_name("Carla de Vries");
    envelope->set_payload(locked->SerializeAsString());
    QCOMPARE(codeOf(readKeyFile(writeEnvelope(*envelope), passphrase)), "Corrupt");
    locked->mutable_public_keys()->set_name(keys.name.toStdString());
    locked->mutable_public_keys()->set_box_key(other.boxPublic.toStdString());
    envelope->set_payload(locked->SerializeAsString());
    QVERIFY(!readKeyFileHolder(writeEnvelope(*envelope)).ok()); // its box proof does not fit
    QCOMPARE(codeOf(readKeyFile(writeEnvelope(*envelope), passphrase)), "Corrupt");

    // Someone's public signing key with another seed behind it: refused, not shown as theirs.
    KeySet mixed = keys;
    mixed.signSecret = other.signSecret.left(crypto::kSeedBytes) + keys.signPublic;
    QCOMPARE(codeOf(readKeyFile(writeSecretKeyFile(mixed))), "Corrupt");
}

void TestExchangeFiles::newKeyFilesNeverFollowALink()
{
    QTemporaryDir dir;
    const QString secret = dir.filePath(QStringLiteral("hr.kwsleutel"));
    const QString victim = dir.filePath(QStringLiteral("victim"));
    QVERIFY(QFile::link(victim, secret + QStringLiteral(".pub"))); // dangling: no file yet
    auto made = createKeyFiles(::kernwijzer::v1::PARTY_SCHOOL, QStringLiteral("P&O"), {}, secret,
        "correct horse battery staple");
    QVERIFY(!made.ok());
    QVERIFY2(
        made.error().message.contains(QStringLiteral(".pub")), qPrintable(made.error().message));
    QVERIFY(!QFileInfo::exists(victim));
    QVERIFY(!QFileInfo::exists(secret)); // nothing of this call is left

    // A name no reader would accept (over 4 KB with it) is refused before anything is written.
    QVERIFY(!createKeyFiles(::kernwijzer::v1::PARTY_SCHOOL, QString(5000, u'J'), {},
        dir.filePath(QStringLiteral("long.kwsleutel")), {})
                 .ok());
    QVERIFY(!QFileInfo::exists(dir.filePath(QStringLiteral("long.kwsleutel"))));
}

void TestExchangeFiles::contributionSharesReconstructTheValues()
{
    const auto school = test::schoolKeys();
    const auto custodian = test::custodianKeys();
    const SchoolProfile profile = test::signedProfileFor(school, custodian);
    const ContributionPart plain = samplePlain(profile);
    auto file
        = writeContributionFile(plain, profile, kDeviceSecret, [] { return crypto::randomU64(); });
    QVERIFY(file.ok());
    QVERIFY(file->size() < maxFileBytes(::kernwijzer::v1::FILE_KIND_CONTRIBUTION));

    auto header = readContributionHeader(*file);
    QVERIFY(header.ok());
    QCOMPARE(header->period, plain.period);
    QVERIFY(header->values.empty()); // the clear header carries no numbers and no cohort
    QVERIFY(header->cohort.team.isEmpty());

    auto h = openContributionFile(*file, school, &profile);
    auto c = openContributionFile(*file, custodian, &profile);
    QVERIFY2(h.ok(), qPrintable(h.ok() ? QString() : h.error().message));
    QVERIFY(c.ok());
    QCOMPARE(h->party, ::kernwijzer::v1::PARTY_SCHOOL);
    QCOMPARE(c->party, ::kernwijzer::v1::PARTY_CUSTODIAN);
    QCOMPARE(h->submissionId, plain.submissionId);
    QCOMPARE(c->submissionId, plain.submissionId);
    QCOMPARE(h->cohort, plain.cohort);
    QVERIFY(h->values != plain.values);
    QVERIFY(c->values != plain.values);
    QCOMPARE(combineShares(h->values, c->values), plain.values); // every slot, every metric
}

void TestExchangeFiles::contributionOpensOnlyWithTheRightKey()
{
    const auto school = test::schoolKeys();
    const auto custodian = test::custodianKeys();
    const SchoolProfile profile = test::signedProfileFor(school, custodian);
    auto file = writeContributionFile(
        samplePlain(profile), profile, kDeviceSecret, exchange::systemRandom());
    QVERIFY(file.ok());
    // Someone else's key, and a key claiming the custodian's public key with the wrong secret.
    QCOMPARE(codeOf(openContributionFile(*file, test::custodianKeys("stranger"))), "Untrusted");
    exchange::KeySet impostor = test::custodianKeys("stranger");
    impostor.boxPublic = custodian.boxPublic;
    QCOMPARE(codeOf(openContributionFile(*file, impostor)), "Untrusted");
    exchange::KeySet publicOnly = custodian;
    publicOnly.boxSecret.clear();
    QCOMPARE(codeOf(openContributionFile(*file, publicOnly)), "Untrusted");
}

void TestExchangeFiles::tamperedOrForeignContributionsAreRefused()
{
    const auto school = test::schoolKeys();
    const auto custodian = test::custodianKeys();
    const SchoolProfile profile = test::signedProfileFor(school, custodian);
    auto file = writeContributionFile(
        samplePlain(profile), profile, kDeviceSecret, exchange::systemRandom());

    // The clear header moved to another period: the sealed part still says the first one.
    auto envelope = readEnvelope(*file);
    auto header = readPayload<::kernwijzer::v1::ContributionHeader>(*envelope);
    header->set_period("2026-2027/2of6");
    envelope->set_payload(header->SerializeAsString());
    auto opened = openContributionFile(writeEnvelope(*envelope), school, &profile);
    QCOMPARE(codeOf(opened), "Untrusted");

    // A contribution for another school.
    SchoolProfile other = profile;
    other.schoolId = QStringLiteral("obs-het-anker");
    opened = openContributionFile(*file, school, &other);
    QCOMPARE(codeOf(opened), "Untrusted");
    QVERIFY(opened.error().message.contains(QStringLiteral("another school")));

    // A contribution made under an older profile version (another layout).
    SchoolProfile newer = profile;
    newer.version = 4;
    opened = openContributionFile(*file, school, &newer);
    QCOMPARE(codeOf(opened), "InvalidInput");
    QVERIFY(opened.error().message.contains(QStringLiteral("version 3")));
}

void TestExchangeFiles::everyContributionBitFlipIsRefusedOrHarmless()
{
    const auto school = test::schoolKeys();
    const auto custodian = test::custodianKeys();
    const SchoolProfile profile = test::signedProfileFor(school, custodian);
    const ContributionPart plain = samplePlain(profile);
    auto file = writeContributionFile(plain, profile, kDeviceSecret, exchange::systemRandom());
    auto original = openContributionFile(*file, custodian, &profile);
    for (qsizetype i = 0; i < file->size(); ++i) {
        QByteArray flipped = *file;
        flipped[i] = char(flipped[i] ^ (1 << (i % 8)));
        auto opened = openContributionFile(flipped, custodian, &profile);
        // The seal authenticates what it holds: a flip either breaks the file or lands outside
        // the custodian's part (HR's seal) and leaves the custodian's share exactly as it was.
        if (opened.ok())
            QCOMPARE(opened->values, original->values);
        else
            QVERIFY(!opened.error().message.isEmpty());
    }
}

void TestExchangeFiles::submissionIdsLinkNeitherPeriodsNorDevices()
{
    const QByteArray secretA = crypto::hash("device A");
    const QByteArray secretB = crypto::hash("device B");
    const QString school = QStringLiteral("kc-de-linde");
    const QByteArray p1 = submissionIdFor(secretA, school, QStringLiteral("2026-2027/1of6"));
    QCOMPARE(p1.size(), 32);
    QCOMPARE(submissionIdFor(secretA, school, QStringLiteral("2026-2027/1of6")), p1); // re-export
    QVERIFY(submissionIdFor(secretA, school, QStringLiteral("2026-2027/2of6")) != p1);
    QVERIFY(submissionIdFor(secretB, school, QStringLiteral("2026-2027/1of6")) != p1);
    QVERIFY(
        submissionIdFor(secretA, QStringLiteral("obs-het-anker"), QStringLiteral("2026-2027/1of6"))
        != p1);
    QVERIFY(!p1.contains(secretA.left(8)));
}

void TestExchangeFiles::protocDecodesTheEnvelopeAndProfile()
{
    const auto school = test::schoolKeys();
    const auto custodian = test::custodianKeys();
    const QByteArray file
        = test::coSignedFile(test::signedProfileFor(school, custodian), school, custodian);
    const QString envelope = protocDecode(QStringLiteral("kernwijzer.v1.Envelope"),
        QStringLiteral("kernwijzer/v1/envelope.proto"), file);
    QVERIFY2(envelope.contains(QStringLiteral("magic: \"KWZR\"")), qPrintable(envelope));
    QVERIFY(envelope.contains(QStringLiteral("kind: FILE_KIND_PROFILE")));
    QVERIFY(envelope.contains(QStringLiteral("signer: PARTY_SCHOOL")));
    QVERIFY(envelope.contains(QStringLiteral("signer: PARTY_CUSTODIAN")));

    const QString profile = protocDecode(QStringLiteral("kernwijzer.v1.SchoolProfile"),
        QStringLiteral("kernwijzer/v1/profile.proto"),
        QByteArray::fromStdString(readEnvelope(file)->payload()));
    QVERIFY2(profile.contains(QStringLiteral("school_name: \"Kindcentrum De Linde\"")),
        qPrintable(profile));
    QVERIFY(profile.contains(QStringLiteral("valid_until: \"2027-07-31\"")));
    QVERIFY(profile.contains(QStringLiteral("min_group_wellbeing: 10")));
    QVERIFY(profile.contains(QStringLiteral("id: \"vertrouwen\"")));
}

void TestExchangeFiles::protocDecodesAnOpenedShare()
{
    const auto school = test::schoolKeys();
    const auto custodian = test::custodianKeys();
    const SchoolProfile profile = test::signedProfileFor(school, custodian);
    const ContributionPart plain = samplePlain(profile);
    auto file = writeContributionFile(plain, profile, kDeviceSecret, exchange::systemRandom());
    auto envelope = readEnvelope(*file);
    const QString outer = protocDecode(QStringLiteral("kernwijzer.v1.Envelope"),
        QStringLiteral("kernwijzer/v1/envelope.proto"), *file);
    QVERIFY(outer.contains(QStringLiteral("kind: FILE_KIND_CONTRIBUTION")));
    QCOMPARE(outer.count(QStringLiteral("seals {")), 2);

    // Open HR's seal with libsodium, then let protoc read what is inside.
    const auto opened = crypto::openSeal(
        QByteArray::fromStdString(envelope->seals(0).sealed()), school.boxPublic, school.boxSecret);
    QVERIFY(opened);
    const QString inner = protocDecode(QStringLiteral("kernwijzer.v1.ContributionShare"),
        QStringLiteral("kernwijzer/v1/contribution.proto"), *opened);
    QVERIFY2(inner.contains(QStringLiteral("party: PARTY_SCHOOL")), qPrintable(inner));
    // protoc lists each share slot as "share: N"; they match what core reads.
    auto h = readContributionShare(*opened);
    QVERIFY(h.ok());
    // The binding the device signed is a message of its own, the same in both parts.
    const QString binding = protocDecode(QStringLiteral("kernwijzer.v1.ContributionBinding"),
        QStringLiteral("kernwijzer/v1/contribution.proto"), h->binding);
    QVERIFY2(binding.contains(QStringLiteral("period: \"2026-2027/1of6\"")), qPrintable(binding));
    QVERIFY(binding.contains(QStringLiteral("team: \"bovenbouw\"")));
    QVERIFY(binding.contains(QStringLiteral("revision: 1")));
    QStringList shares;
    for (const QString& line : inner.split(QLatin1Char('\n'))) {
        if (line.startsWith(QStringLiteral("share: ")))
            shares << line.mid(7);
    }
    QCOMPARE(shares.size(), int(plain.values.size()));
    for (int i = 0; i < shares.size(); ++i)
        QCOMPARE(shares[i].toULongLong(), h->values[std::size_t(i)]);
}

QTEST_GUILESS_MAIN(TestExchangeFiles)
void TestExchangeFiles::theBasePointIsNoBoxKey()
{
    // u = 9: its secret is 1. A box sealed to it is open to everyone.
    const QByteArray basePoint = QByteArray(1, '\x09') + QByteArray(31, '\0');
    QVERIFY(!crypto::isValidBoxKey(basePoint));
    QVERIFY(!crypto::seal("probe", basePoint).has_value());
}

void TestExchangeFiles::boxKeyProofsBindTheBoxKeyToItsHolder()
{
    const KeySet a = test::custodianKeys();
    const KeySet b = test::custodianKeys("someone else");
    const QByteArray message = signedBytes(Signed::BoxKeyProof, a.signPublic + a.boxPublic);
    auto proof = crypto::proveBoxKey(message, a.boxSecret);
    QVERIFY(proof.has_value());
    QVERIFY(crypto::verifyBoxKeyProof(message, *proof, a.boxPublic));
    // The Edwards key really is the box key in another form.
    unsigned char u[32];
    QCOMPARE(crypto_sign_ed25519_pk_to_curve25519(
                 u, reinterpret_cast<const unsigned char*>(proof->edwardsKey.constData())),
        0);
    QCOMPARE(QByteArray(reinterpret_cast<const char*>(u), 32), a.boxPublic);
    // Another box key, another message, another secret or a changed byte: no proof.
    QVERIFY(!crypto::verifyBoxKeyProof(message, *proof, b.boxPublic));
    QVERIFY(!crypto::verifyBoxKeyProof(
        signedBytes(Signed::BoxKeyProof, b.signPublic + a.boxPublic), *proof, a.boxPublic));
    auto other = crypto::proveBoxKey(message, b.boxSecret);
    QVERIFY(other && !crypto::verifyBoxKeyProof(message, *other, a.boxPublic));
    for (int i = 0; i < 64; ++i) {
        crypto::BoxKeyProof changed = *proof;
        changed.signature[i] = char(changed.signature[i] ^ 0x01);
        QVERIFY(!crypto::verifyBoxKeyProof(message, changed, a.boxPublic));
    }
    // A signature by the Ed25519 signing key is not a proof of the box key.
    QVERIFY(!crypto::verifyBoxKeyProof(
        message, { a.signPublic, crypto::sign(message, a.signSecret) }, a.boxPublic));
    QVERIFY(!crypto::proveBoxKey(message, a.boxSecret.left(31)).has_value());
}

void TestExchangeFiles::aPublicKeyFileWithoutAValidProofIsRefused()
{
    const KeySet keys = test::custodianKeys();
    const KeySet other = test::custodianKeys("someone else");
    QVERIFY(readKeyFile(writePublicKeyFile(keys)).ok());
    // Re-signed by the holder's signing key (so only the proof can give it away): the box key
    // of another, the proof of another, no proof.
    const auto edited = [&](auto edit) {
        KeySet k = keys;
        edit(k);
        return readKeyFile(writePublicKeyFile(k));
    };
    QCOMPARE(codeOf(edited([&](KeySet& k) { k.boxPublic = other.boxPublic; })), "Untrusted");
    QCOMPARE(codeOf(edited([&](KeySet& k) {
        k.boxPublic = other.boxPublic;
        k.boxProof = other.boxProof;
    })),
        "Untrusted");
    QCOMPARE(codeOf(edited([&](KeySet& k) { k.boxProof = {}; })), "Untrusted");
}

void TestExchangeFiles::aProfileNamingABoxKeyWithoutProofIsRefused()
{
    const KeySet school = test::schoolKeys();
    const KeySet custodian = test::custodianKeys();
    // The custodian's signing key, but a box key HR holds: the proof cannot follow.
    const KeySet hrs = test::custodianKeys("box key HR holds");
    SchoolProfile p = test::signedProfileFor(school, custodian);
    p.custodian.boxKey = hrs.boxPublic;
    QCOMPARE(codeOf(createProfileFile(p, school)), "Untrusted");
    p.custodian.boxProofKey = hrs.boxProof.edwardsKey;
    p.custodian.boxProofSignature = hrs.boxProof.signature;
    QCOMPARE(codeOf(createProfileFile(p, school)), "Untrusted"); // made for hrs's signing key
    p.custodian = custodian.holder();
    p.school.boxProofSignature.clear();
    QCOMPARE(codeOf(createProfileFile(p, school)), "Untrusted");
}

void TestExchangeFiles::signaturesDoNotCrossKinds()
{
    const KeySet keys = test::custodianKeys();
    const QByteArray payload("the same bytes, whatever they are");
    const QList<Signed> kinds
        = { Signed::Profile, Signed::PublicKeys, Signed::Handover, Signed::BoxKeyProof };
    for (Signed made : kinds) {
        const QByteArray signature = signAs(made, payload, keys.signSecret);
        for (Signed checked : kinds)
            QCOMPARE(verifyAs(checked, payload, signature, keys.signPublic), made == checked);
        QVERIFY(!crypto::verify(payload, signature, keys.signPublic));
    }
    // At file level: the custodian's self-signature of a .pub file over its payload does not
    // pass as a co-signature of a profile whose payload is made the same bytes.
    const QByteArray pub = writePublicKeyFile(keys);
    auto envelope = readEnvelope(pub);
    QVERIFY(envelope.ok());
    QVERIFY(!verifyAs(Signed::Profile, QByteArray::fromStdString(envelope->payload()),
        QByteArray::fromStdString(envelope->signatures(0).signature()), keys.signPublic));
}

void TestExchangeFiles::aSignatureWithoutContextIsRefused()
{
    // A profile signed the way files were signed before contexts (over the bare payload).
    const KeySet school = test::schoolKeys();
    const KeySet custodian = test::custodianKeys();
    ::kernwijzer::v1::Envelope envelope;
    envelope.set_kind(::kernwijzer::v1::FILE_KIND_PROFILE);
    envelope.set_payload(toProto(test::signedProfileFor(school, custodian)).SerializeAsString());
    for (const KeySet* signer : { &school, &custodian }) {
        auto* signature = envelope.add_signatures();
        signature->set_signer(signer->party);
        signature->set_public_key(signer->signPublic.toStdString());
        signature->set_signature(
            crypto::sign(QByteArray::fromStdString(envelope.payload()), signer->signSecret)
                .toStdString());
    }
    QCOMPARE(codeOf(readProfileFile(writeEnvelope(envelope))), "Untrusted");
    // And with HR's key pinned, the payload is not even parsed: a payload that would not parse
    // gives the signature error, not "damaged".
    envelope.set_payload("\xff\xff not a profile");
    auto pinned = readProfileFile(writeEnvelope(envelope), school.signPublic);
    QCOMPARE(codeOf(pinned), "Untrusted");
    QVERIFY(pinned.error().message.contains(crypto::fingerprint(school.signPublic)));
}

void TestExchangeFiles::handoverFilesRoundTripAndRefuseForgeries()
{
    const KeySet school = test::schoolKeys();
    const KeySet a = test::custodianKeys();
    const KeySet b = test::custodianKeys("successor");
    const SchoolProfile current = test::signedProfileFor(school, a);
    auto file = createHandoverFile(current, a, b, today);
    QVERIFY(file.ok());
    auto read = readHandoverFile(*file);
    QVERIFY(read.ok());
    QCOMPARE(read->schoolId, current.schoolId);
    QVERIFY(read->outgoing.sameKeys(a.holder()));
    QVERIFY(read->incoming.sameKeys(b.holder()));
    QCOMPARE(read->signedOn, today);
    // Only the custodian the profile names can hand over, and only to a key of another.
    QVERIFY(!createHandoverFile(current, b, a, today).ok());
    QVERIFY(!createHandoverFile(current, school, b, today).ok());
    QVERIFY(!createHandoverFile(current, a, a, today).ok());
    KeySet hrAsCustodian = school;
    hrAsCustodian.party = ::kernwijzer::v1::PARTY_CUSTODIAN;
    QVERIFY(!createHandoverFile(current, a, hrAsCustodian, today).ok());
    QCOMPARE(codeOf(createHandoverFile(current, a, demoCustodianKeys(), today)), "Untrusted");
    // Every bit flip is refused (or, in the signature's unused bits, changes nothing).
    for (int i = 0; i < file->size(); ++i) {
        QByteArray flipped = *file;
        flipped[i] = char(flipped[i] ^ 0x04);
        auto again = readHandoverFile(flipped);
        QVERIFY2(!again.ok()
                || (again->incoming.sameKeys(b.holder()) && again->outgoing.sameKeys(a.holder())),
            qPrintable(QString::number(i)));
    }
    // A handover signature is no profile signature and the other way round (contexts).
    auto envelope = readEnvelope(*file);
    QVERIFY(!verifyAs(Signed::Profile, QByteArray::fromStdString(envelope->payload()),
        QByteArray::fromStdString(envelope->signatures(0).signature()), a.signPublic));
}

void TestExchangeFiles::controlCharactersInNamesAreRefused()
{
    // An escape sequence that would hide a line of `profile show`, a carriage return, a
    // right-to-left override that would show a code reversed: in any text of the profile.
    const KeySet school = test::schoolKeys();
    const KeySet custodian = test::custodianKeys();
    // Markup a rich-text label would render (a remote image), and invisible characters: a
    // zero-width space, a line separator, a soft hyphen.
    for (const QString& bad : { QStringLiteral("De Linde\x1b[8m"), QStringLiteral("A\rB"),
             QStringLiteral("Code \u202E1234"), QStringLiteral("x\u0085y"),
             QStringLiteral("Cust<img src=\"http://127.0.0.1/b.png\">"),
             QStringLiteral("Cust\u200BA"), QStringLiteral("A\u2028now: B"),
             QStringLiteral("Ca\u00ADrla") }) {
        SchoolProfile p = test::signedProfileFor(school, custodian);
        p.schoolName = bad;
        QCOMPARE(codeOf(createProfileFile(p, school)), "InvalidInput");
        p = test::signedProfileFor(school, custodian);
        p.instruments[0].items[2].text.en = bad;
        QCOMPARE(codeOf(createProfileFile(p, school)), "InvalidInput");
        KeySet named = custodian;
        named.name = bad;
        QCOMPARE(codeOf(readKeyFile(writePublicKeyFile(named))), "Corrupt");
    }
    // Dutch and other letters are fine.
    SchoolProfile p = test::signedProfileFor(school, custodian);
    p.schoolName = QStringLiteral("Kindcentrum ’t Hofje – Ærø");
    QVERIFY(createProfileFile(p, school).ok());
}

#include "tst_exchange_files.moc"
