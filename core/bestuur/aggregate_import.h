#pragma once

#include "bestuur/bestuur_store.h"
#include "common/result.h"
#include "exchange/aggregate_file.h"
#include "exchange/metric_layout.h"

#include <QByteArray>
#include <QString>

namespace kw::bestuur {

/** What importing one aggregate file did. */
struct AggregateImport
{
    BestuurStore::Outcome outcome = BestuurStore::Outcome::Added;
    QString schoolId;
    QString schoolName;
    QString period;
    int releaseNumber = 0;
    int earlierRelease = 0; ///< Replaced, Outdated: the release stored before
    int released = 0; ///< figures released (cell × metric)
    int withheld = 0; ///< figures withheld, each with its reason
    /** The school's first aggregate in this database: its HR key is pinned from now on. Compare
     * verificationCode with the one the school published before trusting its figures. */
    bool newSchool = false;
    QString verificationCode; ///< of the school's profile (exchange/verification_code.h)
    QString hrKeyFingerprint; ///< of the HR key that signed the aggregate
};

/** The figures of @p aggregate by cell and metric id (@p layout is its profile's). Every sum was
 * bounded when the file was read, so each fits a signed 64-bit number. */
QList<hr::Figure> aggregateFigures(
    const exchange::Aggregate& aggregate, const exchange::MetricLayout& layout);

/**
 * Imports one aggregate (.kwaggregaat) into the bestuur's database: read and checked in full
 * (exchange::readAggregateFile(): HR's signature under the key of the co-signed profile it
 * carries, every figure against the school's rules), then stored in one transaction
 * (BestuurStore::storeAggregate(): the pinned HR key, which aggregate counts). A refused file
 * changes nothing.
 */
[[nodiscard]] Result<AggregateImport> importAggregate(BestuurStore& store, const QByteArray& file);

} // namespace kw::bestuur
