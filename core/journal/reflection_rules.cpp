#include "common/errors.h"
#include "journal/reflection.h"
#include "profile/school_profile.h"

#include <QCoreApplication>

namespace kw::reflection_rules {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::Reflection)
};

} // namespace

Status validate(const Reflection& r, const SchoolProfile& profile, QDate today)
{
    const QString text = r.text.trimmed();
    if (text.isEmpty())
        return invalid(Text::tr("Write a few words about what happened."));
    if (text.size() > maxTextLength) {
        return invalid(
            Text::tr("This reflection is %1 characters long; the limit is %2. Shorten it "
                     "before saving; nothing has been lost.")
                .arg(text.size())
                .arg(maxTextLength));
    }
    if (!r.day.isValid())
        return invalid(Text::tr("Choose the day it happened."));
    if (r.day > today)
        return invalid(Text::tr("A reflection cannot be dated in the future."));
    if (r.day.year() < 2000)
        return invalid(Text::tr("Choose a day after the year 2000."));
    if (r.valueIds.isEmpty())
        return invalid(Text::tr("Choose at least one kernwaarde."));
    for (const QString& id : r.valueIds) {
        if (!profile.kernwaarde(id)) {
            return invalid(Text::tr("\"%1\" is not a kernwaarde of your school.").arg(id));
        }
    }
    if (r.outcome < minScore || r.outcome > maxScore)
        return invalid(Text::tr("Rate how it went from 1 to 5."));
    if (r.energy && (*r.energy < minScore || *r.energy > maxScore))
        return invalid(Text::tr("Rate your energy from 1 to 5, or leave it empty."));
    for (const QString& id : r.tagIds) {
        if (!profile.contextTag(id)) {
            return invalid(Text::tr("\"%1\" is not a context tag of your school.").arg(id));
        }
    }
    return {};
}

} // namespace kw::reflection_rules
