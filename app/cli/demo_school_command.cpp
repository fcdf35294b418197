// kernwijzer-cli demo --school: a whole simulated school, from teachers' journals to HR's
// database, through the same code as the real thing; prints where everything is.
#include "cli/demo_school_command.h"

#include "demo/demo_school.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>

namespace kw::cli {

namespace {

QJsonObject pathsJson(const demo::DemoSchoolPaths& p)
{
    return { { QStringLiteral("folder"), p.folder }, { QStringLiteral("profile"), p.profile },
        { QStringLiteral("hrKey"), p.hrKey }, { QStringLiteral("custodianKey"), p.custodianKey },
        { QStringLiteral("journals"), p.journals }, { QStringLiteral("inbox"), p.inbox },
        { QStringLiteral("releases"), p.releases }, { QStringLiteral("hrDatabase"), p.hrDatabase },
        { QStringLiteral("custodianDatabase"), p.custodianDatabase },
        { QStringLiteral("exampleJournal"), p.exampleJournal },
        { QStringLiteral("leaderKey"), p.leaderKey },
        { QStringLiteral("leaderDatabase"), p.leaderDatabase } };
}

QJsonObject summaryJson(const demo::DemoSchoolSummary& s, qint64 ms)
{
    return { { QStringLiteral("paths"), pathsJson(s.paths) },
        { QStringLiteral("schoolName"), s.schoolName },
        { QStringLiteral("verificationCode"), s.verificationCode },
        { QStringLiteral("periods"), QJsonArray::fromStringList(s.periods) },
        { QStringLiteral("teachers"), s.teachers }, { QStringLiteral("optedIn"), s.optedIn },
        { QStringLiteral("checkins"), s.checkins },
        { QStringLiteral("reflections"), s.reflections },
        { QStringLiteral("contributions"), s.contributions },
        { QStringLiteral("reExports"), s.reExports }, { QStringLiteral("late"), s.late },
        { QStringLiteral("lateWaiting"), s.lateWaiting },
        { QStringLiteral("releases"), QJsonArray::fromStringList(s.releaseFiles) },
        { QStringLiteral("reReleases"), s.reReleases },
        { QStringLiteral("figuresReleased"), s.figuresReleased },
        { QStringLiteral("figuresWithheld"), s.figuresWithheld },
        { QStringLiteral("withheldByHr"), s.withheldByHr },
        { QStringLiteral("leaderTeachers"), s.leaderTeachers },
        { QStringLiteral("leaderConversations"), s.leaderConversations },
        { QStringLiteral("milliseconds"), ms } };
}

QStringList summaryLines(const demo::DemoSchoolSummary& s, qint64 ms)
{
    const auto& p = s.paths;
    const QString cli = QStringLiteral("kernwijzer-cli");
    return {
        QStringLiteral(
            "Simulated school %1: %2 teachers, %3 of them sharing; %4 periods, %5 to %6.")
            .arg(s.schoolName)
            .arg(s.teachers)
            .arg(s.optedIn)
            .arg(s.periods.size())
            .arg(s.periods.first(), s.periods.last()),
        QStringLiteral("  profile:        %1 (verification code %2)")
            .arg(p.profile, s.verificationCode),
        QStringLiteral("  keys:           %1, %2 (unlocked: for this demo only)")
            .arg(p.hrKey, p.custodianKey),
        QStringLiteral("  journals:       %1 (%2 check-ins, %3 reflections)")
            .arg(p.journals)
            .arg(s.checkins)
            .arg(s.reflections),
        QStringLiteral("  contributions:  %1 files in %2 (%3 re-export, %4 late, of which %5 wait "
                       "for a re-release)")
            .arg(s.contributions)
            .arg(p.inbox)
            .arg(s.reExports)
            .arg(s.late)
            .arg(s.lateWaiting),
        QStringLiteral("  custodian:      %1 (the inbox imported per period)")
            .arg(p.custodianDatabase),
        QStringLiteral("  releases:       %1 files in %2 (%3 re-release)")
            .arg(s.releaseFiles.size())
            .arg(p.releases)
            .arg(s.reReleases),
        QStringLiteral("  HR's database:  %1: %2 figures released, %3 withheld (%4 by HR's own "
                       "check)")
            .arg(p.hrDatabase)
            .arg(s.figuresReleased)
            .arg(s.figuresWithheld)
            .arg(s.withheldByHr),
        QStringLiteral("  team leader:    %1 (%2 teachers, %3 waarderingsgesprekken; key %4)")
            .arg(p.leaderDatabase)
            .arg(s.leaderTeachers)
            .arg(s.leaderConversations)
            .arg(p.leaderKey),
        QStringLiteral("  took %1 s").arg(double(ms) / 1000.0, 0, 'f', 1),
        QStringLiteral("Next, try:"),
        QStringLiteral("  %1 report --hr-db %2 --by team").arg(cli, p.hrDatabase),
        QStringLiteral("  %1 report --hr-db %2 --by team --metric item.pulse.werkdruk")
            .arg(cli, p.hrDatabase),
        QStringLiteral("  %1 report --hr-db %2 --by school --metric cutoff.who5.50")
            .arg(cli, p.hrDatabase),
        QStringLiteral("  %1 release --custodian-db %2 --key %3 --period %4 --preview")
            .arg(cli, p.custodianDatabase, p.custodianKey, s.periods.last()),
        QStringLiteral("  %1 aggregate --hr-db %2 --key %3 --period %4 --out %5.kwaggregaat")
            .arg(cli, p.hrDatabase, p.hrKey, s.periods.last(),
                QDir(p.folder).filePath(
                    QString(s.periods.last()).replace(QLatin1Char('/'), QLatin1Char('-')))),
        QStringLiteral("  %1 inspect %2").arg(cli, s.releaseFiles.value(0)),
        QStringLiteral("  %1 gesprek show --leader-db %2").arg(cli, p.leaderDatabase),
        QStringLiteral("  %1 journal list --db %2 --limit 3").arg(cli, p.exampleJournal),
        QStringLiteral("  %1 export --db %2 --preview --period %3")
            .arg(cli, p.exampleJournal, s.periods.last()),
    };
}

} // namespace

const QCommandLineOption& schoolOption()
{
    static const QCommandLineOption option({ QStringLiteral("school") },
        QStringLiteral("A whole simulated school instead of one teacher."));
    return option;
}

const QCommandLineOption& teachersOption()
{
    static const QCommandLineOption option({ QStringLiteral("teachers") },
        QStringLiteral("--school: how many teachers (%1 to %2, default 120).")
            .arg(demo::kMinSimulatedTeachers)
            .arg(demo::kMaxSimulatedTeachers),
        QStringLiteral("N"), QStringLiteral("120"));
    return option;
}

const QCommandLineOption& periodsOption()
{
    static const QCommandLineOption option({ QStringLiteral("periods") },
        QStringLiteral("--school: how many closed two-month periods (1 to %1, default 6).")
            .arg(demo::kMaxSimulatedPeriods),
        QStringLiteral("P"), QStringLiteral("6"));
    return option;
}

const QCommandLineOption& schoolIdOption()
{
    static const QCommandLineOption option({ QStringLiteral("school-id") },
        QStringLiteral("--school: the school's id (default sim-de-vlinder); simulate a second "
                       "school with another id (and --seed) for a bestuur of two."),
        QStringLiteral("ID"));
    return option;
}

int runDemoSchool(const CommandArgs& a, const QString& out, quint32 seed)
{
    const auto teachers = parseWholeNumber(
        a.value(teachersOption()), demo::kMinSimulatedTeachers, demo::kMaxSimulatedTeachers);
    if (!teachers)
        return a.usage(QStringLiteral("--teachers takes %1 to %2.")
                           .arg(demo::kMinSimulatedTeachers)
                           .arg(demo::kMaxSimulatedTeachers));
    const auto periods = parseWholeNumber(a.value(periodsOption()), 1, demo::kMaxSimulatedPeriods);
    if (!periods)
        return a.usage(QStringLiteral("--periods takes 1 to %1.").arg(demo::kMaxSimulatedPeriods));

    demo::DemoSchoolOptions options { int(*teachers), int(*periods), seed };
    if (a.isSet(schoolIdOption())) {
        options.schoolId = a.value(schoolIdOption());
        if (!isProfileId(options.schoolId))
            return a.usage(QStringLiteral("--school-id takes 1 to 40 lowercase letters, digits, - "
                                          "and _, starting with a letter or digit."));
        QStringList words = options.schoolId.split(
            QRegularExpression(QStringLiteral("[-_]")), Qt::SkipEmptyParts);
        for (QString& word : words)
            word[0] = word[0].toUpper();
        options.schoolName
            = QStringLiteral("Basisschool %1 (simulatie)").arg(words.join(QLatin1Char(' ')));
    }
    QElapsedTimer timer;
    timer.start();
    auto summary = demo::simulateSchool(out, a.ctx().clock, options);
    if (!summary)
        return a.failed(summary.error());
    const qint64 ms = timer.elapsed();
    return a.print(summaryJson(*summary, ms), summaryLines(*summary, ms));
}

} // namespace kw::cli
