#pragma once

#include "common/result.h"
#include "kernwijzer/v1/envelope.pb.h"

#include <QByteArray>
#include <QString>

namespace kw::hr {

/** The profile version and period a file names. */
struct Named
{
    int profileVersion = 0;
    QString period;
};

/**
 * The profile version and period a release or check request names, read before anything is
 * verified: they only choose which stored profile (and releases) the file is then checked
 * against. Another kind is refused.
 */
[[nodiscard]] Result<Named> namedIn(const QByteArray& file, ::kernwijzer::v1::FileKind kind);

} // namespace kw::hr
