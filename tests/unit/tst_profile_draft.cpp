// The profile HR edits before signing (core/profile/profile_problems, profile_draft) and the
// signing itself (core/exchange/profile_signing): every problem with its field, where a draft
// starts, and a signed draft that a custodian can co-sign.
#include "exchange/demo_keys.h"
#include "exchange/key_file.h"
#include "exchange/profile_file.h"
#include "exchange/profile_signing.h"
#include "profile/profile_draft.h"
#include "profile/profile_problems.h"
#include "test_support.h"

#include <QTest>

using namespace kw;

namespace {

const QDate today(2026, 11, 20);

QStringList fieldsOf(const QList<ProfileProblem>& problems)
{
    QStringList out;
    for (const ProfileProblem& p : problems)
        out << p.field;
    return out;
}

/** A school of its own (not the demo's public keys): HR and a custodian with fresh keys. */
struct RealSchool
{
    exchange::KeySet hr = exchange::createKeySet(
        ::kernwijzer::v1::PARTY_SCHOOL, QStringLiteral("P&O Linde"), QStringLiteral("HR"));
    exchange::KeySet custodian = exchange::createKeySet(::kernwijzer::v1::PARTY_CUSTODIAN,
        QStringLiteral("Carla de Vries"), QStringLiteral("Secretaris MR"));

    SchoolProfile draft() const
    {
        SchoolProfile p = profileTemplate(today);
        p.schoolId = QStringLiteral("kc-de-linde");
        p.schoolName = QStringLiteral("KC De Linde");
        auto holder = exchange::custodianHolder(custodian, p.custodian);
        if (holder)
            p.custodian = *holder;
        return p;
    }
};

} // namespace

class TestProfileDraft : public QObject
{
    Q_OBJECT

private slots:
    void theDemoProfileHasNoProblems();
    void everyBrokenPartIsNamedOnce();
    void validateReportsTheFirstProblem();
    void kBelowFiveIsRefusedForEitherKind();
    void aTeamSmallerThanTheFloorIsNamedEvenWhenKIsTooLow();
    void draftNeedsAnEndDateAndTheCustodian();
    void theTemplateNamesNoKeysAndIsOtherwiseValid();
    void theNextVersionKeepsEverythingButTheVersion();
    void anExpiredProfileGetsAYearMore();
    void idsForNewItemsArePlainAndUnique();
    void aNewKernwaardeGetsAnUnusedColour();
    void custodianHolderTakesNameAndKeysFromTheKeyFile();
    void custodianHolderRefusesHrsKey();
    void aSignedDraftReadsBackSignedByHrOnly();
    void signingNeedsHrsSecretKey();
};

void TestProfileDraft::theDemoProfileHasNoProblems()
{
    QVERIFY(profileProblems(demoProfile()).isEmpty());
}

void TestProfileDraft::everyBrokenPartIsNamedOnce()
{
    SchoolProfile p = demoProfile();
    p.schoolName.clear();
    p.kernwaarden.resize(2);
    p.teams[0].id = p.teams[1].id;
    p.rules.periodMonths = 5;
    p.supportContacts[0].reach.clear();
    p.hoursPolicy.hoursPerYear = 0;
    const QList<ProfileProblem> problems = profileProblems(p);
    QCOMPARE(fieldsOf(problems),
        (QStringList { QStringLiteral("school"), QStringLiteral("kernwaarden"),
            QStringLiteral("teams"), QStringLiteral("periodMonths"),
            QStringLiteral("supportContacts"), QStringLiteral("hoursPolicy") }));
    QVERIFY(problems[3].message.contains(QStringLiteral("5")));
}

void TestProfileDraft::validateReportsTheFirstProblem()
{
    SchoolProfile p = demoProfile();
    p.rules.periodMonths = 5;
    p.hoursPolicy.hoursPerYear = 0;
    const Status s = p.validate();
    QVERIFY(!s);
    QCOMPARE(s.error().message, profileProblems(p).first().message);
}

void TestProfileDraft::kBelowFiveIsRefusedForEitherKind()
{
    SchoolProfile p = demoProfile();
    p.rules.minGroupWellbeing = 3;
    QCOMPARE(fieldsOf(profileProblems(p)), QStringList { QStringLiteral("minGroupWellbeing") });
    p.rules.minGroupWellbeing = 5;
    p.rules.minGroupCounts = 4;
    QCOMPARE(fieldsOf(profileProblems(p)), QStringList { QStringLiteral("minGroupCounts") });
    p.rules.minGroupCounts = 5;
    QVERIFY(profileProblems(p).isEmpty());
}

void TestProfileDraft::aTeamSmallerThanTheFloorIsNamedEvenWhenKIsTooLow()
{
    SchoolProfile p = demoProfile();
    p.rules.minGroupCounts = 2;
    p.teams[1].staffCount = 3;
    const QList<ProfileProblem> problems = profileProblems(p);
    QCOMPARE(fieldsOf(problems),
        (QStringList { QStringLiteral("minGroupCounts"), QStringLiteral("teams") }));
    QVERIFY2(problems[1].message.contains(QStringLiteral("Middenbouw")),
        qPrintable(problems[1].message));
}

void TestProfileDraft::draftNeedsAnEndDateAndTheCustodian()
{
    SchoolProfile p = demoProfile();
    p.validUntil = {};
    p.custodian.contact.clear();
    QCOMPARE(fieldsOf(draftProblems(p, today)),
        (QStringList { QStringLiteral("validUntil"), QStringLiteral("custodian") }));
    p.validUntil = today.addDays(-1);
    p.custodian.contact = QStringLiteral("mr@school.example");
    QCOMPARE(fieldsOf(draftProblems(p, today)), QStringList { QStringLiteral("validUntil") });
    p.validUntil = today;
    QVERIFY(draftProblems(p, today).isEmpty());
}

void TestProfileDraft::theTemplateNamesNoKeysAndIsOtherwiseValid()
{
    const SchoolProfile t = profileTemplate(today);
    QCOMPARE(t.validUntil, today.addYears(1));
    QCOMPARE(t.schoolId, QStringLiteral("mijn-school"));
    QVERIFY(t.school.signKey.isEmpty());
    QCOMPARE(fieldsOf(draftProblems(t, today)), QStringList { QStringLiteral("keys") });
}

void TestProfileDraft::theNextVersionKeepsEverythingButTheVersion()
{
    SchoolProfile current = demoProfile();
    current.validUntil = today.addMonths(3);
    const SchoolProfile next = nextVersionDraft(current, today);
    QCOMPARE(next.version, current.version + 1);
    QCOMPARE(next.validUntil, current.validUntil);
    QVERIFY(next.custodian.sameKeys(current.custodian));
    QCOMPARE(next.teams.size(), current.teams.size());
}

void TestProfileDraft::anExpiredProfileGetsAYearMore()
{
    SchoolProfile current = demoProfile();
    current.validUntil = today.addDays(-10);
    QCOMPARE(nextVersionDraft(current, today).validUntil, today.addYears(1));
}

void TestProfileDraft::idsForNewItemsArePlainAndUnique()
{
    QCOMPARE(idForName(QStringLiteral("Café & Crèche"), {}), QStringLiteral("cafe-creche"));
    QCOMPARE(idForName(QStringLiteral("  Groep 1/2  "), {}), QStringLiteral("groep-1-2"));
    QCOMPARE(idForName(QStringLiteral("Onderbouw"), { QStringLiteral("onderbouw") }),
        QStringLiteral("onderbouw-2"));
    QCOMPARE(idForName(QStringLiteral("Onderbouw"),
                 { QStringLiteral("onderbouw"), QStringLiteral("onderbouw-2") }),
        QStringLiteral("onderbouw-3"));
    QCOMPARE(idForName(QStringLiteral("???"), {}), QStringLiteral("item"));
    const QString longId
        = idForName(QString(60, QLatin1Char('x')), { QString(36, QLatin1Char('x')) });
    QVERIFY2(isProfileId(longId), qPrintable(longId));
}

void TestProfileDraft::aNewKernwaardeGetsAnUnusedColour()
{
    const QList<Kernwaarde> values = demoProfile().kernwaarden; // the first five colours
    QCOMPARE(unusedKernwaardeColor(values), kernwaardeColors().at(5));
    QCOMPARE(unusedKernwaardeColor({}), kernwaardeColors().first());
}

void TestProfileDraft::custodianHolderTakesNameAndKeysFromTheKeyFile()
{
    RealSchool school;
    KeyHolder named;
    named.name = QStringLiteral("Someone else");
    named.role = QStringLiteral("Arbodienst");
    named.contact = QStringLiteral("mr@linde.example");
    auto holder = exchange::custodianHolder(school.custodian, named);
    QVERIFY_RESULT(holder);
    QCOMPARE(holder->name, QStringLiteral("Carla de Vries"));
    QCOMPARE(holder->role, QStringLiteral("Secretaris MR")); // the key's own role wins
    QCOMPARE(holder->contact, QStringLiteral("mr@linde.example"));
    QCOMPARE(holder->signKey, school.custodian.signPublic);

    exchange::KeySet noRole = school.custodian;
    noRole.role.clear();
    QCOMPARE(exchange::custodianHolder(noRole, named)->role, QStringLiteral("Arbodienst"));
}

void TestProfileDraft::custodianHolderRefusesHrsKey()
{
    RealSchool school;
    QCOMPARE(test::codeOf(exchange::custodianHolder(school.hr, {})), "InvalidInput");
}

void TestProfileDraft::aSignedDraftReadsBackSignedByHrOnly()
{
    RealSchool school;
    const SchoolProfile draft = school.draft();
    QVERIFY(draftProblems(draft, today).isEmpty());
    auto file = exchange::signDraft(draft, school.hr);
    QVERIFY_RESULT(file);
    auto read = exchange::readProfileFile(*file);
    QVERIFY_RESULT(read);
    QVERIFY(read->schoolSigned);
    QVERIFY(!read->custodianSigned);
    QCOMPARE(read->profile.school.name, QStringLiteral("P&O Linde"));
    QCOMPARE(read->profile.schoolName, QStringLiteral("KC De Linde"));
    // The custodian can co-sign it, and then a teacher's app accepts it.
    auto cosigned = exchange::signProfileFile(*file, school.custodian);
    QVERIFY_RESULT(cosigned);
    QVERIFY_RESULT(exchange::verifyProfileFile(*cosigned, today));
}

void TestProfileDraft::signingNeedsHrsSecretKey()
{
    RealSchool school;
    exchange::KeySet publicOnly = school.hr;
    publicOnly.signSecret.clear();
    publicOnly.boxSecret.clear();
    QCOMPARE(test::codeOf(exchange::signDraft(school.draft(), publicOnly)), "InvalidInput");
    QCOMPARE(test::codeOf(exchange::signDraft(school.draft(), school.custodian)), "InvalidInput");
    // A draft that breaks a rule is never signed.
    SchoolProfile bad = school.draft();
    bad.rules.minGroupWellbeing = 3;
    QCOMPARE(test::codeOf(exchange::signDraft(bad, school.hr)), "InvalidInput");
}

QTEST_GUILESS_MAIN(TestProfileDraft)
#include "tst_profile_draft.moc"
