// What changed between two versions of a school's profile, in plain words
// (core/profile/profile_changes): what the custodian reads before co-signing an update.
#include "exchange/crypto.h"
#include "exchange/demo_keys.h"
#include "exchange/key_file.h"
#include "profile/profile_changes.h"
#include "wellbeing/builtin_instruments.h"

#include <QTest>

using namespace kw;

namespace {

QStringList textsOf(const QList<ProfileChange>& changes)
{
    QStringList out;
    for (const ProfileChange& c : changes)
        out << c.text;
    return out;
}

QStringList areasOf(const QList<ProfileChange>& changes)
{
    QStringList out;
    for (const ProfileChange& c : changes)
        out << c.area;
    return out;
}

} // namespace

class TestProfileChanges : public QObject
{
    Q_OBJECT

private slots:
    void theSameProfileHasNoChanges();
    void aNewVersionAloneIsNoChange();
    void itemsAddedRemovedRenamedAndRecounted();
    void reorderedKernwaardenAreSaidOnce();
    void descriptionsAndColoursOfKernwaarden();
    void thresholdsAndPeriodLength();
    void aNewCustodianIsNamedWithBothFingerprints();
    void aLeadersNewSealingKeyIsNamedWithBothFingerprints();
    void contactsHoursAndValidity();
    void questionnaireWordingUnderTheSameVersion();
};

void TestProfileChanges::theSameProfileHasNoChanges()
{
    QVERIFY(profileChanges(demoProfile(), demoProfile()).isEmpty());
}

void TestProfileChanges::aLeadersNewSealingKeyIsNamedWithBothFingerprints()
{
    using namespace kw::exchange;
    const KeySet lotte = createKeySet(
        ::kernwijzer::v1::PARTY_LEADER, QStringLiteral("Lotte"), {}, crypto::hash("lotte"));
    const KeySet other = createKeySet(
        ::kernwijzer::v1::PARTY_LEADER, QStringLiteral("Lotte"), {}, crypto::hash("someone else"));
    SchoolProfile before = demoProfile();
    before.leaders = { Leader { QStringLiteral("lotte"), {}, lotte.holder() } };
    // Only the sealing key changes: the signing key, and so its fingerprint, stays Lotte's.
    SchoolProfile after = before;
    after.leaders[0].keys.boxKey = other.boxPublic;
    const QStringList texts = textsOf(profileChanges(before, after));
    QCOMPARE(texts.size(), 1);
    QVERIFY2(texts[0].contains(crypto::fingerprint(other.boxPublic))
            && texts[0].contains(crypto::fingerprint(lotte.boxPublic))
            && texts[0].contains(QStringLiteral("sealing key")),
        qPrintable(texts[0]));
    QCOMPARE(areasOf(profileChanges(before, after)), QStringList { QStringLiteral("leaders") });
    QCOMPARE(textsOf(leaderKeyChanges(before, after)), texts);

    // Both keys: a line for each, each with the old and the new fingerprint.
    after.leaders[0].keys = other.holder();
    const QStringList both = textsOf(profileChanges(before, after));
    QCOMPARE(both.size(), 2);
    QVERIFY(both[0].contains(crypto::fingerprint(other.signPublic))
        && both[0].contains(crypto::fingerprint(lotte.signPublic)));
    QVERIFY(both[1].contains(crypto::fingerprint(other.boxPublic))
        && both[1].contains(crypto::fingerprint(lotte.boxPublic)));
    QVERIFY(leaderKeyChanges(before, before).isEmpty());

    // Listed again under a new id with other keys (an attacker's review): to a teacher it is the
    // same leader, so the new keys are named, by the same name and by the same team.
    SchoolProfile relisted = before;
    relisted.leaders[0].id = QStringLiteral("lotte-2");
    relisted.leaders[0].keys = other.holder();
    relisted.leaders[0].keys.name = before.leaders[0].keys.name;
    QCOMPARE(leaderKeyChanges(before, relisted).size(), 2);
    relisted.leaders[0].keys.name = QStringLiteral("L. Jansen");
    QVERIFY(leaderKeyChanges(before, relisted).isEmpty()); // another name, no team in common
    SchoolProfile withTeam = before;
    withTeam.leaders[0].teamIds = { QStringLiteral("onderbouw") };
    relisted.leaders[0].teamIds = withTeam.leaders[0].teamIds;
    QCOMPARE(leaderKeyChanges(withTeam, relisted).size(), 2);
}

void TestProfileChanges::aNewVersionAloneIsNoChange()
{
    SchoolProfile next = demoProfile();
    next.version = 2;
    QVERIFY(profileChanges(demoProfile(), next).isEmpty());
}

void TestProfileChanges::itemsAddedRemovedRenamedAndRecounted()
{
    SchoolProfile next = demoProfile();
    next.teams[0].staffCount = 15;
    next.teams[2].name = QStringLiteral("Groep 6 tot 8");
    next.teams.append({ QStringLiteral("kleuters"), QStringLiteral("Kleuters"), 6 });
    next.themes.removeAt(1);
    const QList<ProfileChange> changes = profileChanges(demoProfile(), next);
    QCOMPARE(textsOf(changes),
        (QStringList { QStringLiteral("Themes: \"Lerende organisatie\" removed."),
            QStringLiteral("Teams: \"Onderbouw\" now has 15 staff (was 14)."),
            QStringLiteral("Teams: \"Bovenbouw\" renamed \"Groep 6 tot 8\"."),
            QStringLiteral("Teams: \"Kleuters\" added.") }));
    QCOMPARE(areasOf(changes),
        (QStringList { QStringLiteral("themes"), QStringLiteral("teams"), QStringLiteral("teams"),
            QStringLiteral("teams") }));
}

void TestProfileChanges::reorderedKernwaardenAreSaidOnce()
{
    SchoolProfile next = demoProfile();
    next.kernwaarden.move(0, 4);
    QCOMPARE(textsOf(profileChanges(demoProfile(), next)),
        QStringList { QStringLiteral("Kernwaarden: in another order.") });
    // A removal alone is no reorder.
    next = demoProfile();
    next.kernwaarden.removeAt(2);
    QCOMPARE(textsOf(profileChanges(demoProfile(), next)),
        QStringList { QStringLiteral("Kernwaarden: \"Vertrouwen\" removed.") });
}

void TestProfileChanges::descriptionsAndColoursOfKernwaarden()
{
    SchoolProfile next = demoProfile();
    next.kernwaarden[1].description = QStringLiteral("Iets anders.");
    next.kernwaarden[3].color = QStringLiteral("#000000");
    QCOMPARE(textsOf(profileChanges(demoProfile(), next)),
        (QStringList {
            QStringLiteral("Kernwaarden: the description of \"Talentontwikkeling\" changes."),
            QStringLiteral("Kernwaarden: \"Verbinding\" gets another colour.") }));
}

void TestProfileChanges::thresholdsAndPeriodLength()
{
    SchoolProfile next = demoProfile();
    next.rules = { .periodMonths = 3, .minGroupWellbeing = 12, .minGroupCounts = 6 };
    QCOMPARE(textsOf(profileChanges(demoProfile(), next)),
        (QStringList { QStringLiteral("Period length in months: 3 (was 2)."),
            QStringLiteral("Smallest group for wellbeing figures (k): 12 (was 10)."),
            QStringLiteral("Smallest group for counts (k): 6 (was 5).") }));
}

void TestProfileChanges::aNewCustodianIsNamedWithBothFingerprints()
{
    SchoolProfile next = demoProfile();
    const exchange::KeySet other = exchange::createKeySet(::kernwijzer::v1::PARTY_CUSTODIAN,
        QStringLiteral("Arbodienst Oost"), QStringLiteral("Arbodienst"));
    next.custodian = other.holder();
    next.custodian.contact = demoProfile().custodian.contact;
    const QList<ProfileChange> changes = profileChanges(demoProfile(), next);
    QCOMPARE(areasOf(changes), QStringList { QStringLiteral("custodian") });
    QVERIFY2(changes[0].text.contains(crypto::fingerprint(other.signPublic)),
        qPrintable(changes[0].text));
    QVERIFY2(changes[0].text.contains(crypto::fingerprint(demoProfile().custodian.signKey)),
        qPrintable(changes[0].text));
    QVERIFY(changes[0].text.contains(QStringLiteral("Arbodienst Oost")));
}

void TestProfileChanges::contactsHoursAndValidity()
{
    SchoolProfile before = demoProfile();
    before.validUntil = QDate(2027, 7, 31);
    SchoolProfile next = before;
    next.validUntil = QDate(2028, 7, 31);
    next.hoursPolicy.hoursPerYear = 50;
    next.supportContacts.removeFirst();
    next.custodian.contact = QStringLiteral("mr@regenboog.example");
    const QList<ProfileChange> changes = profileChanges(before, next);
    QCOMPARE(areasOf(changes),
        (QStringList { QStringLiteral("supportContacts"), QStringLiteral("hoursPolicy"),
            QStringLiteral("validUntil"), QStringLiteral("custodian") }));
    QVERIFY(changes[0].text.contains(QStringLiteral("Vera Voorbeeld")));
    QCOMPARE(changes[1].text,
        QStringLiteral("Professionalisation hours a year (full time): 50 (was 40)."));
    QVERIFY(changes[2].text.contains(QStringLiteral("2028")));
    QVERIFY(changes[3].text.contains(QStringLiteral("mr@regenboog.example")));
}

void TestProfileChanges::questionnaireWordingUnderTheSameVersion()
{
    SchoolProfile next = demoProfile();
    next.instruments[0].intro.nl = QStringLiteral("Een andere inleiding.");
    QCOMPARE(
        areasOf(profileChanges(demoProfile(), next)), QStringList { QStringLiteral("wellbeing") });
    next = demoProfile();
    next.instruments[0].version += 1;
    const QList<ProfileChange> changes = profileChanges(demoProfile(), next);
    QCOMPARE(changes.size(), 1); // the version says it; no second line for the wording
    QVERIFY(changes[0].text.contains(QStringLiteral("version")));
}

QTEST_GUILESS_MAIN(TestProfileChanges)
#include "tst_profile_changes.moc"
