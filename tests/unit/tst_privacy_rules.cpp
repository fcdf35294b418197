// The release rules (core/privacy): hand-worked cases, the attacks of issue 13, and a
// brute-force check that no group of fewer than k people can be worked out from what is
// released, by any combination of released counts within a breakdown and the school.
#include "privacy/release_rules.h"

#include <QRandomGenerator>
#include <QTest>
#include <cmath>
#include <functional>

using namespace kw::privacy;

namespace {

// One letter per cell: R released, K fewer than k, S protects a smaller group, D too close to
// another group, A too few added, E withheld earlier, X crosses another breakdown, I an
// impossible sum (HR only). "school|named cells|not given".
QChar letter(Reason reason)
{
    switch (reason) {
    case Reason::Released:
        return u'R';
    case Reason::FewerThanK:
        return u'K';
    case Reason::ProtectsSmallerGroup:
        return u'S';
    case Reason::TooCloseToAnotherGroup:
        return u'D';
    case Reason::TooFewAdded:
        return u'A';
    case Reason::WithheldEarlier:
        return u'E';
    case Reason::ImpossibleSum:
        return u'I';
    case Reason::CrossesBreakdown:
        return u'X';
    }
    return u'?';
}

QString codes(const MetricDecision& decision, qsizetype breakdown = 0)
{
    const BreakdownDecision& b = decision.breakdowns.at(breakdown);
    QString out = letter(decision.school.reason) + QStringLiteral("|");
    for (const CellDecision& cell : b.cells)
        out += letter(cell.reason);
    return out + u'|' + letter(b.notGiven.reason);
}

Breakdown breakdown(const QString& dimension, const QList<int>& counts)
{
    Breakdown b { dimension, {} };
    for (qsizetype i = 0; i < counts.size(); ++i)
        b.cells.append({ dimension + QString::number(i + 1), counts[i] });
    return b;
}

Atom atom(std::initializer_list<const char*> cells, int count)
{
    Atom out { {}, count };
    for (const char* cell : cells)
        out.cells.append(QString::fromLatin1(cell));
    return out;
}

MetricCounts teams(int k, int school, const QList<int>& counts)
{
    return { k, school, { breakdown(QStringLiteral("team"), counts) } };
}

MetricDecision decided(const kw::Result<MetricDecision>& result)
{
    if (!result)
        qFatal("unexpected refusal: %s", qPrintable(result.error().message));
    return result.value();
}

// --- The brute-force oracle --------------------------------------------------------------
// Atoms are disjoint groups of people (a cell; in a re-release, a cell's earlier and its added
// contributors). A released sum is a vector over atoms. What anyone can work out is exactly the
// linear span of the released vectors.

using Vec = QList<double>;

int rank(QList<Vec> rows)
{
    int r = 0;
    const qsizetype columns = rows.isEmpty() ? 0 : rows.first().size();
    for (qsizetype c = 0; c < columns && r < rows.size(); ++c) {
        qsizetype pivot = -1;
        for (qsizetype i = r; i < rows.size(); ++i) {
            if (std::abs(rows[i][c]) > 1e-9
                && (pivot < 0 || std::abs(rows[i][c]) > std::abs(rows[pivot][c])))
                pivot = i;
        }
        if (pivot < 0)
            continue;
        rows.swapItemsAt(r, pivot);
        for (qsizetype i = 0; i < rows.size(); ++i) {
            if (i == r)
                continue;
            const double f = rows[i][c] / rows[r][c];
            for (qsizetype j = c; j < columns; ++j)
                rows[i][j] -= f * rows[r][j];
        }
        ++r;
    }
    return r;
}

// The dimension of the released vectors that are zero outside the atoms in @p mask.
int dimensionWithin(const QList<Vec>& published, int fullRank, quint32 mask)
{
    QList<Vec> outside;
    for (const Vec& v : published) {
        Vec w;
        for (qsizetype a = 0; a < v.size(); ++a) {
            if (!(mask & (1u << a)))
                w.append(v[a]);
        }
        outside.append(w);
    }
    return fullRank - (outside.isEmpty() || outside.first().isEmpty() ? 0 : rank(outside));
}

// A set of atoms holding 1 to k − 1 people whose figures (any combination of them) follow from
// the released vectors; 0 when there is none.
quint32 smallGroupThatFollows(const QList<int>& people, const QList<Vec>& published, int k)
{
    const int fullRank = published.isEmpty() ? 0 : rank(published);
    quint32 empty = 0;
    for (qsizetype a = 0; a < people.size(); ++a) {
        if (people[a] == 0)
            empty |= 1u << a;
    }
    const int base = dimensionWithin(published, fullRank, empty);
    for (quint32 set = 1; set < (1u << people.size()); ++set) {
        if (set & empty)
            continue;
        int total = 0;
        for (qsizetype a = 0; a < people.size(); ++a) {
            if (set & (1u << a))
                total += people[a];
        }
        if (total < k && dimensionWithin(published, fullRank, set | empty) > base)
            return set;
    }
    return 0;
}

bool follows(const QList<Vec>& published, const Vec& v)
{
    const int before = published.isEmpty() ? 0 : rank(published);
    QList<Vec> with = published;
    with.append(v);
    return rank(with) > before ? false : true;
}

Vec unit(qsizetype size, QList<qsizetype> atoms)
{
    Vec v(size, 0.0);
    for (qsizetype a : atoms)
        v[a] = 1.0;
    return v;
}

QList<int> randomCells(QRandomGenerator& random, int k)
{
    for (;;) {
        const int teamCount = random.bounded(2, 6);
        QList<int> cells;
        int total = 0;
        for (int i = 0; i < teamCount; ++i) {
            cells.append(random.bounded(0, 2 * k + 1));
            total += cells.last();
        }
        const int notGiven = random.bounded(3) == 0 ? 0 : random.bounded(0, k);
        if (total + notGiven <= 40) {
            cells.append(notGiven); // the last one is "not given"
            return cells;
        }
    }
}

int sum(const QList<int>& counts)
{
    int total = 0;
    for (int c : counts)
        total += c;
    return total;
}

QList<CellDecision> allCells(const BreakdownDecision& b)
{
    return b.cells + QList<CellDecision> { b.notGiven };
}

/** A random table of teams × roles (the last of each is "not given"): people per combination. */
QList<QList<int>> randomTable(QRandomGenerator& random, int k, int teams, int roles)
{
    QList<QList<int>> table(teams + 1, QList<int>(roles + 1, 0));
    for (int t = 0; t <= teams; ++t) {
        for (int r = 0; r <= roles; ++r) {
            const bool notGiven = t == teams || r == roles;
            if (random.bounded(notGiven ? 3 : 4) != 0)
                table[t][r] = random.bounded(1, notGiven ? 4 : 2 * k + 1);
        }
    }
    return table;
}

/** The counts of @p table: each breakdown's named cells, and a combination per cell pair. */
MetricCounts tableCounts(int k, const QList<QList<int>>& table)
{
    const qsizetype teams = table.size() - 1, roles = table.first().size() - 1;
    QList<int> team(teams, 0), role(roles, 0);
    MetricCounts counts { k, 0, {}, {} };
    for (qsizetype t = 0; t <= teams; ++t) {
        for (qsizetype r = 0; r <= roles; ++r) {
            const int n = table[t][r];
            counts.school += n;
            if (t < teams)
                team[t] += n;
            if (r < roles)
                role[r] += n;
            if (n > 0)
                counts.atoms.append(
                    { { t < teams ? QStringLiteral("team%1").arg(t + 1) : QString(),
                          r < roles ? QStringLiteral("role%1").arg(r + 1) : QString() },
                        n });
        }
    }
    counts.breakdowns
        = { breakdown(QStringLiteral("team"), team), breakdown(QStringLiteral("role"), role) };
    return counts;
}

/** Adds to @p published the released cells of @p decision over a table's atoms (t × roles + r,
 * offset by @p offset per atom in @p atomsOf). */
void publishTable(QList<Vec>& published, const MetricDecision& decision, qsizetype teams,
    qsizetype roles, qsizetype width, const std::function<QList<qsizetype>(qsizetype)>& atomsOf)
{
    const auto cellVector = [&](qsizetype b, qsizetype cell) {
        Vec v(width, 0.0);
        for (qsizetype t = 0; t <= teams; ++t) {
            for (qsizetype r = 0; r <= roles; ++r) {
                if ((b == 0 && t == cell) || (b == 1 && r == cell) || b < 0) {
                    for (qsizetype a : atomsOf(t * (roles + 1) + r))
                        v[a] = 1.0;
                }
            }
        }
        return v;
    };
    if (decision.school.released())
        published.append(cellVector(-1, 0));
    for (qsizetype b = 0; b < 2; ++b) {
        const QList<CellDecision> cells = allCells(decision.breakdowns[b]);
        for (qsizetype c = 0; c < cells.size(); ++c) {
            if (cells[c].released())
                published.append(cellVector(b, c));
        }
    }
}

} // namespace

class TestPrivacyRules : public QObject
{
    Q_OBJECT

private slots:
    void firstRelease_data();
    void firstRelease();
    void rulesArePerMetric();
    void everyBreakdownProtectsItsOwnCells();
    void crossBreakdowns_data();
    void crossBreakdowns();
    void atomsMustAddUp();
    void reRelease_data();
    void reRelease();
    void impossibleCountsAreRefused();
    void reasonsNeverStateANumber();
    void noSmallGroupFollowsFromAFirstRelease();
    void noSmallGroupFollowsFromBothReleases();
    void noSmallGroupFollowsFromTwoBreakdowns();
    void noSmallGroupFollowsFromTwoBreakdownsReleasedTwice();
    void threeBreakdownsAreCheckedInPairsOnly();
};

void TestPrivacyRules::firstRelease_data()
{
    QTest::addColumn<int>("k");
    QTest::addColumn<int>("school");
    QTest::addColumn<QList<int>>("cells");
    QTest::addColumn<QString>("expected");

    // Issue 13: a school of 12 with teams of 8 and 4. The 4 are below k; the 8 would give the 4
    // away as school − 8: it is too close to the school (rule 3 before rule 2).
    QTest::newRow("school 12, teams 8 and 4") << 5 << 12 << QList<int> { 8, 4 } << "R|DK|K";
    // The same by rule 2 alone: the 9 is far enough from the school, but the 4 need a partner.
    QTest::newRow("school 18, teams 9, 5 and 4") << 5 << 18 << QList<int> { 9, 5, 4 } << "R|RSK|K";
    QTest::newRow("school 12, teams 7 and 5") << 5 << 12 << QList<int> { 7, 5 } << "R|RR|K";
    // One cell 1 short of k: it goes, and the next smallest (6) protects it; the 10 stays.
    QTest::newRow("one cell 1 short") << 5 << 20 << QList<int> { 10, 6, 4 } << "R|RSK|K";
    QTest::newRow("one cell 1 short, k 10") << 10 << 30 << QList<int> { 11, 10, 9 } << "R|RSK|K";
    // "Not given" groups of 1 to 4: never shown, and protected by the smallest named cell.
    // Equal smallest cells: the first in the profile's order protects.
    QTest::newRow("not given 1") << 5 << 21 << QList<int> { 10, 10 } << "R|SR|K";
    QTest::newRow("not given 2") << 5 << 20 << QList<int> { 10, 8 } << "R|RS|K";
    QTest::newRow("not given 4, team of 5") << 5 << 19 << QList<int> { 10, 5 } << "R|RS|K";
    QTest::newRow("not given 4, a small team too")
        << 5 << 22 << QList<int> { 10, 6, 2 } << "R|RRK|K";
    // "Not given" is a cell like any other: released when it passes, the smallest to protect.
    QTest::newRow("not given 5") << 5 << 15 << QList<int> { 5, 5 } << "R|RR|R";
    QTest::newRow("not given protects a team") << 5 << 20 << QList<int> { 10, 4 } << "R|RK|S";
    // Rule 3: a team within 1 to k − 1 of the school is too close to it.
    QTest::newRow("team 9 of 12") << 5 << 12 << QList<int> { 9 } << "R|D|K";
    QTest::newRow("team 9 of 12, another 3") << 5 << 12 << QList<int> { 9, 3 } << "R|DK|K";
    QTest::newRow("team equal to the school") << 5 << 5 << QList<int> { 5 } << "R|R|K";
    // A school below k releases nothing.
    QTest::newRow("school 4") << 5 << 4 << QList<int> { 2, 2 } << "K|KK|K";
    QTest::newRow("school 9, k 10") << 10 << 9 << QList<int> { 9 } << "K|K|K";
    // Withheld cells that already reach k together need no help.
    QTest::newRow("three of 4") << 5 << 12 << QList<int> { 4, 4, 4 } << "R|KKK|K";
    QTest::newRow("two small add up to k") << 5 << 18 << QList<int> { 6, 6, 3 } << "R|RRK|K";
    QTest::newRow("empty team") << 5 << 10 << QList<int> { 5, 5, 0 } << "R|RRK|K";
    // The smallest first: 5 before 6 and 10.
    QTest::newRow("cascade") << 5 << 25 << QList<int> { 10, 6, 5, 4 } << "R|RRSK|K";
    // Two below k (2 + 1 < 5) need the next smallest, 7.
    QTest::newRow("two small, one partner") << 5 << 20 << QList<int> { 10, 7, 2, 1 } << "R|RSKK|K";
}

void TestPrivacyRules::firstRelease()
{
    QFETCH(int, k);
    QFETCH(int, school);
    QFETCH(QList<int>, cells);
    QFETCH(QString, expected);

    const MetricDecision decision = decided(decideRelease(teams(k, school, cells)));
    QCOMPARE(codes(decision), expected);
    QCOMPARE(decision.school.count, school);
    for (qsizetype i = 0; i < cells.size(); ++i)
        QCOMPARE(decision.breakdowns[0].cells[i].count, cells[i]);
    QCOMPARE(decision.breakdowns[0].notGiven.count, school - sum(cells));
}

void TestPrivacyRules::rulesArePerMetric()
{
    // The same two teams of 12 and 8 contributors; only 4 of team 2 answered the pulse item
    // (k 5), and only 9 of team 1 have a WHO-5 score (k 10).
    const MetricCounts kernwaarden { 5, 20, { breakdown(QStringLiteral("team"), { 12, 8 }) } };
    const MetricCounts pulse { 5, 16, { breakdown(QStringLiteral("team"), { 12, 4 }) } };
    const MetricCounts who5 { 10, 17, { breakdown(QStringLiteral("team"), { 9, 8 }) } };
    QCOMPARE(codes(decided(decideRelease(kernwaarden))), QStringLiteral("R|RR|K"));
    QCOMPARE(codes(decided(decideRelease(pulse))), QStringLiteral("R|DK|K"));
    QCOMPARE(codes(decided(decideRelease(who5))), QStringLiteral("R|KK|K"));
}

void TestPrivacyRules::everyBreakdownProtectsItsOwnCells()
{
    // A school of 12: teams of 8 and 4, roles of 7 and 5, age bands 6 and 3 (3 left it out).
    const MetricCounts counts { 5, 12,
        { breakdown(QStringLiteral("team"), { 8, 4 }), breakdown(QStringLiteral("role"), { 7, 5 }),
            breakdown(QStringLiteral("age"), { 6, 3 }) },
        { atom({ "team1", "role1", "age1" }, 5), atom({ "team1", "role2", "age2" }, 3),
            atom({ "team2", "role1", "age1" }, 1), atom({ "team2", "role1", "" }, 1),
            atom({ "team2", "role2", "" }, 2) } };
    const MetricDecision decision = decided(decideRelease(counts));
    QCOMPARE(codes(decision, 0), QStringLiteral("R|DK|K"));
    QCOMPARE(codes(decision, 1), QStringLiteral("R|RR|K"));
    // Within the age bands, 3 + 3 not given = 6 withheld would let the band of 6 stay; but it
    // lies inside role 1 (7): role 1 − band 1 is the one colleague of role 1 who left the age
    // out. The band goes (withholding role 1 would not do: it is the school − role 2).
    QCOMPARE(codes(decision, 2), QStringLiteral("R|XK|K"));

    // Below k the school releases nothing, in any breakdown.
    const MetricCounts small { 5, 4,
        { breakdown(QStringLiteral("team"), { 4 }), breakdown(QStringLiteral("role"), { 2, 2 }) },
        { atom({ "team1", "role1" }, 2), atom({ "team1", "role2" }, 2) } };
    const MetricDecision none = decided(decideRelease(small));
    QCOMPARE(codes(none, 0), QStringLiteral("K|K|K"));
    QCOMPARE(codes(none, 1), QStringLiteral("K|KK|K"));
}

// Teams × roles, hand-worked. Atoms as "team role count", team or role 0 for "not given".
void TestPrivacyRules::crossBreakdowns_data()
{
    QTest::addColumn<int>("k");
    QTest::addColumn<QList<int>>("table"); // triples: team (1-based, 0 none), role, count
    QTest::addColumn<QString>("teamCodes");
    QTest::addColumn<QString>("roleCodes");

    // Issue 13: roles whose cells subtract from the teams. Role 1 is all of team 1 and one
    // colleague of team 2: role 1 − team 1 is that colleague. Each breakdown passes alone.
    // No single cell fixes it (the other team or role follows from the school), so one whole
    // breakdown goes: the smallest first that resolves it, team 1, and then team 2 with it.
    QTest::newRow("a role is a team plus one")
        << 5 << QList<int> { 1, 1, 10, 2, 1, 1, 2, 2, 9 } << "R|XX|K"
        << "R|RR|K";
    // Every combination of at least k: nothing follows across.
    QTest::newRow("four combinations of 5")
        << 5 << QList<int> { 1, 1, 5, 1, 2, 5, 2, 1, 5, 2, 2, 5 } << "R|RR|K"
        << "R|RR|K";
    // Two colleagues cross over: team 1 − role 1 is one colleague's value minus another's.
    QTest::newRow("two cross over")
        << 5 << QList<int> { 1, 1, 6, 1, 2, 1, 2, 1, 1, 2, 2, 6 } << "R|XX|K"
        << "R|RR|K";
    // A role nested in a team with k or more to spare is fine; 4 to spare is not.
    QTest::newRow("role inside a team, 5 to spare")
        << 5 << QList<int> { 1, 1, 6, 1, 2, 5, 2, 2, 10 } << "R|RR|K"
        << "R|RR|K";
    // With 4 to spare, no single cell fixes it: team 1 goes (its edge crosses the weak cut),
    // then team 2, which would give team 1 away as the school minus team 2.
    QTest::newRow("role inside a team, 4 to spare")
        << 5 << QList<int> { 1, 1, 6, 1, 2, 4, 2, 2, 10 } << "R|XX|K"
        << "R|RR|K";
}

void TestPrivacyRules::crossBreakdowns()
{
    QFETCH(int, k);
    QFETCH(QList<int>, table);
    QFETCH(QString, teamCodes);
    QFETCH(QString, roleCodes);

    QList<int> team(2, 0), role(2, 0);
    int school = 0;
    QList<Atom> atoms;
    for (qsizetype i = 0; i + 2 < table.size(); i += 3) {
        const int t = table[i], r = table[i + 1], n = table[i + 2];
        if (t > 0)
            team[t - 1] += n;
        if (r > 0)
            role[r - 1] += n;
        school += n;
        atoms.append({ { t > 0 ? QStringLiteral("team%1").arg(t) : QString(),
                           r > 0 ? QStringLiteral("role%1").arg(r) : QString() },
            n });
    }
    const MetricDecision decision = decided(decideRelease({ k, school,
        { breakdown(QStringLiteral("team"), team), breakdown(QStringLiteral("role"), role) },
        atoms }));
    QCOMPARE(codes(decision, 0), teamCodes);
    QCOMPARE(codes(decision, 1), roleCodes);
}

void TestPrivacyRules::atomsMustAddUp()
{
    const QList<Breakdown> two { breakdown(QStringLiteral("team"), { 6, 6 }),
        breakdown(QStringLiteral("role"), { 6, 6 }) };
    // Missing: with two breakdowns the combinations are required.
    QVERIFY(!decideRelease({ 5, 12, two, {} }).ok());
    // Not adding up to a cell, or to the school; a cell the breakdowns lack; a combination twice.
    QVERIFY(!decideRelease(
        { 5, 12, two, { atom({ "team1", "role1" }, 6), atom({ "team2", "role1" }, 6) } })
                 .ok());
    QVERIFY(!decideRelease(
        { 5, 12, two, { atom({ "team1", "role1" }, 6), atom({ "team2", "role2" }, 5) } })
                 .ok());
    QVERIFY(!decideRelease(
        { 5, 12, two, { atom({ "team1", "role1" }, 6), atom({ "team3", "role2" }, 6) } })
                 .ok());
    QVERIFY(!decideRelease({ 5, 12, two,
                               { atom({ "team1", "role1" }, 3), atom({ "team1", "role1" }, 3),
                                   atom({ "team2", "role2" }, 6) } })
                 .ok());
    QVERIFY(decideRelease(
        { 5, 12, two, { atom({ "team1", "role1" }, 6), atom({ "team2", "role2" }, 6) } })
                .ok());
}

void TestPrivacyRules::reRelease_data()
{
    QTest::addColumn<int>("k");
    QTest::addColumn<QList<int>>("earlierCells"); // named cells, then "not given"
    QTest::addColumn<QString>("earlierExpected");
    QTest::addColumn<QList<int>>("cells");
    QTest::addColumn<QString>("expected");

    const QString both = QStringLiteral("R|RR|K");
    QTest::newRow("nothing late") << 5 << QList<int> { 10, 10, 0 } << both
                                  << QList<int> { 10, 10, 0 } << "R|RR|K";
    // A cell that was empty earlier showed nothing then: what is added counts as a first time.
    QTest::newRow("late not given, 6")
        << 5 << QList<int> { 10, 10, 0 } << both << QList<int> { 10, 10, 6 } << "R|RR|R";
    // Issue 13: a re-release adding fewer than k. Two late files in team 1: the school would
    // change by 2 as well, so nothing changes and the files wait.
    QTest::newRow("adds 2") << 5 << QList<int> { 10, 10, 0 } << both << QList<int> { 12, 10, 0 }
                            << "A|AA|K";
    QTest::newRow("adds 4 to the not given")
        << 5 << QList<int> { 10, 10, 0 } << both << QList<int> { 10, 10, 4 } << "A|AA|A";
    QTest::newRow("adds 6 to team 1")
        << 5 << QList<int> { 10, 10, 0 } << both << QList<int> { 16, 10, 0 } << "R|RR|K";
    // 3 + 3: the school may show the 6, neither team its 3.
    QTest::newRow("adds 3 and 3") << 5 << QList<int> { 10, 10, 0 } << both
                                  << QList<int> { 13, 13, 0 } << "R|AA|K";
    // 5 + 1: the 1 cannot change, and the 5 would give it away as the school's 6 − 5.
    QTest::newRow("adds 5 and 1") << 5 << QList<int> { 10, 10, 0 } << both
                                  << QList<int> { 15, 11, 0 } << "R|DA|K";
    // 5 + 1 + 5: the 1 waits, the smaller 5 protects it.
    QTest::newRow("adds 5, 1 and 5") << 5 << QList<int> { 10, 10, 10, 0 } << "R|RRR|K"
                                     << QList<int> { 15, 11, 15, 0 } << "R|SAR|K";
    // Withheld earlier, withheld for good: showing team 2 and 3 now would give team 2's earlier
    // 3 away as (earlier school − team 1) − team 3.
    QTest::newRow("withheld cells stay withheld")
        << 5 << QList<int> { 10, 3, 7, 0 } << "R|RKS|K" << QList<int> { 10, 8, 7, 0 } << "R|REE|K";
    QTest::newRow("earlier school below k")
        << 5 << QList<int> { 2, 2, 0 } << "K|KK|K" << QList<int> { 10, 10, 0 } << "E|EE|K";
}

void TestPrivacyRules::reRelease()
{
    QFETCH(int, k);
    QFETCH(QList<int>, earlierCells);
    QFETCH(QString, earlierExpected);
    QFETCH(QList<int>, cells);
    QFETCH(QString, expected);

    const MetricDecision earlier = decided(
        decideRelease(teams(k, sum(earlierCells), earlierCells.first(earlierCells.size() - 1))));
    QCOMPARE(codes(earlier), earlierExpected);
    const MetricDecision again
        = decided(decideReRelease(teams(k, sum(cells), cells.first(cells.size() - 1)), earlier));
    QCOMPARE(codes(again), expected);
    QCOMPARE(again.school.count, sum(cells));
}

void TestPrivacyRules::impossibleCountsAreRefused()
{
    QVERIFY(!decideRelease(teams(4, 20, { 10, 10 })));
    QVERIFY(!decideRelease(teams(5, 19, { 10, 10 })));
    QVERIFY(!decideRelease(teams(5, 20, { 10, -1 })));
    QVERIFY(!decideRelease(teams(5, -1, {})));
    MetricCounts twice = teams(5, 20, { 10, 10 });
    twice.breakdowns[0].cells[1].id = twice.breakdowns[0].cells[0].id;
    const auto refused = decideRelease(twice);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, kw::Error::Code::InvalidInput);
    QVERIFY(refused.error().message.contains(QStringLiteral("team1")));
    QVERIFY(decideRelease(teams(5, 20, { 10, 10 })));

    const MetricDecision earlier = decided(decideRelease(teams(5, 20, { 10, 10 })));
    QVERIFY(!decideReRelease(teams(5, 19, { 10, 9 }), earlier)); // fewer than before
    QVERIFY(!decideReRelease(teams(5, 20, { 20 }), earlier)); // other groups
    MetricCounts renamed = teams(5, 20, { 10, 10 });
    renamed.breakdowns[0].cells[1].id = QStringLiteral("other");
    QVERIFY(!decideReRelease(renamed, earlier));
    QVERIFY(decideReRelease(teams(5, 20, { 10, 10 }), earlier));
}

void TestPrivacyRules::reasonsNeverStateANumber()
{
    const QList<Reason> all { Reason::Released, Reason::FewerThanK, Reason::ProtectsSmallerGroup,
        Reason::TooCloseToAnotherGroup, Reason::TooFewAdded, Reason::WithheldEarlier,
        Reason::ImpossibleSum, Reason::CrossesBreakdown };
    QSet<QString> seen;
    for (Reason reason : all) {
        const QString text = reasonText(reason);
        QVERIFY(!text.isEmpty());
        for (QChar c : text)
            QVERIFY2(!c.isDigit(), qPrintable(text));
        seen.insert(text);
    }
    QCOMPARE(seen.size(), all.size());
}

void TestPrivacyRules::noSmallGroupFollowsFromAFirstRelease()
{
    QRandomGenerator random(13);
    int released = 0;
    int withheld = 0;
    for (int round = 0; round < 3000; ++round) {
        const int k = random.bounded(5, 11);
        const QList<int> people = randomCells(random, k); // named cells, then "not given"
        const MetricDecision decision
            = decided(decideRelease(teams(k, sum(people), people.first(people.size() - 1))));
        const QList<CellDecision> cells = allCells(decision.breakdowns[0]);

        QList<Vec> published;
        if (decision.school.released())
            published.append(Vec(people.size(), 1.0));
        for (qsizetype a = 0; a < cells.size(); ++a) {
            if (cells[a].released()) {
                published.append(unit(people.size(), { a }));
                QVERIFY(people[a] >= k);
            }
        }
        QStringList shown;
        for (int n : people)
            shown.append(QString::number(n));
        const QString where
            = QStringLiteral("k %1, cells %2 → %3").arg(k).arg(shown.join(u' '), codes(decision));
        const quint32 leak = smallGroupThatFollows(people, published, k);
        QVERIFY2(leak == 0, qPrintable(where));
        for (qsizetype a = 0; a < cells.size(); ++a) {
            if (!cells[a].released() && people[a] > 0) {
                ++withheld;
                QVERIFY2(!follows(published, unit(people.size(), { a })), qPrintable(where));
            } else if (cells[a].released()) {
                ++released;
            }
        }
    }
    // The rounds really try both sides.
    QVERIFY(released > 1000);
    QVERIFY(withheld > 1000);
}

void TestPrivacyRules::noSmallGroupFollowsFromBothReleases()
{
    QRandomGenerator random(4);
    int updated = 0;
    for (int round = 0; round < 1500; ++round) {
        const int k = random.bounded(5, 11);
        const QList<int> before = randomCells(random, k);
        QList<int> added;
        for (qsizetype i = 0; i < before.size(); ++i)
            added.append(random.bounded(2) == 0 ? 0 : random.bounded(1, k + 3));
        QList<int> after;
        for (qsizetype i = 0; i < before.size(); ++i)
            after.append(before[i] + added[i]);

        const MetricDecision earlier
            = decided(decideRelease(teams(k, sum(before), before.first(before.size() - 1))));
        const MetricDecision again = decided(
            decideReRelease(teams(k, sum(after), after.first(after.size() - 1)), earlier));

        // Atoms: cell i's earlier contributors are 2i, the ones added since are 2i + 1.
        const qsizetype n = before.size();
        QList<int> people;
        for (qsizetype i = 0; i < n; ++i)
            people << before[i] << added[i];
        QList<Vec> published;
        QList<qsizetype> earlierAtoms;
        QList<qsizetype> allAtoms;
        for (qsizetype i = 0; i < n; ++i) {
            earlierAtoms << 2 * i;
            allAtoms << 2 * i << 2 * i + 1;
        }
        if (earlier.school.released())
            published.append(unit(2 * n, earlierAtoms));
        if (again.school.released())
            published.append(unit(2 * n, allAtoms));
        const QList<CellDecision> earlierCells = allCells(earlier.breakdowns[0]);
        const QList<CellDecision> cells = allCells(again.breakdowns[0]);
        for (qsizetype i = 0; i < n; ++i) {
            if (earlierCells[i].released())
                published.append(unit(2 * n, { 2 * i }));
            if (cells[i].released()) {
                published.append(unit(2 * n, { 2 * i, 2 * i + 1 }));
                if (added[i] > 0)
                    ++updated;
            }
        }
        const QString where = QStringLiteral("k %1, round %2 → %3 then %4")
                                  .arg(k)
                                  .arg(round)
                                  .arg(codes(earlier), codes(again));
        QVERIFY2(smallGroupThatFollows(people, published, k) == 0, qPrintable(where));
        for (qsizetype i = 0; i < n; ++i) {
            if (!earlierCells[i].released() && !cells[i].released() && after[i] > 0)
                QVERIFY2(!follows(published, unit(2 * n, { 2 * i, 2 * i + 1 })), qPrintable(where));
        }
    }
    QVERIFY(updated > 300);
}

void TestPrivacyRules::noSmallGroupFollowsFromTwoBreakdowns()
{
    // Teams × roles (two or three teams, two roles, each with a "not given" cell): whatever the
    // table, no group of 1 to k − 1 people follows from the school and both breakdowns.
    QRandomGenerator random(2027);
    int crossed = 0;
    int released = 0;
    for (int round = 0; round < 1000; ++round) {
        const int k = random.bounded(5, 8);
        const QList<QList<int>> table = randomTable(random, k, random.bounded(2, 4), 2);
        const MetricDecision decision = decided(decideRelease(tableCounts(k, table)));
        const qsizetype teams = table.size() - 1, roles = table.first().size() - 1;
        const qsizetype width = (teams + 1) * (roles + 1);
        QList<int> people;
        for (const QList<int>& row : table)
            people += row;
        QList<Vec> published;
        publishTable(published, decision, teams, roles, width,
            [](qsizetype a) { return QList<qsizetype> { a }; });
        const QString where = QStringLiteral("k %1, round %2: %3 / %4")
                                  .arg(k)
                                  .arg(round)
                                  .arg(codes(decision, 0), codes(decision, 1));
        QVERIFY2(smallGroupThatFollows(people, published, k) == 0, qPrintable(where));
        for (qsizetype b = 0; b < 2; ++b) {
            for (const CellDecision& cell : allCells(decision.breakdowns[b])) {
                crossed += cell.reason == Reason::CrossesBreakdown ? 1 : 0;
                released += cell.released() ? 1 : 0;
            }
        }
    }
    // The rounds really cross breakdowns, and still release.
    QVERIFY2(crossed > 100, qPrintable(QString::number(crossed)));
    QVERIFY(released > 1000);
}

void TestPrivacyRules::noSmallGroupFollowsFromTwoBreakdownsReleasedTwice()
{
    // Two teams × two roles, released, then released again with late contributors: together
    // the two releases show no group of 1 to k − 1 people. Atom 2a: combination a's earlier
    // contributors; 2a + 1: the ones added since.
    QRandomGenerator random(31);
    int updated = 0;
    for (int round = 0; round < 800; ++round) {
        const int k = random.bounded(5, 8);
        QList<QList<int>> before = randomTable(random, k, 2, 2);
        QList<QList<int>> after = before;
        for (qsizetype t = 0; t < 3; ++t) {
            for (qsizetype r = 0; r < 3; ++r) {
                if (t == 2 || r == 2)
                    before[t][r] = after[t][r] = 0; // keep the oracle small: all given
                else if (random.bounded(2) == 0)
                    after[t][r] += random.bounded(1, k + 2);
            }
        }
        const MetricDecision earlier = decided(decideRelease(tableCounts(k, before)));
        const MetricDecision again = decided(decideReRelease(tableCounts(k, after), earlier));
        QList<int> people;
        for (qsizetype t = 0; t < 3; ++t) {
            for (qsizetype r = 0; r < 3; ++r)
                people << before[t][r] << after[t][r] - before[t][r];
        }
        QList<Vec> published;
        publishTable(published, earlier, 2, 2, people.size(),
            [](qsizetype a) { return QList<qsizetype> { 2 * a }; });
        publishTable(published, again, 2, 2, people.size(), [](qsizetype a) {
            return QList<qsizetype> { 2 * a, 2 * a + 1 };
        });
        const QString where
            = QStringLiteral("k %1, round %2: %3 / %4 then %5 / %6")
                  .arg(k)
                  .arg(round)
                  .arg(codes(earlier, 0), codes(earlier, 1), codes(again, 0), codes(again, 1));
        QVERIFY2(smallGroupThatFollows(people, published, k) == 0, qPrintable(where));
        for (qsizetype b = 0; b < 2; ++b) {
            const QList<CellDecision> cells = allCells(again.breakdowns[b]);
            const QList<CellDecision> was = allCells(earlier.breakdowns[b]);
            for (qsizetype c = 0; c < cells.size(); ++c)
                updated += cells[c].released() && cells[c].count > was[c].count ? 1 : 0;
        }
    }
    QVERIFY(updated > 100);
}

void TestPrivacyRules::threeBreakdownsAreCheckedInPairsOnly()
{
    // A known limit (docs/privacy.md): every two breakdowns are checked exactly, three at once
    // are not. Two teams, two roles, two age bands; 3 colleagues in team 2, role 1, band 2.
    // Every two breakdowns pass, yet team 2 + role 1 − band 2 is exactly those 3. In random
    // tables of this shape about 1 in 60 still shows such a group.
    const int people[8]
        = { 0, 5, 6, 0, 0, 3, 0, 6 }; // (team, role, band) = a / 4, a / 2 % 2, a % 2
    MetricCounts counts { 5, 0, {}, {} };
    QList<int> team(2, 0), role(2, 0), band(2, 0);
    QList<int> atomPeople;
    for (int a = 0; a < 8; ++a) {
        const int t = a / 4, r = a / 2 % 2, b = a % 2;
        team[t] += people[a];
        role[r] += people[a];
        band[b] += people[a];
        counts.school += people[a];
        atomPeople.append(people[a]);
        if (people[a] > 0)
            counts.atoms.append(
                { { QStringLiteral("team%1").arg(t + 1), QStringLiteral("role%1").arg(r + 1),
                      QStringLiteral("band%1").arg(b + 1) },
                    people[a] });
    }
    counts.breakdowns = { breakdown(QStringLiteral("team"), team),
        breakdown(QStringLiteral("role"), role), breakdown(QStringLiteral("band"), band) };
    const MetricDecision decision = decided(decideRelease(counts));
    QList<Vec> published { Vec(8, 1.0) };
    for (int b = 0; b < 3; ++b) {
        for (int c = 0; c < 2; ++c) {
            if (!decision.breakdowns[b].cells[c].released())
                continue;
            Vec v(8, 0.0);
            for (int a = 0; a < 8; ++a) {
                const int of[3] = { a / 4, a / 2 % 2, a % 2 };
                v[a] = of[b] == c ? 1.0 : 0.0;
            }
            published.append(v);
        }
    }
    QCOMPARE(published.size(), 7); // everything released
    QEXPECT_FAIL("", "three breakdowns at once are checked in pairs only", Continue);
    QCOMPARE(smallGroupThatFollows(atomPeople, published, 5), 0u);
}

QTEST_APPLESS_MAIN(TestPrivacyRules)
#include "tst_privacy_rules.moc"
