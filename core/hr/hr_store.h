#pragma once

#include "common/clock.h"
#include "common/result.h"
#include "exchange/release_file.h"
#include "hr/cell_figure.h"
#include "hr/hr_release.h"
#include "profile/school_profile.h"
#include "storage/database.h"

#include <QByteArray>
#include <QHash>
#include <QList>
#include <QStringList>

namespace kw::hr {

/**
 * What HR keeps (hrSchema()): the school's co-signed profiles, the releases it imported with its
 * own parts of the contributions in them, and the figures of every cell. It keeps group sums of
 * released cells only: a withheld figure is stored as its reason alone, and nothing here ever
 * holds a reconstructed individual value.
 *
 * The importer (not this class) opens and checks a release and decides its figures; it then
 * calls storeRelease() once per release. The report reads figures() and periods().
 */
class HrStore
{
public:
    HrStore(sql::Database& db, const Clock& clock);

    /**
     * Adds a school profile file (.kwprofiel) as HR works with it: both signatures present and
     * valid (exchange::readProfileFile()); an expired profile is kept, since it still names the
     * cells of its periods. The database holds one school: a profile of another school is
     * refused, as is a different file with a version already stored. Adding the same file
     * again changes nothing. Returns the profile.
     */
    [[nodiscard]] Result<SchoolProfile> addProfile(const QByteArray& file);
    /** The file of profile @p version exactly as it was added; NotFound without one. */
    [[nodiscard]] Result<QByteArray> profileFile(int version);
    /** The stored profile of @p version, its signatures checked again; NotFound without one. */
    [[nodiscard]] Result<SchoolProfile> profile(int version);
    /** The stored profile versions, lowest first. */
    [[nodiscard]] Result<QList<int>> profileVersions();

    /**
     * Stores one imported release in one transaction: its hr_release row, HR's parts and every
     * figure; on any failure nothing is written. Refused when: the profile version is not
     * stored or is another school's; the release number is not the next one of its period
     * (1 for the first release); the same file was stored already; a withheld figure carries a
     * count or a sum; a released figure has fewer than privacy::kMinimumGroupSize contributors;
     * a school figure names a cell; a part is malformed or changes a part stored before.
     * @p record.release.imported is ignored: the store's clock sets it.
     */
    [[nodiscard]] Status storeRelease(const ReleaseRecord& record);

    /** Every stored release, oldest period first, then by release number. */
    [[nodiscard]] Result<QList<ReleaseInfo>> releases();
    /** The periods with at least one release, oldest first. */
    [[nodiscard]] Result<QStringList> periods();
    /** The stored figures @p query asks for, of every release (see hr_report.h for which
     * counts), ordered by period, release number, dimension, cell and metric. */
    [[nodiscard]] Result<QList<CellFigure>> figures(const FigureQuery& query = {});
    /** HR's parts of @p period, for summing a re-release; ordered by submission id. */
    [[nodiscard]] Result<QList<HrPart>> parts(const QString& period);
    /**
     * What each stored release of @p period summed, oldest first: release i summed every part
     * first stored with a release up to i (each release includes all earlier ones, frozen).
     */
    [[nodiscard]] Result<QList<QList<exchange::ReleasedContribution>>> releasedContributions(
        const QString& period);

private:
    [[nodiscard]] Status checkRelease(const ReleaseInfo& release);
    [[nodiscard]] Status storeParts(
        const QString& period, int releaseNumber, const QList<HrPart>& parts);
    [[nodiscard]] Status storeFigures(const ReleaseInfo& release, const QList<Figure>& figures);

    sql::Database& m_db;
    const Clock& m_clock;
};

/** HR's share slots as stored: each a little-endian u64. */
QByteArray encodeShare(const QList<quint64>& share);
/** The slots of a stored share; nothing when its length is not a multiple of 8. */
std::optional<QList<quint64>> decodeShare(QByteArrayView bytes);

} // namespace kw::hr
