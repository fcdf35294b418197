// Additive secret shares mod 2^64 (core/exchange/shares) and the metric layout they follow.
#include "exchange/crypto.h"
#include "exchange/metric_layout.h"
#include "exchange/shares.h"
#include "profile/school_profile.h"

#include <QTest>
#include <array>
#include <random>

using namespace kw;
using namespace kw::exchange;

namespace {

/**
 * Pearson's chi-square over the 256 values of byte @p byteIndex of @p values: for uniform bytes
 * it follows a chi-square law with 255 degrees of freedom (mean 255, sd 22.6). 400 lies about
 * 6.4 sd above the mean: a truly uniform source exceeds it with probability below 1e-8.
 */
double chiSquareOfByte(const Slots& values, int byteIndex)
{
    std::array<int, 256> counts {};
    for (const std::uint64_t v : values)
        ++counts[(v >> (8 * byteIndex)) & 0xFF];
    const double expected = double(values.size()) / 256.0;
    double chi = 0;
    for (const int c : counts)
        chi += (c - expected) * (c - expected) / expected;
    return chi;
}
constexpr double kChiLimit = 400;

/** The largest chi-square over the 8 byte positions of share @p which of @p value, n times. */
double worstChiSquare(std::uint64_t value, bool custodianShare, const RandomU64& random, int n)
{
    Slots shares;
    shares.reserve(std::size_t(n));
    for (int i = 0; i < n; ++i) {
        const SharePair pair = splitShares({ value }, random);
        shares.push_back(custodianShare ? pair.c[0] : pair.h[0]);
    }
    double worst = 0;
    for (int b = 0; b < 8; ++b)
        worst = std::max(worst, chiSquareOfByte(shares, b));
    return worst;
}

} // namespace

class TestShares : public QObject
{
    Q_OBJECT

private slots:
    void everySlotOfTheLayoutReconstructs();
    void groupSumsReconstructFromSummedShares();
    void eachShareAloneIsUniform_data();
    void eachShareAloneIsUniform();
    void theUniformityCheckCatchesABiasedSource();
    void layoutFollowsTheProfile();
    void layoutDigestChangesWithTheLayout();
};

void TestShares::everySlotOfTheLayoutReconstructs()
{
    const MetricLayout layout = MetricLayout::forProfile(demoProfile());
    QVERIFY(layout.slotCount() > 30);
    std::mt19937_64 values(7);
    Slots plain(std::size_t(layout.slotCount()));
    for (auto& v : plain)
        v = values() >> (values() % 64); // small and huge values alike
    plain[0] = 0;
    plain[1] = ~std::uint64_t(0);
    const SharePair pair = splitShares(plain, [] { return crypto::randomU64(); });
    QCOMPARE(pair.h.size(), plain.size());
    QCOMPARE(pair.c.size(), plain.size());
    QCOMPARE(combineShares(pair.h, pair.c), plain);
    QVERIFY(pair.h != plain && pair.c != plain);
}

void TestShares::groupSumsReconstructFromSummedShares()
{
    // Twelve teachers: HR sums its shares, the custodian sums theirs; together they give the
    // group sums, and neither sum alone is near them.
    std::mt19937_64 random(11);
    Slots trueSum(4, 0), hrSum, custodianSum;
    for (int teacher = 0; teacher < 12; ++teacher) {
        const Slots values { std::uint64_t(teacher * 100 + 4000), std::uint64_t(teacher % 5),
            std::uint64_t(teacher * teacher), 1 };
        addShares(trueSum, values);
        const SharePair pair = splitShares(values, [&] { return random(); });
        addShares(hrSum, pair.h);
        addShares(custodianSum, pair.c);
    }
    QCOMPARE(combineShares(hrSum, custodianSum), trueSum);
    QCOMPARE(trueSum[3], std::uint64_t(12));
    QVERIFY(hrSum[3] != 12 && custodianSum[3] != 12);
}

void TestShares::eachShareAloneIsUniform_data()
{
    QTest::addColumn<quint64>("value");
    QTest::addColumn<bool>("custodianShare");
    for (const quint64 v : { quint64(0), quint64(6400), ~quint64(0) }) {
        QTest::addRow("H of %llu", v) << v << false;
        QTest::addRow("C of %llu", v) << v << true;
    }
}

void TestShares::eachShareAloneIsUniform()
{
    // With the generator every export uses (systemRandom()): whatever the value, each byte of
    // either share is uniform, so a share alone says nothing about the value.
    QFETCH(quint64, value);
    QFETCH(bool, custodianShare);
    const double chi = worstChiSquare(value, custodianShare, systemRandom(), 40000);
    QVERIFY2(chi < kChiLimit, qPrintable(QStringLiteral("chi-square %1").arg(chi)));
}

void TestShares::theUniformityCheckCatchesABiasedSource()
{
    // The check above must be able to fail: a generator whose top byte is biased is caught in
    // share_H, and share_C = value - share_H inherits the bias.
    std::mt19937_64 base(3);
    const RandomU64 biased = [&] { return base() & 0x7FFF'FFFF'FFFF'FFFFull; };
    QVERIFY(worstChiSquare(6400, false, biased, 40000) > kChiLimit);
    QVERIFY(worstChiSquare(6400, true, biased, 40000) > kChiLimit);
}

void TestShares::layoutFollowsTheProfile()
{
    const SchoolProfile profile = demoProfile();
    const MetricLayout layout = MetricLayout::forProfile(profile);
    int options = 0;
    for (const ChoiceList& list : profile.choiceLists)
        options += int(list.options.size());
    // WHO-5 score and its two cut-off indicators, four pulse items, five kernwaarden, per
    // choice list the check-ins that asked it and every option.
    const int lists = int(profile.choiceLists.size());
    QCOMPARE(layout.metrics().size(), 1 + 2 + 4 + 5 + lists + options);
    QCOMPARE(layout.metrics()[0].id, QStringLiteral("score.who5"));
    QCOMPARE(layout.metrics()[1].id, QStringLiteral("cutoff.who5.50"));
    QCOMPARE(layout.metrics()[2].id, QStringLiteral("cutoff.who5.28"));
    QCOMPARE(layout.metrics()[3].id, QStringLiteral("item.pulse.energie"));
    QCOMPARE(layout.indexOf(QStringLiteral("value.vertrouwen")), 7 + 2);
    const int asked = layout.indexOf(QStringLiteral("asked.werkdruk"));
    QVERIFY(asked > 10);
    QCOMPARE(layout.metrics()[asked + 1].source, QStringLiteral("werkdruk"));
    QVERIFY(layout.indexOf(QStringLiteral("choice.werkdruk.e-mail")) > asked);
    QCOMPARE(layout.slotCount(), int(layout.metrics().size()) * 2);
    QCOMPARE(MetricLayout::squareSlot(2), 5);
}

void TestShares::layoutDigestChangesWithTheLayout()
{
    SchoolProfile profile = demoProfile();
    const QByteArray before = MetricLayout::forProfile(profile).digest();
    QCOMPARE(before.size(), 32);
    QCOMPARE(MetricLayout::forProfile(demoProfile()).digest(), before);
    profile.kernwaarden.swapItemsAt(0, 1);
    QVERIFY(MetricLayout::forProfile(profile).digest() != before);
}

QTEST_GUILESS_MAIN(TestShares)
#include "tst_shares.moc"
