#pragma once

#include "exchange/contribution_file.h"
#include "exchange/metric_layout.h"

#include <QHash>

namespace kw::exchange {

/** What a newly opened part does to the one kept under the same submission id. */
enum class Replacement {
    Added, ///< nothing kept under its id yet
    Replaced, ///< a re-export: the higher revision counts from now on
    Duplicate, ///< the same part again (a replay): nothing changes
    Stale, ///< an older revision than the one kept: nothing changes
    Conflict, ///< the same revision with another binding or other numbers: refused
};

/**
 * The one rule for replacing a contribution, shared by every inbox: a higher revision of the
 * same id replaces, anything else changes nothing. Only the device that holds an id's
 * submission key can sign a part under it (readContributionShare checks), so only it can
 * replace its contribution. @p kept is null when nothing is kept under the id yet.
 */
Replacement replacementFor(const ContributionPart* kept, const ContributionPart& incoming);

/**
 * The opened parts one key holder has received for one school and period, one per submission
 * id. It decides what a file that arrives does: a new id is added, a higher revision replaces
 * (the teacher exported again), and a replayed or older file changes nothing. HR and the
 * custodian each keep one; their sums over the same ids and revisions add up to the true sums.
 */
class ContributionInbox
{
public:
    enum class Outcome {
        Added,
        Replaced,
        Duplicate,
        Stale,
        Conflict, ///< see Replacement
        WrongPeriod, ///< for another school, period or key holder: refused
        WrongLayout, ///< its slots follow another metric layout: refused (they would not add up)
    };

    ContributionInbox(::kernwijzer::v1::Party party, QString schoolId, QString period,
        const MetricLayout& layout);

    Outcome accept(const ContributionPart& part);
    int size() const { return int(m_parts.size()); }
    /** The sum of every kept share, slot by slot (mod 2^64). */
    Slots sum() const;

private:
    ::kernwijzer::v1::Party m_party;
    QString m_schoolId;
    QString m_period;
    QByteArray m_layoutDigest;
    size_t m_slotCount = 0;
    QHash<QByteArray, ContributionPart> m_parts; ///< by submission id
};

} // namespace kw::exchange
