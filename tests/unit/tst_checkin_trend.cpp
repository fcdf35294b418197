// The trend chart's controller: which lines the legend offers and which are drawn. The pulse starts
// with energie next to werkdruk; the teacher switches the other questions on and off.
#include "app_journal.h"
#include "teacher/wellbeing/checkin_trend.h"

#include <QSignalSpy>
#include <QTest>

using namespace kw;

namespace {

/** name → shown, for every legend entry that can be switched. */
QMap<QString, bool> switchable(const CheckinTrend& trend)
{
    QMap<QString, bool> out;
    for (const QVariant& v : trend.legend()) {
        const QVariantMap entry = v.toMap();
        if (!entry.value(QStringLiteral("id")).toString().isEmpty())
            out.insert(entry.value(QStringLiteral("id")).toString(),
                entry.value(QStringLiteral("shown")).toBool());
    }
    return out;
}

} // namespace

class TstCheckinTrend : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { test::useTestEnvironment(); }

    void pulseStartsWithEnergyNextToWorkloadAndLinesCanBeSwitched()
    {
        test::AppJournal journal;
        CheckinTrend trend;
        trend.setJournal(&journal.service());
        trend.setInstrumentId(QStringLiteral("pulse"));
        using Shown = QMap<QString, bool>;
        QCOMPARE(switchable(trend),
            (Shown { { QStringLiteral("energie"), true }, { QStringLiteral("werkdruk"), true },
                { QStringLiteral("werkplezier"), false }, { QStringLiteral("balans"), false } }));

        QSignalSpy changed(&trend, &CheckinTrend::changed);
        trend.toggleItem(QStringLiteral("balans"));
        trend.toggleItem(QStringLiteral("energie"));
        QCOMPARE(changed.count(), 2);
        QCOMPARE(switchable(trend),
            (Shown { { QStringLiteral("energie"), false }, { QStringLiteral("werkdruk"), true },
                { QStringLiteral("werkplezier"), false }, { QStringLiteral("balans"), true } }));
    }

    void who5HasNothingToSwitch()
    {
        test::AppJournal journal;
        CheckinTrend trend;
        trend.setJournal(&journal.service());
        trend.setInstrumentId(QStringLiteral("who5"));
        QVERIFY(switchable(trend).isEmpty());
        QCOMPARE(trend.legend().size(), 3); // the 50 and 28 lines and the score
    }
};

QTEST_MAIN(TstCheckinTrend)
#include "tst_checkin_trend.moc"
