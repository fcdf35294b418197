#include "demo/demo_school.h"

#include "demo/demo_leader.h"
#include "demo/demo_school_profile.h"
#include "demo/demo_school_releases.h"
#include "demo/demo_school_teacher.h"
#include "demo/demo_staff.h"
#include "demo/demo_text.h"
#include "exchange/envelope.h"
#include "exchange/verification_code.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMap>
#include <algorithm>
#include <atomic>
#include <optional>
#include <thread>
#include <vector>

namespace kw::demo {

namespace {

Status checkOptions(const DemoSchoolOptions& options)
{
    if (options.teachers < kMinSimulatedTeachers || options.teachers > kMaxSimulatedTeachers)
        return Error { Error::Code::InvalidInput,
            Text::tr("A simulated school has %1 to %2 teachers.")
                .arg(kMinSimulatedTeachers)
                .arg(kMaxSimulatedTeachers) };
    if (options.periods < 1 || options.periods > kMaxSimulatedPeriods)
        return Error { Error::Code::InvalidInput,
            Text::tr("A simulated school has 1 to %1 periods.").arg(kMaxSimulatedPeriods) };
    if (!isProfileId(options.schoolId) || options.schoolName.trimmed().isEmpty())
        return Error { Error::Code::InvalidInput,
            Text::tr("A simulated school's id is 1 to 40 lowercase letters, digits, - and _, "
                     "and its name is not blank.") };
    return {};
}

/** The folder, made when missing; refused when it holds anything, so no old file mixes in. */
Result<DemoSchoolPaths> prepareFolder(
    const QString& folder, const QList<exchange::ExchangePeriod>& periods)
{
    const QDir root(QDir(folder).absolutePath());
    if (!QDir().mkpath(root.path()))
        return Error { Error::Code::Io, Text::tr("Cannot create the folder %1.").arg(root.path()) };
    if (!root.isEmpty(QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden | QDir::System))
        return Error { Error::Code::InvalidInput,
            Text::tr("%1 is not empty; the simulated school needs an empty or new folder.")
                .arg(root.path()) };
    DemoSchoolPaths paths = demoSchoolPaths(root.path());
    QStringList folders { root.filePath(QStringLiteral("keys")), paths.journals, paths.releases };
    for (const exchange::ExchangePeriod& period : periods)
        folders << inboxFolder(paths.inbox, period);
    for (const QString& path : std::as_const(folders)) {
        if (!QDir().mkpath(path))
            return Error { Error::Code::Io, Text::tr("Cannot create the folder %1.").arg(path) };
    }
    return paths;
}

/**
 * The profile, as HR hands it out, and the key holders' files (the leader's when there is one);
 * the secret ones unlocked.
 */
Status writeSchoolFiles(const DemoSchoolPaths& paths, const QByteArray& profileFile,
    const SchoolKeys& keys, const std::optional<exchange::KeySet>& leader)
{
    QList<std::pair<QString, QByteArray>> files {
        { paths.profile, profileFile },
        { paths.hrKey, exchange::writeSecretKeyFile(keys.hr) },
        { paths.hrKey + QStringLiteral(".pub"), exchange::writePublicKeyFile(keys.hr) },
        { paths.custodianKey, exchange::writeSecretKeyFile(keys.custodian) },
        { paths.custodianKey + QStringLiteral(".pub"),
            exchange::writePublicKeyFile(keys.custodian) },
    };
    if (leader)
        files << std::pair { paths.leaderKey, exchange::writeSecretKeyFile(*leader) }
              << std::pair { paths.leaderKey + QStringLiteral(".pub"),
                     exchange::writePublicKeyFile(*leader) };
    for (const auto& [path, bytes] : files) {
        if (Status s = exchange::writeFileAtomically(path, bytes); !s)
            return s;
    }
    for (const QString& secret : { paths.hrKey, paths.custodianKey, paths.leaderKey })
        if (QFileInfo::exists(secret))
            QFile::setPermissions(secret, QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    return {};
}

/**
 * Each teacher's year, on several threads: each writes files of its own only, and most of the
 * time goes into waiting for the disk, so more threads than cores help. The first failure by
 * teacher number is the one reported, whatever the threads' order.
 */
Result<QList<TeacherYear>> liveEveryYear(const SimulatedStaff& staff, const SchoolSetting& setting)
{
    const qsizetype count = staff.teachers.size();
    QList<TeacherYear> years(count);
    QList<std::optional<Error>> errors(count);
    TeacherYear* year = years.data(); // detached here, once: each thread writes its own slots
    std::optional<Error>* error = errors.data();
    std::atomic<qsizetype> next { 0 };
    const auto work = [&] {
        for (qsizetype i = next++; i < count; i = next++) {
            auto lived = liveTeacherYear(staff.teachers[i], setting);
            if (lived)
                year[i] = *lived;
            else
                error[i] = lived.error();
        }
    };
    const qsizetype threads = std::min<qsizetype>(
        2 * qsizetype(std::max(2u, std::thread::hardware_concurrency())), count);
    std::vector<std::thread> helpers;
    for (qsizetype t = 1; t < threads; ++t)
        helpers.emplace_back(work);
    work();
    for (std::thread& helper : helpers)
        helper.join();
    for (const std::optional<Error>& e : std::as_const(errors)) {
        if (e)
            return *e;
    }
    return years;
}

} // namespace

Result<DemoSchoolSummary> simulateSchool(
    const QString& folder, const Clock& clock, const DemoSchoolOptions& options)
{
    if (Status s = checkOptions(options); !s)
        return s.error();
    QList<exchange::ExchangePeriod> periods
        = exchange::closedPeriods(clock.today(), 2, options.periods);
    std::reverse(periods.begin(), periods.end());
    auto paths = prepareFolder(folder, periods);
    if (!paths)
        return paths.error();

    const SimulatedStaff staff = simulateStaff(options.teachers, options.periods, options.seed);
    const SchoolKeys keys = createSchoolKeys();
    SchoolSetting setting;
    setting.profile = simulatedSchoolProfile(
        { options.schoolId, options.schoolName }, staff, keys, clock.today());
    std::optional<exchange::KeySet> leader;
    if (options.leader) {
        leader = createLeaderKeys();
        if (Status s = listDemoLeader(setting.profile, *leader); !s)
            return s.error();
    }
    auto profileFile = coSignedProfileFile(setting.profile, keys);
    if (!profileFile)
        return profileFile.error();
    setting.profileFile = *profileFile;
    setting.verificationCode = exchange::verificationCode(setting.profile);
    setting.periods = periods;
    setting.journals = paths->journals;
    setting.inbox = paths->inbox;
    setting.seed = options.seed;
    if (Status s = writeSchoolFiles(*paths, setting.profileFile, keys, leader); !s)
        return s.error();

    DemoSchoolSummary summary;
    summary.paths = *paths;
    summary.schoolName = setting.profile.schoolName;
    summary.verificationCode = setting.verificationCode;
    for (const exchange::ExchangePeriod& period : std::as_const(periods))
        summary.periods << period.id();
    summary.teachers = int(staff.teachers.size());

    auto years = liveEveryYear(staff, setting);
    if (!years)
        return years.error();
    for (qsizetype i = 0; i < staff.teachers.size(); ++i) {
        const SimulatedTeacher& teacher = staff.teachers[i];
        summary.optedIn += teacher.optedIn ? 1 : 0;
        summary.checkins += (*years)[i].checkins;
        summary.reflections += (*years)[i].reflections;
        summary.contributions += (*years)[i].exports;
        summary.reExports += teacher.reExportPeriod >= 0 && teacher.optedIn ? 1 : 0;
        if (summary.paths.exampleJournal.isEmpty() && teacher.optedIn
            && (*years)[i].reflections > 0)
            summary.paths.exampleJournal = journalPath(paths->journals, teacher);
    }

    // The custodian's database; each period's first release, from the files that came in on
    // time.
    auto custodian = custodianWithProfile(paths->custodianDatabase, setting.profileFile, clock);
    if (!custodian)
        return custodian.error();
    QStringList lateReleases;
    for (int p = 0; p < periods.size(); ++p) {
        auto made = releasePeriod(**custodian, setting, keys, periods[p], paths->releases);
        if (!made)
            return made.error();
        if (!made->path.isEmpty())
            summary.releaseFiles << made->path;
    }
    // Then the late files, and a re-release of each period they came in for where they allow.
    QList<int> latePeriods;
    for (const SimulatedTeacher& teacher : staff.teachers) {
        if (!teacher.optedIn || teacher.latePeriod < 0)
            continue;
        if (Status s = exportLate(teacher, setting, clock.now()); !s)
            return s.error();
        ++summary.late;
        ++summary.contributions;
        if (!latePeriods.contains(teacher.latePeriod))
            latePeriods << teacher.latePeriod;
    }
    std::sort(latePeriods.begin(), latePeriods.end());
    for (int p : std::as_const(latePeriods)) {
        auto made = releasePeriod(**custodian, setting, keys, periods[p], paths->releases);
        if (!made)
            return made.error();
        summary.lateWaiting += made->waiting;
        if (made->path.isEmpty())
            continue;
        lateReleases << made->path;
        summary.reReleases += made->releaseNumber > 1 ? 1 : 0;
    }
    summary.releaseFiles << lateReleases;

    auto hr = hrImportsReleases(
        paths->hrDatabase, setting.profileFile, keys.hr, summary.releaseFiles, clock);
    if (!hr)
        return hr.error();
    summary.figuresReleased = hr->released;
    summary.figuresWithheld = hr->withheld;
    summary.withheldByHr = hr->withheldByHr;

    if (leader) {
        auto desk = writeDemoLeader(paths->leaderDatabase, *leader, setting, staff, clock.today());
        if (!desk)
            return desk.error();
        summary.leaderTeachers = desk->teachers;
        summary.leaderConversations = desk->conversations;
    }
    return summary;
}

DemoSchoolPaths demoSchoolPaths(const QString& folder)
{
    const QDir root(QDir(folder).absolutePath());
    DemoSchoolPaths paths;
    paths.folder = root.path();
    paths.profile = root.filePath(QStringLiteral("school.kwprofiel"));
    paths.hrKey = root.filePath(QStringLiteral("keys/hr.kwsleutel"));
    paths.custodianKey = root.filePath(QStringLiteral("keys/custodian.kwsleutel"));
    paths.journals = root.filePath(QStringLiteral("teachers"));
    paths.inbox = root.filePath(QStringLiteral("inbox"));
    paths.releases = root.filePath(QStringLiteral("releases"));
    paths.hrDatabase = root.filePath(QStringLiteral("hr.sqlite"));
    paths.custodianDatabase = root.filePath(QStringLiteral("custodian.sqlite"));
    paths.leaderKey = root.filePath(QStringLiteral("keys/leader.kwsleutel"));
    paths.leaderDatabase = root.filePath(QStringLiteral("leider.sqlite"));
    return paths;
}

Result<DemoSchoolPaths> ensureDemoSchool(
    const QString& folder, const Clock& clock, const DemoSchoolOptions& options)
{
    const QDir root(QDir(folder).absolutePath());
    const QString complete = root.filePath(QStringLiteral(".complete"));
    const DemoSchoolPaths paths = demoSchoolPaths(root.path());
    // A school made before it had a team leader is made again, with one.
    if (QFileInfo::exists(complete) && (!options.leader || QFileInfo::exists(paths.leaderDatabase)))
        return paths;
    // A simulation cut off half-way (the app was killed) is made again from the start.
    if (root.exists() && !QDir(root).removeRecursively())
        return Error { Error::Code::Io, Text::tr("Cannot clear the folder %1.").arg(root.path()) };
    auto made = simulateSchool(root.path(), clock, options);
    if (!made)
        return made.error();
    if (QFile marker(complete); !marker.open(QIODevice::WriteOnly | QIODevice::NewOnly))
        return Error { Error::Code::Io,
            Text::tr("Cannot write %1: %2").arg(complete, marker.errorString()) };
    return made->paths;
}

} // namespace kw::demo
