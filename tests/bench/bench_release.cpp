// The custodian's release and HR's check over a bestuur-sized period: N teachers' real
// contributions (written as a device writes them, opened as the custodian's inbox opens them),
// then, per period, the check before the release (the custodian's request, HR's answer with
// every part opened), draftRelease + writeReleaseFile (the custodian) and checkRelease (HR:
// every part opened and its teacher signature checked, the rules again, the sums).
//
//   bench_release [--teachers 10000] [--periods 6]
//
// Prints figures; it never fails on time. docs/benchmarks.md has the numbers and how to rerun.
#include "bench_report.h"
#include "exchange/check_file.h"
#include "exchange/contribution_file.h"
#include "exchange/crypto.h"
#include "exchange/demo_keys.h"
#include "exchange/envelope.h"
#include "exchange/metric_layout.h"
#include "exchange/release_file.h"
#include "school/hr_part.h"
#include "school/release_check.h"
#include "school/release_maker.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <optional>

using namespace kw;
using namespace kw::exchange;

namespace {

int option(const QStringList& args, const QString& name, int fallback)
{
    const qsizetype at = args.indexOf(name);
    return at >= 0 && at + 1 < args.size() ? args[at + 1].toInt() : fallback;
}

/** The custodian's holding of one period: N contributions across the demo school's cohorts. */
QList<school::KeptContribution> periodOf(
    const SchoolProfile& profile, const QString& period, int teachers)
{
    const MetricLayout layout = MetricLayout::forProfile(profile);
    const QStringList teams { QStringLiteral("onderbouw"), QStringLiteral("middenbouw"),
        QStringLiteral("bovenbouw"), {} };
    const QStringList roles { QStringLiteral("leraar"), QStringLiteral("onderwijsassistent"),
        QStringLiteral("ib"), QStringLiteral("teamleider") };
    QList<school::KeptContribution> kept;
    for (int n = 0; n < teachers; ++n) {
        ContributionPart plain;
        plain.schoolId = profile.schoolId;
        plain.profileVersion = profile.version;
        plain.period = period;
        plain.cohort = { teams[n % teams.size()], roles[(n / 4) % roles.size()], {} };
        plain.layoutDigest = layout.digest();
        plain.values.assign(std::size_t(layout.slotCount()), 0);
        plain.present.assign(std::size_t(layout.metrics().size()), false);
        for (int m = 0; m < layout.metrics().size(); ++m) {
            if ((n + m) % 11 == 0)
                continue; // some metrics absent, as in real periods
            const auto value = std::uint64_t((n * 37 + m * 101) % 9000);
            plain.present[std::size_t(m)] = true;
            plain.values[std::size_t(MetricLayout::valueSlot(m))] = value;
            plain.values[std::size_t(MetricLayout::squareSlot(m))] = value * value;
        }
        const QByteArray secret = crypto::hash("bench teacher " + QByteArray::number(n));
        auto file = writeContributionFile(plain, profile, secret, systemRandom());
        auto part = openContributionFile(*file, demoCustodianKeys(), &profile);
        const auto envelope = readEnvelope(*file);
        kept.append({ *part, QByteArray::fromStdString(envelope->seals(0).SerializeAsString()) });
    }
    return kept;
}

} // namespace

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    const int teachers = option(args, QStringLiteral("--teachers"), 10000);
    const int periods = option(args, QStringLiteral("--periods"), 6);
    const SchoolProfile profile = demoProfile();
    const KeySet custodian = demoCustodianKeys();
    const KeySet hr = demoSchoolKeys();

    bench::say(QStringLiteral("bench_release (%1 build) — %2")
                   .arg(QStringLiteral(KW_BENCH_BUILD_TYPE), bench::machineLine()));
    bench::say(QStringLiteral("%1 teachers × %2 periods = %3 contributions; %4 metrics each")
                   .arg(teachers)
                   .arg(periods)
                   .arg(teachers * periods)
                   .arg(MetricLayout::forProfile(profile).metrics().size()));
    bench::say(bench::tableRow(
        { QStringLiteral("period"), QStringLiteral("HR answer ms"), QStringLiteral("release ms"),
            QStringLiteral("HR check ms"), QStringLiteral("of it sums"), QStringLiteral("parts/s"),
            QStringLiteral("file KB"), QStringLiteral("released") },
        16, 12));
    double answerTotal = 0, releaseTotal = 0, checkTotal = 0, sumsTotal = 0;
    for (int p = 1; p <= periods; ++p) {
        const QString period = QStringLiteral("2026-2027/%1of6").arg(p);
        const QList<school::KeptContribution> kept = periodOf(profile, period, teachers);
        // The check before the release: the custodian's request over the draft's parts, HR's
        // signed answer (every part opened and checked).
        auto firstDraft = school::draftRelease(profile, period, {}, kept);
        CheckRequest request { profile.schoolId, profile.version, period, {} };
        QHash<QByteArray, QByteArray> sealOf;
        for (const school::KeptContribution& k : kept)
            sealOf.insert(k.part.submissionId, k.hrSeal);
        for (const ReleasedContribution& c : firstDraft->release.contributions)
            request.parts.append({ c, sealOf.value(c.submissionId) });
        const QByteArray requestFile = *writeCheckRequest(request, custodian);
        int valid = 0;
        const double answerMs = bench::timeMs([&] {
            auto answer = school::answerCheckRequest(requestFile, profile, hr);
            for (const PartVerdict& v : answer->verdicts)
                valid += v.verdict == Verdict::Valid ? 1 : 0;
            writeCheckAnswer(*answer, hr);
        });
        if (valid != request.parts.size())
            return 1;
        QByteArray file;
        const double releaseMs = bench::timeMs([&] {
            auto draft = school::draftRelease(profile, period, {}, kept);
            file = *writeReleaseFile(draft->release, custodian);
        });
        int released = 0;
        std::optional<school::CheckedRelease> checked;
        const double checkMs = bench::timeMs([&] {
            auto read = school::checkRelease(file, profile, hr, {});
            if (read)
                checked = *read;
        });
        if (!checked)
            return 1;
        for (const school::GroupFigure& f : checked->figures)
            released += f.reason == privacy::Reason::Released ? 1 : 0;
        // The part of HR's check after the parts are opened: the rules again and the sums.
        QList<school::Member> members;
        for (const ContributionPart& part : checked->hrParts)
            members.append({ part.cohort, part.present });
        const MetricLayout layout = MetricLayout::forProfile(profile);
        const double sumsMs = bench::timeMs([&] {
            auto plan = school::planRelease(profile, layout, { members });
            school::shareSums(*plan, layout, checked->hrParts);
        });
        answerTotal += answerMs;
        releaseTotal += releaseMs;
        checkTotal += checkMs;
        sumsTotal += sumsMs;
        bench::say(bench::tableRow(
            { period, bench::ms(answerMs), bench::ms(releaseMs), bench::ms(checkMs),
                bench::ms(sumsMs), QString::number(teachers / (checkMs - sumsMs) * 1000, 'f', 0),
                QString::number(file.size() / 1024), QString::number(released) },
            16, 12));
    }
    bench::say(bench::tableRow(
        { QStringLiteral("all periods"), bench::ms(answerTotal), bench::ms(releaseTotal),
            bench::ms(checkTotal), bench::ms(sumsTotal), {}, {}, {} },
        16, 12));
    return 0;
}
