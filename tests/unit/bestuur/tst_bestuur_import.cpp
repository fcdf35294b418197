// Two simulated schools, end to end: HR's databases, their aggregates, the bestuur's import and
// the merged figures, checked against sums worked out from the HR databases themselves. Every
// refusal leaves the bestuur's database as it was; a later release replaces an earlier one, an
// earlier one changes nothing; the report never shows a figure that breaks the rules.
#include "bestuur/aggregate_import.h"
#include "bestuur/bestuur_merge.h"
#include "bestuur_fixtures.h"
#include "bestuur_rule_scan.h"
#include "cli_in_process.h"
#include "exchange/envelope.h"
#include "exchange/profile_file.h"
#include "hr/hr_schema.h"
#include "hr/hr_store.h"
#include "hr/metric_kind.h"
#include "test_support.h"

#include <QDir>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace kw;
using bestuur::BestuurStore;
using hr::Dimension;

namespace {

using Outcome = BestuurStore::Outcome;

/** Σ of one figure over schools, worked out from HR's databases. */
struct HandSum
{
    qint64 n = 0;
    qint64 sum = 0;
    qint64 squares = 0;
    int schools = 0;
    int have = 0;
};

QString keyOf(Dimension d, const QString& cell, const QString& metric)
{
    return QStringLiteral("%1|%2|%3").arg(hr::dimensionKey(d), cell, metric);
}

/** HR's stored figures of @p period's latest release. */
/** Per cell and metric the figure that counts, worked out by hand: that of the latest release
 * that released it, else that of the latest release. */
QList<hr::CellFigure> countingFigures(const QString& hrDatabase, const QString& period)
{
    auto db = hr::openExistingHrDatabase(hrDatabase);
    if (!db)
        qFatal("%s", qPrintable(db.error().message));
    FixedClock clock(test::defaultNow());
    hr::HrStore store(**db, clock);
    auto figures = store.figures({ period, std::nullopt, {} });
    QMap<QString, hr::CellFigure> best;
    for (const hr::CellFigure& f : std::as_const(*figures)) {
        const QString key = keyOf(f.dimension, f.cell, f.metric);
        const auto found = best.constFind(key);
        const bool better = found == best.cend()
            || (f.released() && (!found->released() || f.releaseNumber > found->releaseNumber))
            || (!f.released() && !found->released() && f.releaseNumber > found->releaseNumber);
        if (better)
            best.insert(key, f);
    }
    return best.values();
}

QByteArray readAll(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

} // namespace

class TestBestuurImport : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void twoSchoolsMergeIntoHandSummedFigures();
    void theSameFileTwiceChangesNothing();
    void aLaterReleaseReplacesAnEarlierOneOnly();
    void aRefusedFileChangesNothing_data();
    void aRefusedFileChangesNothing();
    void aSchoolKeepsItsFirstHrKey();
    void theReportNeverShowsAFigureThatBreaksTheRules();

private:
    void importAll();
    QByteArray aggregate(int school, int period) const { return m_files[school][period]; }

    QTemporaryDir m_dir;
    QList<test::SimulatedSchool> m_schools;
    QStringList m_periods;
    QList<QList<QByteArray>> m_files; // per school, per period
    std::unique_ptr<test::TempBestuur> m_bestuur;
};

void TestBestuurImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    for (const auto& [id, seed, teachers] :
        { std::tuple { "de-vlinder", 3u, 40 }, std::tuple { "het-baken", 4u, 55 } }) {
        auto school = test::simulateSchool(
            m_dir.filePath(QString::fromLatin1(id)), QString::fromLatin1(id), seed, teachers);
        QVERIFY2(school.ok(), qPrintable(school.ok() ? QString() : school.error().message));
        m_schools << *school;
    }
    m_periods = m_schools[0].summary.periods;
    QCOMPARE(m_schools[1].summary.periods, m_periods);
    QCOMPARE(m_periods.size(), 2);
    for (const test::SimulatedSchool& school : std::as_const(m_schools)) {
        QList<QByteArray> files;
        for (const QString& period : std::as_const(m_periods)) {
            auto file = test::aggregateFileOf(school.summary.paths.hrDatabase, school.hr, period);
            QVERIFY2(file.ok(), qPrintable(file.ok() ? QString() : file.error().message));
            files << *file;
        }
        m_files << files;
    }
}

void TestBestuurImport::init()
{
    m_bestuur = std::make_unique<test::TempBestuur>();
    QVERIFY(m_bestuur->open().ok());
}

void TestBestuurImport::importAll()
{
    for (int s = 0; s < m_schools.size(); ++s) {
        for (int p = 0; p < m_periods.size(); ++p) {
            auto imported = bestuur::importAggregate(m_bestuur->store(), aggregate(s, p));
            QVERIFY2(
                imported.ok(), qPrintable(imported.ok() ? QString() : imported.error().message));
            QCOMPARE(imported->outcome, Outcome::Added);
            QCOMPARE(imported->newSchool, p == 0);
            QCOMPARE(imported->period, m_periods[p]);
            QCOMPARE(imported->schoolId,
                m_schools[s].summary.paths.folder.section(QLatin1Char('/'), -1));
        }
    }
}

void TestBestuurImport::twoSchoolsMergeIntoHandSummedFigures()
{
    importAll();
    int partial = 0; // merged figures a school that withheld its own is left out of
    for (const QString& period : std::as_const(m_periods)) {
        // By hand, from HR's own databases: the figure that counts of each school (its latest
        // release that released it); a choice counts only beside its released asked.<list>.
        QHash<QString, HandSum> expected;
        for (const test::SimulatedSchool& school : std::as_const(m_schools)) {
            const QList<hr::CellFigure> figures
                = countingFigures(school.summary.paths.hrDatabase, period);
            QHash<QString, const hr::CellFigure*> released;
            for (const hr::CellFigure& f : figures) {
                if (f.released())
                    released.insert(keyOf(f.dimension, f.cell, f.metric), &f);
            }
            for (const hr::CellFigure& f : figures) {
                if (f.dimension == Dimension::Team)
                    continue;
                HandSum& sum = expected[keyOf(f.dimension, f.cell, f.metric)];
                ++sum.have;
                const bool choice = hr::metricKind(f.metric) == hr::MetricKind::Choice;
                if (!f.released()
                    || (choice
                        && !released.contains(
                            keyOf(f.dimension, f.cell, hr::askedMetricFor(f.metric)))))
                    continue;
                sum.n += f.contributors;
                sum.sum += f.sum;
                sum.squares += f.sumSquares;
                ++sum.schools;
            }
        }

        QList<bestuur::SchoolFigures> schools;
        auto aggregates = m_bestuur->store().aggregates(period);
        QVERIFY(aggregates.ok());
        QCOMPARE(aggregates->size(), 2);
        for (const bestuur::SchoolAggregate& a : std::as_const(*aggregates)) {
            auto profile = m_bestuur->store().profile(a.schoolId, a.profileVersion);
            auto figures = m_bestuur->store().figures(a.schoolId, period);
            QVERIFY(profile.ok() && figures.ok());
            schools << bestuur::SchoolFigures { a.schoolId, *profile, a.releaseNumber, *figures };
        }
        auto merged = bestuur::mergeSchools(schools);
        QVERIFY(merged.ok());
        QCOMPARE(merged->size(), expected.size());
        int bothSchools = 0;
        for (const bestuur::MergedFigure& m : std::as_const(*merged)) {
            const QString key = keyOf(m.figure.dimension, m.figure.cell, m.figure.metric);
            QVERIFY2(expected.contains(key), qPrintable(key));
            const HandSum& sum = expected[key];
            QCOMPARE(m.schools, sum.schools);
            QCOMPARE(m.schoolsWithFigure, sum.have);
            QCOMPARE(m.released(), sum.schools > 0);
            if (m.released()) {
                QCOMPARE(m.figure.contributors, sum.n);
                QCOMPARE(m.figure.sum, sum.sum);
                QCOMPARE(m.figure.sumSquares, sum.squares);
            }
            bothSchools += m.schools == 2 ? 1 : 0;
            partial += m.schools > 0 && m.schools < m.schoolsWithFigure ? 1 : 0;
        }
        QVERIFY2(bothSchools > 20, qPrintable(QString::number(bothSchools)));
    }
    QVERIFY(partial > 0);
}

void TestBestuurImport::theSameFileTwiceChangesNothing()
{
    importAll();
    const QString before = m_bestuur->dump();
    for (const QList<QByteArray>& files : std::as_const(m_files)) {
        for (const QByteArray& file : files) {
            auto again = bestuur::importAggregate(m_bestuur->store(), file);
            QVERIFY(again.ok());
            QCOMPARE(again->outcome, Outcome::AlreadyThere);
            QVERIFY(!again->newSchool);
        }
    }
    QCOMPARE(m_bestuur->dump(), before);
}

void TestBestuurImport::aLaterReleaseReplacesAnEarlierOneOnly()
{
    // The period the first school released twice; its aggregate as HR would have made it
    // before the re-release came in: from a copy of HR's database without release 2.
    const test::SimulatedSchool& school = m_schools[0];
    int period = -1;
    for (int p = 0; p < m_periods.size(); ++p) {
        if (test::aggregatePayload(aggregate(0, p)).release_number() == 2)
            period = p;
    }
    QVERIFY(period >= 0);
    const QString copy = m_dir.filePath(QStringLiteral("hr-before-re-release.sqlite"));
    QFile::remove(copy);
    QVERIFY(QFile::copy(school.summary.paths.hrDatabase, copy));
    QCOMPARE(test::rawExec(copy,
                 QStringLiteral("DELETE FROM hr_figure WHERE release_number = 2; DELETE FROM "
                                "hr_part WHERE first_release = 2; DELETE FROM hr_release WHERE "
                                "release_number = 2;")),
        QString());
    auto first = test::aggregateFileOf(copy, school.hr, m_periods[period]);
    QVERIFY2(first.ok(), qPrintable(first.ok() ? QString() : first.error().message));
    QCOMPARE(test::aggregatePayload(*first).release_number(), 1u);

    BestuurStore& store = m_bestuur->store();
    auto added = bestuur::importAggregate(store, *first);
    QVERIFY(added.ok() && added->outcome == Outcome::Added);
    auto replaced = bestuur::importAggregate(store, aggregate(0, period));
    QVERIFY(replaced.ok());
    QCOMPARE(replaced->outcome, Outcome::Replaced);
    QCOMPARE(replaced->earlierRelease, 1);
    auto aggregates = store.aggregates(m_periods[period]);
    QVERIFY(aggregates.ok() && aggregates->size() == 1);
    QCOMPARE(aggregates->first().releaseNumber, 2);
    auto figures = store.figures(aggregates->first().schoolId, m_periods[period]);
    QVERIFY(figures.ok());
    QCOMPARE(figures->size(),
        countingFigures(school.summary.paths.hrDatabase, m_periods[period]).size());

    // The earlier release again: outdated, nothing changes.
    const QString before = m_bestuur->dump();
    auto outdated = bestuur::importAggregate(store, *first);
    QVERIFY(outdated.ok());
    QCOMPARE(outdated->outcome, Outcome::Outdated);
    QCOMPARE(outdated->earlierRelease, 2);
    QCOMPARE(m_bestuur->dump(), before);

    // Another file of release 2 with other numbers: a conflict, refused.
    auto payload = test::aggregatePayload(aggregate(0, period));
    auto* figure = payload.mutable_cells(0)->mutable_metrics(0);
    QVERIFY(figure->withheld() == ::kernwijzer::v1::WITHHELD_NOT);
    figure->set_value_sum(figure->value_sum() + 100);
    auto conflict = bestuur::importAggregate(store, test::handSignedAggregate(payload, school.hr));
    QVERIFY(!conflict.ok());
    QVERIFY2(conflict.error().message.contains(QStringLiteral("Another aggregate of release 2")),
        qPrintable(conflict.error().message));
    QCOMPARE(m_bestuur->dump(), before);
}

void TestBestuurImport::aRefusedFileChangesNothing_data()
{
    QTest::addColumn<QString>("attack");
    QTest::addColumn<QString>("message");
    QTest::newRow("signature changed")
        << QStringLiteral("signature") << QStringLiteral("not signed by a school's HR");
    QTest::newRow("profile HR alone signed")
        << QStringLiteral("hr-only-profile") << QStringLiteral("not signed by both");
    QTest::newRow("signed by the school's custodian")
        << QStringLiteral("custodian") << QStringLiteral("not with the HR key");
    QTest::newRow("signed by another school's HR")
        << QStringLiteral("other-hr") << QStringLiteral("not with the HR key");
    QTest::newRow("a profile file") << QStringLiteral("profile-file") << QStringLiteral("not a");
    QTest::newRow("a release file") << QStringLiteral("release-file") << QStringLiteral("not a");
    QTest::newRow("a newer format") << QStringLiteral("newer") << QStringLiteral("newer version");
    QTest::newRow("truncated") << QStringLiteral("truncated") << QString();
    QTest::newRow("a released figure below k")
        << QStringLiteral("below-k") << QStringLiteral("minimum");
    QTest::newRow("a withheld figure with a number")
        << QStringLiteral("withheld-number") << QStringLiteral("damaged");
    QTest::newRow("another school's profile inside")
        << QStringLiteral("other-profile") << QStringLiteral("another school");
}

void TestBestuurImport::aRefusedFileChangesNothing()
{
    QFETCH(QString, attack);
    QFETCH(QString, message);
    importAll();
    const test::SimulatedSchool& school = m_schools[0];
    const QByteArray good = aggregate(0, 1);
    auto payload = test::aggregatePayload(good);
    QByteArray file;
    if (attack == QLatin1String("signature")) {
        file = good;
        file[file.size() - 3] = char(file[file.size() - 3] ^ 0x10); // in the signature
    } else if (attack == QLatin1String("hr-only-profile")) {
        auto read = exchange::readProfileFile(QByteArray::fromStdString(payload.profile()));
        QVERIFY(read.ok());
        auto hrOnly = exchange::createProfileFile(read->profile, school.hr);
        QVERIFY(hrOnly.ok());
        payload.set_profile(hrOnly->toStdString());
        file = test::handSignedAggregate(payload, school.hr);
    } else if (attack == QLatin1String("custodian")) {
        auto custodianFile = exchange::readFileLimited(school.summary.paths.custodianKey, 1 << 16);
        auto custodian = exchange::readKeyFile(*custodianFile);
        QVERIFY(custodian.ok());
        payload.set_school_sign_key(custodian->signPublic.toStdString());
        file = test::handSignedAggregate(payload, *custodian);
    } else if (attack == QLatin1String("other-hr")) {
        file = test::handSignedAggregate(payload, m_schools[1].hr);
    } else if (attack == QLatin1String("profile-file")) {
        file = readAll(school.summary.paths.profile);
    } else if (attack == QLatin1String("release-file")) {
        file = readAll(school.summary.releaseFiles.first());
    } else if (attack == QLatin1String("newer")) {
        file = test::handSignedAggregate(payload, school.hr, 3);
    } else if (attack == QLatin1String("truncated")) {
        file = good.left(good.size() / 2);
    } else if (attack == QLatin1String("below-k")) {
        for (auto& metric : *payload.mutable_cells(0)->mutable_metrics()) {
            if (metric.withheld() == ::kernwijzer::v1::WITHHELD_NOT) {
                metric.set_contributors(4); // below either k of the school
                break;
            }
        }
        file = test::handSignedAggregate(payload, school.hr);
    } else if (attack == QLatin1String("withheld-number")) {
        for (auto& cell : *payload.mutable_cells()) {
            for (auto& metric : *cell.mutable_metrics()) {
                if (metric.withheld() != ::kernwijzer::v1::WITHHELD_NOT && file.isEmpty()) {
                    metric.set_contributors(12);
                    file = test::handSignedAggregate(payload, school.hr);
                }
            }
        }
    } else if (attack == QLatin1String("other-profile")) {
        // The other school's co-signed profile and its HR's signature over this school's figures.
        payload.set_profile(test::aggregatePayload(aggregate(1, 1)).profile());
        payload.set_school_sign_key(m_schools[1].hr.signPublic.toStdString());
        file = test::handSignedAggregate(payload, m_schools[1].hr);
    }
    QVERIFY(!file.isEmpty());
    const QString before = m_bestuur->dump();
    auto imported = bestuur::importAggregate(m_bestuur->store(), file);
    QVERIFY2(!imported.ok(), qPrintable(attack));
    QVERIFY(!imported.error().message.isEmpty());
    QVERIFY2(imported.error().message.contains(message), qPrintable(imported.error().message));
    QCOMPARE(m_bestuur->dump(), before);

    // ... and into a new database, where it would be the school's first: still nothing.
    test::TempBestuur fresh;
    QVERIFY(fresh.open().ok());
    const QString empty = fresh.dump();
    QVERIFY(!bestuur::importAggregate(fresh.store(), file).ok());
    QCOMPARE(fresh.dump(), empty);
}

void TestBestuurImport::aSchoolKeepsItsFirstHrKey()
{
    importAll();
    // Someone else makes a school with the same id, keys of its own and a co-signed profile:
    // on its own it is a well-formed aggregate, but this bestuur knows the school by its key.
    QTemporaryDir dir;
    const QString id = m_schools[0].summary.paths.folder.section(QLatin1Char('/'), -1);
    auto impostor = test::simulateSchool(dir.filePath(QStringLiteral("impostor")), id, 99, 10, 1);
    QVERIFY(impostor.ok());
    auto file = test::aggregateFileOf(
        impostor->summary.paths.hrDatabase, impostor->hr, impostor->summary.periods.first());
    QVERIFY(file.ok());
    QVERIFY(exchange::readAggregateFile(*file).ok());
    const QString before = m_bestuur->dump();
    auto imported = bestuur::importAggregate(m_bestuur->store(), *file);
    QCOMPARE(test::codeOf(imported), "Untrusted");
    QVERIFY2(imported.error().message.contains(QStringLiteral("knows the school by HR key")),
        qPrintable(imported.error().message));
    QCOMPARE(m_bestuur->dump(), before);
}

void TestBestuurImport::theReportNeverShowsAFigureThatBreaksTheRules()
{
    importAll();
    m_bestuur->close();
    const test::CliRun run = test::runCliInProcess({ QStringLiteral("report"),
        QStringLiteral("--bestuur-db"), m_bestuur->path(), QStringLiteral("--json") });
    QVERIFY2(run.code == 0, qPrintable(run.err));
    QList<QJsonObject> rows;
    for (const QJsonValue& row :
        QJsonDocument::fromJson(run.out.toUtf8())[QStringLiteral("figures")].toArray())
        rows << row.toObject();
    QVERIFY(rows.size() > 1000);
    QVERIFY(m_bestuur->open().ok());
    QStringList problems = test::bestuurRowsBreakingTheRules(m_bestuur->store(), rows);
    QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));

    // The scan can fail: a merged figure shown with too few, or not the sum of its schools, and
    // a school's figure shown below its k.
    int merged = -1, own = -1;
    for (int i = 0; i < rows.size(); ++i) {
        const bool released = !rows[i][QStringLiteral("withheld")].toBool();
        const bool bestuur
            = rows[i][QStringLiteral("level")].toString() == QLatin1String("bestuur");
        if (released && bestuur && merged < 0)
            merged = i;
        if (released && !bestuur && own < 0)
            own = i;
    }
    QVERIFY(merged >= 0 && own >= 0);
    QList<QJsonObject> bent = rows;
    bent[merged][QStringLiteral("n")] = 4;
    bent[own][QStringLiteral("n")] = 3;
    problems = test::bestuurRowsBreakingTheRules(m_bestuur->store(), bent);
    QVERIFY2(problems.size() >= 3, qPrintable(problems.join(QLatin1Char('\n'))));
}

QTEST_GUILESS_MAIN(TestBestuurImport)
#include "tst_bestuur_import.moc"
