#include "exchange/teacher_exchange.h"

#include "exchange/crypto.h"
#include "exchange/envelope.h"
#include "exchange/exchange_text.h"
#include "exchange/metric_values.h"
#include "journal/journal_store.h"
#include "wellbeing/checkin_store.h"

#include <QLocale>

namespace kw::exchange {

bool isDemoSchool(const QString& schoolId)
{
    return schoolId.startsWith(QStringLiteral("demo-"));
}

TeacherExchange::TeacherExchange(
    ExchangeStore& store, JournalStore& journal, CheckinStore& checkins, const Clock& clock)
    : m_store(store)
    , m_journal(journal)
    , m_checkins(checkins)
    , m_clock(clock)
{ }

Result<ProfileImport> TeacherExchange::checkImport(
    QByteArrayView file, const SchoolProfile& current)
{
    auto incoming = verifyProfileFile(file, m_clock.today());
    if (!incoming)
        return incoming.error();
    ProfileImport out { ProfileImport::Verdict::New, *incoming, file.toByteArray(), {} };
    auto installedFile = m_store.profileFile();
    if (!installedFile)
        return installedFile.error();
    if (isDemoSchool(current.schoolId) || !installedFile->has_value())
        return out;

    const SchoolProfile& installed = current;
    if (incoming->schoolId != installed.schoolId)
        return Error { Error::Code::Untrusted,
            Text::tr("This profile is for %1, but this app uses the profile of %2. Only the demo "
                     "school's profile can be replaced by another school's.")
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
        if (file != **installedFile)
            return Error { Error::Code::Untrusted,
                Text::tr("This profile has the same version (%1) as yours but different "
                         "content. Ask your school which one is right.")
                    .arg(installed.version) };
        out.verdict = ProfileImport::Verdict::Same;
        return out;
    }
    const bool custodianChanged = incoming->custodian.signKey != installed.custodian.signKey
        || incoming->custodian.boxKey != installed.custodian.boxKey
        || incoming->custodian.name != installed.custodian.name
        || incoming->custodian.role != installed.custodian.role;
    out.verdict
        = custodianChanged ? ProfileImport::Verdict::CustodianChanged : ProfileImport::Verdict::Update;
    out.previousCustodian = installed.custodian;
    return out;
}

Status TeacherExchange::install(const ProfileImport& import)
{
    if (import.verdict == ProfileImport::Verdict::Same)
        return {};
    return m_store.installProfile(import.file, import.profile);
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

Status TeacherExchange::checkExportable(const SchoolProfile& profile,
    const ExchangePeriod& period, const ExchangeSettings& settings) const
{
    if (!settings.optedIn)
        return Error { Error::Code::InvalidInput,
            Text::tr("Sharing with your school is off. Turn it on first; nothing leaves your "
                     "device until you do.") };
    if (period.end >= m_clock.today())
        return Error { Error::Code::InvalidInput,
            Text::tr("Period %1 has not ended yet; you can share it from %2.")
                .arg(period.label(), QLocale().toString(period.end.addDays(1), QLocale::ShortFormat)) };
    if (profile.validUntil.isValid() && m_clock.today() > profile.validUntil)
        return Error { Error::Code::Expired,
            Text::tr("Your school's profile expired on %1. Import the current one first.")
                .arg(QLocale().toString(profile.validUntil, QLocale::ShortFormat)) };
    const Cohort& c = settings.cohort;
    if ((!c.team.isEmpty() && !profile.team(c.team)) || (!c.role.isEmpty() && !profile.role(c.role))
        || (!c.ageBand.isEmpty() && !profile.ageBand(c.ageBand)))
        return Error { Error::Code::InvalidInput,
            Text::tr("Your team, role or age band is not in the school's current profile. Choose "
                     "them again.") };
    return {};
}

Result<ContributionPreview> TeacherExchange::preview(
    const SchoolProfile& profile, const ExchangePeriod& period)
{
    auto settings = m_store.settings();
    if (!settings)
        return settings.error();
    const MetricLayout layout = MetricLayout::forProfile(profile);
    auto values = collectMetricValues(layout, profile, m_journal, m_checkins, period);
    if (!values)
        return values.error();
    auto secret = m_store.deviceSecret();
    if (!secret)
        return secret.error();
    auto revision = m_store.nextRevision(profile.schoolId, period.id());
    if (!revision)
        return revision.error();

    ContributionPreview out;
    out.period = period;
    out.plain.schoolId = profile.schoolId;
    out.plain.profileVersion = profile.version;
    out.plain.period = period.id();
    out.plain.cohort = settings->cohort;
    out.plain.submissionId = submissionIdFor(*secret, profile.schoolId, period.id());
    out.plain.revision = *revision;
    out.plain.layoutDigest = layout.digest();
    out.plain.values = *values;
    for (int i = 0; i < layout.metrics().size(); ++i) {
        const Metric& metric = layout.metrics()[i];
        const bool present = (*values)[MetricLayout::presentSlot(i)] == 1;
        out.lines.append({ metric, present,
            present ? formatMetricValue(metric, (*values)[MetricLayout::valueSlot(i)])
                    : QString() });
    }
    return out;
}

Result<ContributionPart> TeacherExchange::exportTo(const SchoolProfile& profile,
    const ExchangePeriod& period, const QString& path, const RandomU64& random)
{
    auto settings = m_store.settings();
    if (!settings)
        return settings.error();
    if (Status s = checkExportable(profile, period, *settings); !s)
        return s.error();
    auto prepared = preview(profile, period);
    if (!prepared)
        return prepared.error();
    auto bytes = writeContributionFile(prepared->plain, profile, random);
    if (!bytes)
        return bytes.error();
    if (Status s = writeFileAtomically(path, *bytes); !s)
        return s.error();
    if (Status s = m_store.recordExport(profile.schoolId, period.id(), prepared->plain.revision);
        !s)
        return s.error();
    return prepared->plain;
}

} // namespace kw::exchange
