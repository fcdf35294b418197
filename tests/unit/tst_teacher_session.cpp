// TeacherSession: the one way a teacher's database is opened, by the app, the CLI and the tests.
#include "demo/demo_teacher.h"
#include "exchange/verification_code.h"
#include "exchange_fixtures.h"
#include "teacher/teacher_session.h"
#include "test_support.h"

#include <QTest>

using namespace kw;
using kw::test::codeOf;

class TestTeacherSession : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void aNewJournalUsesTheDemoSchool();
    void anImportedProfileIsUsedByEveryStoreAndAfterReopening();
    void aStoredProfileThatFailsItsCheckIsAnErrorNotTheDemoSchool();
    void removedReflectionsAreErasedWhenTheSessionEnds();
    void aMissingFileIsNotCreatedWhenNotAsked();
    void theDemoTeacherIsSeededOnceAndNeverOverASchoolsProfile();
    void aWrongSchoolsProfileCanBeRemovedAndAnotherInstalled();

private:
    void installLinde();
    /** Changes the stored profile behind the app's back, so that its signatures fail. */
    void spoilStoredProfile();
    std::unique_ptr<test::TempTeacher> m_teacher;
};

void TestTeacherSession::init()
{
    m_teacher = std::make_unique<test::TempTeacher>();
    QVERIFY(m_teacher->open().ok());
}

void TestTeacherSession::installLinde()
{
    const auto school = test::schoolKeys();
    const auto custodian = test::custodianKeys();
    auto check = m_teacher->session().exchange().checkImport(
        test::coSignedFile(test::signedProfileFor(school, custodian), school, custodian));
    QVERIFY(check.ok());
    QVERIFY(m_teacher->session().install(*check, exchange::verificationCode(check->profile)).ok());
}

void TestTeacherSession::spoilStoredProfile()
{
    QCOMPARE(test::rawExec(m_teacher->path(),
                 QStringLiteral("UPDATE exchange_profile SET file = CAST(replace(CAST(file AS "
                                "TEXT), 'Linde', 'Lindo') AS BLOB)")),
        QString());
}

void TestTeacherSession::aNewJournalUsesTheDemoSchool()
{
    QCOMPARE(m_teacher->profile().schoolId, demoProfile().schoolId);
    QCOMPARE(&m_teacher->session().journal().profile(), &m_teacher->profile());
}

void TestTeacherSession::anImportedProfileIsUsedByEveryStoreAndAfterReopening()
{
    installLinde();
    TeacherSession& session = m_teacher->session();
    QCOMPARE(session.profile().schoolName, QStringLiteral("Kindcentrum De Linde"));
    // The stores hold the session's profile, so they switched with it.
    QCOMPARE(session.journal().profile().schoolName, QStringLiteral("Kindcentrum De Linde"));

    QVERIFY(m_teacher->open().ok());
    QCOMPARE(m_teacher->profile().schoolName, QStringLiteral("Kindcentrum De Linde"));
    QCOMPARE(m_teacher->session().journal().profile().schoolName,
        QStringLiteral("Kindcentrum De Linde"));
}

void TestTeacherSession::aStoredProfileThatFailsItsCheckIsAnErrorNotTheDemoSchool()
{
    installLinde();
    m_teacher->close();
    spoilStoredProfile();
    const FixedClock clock(test::defaultNow());
    auto session = TeacherSession::open(m_teacher->path(), clock);
    QVERIFY(!session.ok());
    QVERIFY2(session.error().message.contains(QStringLiteral("school profile")),
        qPrintable(session.error().message));
}

void TestTeacherSession::removedReflectionsAreErasedWhenTheSessionEnds()
{
    const qint64 kept = m_teacher->add(QStringLiteral("Blijft staan"), QDate(2026, 11, 2));
    const qint64 removed = m_teacher->add(QStringLiteral("Weg ermee"), QDate(2026, 11, 3));
    QVERIFY(kept > 0 && removed > 0);
    QVERIFY(m_teacher->store().remove(removed).ok());
    QVERIFY(m_teacher->store().restore(removed).ok()); // undo works within the session
    QVERIFY(m_teacher->store().remove(removed).ok());
    m_teacher->close();
    QCOMPARE(test::rawExec(m_teacher->path(),
                 QStringLiteral("CREATE TABLE seen AS SELECT count(*) AS n FROM reflection")),
        QString());
    QVERIFY(m_teacher->open().ok());
    QCOMPARE(test::scalar(m_teacher->db(), "SELECT n FROM seen"), 1);
    QCOMPARE(codeOf(m_teacher->store().restore(removed)), "NotFound");
}

void TestTeacherSession::aMissingFileIsNotCreatedWhenNotAsked()
{
    const FixedClock clock(test::defaultNow());
    const QString path = m_teacher->folder() + QStringLiteral("/other.sqlite");
    sql::Database::Options options;
    options.create = false;
    QCOMPARE(codeOf(TeacherSession::open(path, clock, options)), "NotFound");
    QVERIFY(!QFile::exists(path));
}

void TestTeacherSession::theDemoTeacherIsSeededOnceAndNeverOverASchoolsProfile()
{
    DemoTeacherOptions few;
    few.reflections = 12;
    auto first = seedDemoTeacher(m_teacher->session(), few);
    QVERIFY(first.ok());
    QCOMPARE(first->reflections, 12);
    QVERIFY(first->checkins > 0 && first->goals > 0);
    QCOMPARE(m_teacher->store().count({}).value(), 12);
    auto again = seedDemoTeacher(m_teacher->session(), few);
    QVERIFY(again.ok());
    QCOMPARE(again->reflections, 0);
    QCOMPARE(m_teacher->store().count({}).value(), 12);

    // A journal with the school's own profile keeps it: the demo school is not installed over it,
    // and it no longer counts as the demo teacher's (which may share with public keys).
    QVERIFY(m_teacher->session().exchangeStore().isDemoJournal().value());
    installLinde();
    QVERIFY(!m_teacher->session().exchangeStore().isDemoJournal().value());
    QVERIFY(seedDemoTeacher(m_teacher->session(), few).ok());
    QCOMPARE(m_teacher->profile().schoolName, QStringLiteral("Kindcentrum De Linde"));
}

void TestTeacherSession::aWrongSchoolsProfileCanBeRemovedAndAnotherInstalled()
{
    // A profile from a fake "HR" is installed first, and the teacher shared with it.
    const auto fakeHr = test::schoolKeys("fake HR");
    const auto fakeCustodian = test::custodianKeys("fake custodian");
    auto fake = m_teacher->session().exchange().checkImport(
        test::coSignedFile(test::signedProfileFor(fakeHr, fakeCustodian), fakeHr, fakeCustodian));
    QVERIFY(fake.ok());
    QVERIFY(m_teacher->session().install(*fake, exchange::verificationCode(fake->profile)).ok());
    QVERIFY(m_teacher->session()
                .exchangeStore()
                .setSettings({ true, { QStringLiteral("bovenbouw"), {}, {} } })
                .ok());
    QVERIFY(m_teacher->add(QStringLiteral("Blijft bewaard"), QDate(2026, 11, 2)) > 0);
    // The real school's profile is refused now: another HR key than the one installed.
    const auto school = test::schoolKeys();
    const auto custodian = test::custodianKeys();
    const QByteArray real
        = test::coSignedFile(test::signedProfileFor(school, custodian), school, custodian);
    QCOMPARE(codeOf(m_teacher->session().exchange().checkImport(real)), "Untrusted");

    // Removed (also when the stored profile would no longer pass its check) ...
    m_teacher->close();
    spoilStoredProfile();
    const FixedClock clock(test::defaultNow());
    QVERIFY(!TeacherSession::open(m_teacher->path(), clock).ok());
    QVERIFY(TeacherSession::removeSchoolProfile(m_teacher->path(), clock).ok());

    // ... the journal opens with the demo school, sharing off, the cohort forgotten, the
    // reflections kept, and the real school installs as on a first install.
    QVERIFY(m_teacher->open().ok());
    QCOMPARE(m_teacher->profile().schoolId, demoProfile().schoolId);
    auto settings = m_teacher->session().exchangeStore().settings();
    QVERIFY(settings.ok());
    QVERIFY(!settings->optedIn);
    QVERIFY(settings->cohort.team.isEmpty());
    QCOMPARE(m_teacher->store().count({}).value(), 1);
    auto check = m_teacher->session().exchange().checkImport(real);
    QVERIFY(check.ok());
    QCOMPARE(check->verdict, exchange::ProfileImport::Verdict::New);
    QVERIFY(m_teacher->session().install(*check, exchange::verificationCode(check->profile)).ok());
    QCOMPARE(m_teacher->profile().school.signKey, school.signPublic);

    // In an open session (the app's button): every store switches to the demo school in place.
    QVERIFY(m_teacher->session().exchangeStore().setSettings({ true, {} }).ok());
    QVERIFY(m_teacher->session().removeSchoolProfile().ok());
    QCOMPARE(m_teacher->profile().schoolId, demoProfile().schoolId);
    QVERIFY(!m_teacher->session().exchangeStore().profileFile()->has_value());
    QVERIFY(!m_teacher->session().exchangeStore().settings()->optedIn);
    QCOMPARE(m_teacher->store().count({}).value(), 1);
    QVERIFY(m_teacher->session().exchange().checkImport(real)->needsVerificationCode());
}

QTEST_GUILESS_MAIN(TestTeacherSession)
#include "tst_teacher_session.moc"
