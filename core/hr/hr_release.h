#pragma once

#include "hr/cell_figure.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace kw::hr {

/** A release HR imported: which release of which period, under which profile. */
struct ReleaseInfo
{
    QString period; ///< "2026-2027/1of6"
    /** 1 for the first release of the period, then 2, 3, … for each re-release (no gaps). */
    int releaseNumber = 1;
    QString schoolId;
    int profileVersion = 0; ///< a version stored with HrStore::addProfile() first
    QByteArray fileSha256; ///< 32 bytes: SHA-256 of the .kwvrijgave as imported
    QDateTime imported; ///< when it was stored; storeRelease() sets it from its clock
};

/**
 * HR's own part of one contribution, opened and checked by the importer. Kept so that a
 * re-release can be summed again; never shown, never a value on its own (it is a random share).
 */
struct HrPart
{
    QByteArray submissionId; ///< 32 bytes
    quint32 revision = 1;
    QString team; ///< the cohort's ids; empty where the teacher left it out
    QString role;
    QString ageBand;
    QByteArray presence; ///< which metrics the teacher has, one bit per metric, as it travels
    QList<quint64> share; ///< HR's share of each slot, in layout order (stored little-endian)
    QByteArray binding; ///< the serialised binding the device signed, as it travelled
    int firstRelease = 1; ///< the release of the period that first summed it (set when stored)
};

/** Everything one imported release adds; HrStore::storeRelease() writes it all or nothing. */
struct ReleaseRecord
{
    ReleaseInfo release;
    /** HR's parts in this release. A part stored with an earlier release of the period may come
     * again only unchanged (revisions are frozen once a period is released). */
    QList<HrPart> parts;
    /** Every cell and metric of this release, released or withheld (one figure per cell and
     * metric; period and release number are the release's). */
    QList<Figure> figures;
};

} // namespace kw::hr
