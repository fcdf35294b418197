#pragma once

#include "custodian/import_outcome.h"
#include "custodian/kept_contribution.h"
#include "exchange/key_file.h"
#include "exchange/metric_layout.h"
#include "profile/school_profile.h"

#include <QHash>
#include <QStringList>
#include <optional>

namespace kw::custodian {

/** What opening one file gave: the part to keep with the HR seal, or why it is refused. */
struct OpenedFile
{
    ImportOutcome outcome = ImportOutcome::Damaged; ///< the refusal, when nothing is to be kept
    QString reason;
    std::optional<KeptContribution> kept;
};

/**
 * Opens teachers' contribution files for one import, without the database: from what it held
 * when the import began (the current profile and every stored version of it) and the
 * custodian's keys. Each file is read size-capped and opened against the profile version it
 * names, which must be stored and count the same figures as the current one; the HR part must
 * be sealed to that version's HR key. Opening is most of an import's work (the seal, the
 * device's signature), and it is pure, so openAll() opens files on every core.
 */
class ContributionOpener
{
public:
    /** @p versions: every stored profile by version, @p current among them. */
    ContributionOpener(
        exchange::KeySet keys, SchoolProfile current, QHash<int, SchoolProfile> versions);

    OpenedFile open(const QString& path) const;
    /** open() of each of @p paths, on as many threads as there are cores; in their order. */
    QList<OpenedFile> openAll(const QStringList& paths) const;

private:
    OpenedFile openBytes(const QByteArray& bytes) const;

    exchange::KeySet m_keys;
    SchoolProfile m_current;
    QHash<int, SchoolProfile> m_versions;
    /** The current profile's: a file is opened only when its version counts the same figures.
     */
    exchange::MetricLayout m_layout;
    QHash<int, QByteArray> m_layoutDigests; ///< of each stored version
};

} // namespace kw::custodian
