#include "profile/hours_policy.h"

#include "common/errors.h"

#include <QCoreApplication>

namespace kw {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::Profile)
};

} // namespace

Status HoursPolicy::validate() const
{
    if (hoursPerYear < 1 || hoursPerYear > 500)
        return invalid(Text::tr("The profile gives %1 professionalisation hours a year; "
                                "allowed is 1 to 500.")
                           .arg(hoursPerYear));
    if (savingYears < 0 || savingYears > 10)
        return invalid(Text::tr("The profile lets hours be saved for %1 years; allowed is 0 to 10.")
                           .arg(savingYears));
    if (extraFromAge != 0 && (extraFromAge < 30 || extraFromAge > 75))
        return invalid(Text::tr("The profile gives extra hours from age %1; allowed is 30 to 75, "
                                "or 0 for none.")
                           .arg(extraFromAge));
    if (extraHoursPerYear < 0 || extraHoursPerYear > 500
        || (extraHoursPerYear > 0 && extraFromAge == 0))
        return invalid(Text::tr("The profile's extra hours need an age from which they count "
                                "and must lie between 0 and 500."));
    return {};
}

} // namespace kw
