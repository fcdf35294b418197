#include "hr/participation.h"

#include "hr/figure_text.h"
#include "hr/hr_text.h"

namespace kw::hr {

namespace {

int staffOf(const QList<ProfileItem>& items)
{
    int total = 0;
    for (const ProfileItem& item : items)
        total += std::max(0, item.staffCount);
    return total;
}

} // namespace

int profileStaffCount(const SchoolProfile& profile)
{
    const int teams = staffOf(profile.teams);
    return teams > 0 ? teams : staffOf(profile.roles);
}

Participation participation(qint64 contributions, const SchoolProfile& profile)
{
    Participation out;
    out.contributions = std::max<qint64>(0, contributions);
    out.staff = profileStaffCount(profile);
    if (out.staff > 0) {
        out.share = double(out.contributions) / double(out.staff);
        out.low = *out.share < kLowParticipation;
    }
    return out;
}

QStringList participationText(const Participation& p, const QLocale& locale)
{
    if (!p.share)
        return { Text::tr("%n contribution(s) this period; the profile gives no staff count to "
                          "compare it with.",
            nullptr, int(p.contributions)) };
    QStringList out { Text::tr("%1 contributions from %2 staff: %3 took part.")
                          .arg(p.contributions)
                          .arg(p.staff)
                          .arg(percentText(*p.share, locale)) };
    if (p.exceedsStaff())
        out << Text::tr("There are more contributions than the profile has staff: its staff "
                        "counts are out of date.");
    else if (p.low)
        out << Text::tr("Fewer than %1 of the staff took part: read the figures as those of the "
                        "colleagues who did, not of the whole school.")
                   .arg(percentText(kLowParticipation, locale));
    return out;
}

qint64 contributorsOf(const QList<ReportRow>& rows)
{
    qint64 most = 0;
    for (const ReportRow& row : rows) {
        if (row.dimension == Dimension::School && row.released())
            most = std::max(most, row.statistics.n);
    }
    return most;
}

} // namespace kw::hr
