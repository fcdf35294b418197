// The aggregate (.kwaggregaat) as untrusted input: it round-trips, and every forgery (another
// signer, a profile HR alone signed, a key that is not the profile's HR key), another kind, a
// newer or older format, every truncation and bit flip, and every figure the school's rules
// forbid is refused with a reason of its own.
#include "bestuur_fixtures.h"
#include "exchange/aggregate_file.h"
#include "exchange/envelope.h"
#include "exchange/metric_layout.h"
#include "exchange/profile_file.h"
#include "exchange_fixtures.h"
#include "test_support.h"

#include <QTest>

using namespace kw;
using namespace kw::exchange;
using kw::test::codeOf;

namespace {

const QString kPeriod = QStringLiteral("2026-2027/1of6");

/** A profile's aggregate: the school cell released for every metric (12 contributors, each
 * value 50 as stored), every other cell withheld as fewer than k. */
Aggregate sampleAggregate(const SchoolProfile& profile, const QByteArray& profileFile)
{
    const MetricLayout layout = MetricLayout::forProfile(profile);
    Aggregate out { profile.schoolId, profile.version, kPeriod, 1, profileFile, {} };
    for (const CellKey& cell : releaseCells(profile)) {
        CellFigures figures { cell, {} };
        for (int m = 0; m < layout.metrics().size(); ++m) {
            if (cell.dimension == Dimension::School)
                figures.metrics.append({ m, privacy::Reason::Released, 12, 600, 30000 });
            else
                figures.metrics.append({ m, privacy::Reason::FewerThanK });
        }
        out.cells.append(figures);
    }
    return out;
}

/** Which figure of the school cell @p metric is in a payload. */
::kernwijzer::v1::MetricFigure* schoolFigure(::kernwijzer::v1::Aggregate& payload, int metric)
{
    return payload.mutable_cells(0)->mutable_metrics(metric);
}

} // namespace

class TestAggregateFile : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void anAggregateRoundTrips();
    void theWriterSignsOnlyAsTheProfilesHr();
    void aChangedSignatureIsRefused();
    void aKeyThatIsNotTheProfilesHrKeyIsRefused_data();
    void aKeyThatIsNotTheProfilesHrKeyIsRefused();
    void aProfileNotCoSignedIsRefused();
    void anotherKindOrFormatIsRefused();
    void everyTruncationIsRefused();
    void everyBitFlipIsRefused();
    void figuresTheRulesForbidAreRefused_data();
    void figuresTheRulesForbidAreRefused();
    void aShapeOtherThanTheProfilesIsRefused_data();
    void aShapeOtherThanTheProfilesIsRefused();

private:
    KeySet m_hr = test::schoolKeys();
    KeySet m_custodian = test::custodianKeys();
    SchoolProfile m_profile;
    QByteArray m_profileFile;
    QByteArray m_file;
};

void TestAggregateFile::initTestCase()
{
    m_profile = test::signedProfileFor(m_hr, m_custodian);
    m_profileFile = test::coSignedFile(m_profile, m_hr, m_custodian);
    auto file = writeAggregateFile(sampleAggregate(m_profile, m_profileFile), m_hr);
    QVERIFY2(file.ok(), qPrintable(file.ok() ? QString() : file.error().message));
    m_file = *file;
}

void TestAggregateFile::anAggregateRoundTrips()
{
    auto read = readAggregateFile(m_file);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().message));
    const Aggregate expected = sampleAggregate(m_profile, m_profileFile);
    QCOMPARE(read->aggregate.schoolId, expected.schoolId);
    QCOMPARE(read->aggregate.profileVersion, expected.profileVersion);
    QCOMPARE(read->aggregate.period, kPeriod);
    QCOMPARE(read->aggregate.releaseNumber, 1);
    QCOMPARE(read->aggregate.profileFile, m_profileFile);
    QCOMPARE(read->aggregate.cells.size(), expected.cells.size());
    for (int c = 0; c < expected.cells.size(); ++c) {
        QCOMPARE(read->aggregate.cells[c].cell, expected.cells[c].cell);
        for (int m = 0; m < expected.cells[c].metrics.size(); ++m) {
            const MetricFigure& a = read->aggregate.cells[c].metrics[m];
            const MetricFigure& b = expected.cells[c].metrics[m];
            QCOMPARE(a.reason, b.reason);
            QCOMPARE(a.contributors, b.contributors);
            QCOMPARE(a.valueSum, b.valueSum);
            QCOMPARE(a.squareSum, b.squareSum);
        }
    }
    QCOMPARE(read->profile.schoolId, m_profile.schoolId);
    QCOMPARE(read->hrSignKey, m_hr.signPublic);
    // The withheld figures travel as their reason alone.
    const auto payload = test::aggregatePayload(m_file);
    const auto& team = payload.cells(1).metrics(0);
    QVERIFY(team.contributors() == 0 && team.value_sum() == 0 && team.square_sum() == 0);
    QCOMPARE(payload.school_sign_key(), m_hr.signPublic.toStdString());
}

void TestAggregateFile::theWriterSignsOnlyAsTheProfilesHr()
{
    const Aggregate aggregate = sampleAggregate(m_profile, m_profileFile);
    for (const KeySet& wrong : { m_custodian, test::schoolKeys("another hr") }) {
        auto file = writeAggregateFile(aggregate, wrong);
        QCOMPARE(codeOf(file), "InvalidInput");
    }
    // A figure the reader would refuse is never written.
    Aggregate tooSmall = aggregate;
    tooSmall.cells[0].metrics[0].contributors = 4;
    auto file = writeAggregateFile(tooSmall, m_hr);
    QCOMPARE(codeOf(file), "InvalidInput");
    QVERIFY(file.error().message.contains(QStringLiteral("minimum")));
}

void TestAggregateFile::aChangedSignatureIsRefused()
{
    ::kernwijzer::v1::Envelope envelope;
    QVERIFY(envelope.ParseFromArray(m_file.constData(), int(m_file.size())));
    std::string signature = envelope.signatures(0).signature();
    signature[5] = char(signature[5] ^ 0x40);
    envelope.mutable_signatures(0)->set_signature(signature);
    auto read = readAggregateFile(QByteArray::fromStdString(envelope.SerializeAsString()));
    QCOMPARE(codeOf(read), "Untrusted");
    QVERIFY(read.error().message.contains(QStringLiteral("not signed by a school's HR")));

    // The same payload with a figure changed after signing.
    auto payload = test::aggregatePayload(m_file);
    schoolFigure(payload, 0)->set_value_sum(601);
    envelope.set_payload(payload.SerializeAsString());
    QCOMPARE(codeOf(readAggregateFile(QByteArray::fromStdString(envelope.SerializeAsString()))),
        "Untrusted");
    // No signature, or two.
    envelope.clear_signatures();
    QCOMPARE(codeOf(readAggregateFile(QByteArray::fromStdString(envelope.SerializeAsString()))),
        "Untrusted");
}

void TestAggregateFile::aKeyThatIsNotTheProfilesHrKeyIsRefused_data()
{
    QTest::addColumn<QString>("signer");
    QTest::addColumn<bool>("claimsItsKey"); // school_sign_key names the signer's key
    QTest::newRow("another HR key") << QStringLiteral("other") << true;
    QTest::newRow("another HR key, profile's key named") << QStringLiteral("other") << false;
    QTest::newRow("the custodian's key") << QStringLiteral("custodian") << true;
    QTest::newRow("HR's key, another key named") << QStringLiteral("hr") << true;
}

void TestAggregateFile::aKeyThatIsNotTheProfilesHrKeyIsRefused()
{
    QFETCH(QString, signer);
    QFETCH(bool, claimsItsKey);
    const KeySet other = test::schoolKeys("forger");
    const KeySet& key = signer == QLatin1String("other") ? other
        : signer == QLatin1String("custodian")           ? m_custodian
                                                         : m_hr;
    auto payload = test::aggregatePayload(m_file);
    if (claimsItsKey)
        payload.set_school_sign_key(
            (signer == QLatin1String("hr") ? other : key).signPublic.toStdString());
    auto read = readAggregateFile(test::handSignedAggregate(payload, key));
    QCOMPARE(codeOf(read), "Untrusted");
    QVERIFY2(read.error().message.contains(QStringLiteral("not with the HR key")),
        qPrintable(read.error().message));
}

void TestAggregateFile::aProfileNotCoSignedIsRefused()
{
    // HR alone signed the profile: HR could name any key in it.
    auto hrOnly = createProfileFile(m_profile, m_hr);
    QVERIFY(hrOnly.ok());
    auto payload = test::aggregatePayload(m_file);
    payload.set_profile(hrOnly->toStdString());
    auto read = readAggregateFile(test::handSignedAggregate(payload, m_hr));
    QCOMPARE(codeOf(read), "Untrusted");
    QVERIFY(read.error().message.contains(QStringLiteral("not signed by both")));
    // ... and the writer does not make one either.
    Aggregate aggregate = sampleAggregate(m_profile, *hrOnly);
    QCOMPARE(codeOf(writeAggregateFile(aggregate, m_hr)), "Untrusted");

    // A forger's profile naming its own HR key, "co-signed" by a custodian key of its own.
    const KeySet forger = test::schoolKeys("forger");
    SchoolProfile forged = m_profile;
    forged.school = forger.holder();
    QByteArray forgedFile = test::handSignedFile(forged, forger, m_custodian);
    ::kernwijzer::v1::Envelope envelope;
    QVERIFY(envelope.ParseFromArray(forgedFile.constData(), int(forgedFile.size())));
    envelope.mutable_signatures(1)->set_signature(std::string(64, '\x01'));
    payload.set_profile(envelope.SerializeAsString());
    payload.set_school_sign_key(forger.signPublic.toStdString());
    read = readAggregateFile(test::handSignedAggregate(payload, forger));
    QCOMPARE(codeOf(read), "Untrusted");
    QVERIFY2(read.error().message.contains(QStringLiteral("does not check out")),
        qPrintable(read.error().message));
}

void TestAggregateFile::anotherKindOrFormatIsRefused()
{
    // Another kind of file, even with a valid signature of its own.
    auto read = readAggregateFile(m_profileFile);
    QCOMPARE(codeOf(read), "InvalidInput");
    QVERIFY(read.error().message.contains(QStringLiteral("not a aggregate"))
        || read.error().message.contains(QStringLiteral("not an aggregate")));
    const auto payload = test::aggregatePayload(m_file);
    QCOMPARE(codeOf(readAggregateFile(test::handSignedAggregate(payload, m_hr, 3))), "NewerSchema");
    read = readAggregateFile(test::handSignedAggregate(payload, m_hr, 1));
    QCOMPARE(codeOf(read), "InvalidInput");
    QVERIFY(read.error().message.contains(QStringLiteral("older version")));
    QVERIFY(readAggregateFile(test::handSignedAggregate(payload, m_hr, 2)).ok());
    QCOMPARE(codeOf(readAggregateFile(QByteArray("not a file at all"))), "InvalidInput");
    QCOMPARE(codeOf(readAggregateFile(QByteArray(16 * 1024 * 1024 + 1, 'x'))), "InvalidInput");
}

void TestAggregateFile::everyTruncationIsRefused()
{
    for (qsizetype n = 0; n < m_file.size(); ++n) {
        auto read = readAggregateFile(QByteArrayView(m_file).first(n));
        QVERIFY2(!read.ok(), qPrintable(QStringLiteral("accepted at %1 bytes").arg(n)));
        QVERIFY(!read.error().message.isEmpty());
    }
}

void TestAggregateFile::everyBitFlipIsRefused()
{
    // One flipped bit per byte, cycling through the bit positions, over the whole file: the
    // envelope, the payload with the profile inside it, and the signature.
    const QByteArray original
        = QByteArray::fromStdString(test::aggregatePayload(m_file).SerializeAsString());
    int refused = 0;
    for (qsizetype i = 0; i < m_file.size(); ++i) {
        QByteArray flipped = m_file;
        flipped[i] = char(flipped[i] ^ (1 << (i % 8)));
        auto read = readAggregateFile(flipped);
        if (read.ok()) // only a flip that leaves the signed payload as it was
            QCOMPARE(QByteArray::fromStdString(test::aggregatePayload(flipped).SerializeAsString()),
                original);
        else
            ++refused;
    }
    QVERIFY2(refused > m_file.size() * 99 / 100,
        qPrintable(QStringLiteral("%1 of %2 refused").arg(refused).arg(m_file.size())));
}

void TestAggregateFile::figuresTheRulesForbidAreRefused_data()
{
    QTest::addColumn<int>("metric");
    QTest::addColumn<int>("contributors");
    QTest::addColumn<quint64>("sum");
    QTest::addColumn<quint64>("squares");
    QTest::addColumn<int>("withheld");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("message");
    // Metric 0 is the WHO-5 score (k 10 for wellbeing), metric 8 a kernwaarde count (k 5).
    QTest::newRow("wellbeing below k") << 0 << 9 << quint64(450) << quint64(22500) << 0
                                       << QStringLiteral("Untrusted") << QStringLiteral("minimum");
    QTest::newRow("count below k") << 8 << 4 << quint64(4) << quint64(4) << 0
                                   << QStringLiteral("Untrusted") << QStringLiteral("minimum");
    QTest::newRow("withheld with a count")
        << 0 << 12 << quint64(0) << quint64(0) << 1 << QStringLiteral("Corrupt")
        << QStringLiteral("damaged");
    QTest::newRow("withheld with a sum") << 0 << 0 << quint64(600) << quint64(0) << 1
                                         << QStringLiteral("Corrupt") << QStringLiteral("damaged");
    QTest::newRow("sum beyond n values") << 0 << 12 << quint64(12 * 100'000 + 1) << quint64(0) << 0
                                         << QStringLiteral("Untrusted") << QStringLiteral("reach");
    QTest::newRow("squares beyond n values")
        << 0 << 12 << quint64(600) << quint64(12) * 10'000'000'000ULL + 1 << 0
        << QStringLiteral("Untrusted") << QStringLiteral("reach");
    QTest::newRow("a wrapped sum") << 0 << 12 << quint64(-600) << quint64(30000) << 0
                                   << QStringLiteral("Untrusted") << QStringLiteral("reach");
    QTest::newRow("more contributors than a release holds")
        << 8 << 100'001 << quint64(0) << quint64(0) << 0 << QStringLiteral("Untrusted")
        << QStringLiteral("reach");
    QTest::newRow("an unknown reason") << 0 << 0 << quint64(0) << quint64(0) << 9
                                       << QStringLiteral("Corrupt") << QStringLiteral("damaged");
}

void TestAggregateFile::figuresTheRulesForbidAreRefused()
{
    QFETCH(int, metric);
    QFETCH(int, contributors);
    QFETCH(quint64, sum);
    QFETCH(quint64, squares);
    QFETCH(int, withheld);
    QFETCH(QString, code);
    QFETCH(QString, message);
    auto payload = test::aggregatePayload(m_file);
    auto* f = schoolFigure(payload, metric);
    f->set_withheld(::kernwijzer::v1::Withheld(withheld));
    f->set_contributors(quint32(contributors));
    f->set_value_sum(sum);
    f->set_square_sum(squares);
    // Signed by the school's own HR key: the rules hold whoever signs.
    auto read = readAggregateFile(test::handSignedAggregate(payload, m_hr));
    QCOMPARE(QString::fromLatin1(codeOf(read)), code);
    QVERIFY2(read.error().message.contains(message), qPrintable(read.error().message));
}

void TestAggregateFile::aShapeOtherThanTheProfilesIsRefused_data()
{
    QTest::addColumn<QString>("change");
    QTest::addColumn<QString>("code");
    QTest::newRow("another school") << QStringLiteral("school") << QStringLiteral("Untrusted");
    QTest::newRow("another profile version")
        << QStringLiteral("version") << QStringLiteral("Untrusted");
    QTest::newRow("a period of another length")
        << QStringLiteral("period") << QStringLiteral("Corrupt");
    QTest::newRow("release 0") << QStringLiteral("release") << QStringLiteral("Corrupt");
    QTest::newRow("metric ids reordered") << QStringLiteral("ids") << QStringLiteral("Corrupt");
    QTest::newRow("a cell missing") << QStringLiteral("cell") << QStringLiteral("Corrupt");
    QTest::newRow("a metric missing") << QStringLiteral("metric") << QStringLiteral("Corrupt");
    QTest::newRow("cells out of order") << QStringLiteral("order") << QStringLiteral("Corrupt");
    QTest::newRow("no profile") << QStringLiteral("profile") << QStringLiteral("Untrusted");
}

void TestAggregateFile::aShapeOtherThanTheProfilesIsRefused()
{
    QFETCH(QString, change);
    QFETCH(QString, code);
    auto payload = test::aggregatePayload(m_file);
    if (change == QLatin1String("school"))
        payload.set_school_id("kc-elders");
    else if (change == QLatin1String("version"))
        payload.set_profile_version(payload.profile_version() + 1);
    else if (change == QLatin1String("period"))
        payload.set_period("2026-2027/1of4");
    else if (change == QLatin1String("release"))
        payload.set_release_number(0);
    else if (change == QLatin1String("ids"))
        payload.mutable_metric_ids()->SwapElements(0, 1);
    else if (change == QLatin1String("cell"))
        payload.mutable_cells()->RemoveLast();
    else if (change == QLatin1String("metric"))
        payload.mutable_cells(2)->mutable_metrics()->RemoveLast();
    else if (change == QLatin1String("order"))
        payload.mutable_cells()->SwapElements(1, 2);
    else if (change == QLatin1String("profile"))
        payload.clear_profile();
    auto read = readAggregateFile(test::handSignedAggregate(payload, m_hr));
    QCOMPARE(QString::fromLatin1(codeOf(read)), code);
    QVERIFY(!read.error().message.isEmpty());
}

QTEST_GUILESS_MAIN(TestAggregateFile)
#include "tst_aggregate_file.moc"
