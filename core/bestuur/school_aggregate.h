#pragma once

#include "hr/cell_figure.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace kw::bestuur {

/** One school's aggregate of one period as the bestuur keeps it: the one that counts. */
struct SchoolAggregate
{
    QString schoolId;
    QString period; ///< "2026-2027/1of6"
    int releaseNumber = 1; ///< the school's release of the period its figures come from
    int profileVersion = 0; ///< the school's profile version, stored with it
    QByteArray fileSha256; ///< 32 bytes: SHA-256 of the .kwaggregaat as imported
    QDateTime imported; ///< set by BestuurStore::storeAggregate() from its clock
};

/** Everything one aggregate file adds; BestuurStore::storeAggregate() writes it all or nothing. */
struct AggregateRecord
{
    SchoolAggregate aggregate;
    QByteArray profileFile; ///< the co-signed .kwprofiel the aggregate carried
    QByteArray hrSignKey; ///< 32 bytes: the HR key that signed it (the profile's)
    /** Every cell and metric of the aggregate: released with true sums, or withheld with its
     * reason alone. */
    QList<hr::Figure> figures;
};

} // namespace kw::bestuur
