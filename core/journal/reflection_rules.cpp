#include "journal/reflection.h"
#include "profile/school_profile.h"

#include <QCoreApplication>

namespace kw::reflection_rules {

namespace {

Error invalid(const char* text)
{
    return Error { Error::Code::InvalidInput, QCoreApplication::translate("kw::Reflection", text) };
}

} // namespace

Status validate(const Reflection& r, const SchoolProfile& profile, QDate today)
{
    const QString text = r.text.trimmed();
    if (text.isEmpty())
        return invalid("Write a few words about what happened.");
    if (text.size() > maxTextLength) {
        Error e = invalid("This reflection is %1 characters long; the limit is %2. Shorten it "
                          "before saving; nothing has been lost.");
        e.message = e.message.arg(text.size()).arg(maxTextLength);
        return e;
    }
    if (!r.day.isValid())
        return invalid("Choose the day it happened.");
    if (r.day > today)
        return invalid("A reflection cannot be dated in the future.");
    if (r.day.year() < 2000)
        return invalid("Choose a day after the year 2000.");
    if (r.valueIds.isEmpty())
        return invalid("Choose at least one kernwaarde.");
    for (const QString& id : r.valueIds) {
        if (!profile.kernwaarde(id)) {
            Error e = invalid("\"%1\" is not a kernwaarde of your school.");
            e.message = e.message.arg(id);
            return e;
        }
    }
    if (r.outcome < minScore || r.outcome > maxScore)
        return invalid("Rate how it went from 1 to 5.");
    if (r.energy && (*r.energy < minScore || *r.energy > maxScore))
        return invalid("Rate your energy from 1 to 5, or leave it empty.");
    for (const QString& id : r.tagIds) {
        if (!profile.contextTag(id)) {
            Error e = invalid("\"%1\" is not a context tag of your school.");
            e.message = e.message.arg(id);
            return e;
        }
    }
    return {};
}

} // namespace kw::reflection_rules
