#pragma once

#include "common/result.h"
#include "exchange/key_file.h"
#include "exchange/release_file.h"
#include "profile/school_profile.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace kw::exchange {

/**
 * The most contributors one figure of an aggregate can have: a release holds every contribution
 * it sums, each with HR's sealed part of more than 650 bytes, so a release of 64 MiB holds
 * fewer than 100 000.
 */
inline constexpr int kMaxAggregateContributors = 100'000;

/**
 * HR's figures of one period of its school for the bestuur (.kwaggregaat): per cell of the
 * school's releases and metric of its layout, the true sums of a released figure or only the
 * reason it was withheld, as the latest release of the period left them. It carries the school's
 * co-signed profile, and is signed by the HR key that profile names: whoever trusts the profile
 * (both HR and the custodian signed it) can check that HR made the aggregate.
 */
struct Aggregate
{
    QString schoolId;
    int profileVersion = 0;
    QString period;
    int releaseNumber = 1; ///< the release of the period the figures come from
    QByteArray profileFile; ///< the school's .kwprofiel, co-signed, byte for byte
    /** Exactly releaseCells(profile), each with one figure per layout metric: a released figure
     * with its count and true sums (Σ value, Σ value²), a withheld one with its reason alone. */
    QList<CellFigures> cells;
};

/** A read aggregate and the profile it carries, both checked. */
struct AggregateFile
{
    Aggregate aggregate;
    SchoolProfile profile;
    QByteArray hrSignKey; ///< 32 bytes: the key that signed it, the profile's HR sign key
};

/**
 * The signed .kwaggregaat of @p aggregate. @p hr must be the HR key holder its profile names;
 * the file is read back with readAggregateFile() before it is returned, so HR never hands the
 * bestuur a file it would refuse.
 */
[[nodiscard]] Result<QByteArray> writeAggregateFile(const Aggregate& aggregate, const KeySet& hr);

/**
 * Reads an aggregate strictly: the envelope, then one signature by HR that verifies over the
 * payload, then the payload; the profile inside must be co-signed by HR and the custodian and
 * name the signing key as HR's; school, version, period, release number and metric ids must
 * agree with it; then every cell and figure (readCellFigures(): withheld ones carry nothing,
 * released ones at least k) and sums an honest group can reach (sumsWithinRange()). Each
 * refusal has its own message.
 */
[[nodiscard]] Result<AggregateFile> readAggregateFile(QByteArrayView file);

} // namespace kw::exchange
