#include "teacher/teacher_exchange.h"

#include "exchange/crypto.h"
#include "exchange/custodian_handover.h"
#include "exchange/demo_keys.h"
#include "exchange/envelope.h"
#include "exchange/exchange_text.h"
#include "exchange/metric_values.h"
#include "exchange/verification_code.h"
#include "journal/journal_store.h"
#include "wellbeing/checkin_store.h"

#include <QLocale>

namespace kw::exchange {

TeacherExchange::TeacherExchange(
    ExchangeStore& store, JournalStore& journal, CheckinStore& checkins, const Clock& clock)
    : m_store(store)
    , m_journal(journal)
    , m_checkins(checkins)
    , m_clock(clock)
{ }

Result<ProfileImport> TeacherExchange::checkImport(QByteArrayView file)
{
    auto current = installedProfile();
    if (!current)
        return Error { current.error().code,
            Text::tr("The school profile stored on this device cannot be checked (%1), so no "
                     "other profile can be compared with it. Ask your school's HR for help, or "
                     "remove it in Settings and import your school's profile again.")
                .arg(current.error().message) };
    const bool firstInstall = !current->has_value() || isDemoProfile(**current);
    // HR's key is pinned by the first install: nothing else signed is even parsed after that.
    auto incoming = verifySchoolProfile(file, m_clock.today(),
        firstInstall ? QByteArrayView() : QByteArrayView((*current)->school.signKey));
    if (!incoming)
        return incoming.error();
    ProfileImport out { ProfileImport::Verdict::New, *incoming, file.toByteArray(), {}, {} };
    if (firstInstall)
        return out;

    const SchoolProfile& installed = **current;
    if (incoming->schoolId != installed.schoolId)
        return Error { Error::Code::Untrusted,
            Text::tr("This profile is for %1, but this app uses the profile of %2. Only the demo "
                     "school's profile can be replaced by another school's; to change schools, "
                     "remove the current profile in Settings first.")
                .arg(incoming->schoolName, installed.schoolName) };
    if (incoming->school.signKey != installed.school.signKey)
        return Error { Error::Code::Untrusted,
            Text::tr("This file was not signed by your school: its HR key differs from the one "
                     "you accepted before (%1).")
                .arg(crypto::fingerprint(installed.school.signKey)) };
    if (incoming->version < installed.version)
        return Error { Error::Code::InvalidInput,
            Text::tr("This is version %1 of the profile; you already have the newer version %2.")
                .arg(incoming->version)
                .arg(installed.version) };
    if (incoming->version == installed.version) {
        auto installedFile = m_store.profileFile();
        if (!installedFile)
            return installedFile.error();
        if (!installedFile->has_value() || file != **installedFile)
            return Error { Error::Code::Untrusted,
                Text::tr("This profile has the same version (%1) as yours but different "
                         "content. Ask your school which one is right.")
                    .arg(installed.version) };
        out.verdict = ProfileImport::Verdict::Same;
        return out;
    }
    // Only the custodian a teacher accepted can name a successor; HR cannot, however it signs.
    if (Status s = checkCustodianChain(*incoming, installed); !s)
        return s.error();
    const bool custodianChanged = !incoming->custodian.sameKeys(installed.custodian);
    out.verdict = custodianChanged ? ProfileImport::Verdict::CustodianChanged
                                   : ProfileImport::Verdict::Update;
    out.previousCustodian = installed.custodian;
    out.leaderKeyChanges = leaderKeyChanges(installed, *incoming);
    return out;
}

Result<SchoolProfile> TeacherExchange::verifySchoolProfile(
    QByteArrayView file, QDate today, QByteArrayView pinnedSchoolKey)
{
    auto profile = verifyProfileFile(file, today, pinnedSchoolKey);
    if (!profile)
        return profile.error();
    // The demo keys are public: a profile naming any of them is never imported (the demo school
    // itself comes with the app).
    if (namesDemoKey(*profile))
        return usesDemoKeys();
    return profile;
}

Status TeacherExchange::install(const ProfileImport& import, const QString& verificationCode)
{
    using Verdict = ProfileImport::Verdict;
    if (import.verdict == Verdict::Same)
        return {};
    if (import.needsVerificationCode()
        && !matchesVerificationCode(import.profile, verificationCode))
        return Error { Error::Code::Untrusted,
            verificationCode.trimmed().isEmpty()
                ? Text::tr("Type the verification code that %1 published (six groups of four "
                           "digits, from the MR or the staff room, not from the e-mail that "
                           "brought this file).")
                      .arg(import.profile.schoolName)
                : Text::tr("This verification code does not match this profile of %1. Do not "
                           "install it: the profile may not come from your school. Check the "
                           "code with your MR or custodian.")
                      .arg(import.profile.schoolName) };
    auto settings = m_store.settings();
    if (!settings)
        return settings.error();
    ExchangeSettings next = *settings;
    // Whoever the teacher agreed to share with before, they have not agreed to this school or
    // this custodian: sharing waits until they turn it on again.
    if (import.verdict == Verdict::New || import.verdict == Verdict::CustodianChanged)
        next.optedIn = false;
    if (import.verdict == Verdict::New)
        next.cohort = {}; // another school's team, role and band ids
    return m_store.installProfile(import.file, import.profile, next);
}

Result<QByteArray> TeacherExchange::installDemoSchool(const SchoolProfile& demo)
{
    auto file = demoProfileFile(demo, m_clock.today());
    if (!file)
        return file.error();
    auto installed = m_store.profileFile();
    if (!installed)
        return installed.error();
    auto marked = m_store.isDemoJournal();
    if (!marked)
        return marked.error();
    if (*marked && installed->has_value() && **installed == *file)
        return *file; // signing is deterministic: the same day gives the same file
    // Never over a school's own profile: this journal would then share real numbers with keys
    // anyone can make.
    if (installed->has_value()) {
        auto current = readProfileFile(**installed);
        if (!current || !isDemoProfile(current->profile))
            return Error { Error::Code::InvalidInput,
                Text::tr("This journal already has a school's own profile; the demo school is "
                         "not installed over it.") };
    }
    auto settings = m_store.settings();
    if (!settings)
        return settings.error();
    if (Status s = m_store.installProfile(*file, demo, *settings); !s)
        return s.error();
    if (Status s = m_store.markDemoJournal(); !s)
        return s.error();
    return *file;
}

Result<std::optional<SchoolProfile>> TeacherExchange::installedProfile()
{
    auto file = m_store.profileFile();
    if (!file)
        return file.error();
    if (!file->has_value())
        return std::optional<SchoolProfile>();
    // The journal file could have been edited; its profile is checked like any import, except
    // that an expired one still serves the journal (it only blocks exports).
    auto read = readProfileFile(**file);
    if (!read)
        return read.error();
    if (!read->complete())
        return Error { Error::Code::Untrusted,
            Text::tr("The stored school profile is no longer signed by both key holders.") };
    return std::optional<SchoolProfile>(read->profile);
}

QList<ExchangePeriod> TeacherExchange::exportablePeriods(const SchoolProfile& profile) const
{
    const int months = profile.rules.periodMonths;
    return closedPeriods(m_clock.today(), months, 12 / months);
}

Status TeacherExchange::checkSchool(const SchoolProfile& profile)
{
    if (!namesDemoKey(profile))
        return {};
    auto demoJournal = m_store.isDemoJournal();
    if (!demoJournal)
        return demoJournal.error();
    if (*demoJournal)
        return {};
    return Error { Error::Code::Untrusted,
        Text::tr("This profile uses the demo school's keys. They are public, so anyone could "
                 "open what you share with it. Import your own school's profile first.") };
}

Status TeacherExchange::checkExport(
    const SchoolProfile& profile, const ExchangePeriod& period, const ExchangeSettings& settings)
{
    if (Status s = checkSchool(profile); !s)
        return s;
    if (!settings.optedIn)
        return Error { Error::Code::InvalidInput,
            Text::tr("Sharing with your school is off. Turn it on first; nothing leaves your "
                     "device until you do.") };
    if (period.months() != profile.rules.periodMonths)
        return Error { Error::Code::InvalidInput,
            Text::tr("Your school now uses periods of %1 months; choose one of those.")
                .arg(profile.rules.periodMonths) };
    if (period.end >= m_clock.today())
        return Error { Error::Code::InvalidInput,
            Text::tr("Period %1 has not ended yet; you can share it from %2.")
                .arg(period.label(),
                    QLocale().toString(period.end.addDays(1), QLocale::ShortFormat)) };
    if (!profile.validUntil.isValid()) // the built-in profile, or one stored before end dates
        return Error { Error::Code::Expired,
            Text::tr("There is no current school profile on this device. Import your school's "
                     "profile first.") };
    if (m_clock.today() > profile.validUntil)
        return Error { Error::Code::Expired,
            Text::tr("Your school's profile expired on %1. Import the current one first.")
                .arg(QLocale().toString(profile.validUntil, QLocale::ShortFormat)) };
    if (!cohortFits(settings.cohort, profile))
        return Error { Error::Code::InvalidInput,
            Text::tr("Your team, role or age band is not in the school's current profile. Choose "
                     "them again.") };
    auto next = m_store.nextRevision(profile.schoolId, period.id());
    if (!next)
        return next.error();
    if (*next > kMaxRevision)
        return Error { Error::Code::InvalidInput,
            Text::tr("You have shared %1 %2 times, the most a school accepts. The last file you "
                     "sent is the one that counts.")
                .arg(period.label())
                .arg(kMaxRevision) };
    return {};
}

Result<ContributionPreview> TeacherExchange::preview(
    const SchoolProfile& profile, const ExchangePeriod& period)
{
    auto settings = m_store.settings();
    if (!settings)
        return settings.error();
    return preview(profile, period, settings->cohort);
}

Result<ContributionPreview> TeacherExchange::preview(
    const SchoolProfile& profile, const ExchangePeriod& period, const Cohort& cohort)
{
    const MetricLayout layout = MetricLayout::forProfile(profile);
    auto values = collectMetricValues(layout, profile, m_journal, m_checkins, period);
    if (!values)
        return values.error();
    auto revision = m_store.nextRevision(profile.schoolId, period.id());
    if (!revision)
        return revision.error();

    ContributionPreview out;
    out.period = period;
    out.plain.schoolId = profile.schoolId;
    out.plain.profileVersion = profile.version;
    out.plain.period = period.id();
    out.plain.cohort = cohort;
    // The submission id is left to exportTo(): a preview writes nothing, not even the device's
    // secret on first use.
    out.plain.revision = *revision;
    out.plain.layoutDigest = layout.digest();
    out.plain.values = values->values;
    out.plain.present = values->present;
    for (int i = 0; i < layout.metrics().size(); ++i) {
        const Metric& metric = layout.metrics()[i];
        const bool present = values->present[std::size_t(i)];
        out.lines.append({ metric, present,
            present
                ? formatMetricValue(metric, values->values[std::size_t(MetricLayout::valueSlot(i))])
                : QString() });
    }
    return out;
}

Result<ContributionPart> TeacherExchange::exportTo(const SchoolProfile& profile,
    const ContributionPreview& seen, const QString& path, const RandomU64& random)
{
    auto settings = m_store.settings();
    if (!settings)
        return settings.error();
    if (Status s = checkExport(profile, seen.period, *settings); !s)
        return s.error();
    ContributionPart plain = seen.plain;
    if (plain.schoolId != profile.schoolId || plain.profileVersion != profile.version
        || plain.period != seen.period.id() || !(plain.cohort == settings->cohort))
        return Error { Error::Code::InvalidInput,
            Text::tr("Your school profile or your choices changed after the preview. Look at the "
                     "numbers again before you export.") };
    auto secret = m_store.deviceSecret();
    if (!secret)
        return secret.error();
    plain.submissionId = submissionIdFor(*secret, profile.schoolId, plain.period);
    // Taken (and committed) before the file is written: whatever fails after this, no later
    // export reuses the revision with other numbers.
    auto revision = m_store.takeRevision(profile.schoolId, plain.period);
    if (!revision)
        return revision.error();
    plain.revision = *revision;
    auto bytes = writeContributionFile(plain, profile, *secret, random);
    if (!bytes)
        return bytes.error();
    if (Status s = writeFileAtomically(path, *bytes); !s)
        return s.error();
    if (Status s = m_store.recordExport(profile.schoolId, plain.period, plain.revision); !s)
        return Error { s.error().code,
            Text::tr("The file was written, but this device could not note that you shared "
                     "this period (%1). The file is fine to send.")
                .arg(s.error().message) };
    return plain;
}

} // namespace kw::exchange
