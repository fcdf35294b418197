#include "hr/participation.h"

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
