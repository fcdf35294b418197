// The controllers behind the custodian's inbox and release pages and HR's release import
// (qml/custodian, qml/hr), on a real custodian database with the test school's keys: the import
// runs on a worker and reports each file, the table filters and sorts, the release waits for
// HR's check before Vrijgeven, and HR imports what the custodian released.
#include "custodian/custodian_inbox.h"
#include "custodian/inbox_import.h"
#include "custodian/period_release.h"
#include "custodian_fixtures.h"
#include "exchange/check_file.h"
#include "hr/release_advice.h"
#include "hr/release_import_desk.h"
#include "school/hr_part.h"
#include "services/custodian_desk.h"
#include "services/desk_key.h"
#include "services/hr_desk.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QTest>

using namespace kw;

namespace {

constexpr int kTeachers = 12;

QUrl url(const QString& path)
{
    return QUrl::fromLocalFile(path);
}

} // namespace

class TestCustodianPages : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void theInboxImportsOnAWorkerAndReportsEachFile();
    void theTableFiltersAndSorts();
    void aCancelStopsTheImport();
    void nothingStartsWithoutFilesOrKey();
    void vrijgevenWaitsForHrsCheck();
    void hrImportsTheReleaseAndSaysWhatToDoWithARefusal();

private:
    /** Imports the inbox folder through an InboxImport and waits until it ended. */
    void importInbox(InboxImport& inbox);
    /** The custodian's release made through PeriodRelease after HR's check; its path. */
    QString releaseThroughThePage();

    std::unique_ptr<test::TempCustodian> m_c;
    std::unique_ptr<CustodianDesk> m_desk;
};

void TestCustodianPages::init()
{
    m_c = std::make_unique<test::TempCustodian>();
    QVERIFY(m_c->open().ok());
    m_c->close(); // the desk opens the database as the app does
    for (int t = 0; t < kTeachers; ++t)
        m_c->contribution(QStringLiteral("in/%1.kwbijdrage").arg(t, 2, 10, QLatin1Char('0')), t);
    m_c->writeBytes(QStringLiteral("in/zz-corrupt.kwbijdrage"), QByteArray(300, '\x5a'));
    const QString key = m_c->writeBytes(
        QStringLiteral("custodian.kwsleutel"), exchange::writeSecretKeyFile(m_c->keys()));
    m_desk = std::make_unique<CustodianDesk>(m_c->dbPath(),
        new DeskKey(
            ::kernwijzer::v1::PARTY_CUSTODIAN, QStringLiteral("vertrouwenshouder"), key, {}),
        m_c->clock(), SchoolDesk::Prepare {});
    QVERIFY(m_desk->ready());
    QVERIFY(m_desk->key()->unlocked());
}

void TestCustodianPages::cleanup()
{
    m_desk.reset();
    m_c.reset();
}

void TestCustodianPages::importInbox(InboxImport& inbox)
{
    QVERIFY2(inbox.start({ url(m_c->path(QStringLiteral("in"))) }), qPrintable(inbox.errorText()));
    QVERIFY(inbox.running());
    QTRY_VERIFY_WITH_TIMEOUT(!inbox.running(), 20000);
}

void TestCustodianPages::theInboxImportsOnAWorkerAndReportsEachFile()
{
    InboxImport inbox;
    QAbstractItemModelTester outcomesTester(inbox.outcomes());
    QAbstractItemModelTester filesTester(inbox.files());
    inbox.setDesk(m_desk.get());
    QVERIFY(inbox.periods().isEmpty());
    QSignalSpy changed(m_desk.get(), &SchoolDesk::changed);
    importInbox(inbox);

    QVERIFY(inbox.finished());
    QCOMPARE(inbox.errorText(), QString());
    QCOMPARE(inbox.outcomes()->count(), kTeachers + 1);
    QCOMPARE(inbox.accepted(), kTeachers);
    QCOMPARE(inbox.refused(), 1);
    QVERIFY(!inbox.summaryText().isEmpty());
    QVERIFY(changed.count() >= 1); // every page re-reads
    // The counts: all, kept, not kept, then each outcome that occurred.
    QMap<QString, int> counts;
    for (const QVariant& chip : inbox.filters())
        counts.insert(chip.toMap()[QStringLiteral("key")].toString(),
            chip.toMap()[QStringLiteral("count")].toInt());
    QCOMPARE(counts.value(QStringLiteral("all")), kTeachers + 1);
    QCOMPARE(counts.value(QStringLiteral("added")), kTeachers);
    QCOMPARE(counts.value(QStringLiteral("damaged")), 1);
    QVERIFY(!counts.contains(QStringLiteral("conflict")));
    // Each row: the file, the outcome, the period, the reason.
    const ImportOutcomeModel& rows = *inbox.outcomes();
    const QModelIndex first = rows.index(0);
    QCOMPARE(
        first.data(ImportOutcomeModel::FileNameRole).toString(), QStringLiteral("00.kwbijdrage"));
    QCOMPARE(first.data(ImportOutcomeModel::OutcomeRole).toString(), QStringLiteral("added"));
    QCOMPARE(first.data(ImportOutcomeModel::PeriodRole).toString(), test::kCustodianPeriod);
    QVERIFY(!first.data(ImportOutcomeModel::ReasonRole).toString().isEmpty());
    // The database keeps them, and the page's periods say so.
    QCOMPARE(inbox.periods().size(), 1);
    QCOMPARE(inbox.periods()[0].toMap()[QStringLiteral("kept")].toInt(), kTeachers);

    // The same folder again: nothing new is kept.
    importInbox(inbox);
    QCOMPARE(inbox.outcomes()->count(), kTeachers + 1);
    QCOMPARE(inbox.accepted(), 0);
}

void TestCustodianPages::theTableFiltersAndSorts()
{
    InboxImport inbox;
    inbox.setDesk(m_desk.get());
    importInbox(inbox);
    OutcomeFilterModel& files = *inbox.files();
    QCOMPARE(files.count(), kTeachers + 1);
    files.setFilter(QStringLiteral("refused"));
    QCOMPARE(files.count(), 1);
    QCOMPARE(files.get(0, QStringLiteral("fileName")).toString(),
        QStringLiteral("zz-corrupt.kwbijdrage"));
    QVERIFY(files.get(0, QStringLiteral("period")).toString().isEmpty());
    files.setFilter(QStringLiteral("damaged"));
    QCOMPARE(files.count(), 1);
    files.setFilter(QStringLiteral("accepted"));
    QCOMPARE(files.count(), kTeachers);
    files.setFilter(QStringLiteral("all"));
    files.sortBy(QStringLiteral("outcomeName"));
    QVERIFY(files.ascending());
    const QString firstOutcome = files.get(0, QStringLiteral("outcomeName")).toString();
    files.sortBy(QStringLiteral("outcomeName")); // again: the other way round
    QVERIFY(!files.ascending());
    QCOMPARE(files.get(kTeachers, QStringLiteral("outcomeName")).toString(), firstOutcome);
    QVERIFY(files.get(0, QStringLiteral("outcomeName")).toString() != firstOutcome);
    files.sortBy(QStringLiteral("fileName"));
    QCOMPARE(files.get(0, QStringLiteral("fileName")).toString(), QStringLiteral("00.kwbijdrage"));
}

void TestCustodianPages::aCancelStopsTheImport()
{
    InboxImport inbox;
    inbox.setDesk(m_desk.get());
    QVERIFY(inbox.start({ url(m_c->path(QStringLiteral("in"))) }));
    inbox.cancel(); // before the first file is placed: it stops after that one
    QTRY_VERIFY_WITH_TIMEOUT(!inbox.running(), 20000);
    QVERIFY(inbox.cancelled());
    QVERIFY(inbox.outcomes()->count() < kTeachers + 1);
    QVERIFY(inbox.summaryText().contains(QString::number(inbox.outcomes()->count())));
    // What was placed before the cancel is kept, consistently: importing again adds the rest.
    importInbox(inbox);
    QVERIFY(!inbox.cancelled());
    QCOMPARE(inbox.periods()[0].toMap()[QStringLiteral("kept")].toInt(), kTeachers);
}

void TestCustodianPages::nothingStartsWithoutFilesOrKey()
{
    InboxImport inbox;
    inbox.setDesk(m_desk.get());
    QVERIFY(!inbox.start({}));
    QVERIFY(!inbox.errorText().isEmpty());
    QVERIFY(!inbox.start({ QUrl(QStringLiteral("https://example.org/a.kwbijdrage")) }));
    m_desk->key()->lock();
    QVERIFY(!inbox.start({ url(m_c->path(QStringLiteral("in"))) }));
    QVERIFY(!inbox.running());
    QVERIFY(inbox.errorText().contains(QStringLiteral("Unlock")));
}

QString TestCustodianPages::releaseThroughThePage()
{
    auto imported = custodian::importFiles(
        *m_desk->store(), m_c->keys(), { m_c->path(QStringLiteral("in")) });
    if (!imported)
        qFatal("no import: %s", qPrintable(imported.error().message));
    PeriodRelease release;
    release.setDesk(m_desk.get());
    const QString request = m_c->path(QStringLiteral("out/check.kwcontrole"));
    QDir().mkpath(m_c->path(QStringLiteral("out")));
    if (!release.writeCheckRequest(url(request)))
        qFatal("no request: %s", qPrintable(release.errorText()));
    const QString answerPath
        = m_c->writeBytes(QStringLiteral("out/check.kwuitslag"), m_c->hrAnswerTo(request));
    if (!release.readCheckAnswers({ url(answerPath) }))
        qFatal("answer refused: %s", qPrintable(release.errorText()));
    const QString out = m_c->path(QStringLiteral("out/release.kwvrijgave"));
    if (!release.release(url(out)))
        qFatal("no release: %s", qPrintable(release.errorText()));
    return out;
}

void TestCustodianPages::vrijgevenWaitsForHrsCheck()
{
    auto imported = custodian::importFiles(
        *m_desk->store(), m_c->keys(), { m_c->path(QStringLiteral("in")) });
    QVERIFY(imported.ok());
    PeriodRelease release;
    QAbstractItemModelTester cellsTester(release.cells());
    release.setDesk(m_desk.get());
    QCOMPARE(release.period(), test::kCustodianPeriod);
    QVERIFY2(release.hasPreview(), qPrintable(release.noPreviewText()));
    QCOMPARE(release.releaseNumber(), 1);
    QCOMPARE(release.contributions(), kTeachers);
    QCOMPARE(release.awaitingCheck(), kTeachers);
    QVERIFY(release.publishesAnything());
    QVERIFY(release.canCheck());
    QVERIFY(!release.canRelease());
    QVERIFY(release.releaseBlockedText().contains(QString::number(kTeachers)));
    QVERIFY(release.cells()->rowCount() > 0);
    QCOMPARE(release.cells()->get(0, QStringLiteral("contributions")).toInt(), kTeachers);
    // A withheld group says why in words.
    bool sawReason = false;
    for (int row = 0; row < release.cells()->rowCount(); ++row) {
        for (const QVariant& w : release.cells()->get(row, QStringLiteral("withheld")).toList())
            sawReason |= !w.toMap()[QStringLiteral("reason")].toString().isEmpty();
    }
    QVERIFY(sawReason);

    // Vrijgeven before HR's check: refused by core, nothing written, nothing recorded.
    const QString early = m_c->path(QStringLiteral("early.kwvrijgave"));
    QVERIFY(!release.release(url(early)));
    QVERIFY(!release.errorText().isEmpty());
    QVERIFY(!QFileInfo::exists(early));
    QVERIFY(release.releases().isEmpty());

    // The check round, then Vrijgeven.
    const QString request = m_c->path(QStringLiteral("check.kwcontrole"));
    QVERIFY2(release.writeCheckRequest(url(request)), qPrintable(release.errorText()));
    QVERIFY(QFileInfo::exists(request));
    const QString answerPath
        = m_c->writeBytes(QStringLiteral("check.kwuitslag"), m_c->hrAnswerTo(request));
    QVERIFY2(release.readCheckAnswers({ url(answerPath) }), qPrintable(release.errorText()));
    QVERIFY(release.checked());
    QVERIFY(release.canRelease());
    QVERIFY(release.releaseBlockedText().isEmpty());
    const QString out = m_c->path(QStringLiteral("release.kwvrijgave"));
    QVERIFY2(release.release(url(out)), qPrintable(release.errorText()));
    QVERIFY(QFileInfo::exists(out));
    QCOMPARE(release.releases().size(), 1);
    // Released, nothing new: the page says there is nothing to release again.
    QVERIFY(!release.hasPreview());
    QVERIFY(!release.noPreviewText().isEmpty());
}

void TestCustodianPages::hrImportsTheReleaseAndSaysWhatToDoWithARefusal()
{
    const QString released = releaseThroughThePage();
    const QString hrKey = m_c->writeBytes(
        QStringLiteral("hr.kwsleutel"), exchange::writeSecretKeyFile(m_c->hrKeys()));
    HrDesk hr(m_c->path(QStringLiteral("hr.sqlite")),
        new DeskKey(::kernwijzer::v1::PARTY_SCHOOL, QStringLiteral("hr"), hrKey, {}), m_c->clock(),
        SchoolDesk::Prepare {});
    QVERIFY(hr.ready());
    QVERIFY(hr.store()->addProfile(m_c->profileFile(m_c->profile())).ok());

    ReleaseImportDesk desk;
    QAbstractItemModelTester tester(desk.results());
    desk.setDesk(&hr);
    QVERIFY(desk.imported().isEmpty());
    QSignalSpy changed(&hr, &SchoolDesk::changed);

    // A copy with a byte changed: refused, with what to do next; nothing stored.
    QByteArray bytes = test::readAll(released);
    bytes[bytes.size() - 10] = char(bytes[bytes.size() - 10] ^ 0x01);
    const QString tampered = m_c->writeBytes(QStringLiteral("tampered.kwvrijgave"), bytes);
    QVERIFY(!desk.importFiles({ url(tampered) }));
    QCOMPARE(desk.results()->count(), 1);
    QVERIFY(!desk.results()->get(0, QStringLiteral("stored")).toBool());
    QVERIFY(!desk.results()->get(0, QStringLiteral("headline")).toString().isEmpty());
    QVERIFY(!desk.results()->get(0, QStringLiteral("nextStep")).toString().isEmpty());
    QVERIFY(desk.imported().isEmpty());
    QCOMPARE(changed.count(), 0);

    // The real one: stored, and HR's pages re-read.
    QVERIFY(desk.importFiles({ url(released) }));
    QCOMPARE(desk.results()->count(), 2);
    QVERIFY(desk.results()->get(0, QStringLiteral("stored")).toBool());
    QVERIFY(desk.results()
                ->get(0, QStringLiteral("headline"))
                .toString()
                .contains(test::kCustodianPeriod));
    QCOMPARE(desk.results()->get(0, QStringLiteral("nextStep")).toString(), QString());
    QCOMPARE(desk.imported().size(), 1);
    QVERIFY(changed.count() >= 1);

    // Again: recognised, nothing changes.
    QVERIFY(desk.importFiles({ url(released) }));
    QVERIFY(desk.results()->get(0, QStringLiteral("stored")).toBool());
    QCOMPARE(desk.imported().size(), 1);
}

QTEST_MAIN(TestCustodianPages)
#include "tst_custodian_pages.moc"
