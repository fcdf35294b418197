#include "privacy/withheld_reason.h"

#include "privacy/privacy_text.h"

namespace kw::privacy {

QString reasonText(Reason reason)
{
    switch (reason) {
    case Reason::Released:
        return Text::tr("Released.");
    case Reason::FewerThanK:
        return Text::tr("Withheld: fewer colleagues than the school's minimum group size.");
    case Reason::ProtectsSmallerGroup:
        return Text::tr("Withheld to protect a smaller group: otherwise that group's figures "
                        "could be worked out from the totals.");
    case Reason::TooCloseToAnotherGroup:
        return Text::tr("Withheld: too close in size to another group, so the difference "
                        "between the two would show the figures of a few colleagues.");
    case Reason::TooFewAdded:
        return Text::tr("Not updated: too few contributions arrived since the earlier "
                        "release; they wait for the next one.");
    case Reason::WithheldEarlier:
        return Text::tr("Withheld in the earlier release of this period, so it stays hidden.");
    case Reason::ImpossibleSum:
        return Text::tr("Withheld: a contribution in this group holds an impossible value (damaged "
                        "or forged), so its figure cannot be trusted.");
    case Reason::CrossesBreakdown:
        return Text::tr("Withheld: together with the figures of another breakdown (teams and "
                        "roles, say) it would show the figures of a few colleagues.");
    }
    return {};
}

} // namespace kw::privacy
