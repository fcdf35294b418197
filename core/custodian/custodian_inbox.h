#pragma once

#include "common/result.h"
#include "custodian/custodian_store.h"
#include "custodian/import_outcome.h"
#include "exchange/key_file.h"

#include <QStringList>
#include <functional>

namespace kw::custodian {

/** What importing one file did, and why in one translated line. */
struct FileOutcome
{
    QString path;
    ImportOutcome outcome = ImportOutcome::Damaged;
    QString reason;
    bool accepted = false; ///< it changed the database (added, replaced, or kept aside late)
    QString period; ///< the period it contributes to; empty when the file could not be opened
};

/** The totals of one import. */
struct ImportSummary
{
    OutcomeCounts counts;
    int accepted = 0; ///< files that changed the database: only what was validated and kept
    bool cancelled = false; ///< the progress callback asked to stop
};

/** The summary and every file's outcome, in the order the files were read. */
struct ImportReport
{
    ImportSummary summary;
    QList<FileOutcome> files;
};

/**
 * Called after each file with the number of files done and the number found; returning false
 * stops the import after that file. What was imported until then stays, consistently.
 */
using ImportProgress = std::function<bool(qsizetype done, qsizetype total)>;
/** Receives each file's outcome once the batch it belongs to is committed. */
using FileSink = std::function<void(const FileOutcome&)>;

/**
 * Whether @p keys are the custodian's secret keys that @p profile names: only those open the
 * parts teachers seal to the custodian, and only their holder may keep them.
 */
[[nodiscard]] Status checkCustodianKey(const SchoolProfile& profile, const exchange::KeySet& keys);

/**
 * Imports teachers' contribution files (.kwbijdrage) and folders of them (see
 * ContributionFiles) into the custodian's database. Each file is read size-capped and opened
 * with @p keys against the profile version it names, which must be stored and count the same
 * figures as the current profile; the custodian's part is kept with the HR part still sealed.
 * What an opened part does to the one kept under its id is exchange::replacementFor()'s to
 * say; a period that was released already takes a new id aside as late, and refuses a new
 * revision of an id a release summed. A refused file changes nothing; files are committed in
 * batches of @p batchSize, so a cancel or a crash keeps whole files only. Files are opened on
 * every core (ContributionOpener::openAll()); @p onFile and @p progress are called on the
 * calling thread, in the order the files are read.
 *
 * Fails before any file when the database has no profile yet or @p keys are not the current
 * profile's custodian's; and, keeping what was committed before, when the database cannot be
 * written.
 */
[[nodiscard]] Result<ImportSummary> importEachFile(CustodianStore& store,
    const exchange::KeySet& keys, const QStringList& paths, const FileSink& onFile,
    const ImportProgress& progress = {}, int batchSize = 500);

/** importEachFile() with every file's outcome collected in the report. */
[[nodiscard]] Result<ImportReport> importFiles(CustodianStore& store, const exchange::KeySet& keys,
    const QStringList& paths, const ImportProgress& progress = {});

} // namespace kw::custodian
