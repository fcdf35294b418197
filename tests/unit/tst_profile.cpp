// The school profile: the demo school, and the rules every profile must meet.
#include "profile/school_profile.h"
#include "test_support.h"

#include <QTest>
#include <functional>

using namespace kw;

namespace {

using Edit = std::function<void(SchoolProfile&)>;

Kernwaarde extraValue(int n)
{
    return Kernwaarde { QStringLiteral("extra-%1").arg(n), QStringLiteral("Extra %1").arg(n),
        QStringLiteral("Een extra kernwaarde."), QStringLiteral("#123456") };
}

} // namespace

Q_DECLARE_METATYPE(Edit)

class TestProfile : public QObject
{
    Q_OBJECT

private slots:
    void demoProfileIsValid();
    void demoProfileHasTheFiveKernwaarden();
    void demoProfileHasTheFiveContextTags();
    void validateRejects_data();
    void validateRejects();
    void validateAcceptsThreeToSeven_data();
    void validateAcceptsThreeToSeven();
    void findKernwaardeByIdOrName();
};

void TestProfile::demoProfileIsValid()
{
    const Status s = demoProfile().validate();
    QVERIFY2(s.ok(), s.ok() ? "" : qPrintable(s.error().message));
}

void TestProfile::demoProfileHasTheFiveKernwaarden()
{
    const SchoolProfile p = demoProfile();
    QStringList names;
    for (const Kernwaarde& value : p.kernwaarden) {
        names << value.name;
        QVERIFY2(value.description.trimmed().size() > 20, qPrintable(value.name));
    }
    QCOMPARE(names,
        (QStringList { QStringLiteral("Eigenaarschap"), QStringLiteral("Talentontwikkeling"),
            QStringLiteral("Vertrouwen"), QStringLiteral("Verbinding"),
            QStringLiteral("Toekomstgericht") }));
}

void TestProfile::demoProfileHasTheFiveContextTags()
{
    QStringList ids;
    for (const ProfileItem& tag : demoProfile().contextTags) {
        ids << tag.id;
        QVERIFY(!tag.name.isEmpty());
    }
    QCOMPARE(ids,
        (QStringList { QStringLiteral("les"), QStringLiteral("leerling"), QStringLiteral("ouders"),
            QStringLiteral("team"), QStringLiteral("professionalisering") }));
}

void TestProfile::validateRejects_data()
{
    QTest::addColumn<Edit>("edit");
    QTest::addColumn<QString>("mentions"); ///< what the message must name
    QTest::newRow("two kernwaarden")
        << Edit([](SchoolProfile& p) { p.kernwaarden.resize(2); }) << QStringLiteral("2");
    QTest::newRow("eight kernwaarden") << Edit([](SchoolProfile& p) {
        for (int n = 0; n < 3; ++n)
            p.kernwaarden << extraValue(n);
    }) << QStringLiteral("8");
    QTest::newRow("duplicate kernwaarde id")
        << Edit([](SchoolProfile& p) { p.kernwaarden[1].id = p.kernwaarden[0].id; })
        << QStringLiteral("eigenaarschap");
    QTest::newRow("duplicate tag id")
        << Edit([](SchoolProfile& p) { p.contextTags << p.contextTags.first(); })
        << QStringLiteral("les");
    QTest::newRow("id with capitals")
        << Edit([](SchoolProfile& p) { p.kernwaarden[2].id = QStringLiteral("Vertrouwen"); })
        << QStringLiteral("Vertrouwen");
    QTest::newRow("id with a space")
        << Edit([](SchoolProfile& p) { p.teams[0].id = QStringLiteral("onder bouw"); })
        << QStringLiteral("onder bouw");
    QTest::newRow("empty id") << Edit([](SchoolProfile& p) { p.roles[0].id.clear(); })
                              << QStringLiteral("roles");
    QTest::newRow("id of 41 characters")
        << Edit([](SchoolProfile& p) { p.themes[0].id = QString(41, QLatin1Char('a')); })
        << QStringLiteral("themes");
    QTest::newRow("empty kernwaarde name")
        << Edit([](SchoolProfile& p) { p.kernwaarden[3].name = QStringLiteral("   "); })
        << QStringLiteral("kernwaarden");
    QTest::newRow("empty tag name") << Edit([](SchoolProfile& p) { p.contextTags[1].name.clear(); })
                                    << QStringLiteral("context tags");
    QTest::newRow("colour without #")
        << Edit([](SchoolProfile& p) { p.kernwaarden[0].color = QStringLiteral("1565C0"); })
        << QStringLiteral("Eigenaarschap");
    QTest::newRow("colour by name")
        << Edit([](SchoolProfile& p) { p.kernwaarden[4].color = QStringLiteral("orange"); })
        << QStringLiteral("Toekomstgericht");
    QTest::newRow("short colour") << Edit([](SchoolProfile& p) {
        p.kernwaarden[1].color = QStringLiteral("#abc");
    }) << QStringLiteral("Talentontwikkeling");
    QTest::newRow("no school name")
        << Edit([](SchoolProfile& p) { p.schoolName.clear(); }) << QStringLiteral("school");
    // Cohorts that point at a few people: a small team or role, a narrow age band.
    QTest::newRow("team below k") << Edit([](SchoolProfile& p) {
        p.teams[1].staffCount = p.rules.minGroupCounts - 1;
    }) << QStringLiteral("Middenbouw");
    QTest::newRow("role without a staff count")
        << Edit([](SchoolProfile& p) { p.roles[2].staffCount = 0; }) << QStringLiteral("has 0");
    QTest::newRow("k raised above a team")
        << Edit([](SchoolProfile& p) { p.rules.minGroupCounts = 13; })
        << QStringLiteral("Middenbouw");
    QTest::newRow("age band of 9 years")
        << Edit([](SchoolProfile& p) { p.ageBands[2].toAge = p.ageBands[2].fromAge + 8; })
        << QStringLiteral("45-54");
    // Numbers that could wrap a sum of squares over 100 000 contributions.
    QTest::newRow("scale far from zero") << Edit([](SchoolProfile& p) {
        p.instruments[0].scale.min = 2'000'000'000;
        p.instruments[0].scale.max = 2'000'000'005;
    }) << QStringLiteral("2000000000");
    QTest::newRow("score above 1000") << Edit([](SchoolProfile& p) {
        p.instruments[0].scoring.multiplier = 100; // WHO-5: 5 items of 0..5, x100 = 2500
    }) << QStringLiteral("2500");
}

void TestProfile::validateRejects()
{
    QFETCH(Edit, edit);
    QFETCH(QString, mentions);
    SchoolProfile p = demoProfile();
    edit(p);
    const Status s = p.validate();
    QCOMPARE(test::codeOf(s), "InvalidInput");
    QVERIFY2(s.error().message.contains(mentions), qPrintable(s.error().message));
}

void TestProfile::validateAcceptsThreeToSeven_data()
{
    QTest::addColumn<int>("count");
    QTest::newRow("three") << 3;
    QTest::newRow("seven") << 7;
}

void TestProfile::validateAcceptsThreeToSeven()
{
    QFETCH(int, count);
    SchoolProfile p = demoProfile();
    p.kernwaarden.resize(std::min<qsizetype>(count, p.kernwaarden.size()));
    for (int n = 0; p.kernwaarden.size() < count; ++n)
        p.kernwaarden << extraValue(n);
    QVERIFY(p.validate().ok());
}

void TestProfile::findKernwaardeByIdOrName()
{
    const SchoolProfile p = demoProfile();
    for (const char* key : { "vertrouwen", "Vertrouwen", "VERTROUWEN", " vertrouwen " }) {
        const Kernwaarde* found = p.findKernwaarde(QString::fromUtf8(key));
        QVERIFY2(found, key);
        QCOMPARE(found->id, QStringLiteral("vertrouwen"));
    }
    QCOMPARE(
        p.findKernwaarde(QStringLiteral("Toekomstgericht"))->id, QStringLiteral("toekomstgericht"));
    QCOMPARE(p.findKernwaarde(QStringLiteral("Moed")), nullptr);
    QCOMPARE(p.findKernwaarde(QString()), nullptr);
    // Lookup by id is exact: the stored ids are the contract, names are only for people.
    QCOMPARE(p.kernwaarde(QStringLiteral("Vertrouwen")), nullptr);
    QCOMPARE(p.kernwaardeIndex(QStringLiteral("verbinding")), 3);
    QCOMPARE(p.findContextTag(QStringLiteral("Ouders"))->id, QStringLiteral("ouders"));
}

QTEST_GUILESS_MAIN(TestProfile)
#include "tst_profile.moc"
