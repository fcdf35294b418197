#pragma once

#include "common/result.h"
#include "exchange/key_file.h"
#include "privacy/withheld_reason.h"
#include "profile/school_profile.h"

#include <QByteArray>
#include <QList>
#include <QString>
#include <cstdint>

namespace kw::exchange {

/** The breakdowns of a school a figure can belong to, as the release file numbers them. */
enum class Dimension { School, Team, Role, AgeBand };

/** "school", "team", "role", "age_band": how databases and the CLI name a dimension. */
QString dimensionKey(Dimension dimension);
std::optional<Dimension> dimensionFromKey(const QString& key);

/** A reporting cell: the school, or one team, role or age band ("not given" when id empty). */
struct CellKey
{
    Dimension dimension = Dimension::School;
    QString id;
    bool operator==(const CellKey&) const = default;
};

/** One metric of one cell in a release: its reason, and when released its count and sums. */
struct MetricFigure
{
    int metric = 0; ///< index in the layout
    privacy::Reason reason = privacy::Reason::Released;
    int contributors = 0; ///< released only
    std::uint64_t valueSum = 0; ///< released only: a share sum in a release, true in an aggregate
    std::uint64_t squareSum = 0;
    bool released() const { return reason == privacy::Reason::Released; }
};

struct CellFigures
{
    CellKey cell;
    QList<MetricFigure> metrics; ///< one per layout metric, in layout order
};

/** A contribution a release summed: exactly this revision and binding. */
struct ReleasedContribution
{
    QByteArray submissionId;
    quint32 revision = 0;
    QByteArray bindingDigest; ///< bindingDigest() of the part summed
    bool operator==(const ReleasedContribution&) const = default;
};

/** BLAKE2b-256 of a contribution's signed binding bytes. */
QByteArray bindingDigest(const QByteArray& binding);

/**
 * The custodian's release of one closed period (.kwvrijgave). It lists every contribution
 * summed, per cell and metric the custodian's share sums of what the rules release (and why
 * the rest is withheld), and HR's sealed part of each contribution, shuffled, so that HR
 * receives its parts only through the custodian and never learns whose file is whose.
 */
struct Release
{
    QString schoolId;
    int profileVersion = 0;
    QString period;
    int releaseNumber = 1;
    QByteArray layoutDigest;
    QList<ReleasedContribution> contributions; ///< ids ascending
    QList<CellFigures> cells;
    QList<QByteArray> hrParts; ///< serialised Seal messages, in random order
};

/** The cells a release of @p profile has, in file order: school, teams, roles, age bands, each
 * breakdown's "not given" group after its named cells. */
QList<CellKey> releaseCells(const SchoolProfile& profile);

/** The signed .kwvrijgave of @p release; @p custodian must be the profile's custodian. */
[[nodiscard]] Result<QByteArray> writeReleaseFile(const Release& release, const KeySet& custodian);

/**
 * Reads a release strictly and checks it against @p profile: the custodian's signature under
 * the profile's custodian key, the school, version and layout, ids ascending and unique, every
 * cell of the profile once with one figure per metric, and figures that are either released
 * (with at least k contributors) or withheld (with nothing but their reason).
 */
[[nodiscard]] Result<Release> readReleaseFile(QByteArrayView file, const SchoolProfile& profile);

} // namespace kw::exchange
