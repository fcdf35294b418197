// The custodian co-signs a profile HR made (core/custodian/profile_cosign): what they read first
// (the changes since the version they signed before), what they cannot co-sign, and that a
// co-signed profile lands in their database as `import --profile` would add it.
#include "custodian/profile_cosign.h"
#include "custodian_fixtures.h"
#include "exchange/envelope.h"
#include "exchange/key_file.h"
#include "exchange/profile_codec.h"
#include "exchange/profile_signing.h"
#include "profile/profile_draft.h"
#include "test_support.h"

#include <QTest>

using namespace kw;

class TestProfileCoSign : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void anUpdateShowsWhatChangedSinceTheVersionSigned();
    void coSigningAddsTheProfileToTheStore();
    void theSameVersionAgainIsNoChangeButOtherContentIsRefused();
    void anotherCustodiansProfileIsRefused();
    void aProfileHrDidNotSignIsRefused();
    void anOlderVersionIsRefused();

private:
    /** HR's next version of the stored profile, edited by @p edit, signed by HR only. */
    QByteArray hrSigned(const std::function<void(SchoolProfile&)>& edit = {}, int version = 0);
    std::unique_ptr<test::TempCustodian> m_c;
};

void TestProfileCoSign::init()
{
    m_c = std::make_unique<test::TempCustodian>();
    QVERIFY_RESULT(m_c->open());
}

QByteArray TestProfileCoSign::hrSigned(const std::function<void(SchoolProfile&)>& edit, int version)
{
    SchoolProfile draft = nextVersionDraft(m_c->profile(), m_c->clock().today());
    if (version)
        draft.version = version;
    if (edit)
        edit(draft);
    auto file = exchange::signDraft(draft, m_c->hrKeys());
    return file ? *file : QByteArray();
}

void TestProfileCoSign::anUpdateShowsWhatChangedSinceTheVersionSigned()
{
    const QByteArray file = hrSigned([](SchoolProfile& p) { p.rules.minGroupWellbeing = 12; });
    QVERIFY(!file.isEmpty());
    auto review = custodian::reviewForCoSign(m_c->store(), file, m_c->keys().signPublic);
    QVERIFY_RESULT(review);
    QVERIFY2(review->refusal.isEmpty(), qPrintable(review->refusal));
    QVERIFY(review->before);
    QCOMPARE(review->before->version, m_c->profile().version);
    QCOMPARE(review->changes.size(), 1);
    QCOMPARE(review->changes[0].area, QStringLiteral("rules"));
    QVERIFY(review->file.schoolSigned);
    QVERIFY(!review->file.custodianSigned);
}

void TestProfileCoSign::coSigningAddsTheProfileToTheStore()
{
    const QByteArray file = hrSigned([](SchoolProfile& p) { p.teams[0].staffCount += 1; });
    auto cosigned = custodian::coSignProfile(m_c->store(), file, m_c->keys());
    QVERIFY_RESULT(cosigned);
    QVERIFY_RESULT(exchange::verifyProfileFile(*cosigned, m_c->clock().today()));
    auto current = m_c->store().currentProfile();
    QVERIFY_RESULT(current);
    QVERIFY(*current);
    QCOMPARE((*current)->version, m_c->profile().version + 1);
    // Opened again, it is the same version: nothing left to change, still "what changed" shown.
    auto again = custodian::reviewForCoSign(m_c->store(), *cosigned, m_c->keys().signPublic);
    QVERIFY_RESULT(again);
    QVERIFY(again->alreadyStored);
    QVERIFY(again->refusal.isEmpty());
    QCOMPARE(again->changes.size(), 1);
}

void TestProfileCoSign::theSameVersionAgainIsNoChangeButOtherContentIsRefused()
{
    const QByteArray other
        = hrSigned([](SchoolProfile& p) { p.schoolName = QStringLiteral("Iets anders"); },
            m_c->profile().version);
    QVERIFY(!other.isEmpty());
    auto review = custodian::reviewForCoSign(m_c->store(), other, m_c->keys().signPublic);
    QVERIFY_RESULT(review);
    QVERIFY(!review->alreadyStored);
    QVERIFY2(
        review->refusal.contains(QStringLiteral("higher version")), qPrintable(review->refusal));
    const QString before = m_c->dump();
    QCOMPARE(
        test::codeOf(custodian::coSignProfile(m_c->store(), other, m_c->keys())), "InvalidInput");
    QCOMPARE(m_c->dump(), before);
}

void TestProfileCoSign::anotherCustodiansProfileIsRefused()
{
    const exchange::KeySet stranger = exchange::createKeySet(::kernwijzer::v1::PARTY_CUSTODIAN,
        QStringLiteral("Iemand anders"), QStringLiteral("Arbodienst"));
    const QByteArray file = hrSigned([&](SchoolProfile& p) {
        auto holder = exchange::custodianHolder(stranger, p.custodian);
        if (holder)
            p.custodian = *holder;
    });
    QVERIFY(!file.isEmpty());
    auto review = custodian::reviewForCoSign(m_c->store(), file, m_c->keys().signPublic);
    QVERIFY_RESULT(review);
    QVERIFY2(
        review->refusal.contains(QStringLiteral("Iemand anders")), qPrintable(review->refusal));
    QVERIFY(!custodian::coSignProfile(m_c->store(), file, m_c->keys()).ok());
}

void TestProfileCoSign::aProfileHrDidNotSignIsRefused()
{
    // The profile's bytes with no signature at all: what someone other than HR could hand over.
    SchoolProfile draft = nextVersionDraft(m_c->profile(), m_c->clock().today());
    ::kernwijzer::v1::Envelope envelope;
    envelope.set_kind(::kernwijzer::v1::FILE_KIND_PROFILE);
    envelope.set_payload(exchange::toProto(draft).SerializeAsString());
    const QByteArray unsignedFile = exchange::writeEnvelope(envelope);
    auto review = custodian::reviewForCoSign(m_c->store(), unsignedFile, m_c->keys().signPublic);
    QVERIFY_RESULT(review);
    QVERIFY(!review->file.schoolSigned);
    QVERIFY2(
        review->refusal.contains(QStringLiteral("HR has not signed")), qPrintable(review->refusal));
    const QString before = m_c->dump();
    QVERIFY(!custodian::coSignProfile(m_c->store(), unsignedFile, m_c->keys()).ok());
    QCOMPARE(m_c->dump(), before);
}

void TestProfileCoSign::anOlderVersionIsRefused()
{
    const QByteArray next = hrSigned([](SchoolProfile& p) { p.rules.minGroupWellbeing = 11; });
    QVERIFY(!next.isEmpty());
    QVERIFY_RESULT(custodian::coSignProfile(m_c->store(), next, m_c->keys()));
    const QByteArray older = hrSigned(
        [](SchoolProfile& p) { p.rules.minGroupWellbeing = 12; }, m_c->profile().version - 1);
    QVERIFY(!older.isEmpty());
    auto review = custodian::reviewForCoSign(m_c->store(), older, m_c->keys().signPublic);
    QVERIFY_RESULT(review);
    QVERIFY2(
        review->refusal.contains(QStringLiteral("older version")), qPrintable(review->refusal));
}

QTEST_GUILESS_MAIN(TestProfileCoSign)
#include "tst_profile_cosign.moc"
