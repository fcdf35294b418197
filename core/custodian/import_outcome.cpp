#include "custodian/import_outcome.h"

#include "custodian/custodian_text.h"

#include <numeric>

namespace kw::custodian {

QString outcomeId(ImportOutcome outcome)
{
    switch (outcome) {
    case ImportOutcome::Added:
        return QStringLiteral("added");
    case ImportOutcome::Replaced:
        return QStringLiteral("replaced");
    case ImportOutcome::AlreadyThere:
        return QStringLiteral("alreadyThere");
    case ImportOutcome::Outdated:
        return QStringLiteral("outdated");
    case ImportOutcome::Conflict:
        return QStringLiteral("conflict");
    case ImportOutcome::OtherSchool:
        return QStringLiteral("otherSchool");
    case ImportOutcome::OtherVersion:
        return QStringLiteral("otherVersion");
    case ImportOutcome::NotForThisKey:
        return QStringLiteral("notForThisKey");
    case ImportOutcome::Damaged:
        return QStringLiteral("damaged");
    case ImportOutcome::TooLate:
        return QStringLiteral("tooLate");
    }
    return {};
}

QString outcomeName(ImportOutcome outcome)
{
    switch (outcome) {
    case ImportOutcome::Added:
        return Text::tr("added");
    case ImportOutcome::Replaced:
        return Text::tr("replaced");
    case ImportOutcome::AlreadyThere:
        return Text::tr("already there");
    case ImportOutcome::Outdated:
        return Text::tr("outdated");
    case ImportOutcome::Conflict:
        return Text::tr("conflict");
    case ImportOutcome::OtherSchool:
        return Text::tr("other school");
    case ImportOutcome::OtherVersion:
        return Text::tr("other profile version");
    case ImportOutcome::NotForThisKey:
        return Text::tr("not for this key");
    case ImportOutcome::Damaged:
        return Text::tr("damaged");
    case ImportOutcome::TooLate:
        return Text::tr("too late");
    }
    return {};
}

int OutcomeCounts::total() const
{
    return std::accumulate(byOutcome.begin(), byOutcome.end(), 0);
}

} // namespace kw::custodian
