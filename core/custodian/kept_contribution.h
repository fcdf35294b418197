#pragma once

#include "exchange/contribution_file.h"

#include <QByteArray>
#include <optional>

namespace kw::custodian {

/**
 * A contribution as the custodian keeps it: its own opened part (party CUSTODIAN; values are
 * the custodian's share of every slot) and the HR part, still sealed to HR, to hand on in the
 * release.
 */
struct KeptContribution
{
    exchange::ContributionPart part;
    QByteArray hrSeal; ///< a serialised kernwijzer.v1.Seal, never opened here
    bool late = false; ///< arrived after its period was released: waits for a re-release
};

/** One id and revision a release summed. */
struct ReleasedMember
{
    QByteArray submissionId;
    quint32 revision = 0;
    bool operator==(const ReleasedMember&) const = default;
};

/** Slots as the database keeps a share: each a little-endian u64, in order. */
QByteArray shareBlob(const exchange::Slots& share);
/** The slots of a share blob; nothing when its length is not a whole number of slots. */
std::optional<exchange::Slots> shareFromBlob(QByteArrayView blob);

} // namespace kw::custodian
