#include "custodian/custodian_inbox.h"

#include "custodian/contribution_files.h"
#include "custodian/contribution_opener.h"
#include "custodian/custodian_text.h"
#include "exchange/contribution_inbox.h"
#include "exchange/crypto.h"

#include <algorithm>
#include <future>
#include <utility>

namespace kw::custodian {

namespace {

namespace v1 = ::kernwijzer::v1;

/** What an opened file does to the database, decided before anything is written. */
struct Decision
{
    ImportOutcome outcome;
    QString reason;
    std::optional<KeptContribution> keep; ///< set when the file is to be kept
};

Decision refused(ImportOutcome outcome, QString reason)
{
    return { outcome, std::move(reason), std::nullopt };
}

/** Whether HR refused the HR part of @p kept, exactly this copy, in a check answer. */
Result<bool> refusedByHr(CustodianStore& store, const KeptContribution& kept)
{
    auto verdicts = store.verdicts(kept.part.period, kept.part.submissionId);
    if (!verdicts)
        return verdicts.error();
    const exchange::ReleasedContribution listed { kept.part.submissionId, kept.part.revision,
        exchange::bindingDigest(kept.part.binding) };
    const QByteArray seal = exchange::sealDigest(kept.hrSeal);
    return std::any_of(verdicts->cbegin(), verdicts->cend(), [&](const exchange::PartVerdict& v) {
        return v.contribution == listed && v.hrSealDigest == seal
            && v.verdict != exchange::Verdict::Valid;
    });
}

/**
 * What the opened @p incoming does to the one kept under its id in @p store: the replacement
 * rule (exchange::replacementFor) and, once its period was released, the rule for late files.
 * An error only when the database cannot be read.
 */
Result<Decision> place(CustodianStore& store, KeptContribution incoming)
{
    const exchange::ContributionPart& part = incoming.part;
    auto kept = store.contribution(part.period, part.submissionId);
    if (!kept)
        return kept.error();
    const exchange::ContributionPart* keptPart = *kept ? &(*kept)->part : nullptr;
    bool newCopy = false; // of a contribution whose HR part HR refused
    switch (exchange::replacementFor(keptPart, part)) {
    case exchange::Replacement::Duplicate: {
        auto refusedCopy
            = (*kept)->hrSeal != incoming.hrSeal ? refusedByHr(store, **kept) : Result<bool>(false);
        if (!refusedCopy)
            return refusedCopy.error();
        if (!*refusedCopy)
            return refused(ImportOutcome::AlreadyThere,
                Text::tr("The same contribution for %1 is kept already.").arg(part.period));
        newCopy = true;
        break;
    }
    case exchange::Replacement::Stale:
        return refused(ImportOutcome::Outdated,
            Text::tr("Revision %1 for %2 is older than the revision %3 kept: nothing changes.")
                .arg(part.revision)
                .arg(part.period)
                .arg(keptPart->revision));
    case exchange::Replacement::Conflict:
        return refused(ImportOutcome::Conflict,
            Text::tr("Revision %1 for %2 is kept already with other numbers: refused.")
                .arg(part.revision)
                .arg(part.period));
    case exchange::Replacement::Added:
    case exchange::Replacement::Replaced:
        break;
    }
    auto released = store.isReleased(part.period);
    if (!released)
        return released.error();
    if (*released && keptPart) {
        // A contribution HR refused stays out of a period once it is released: otherwise HR
        // could refuse one chosen teacher, let the first release go, and read that teacher's
        // values from the next release, with its own contributions beside them.
        auto refusedCopy = refusedByHr(store, **kept);
        if (!refusedCopy)
            return refusedCopy.error();
        if (*refusedCopy)
            return refused(ImportOutcome::TooLate,
                Text::tr("HR could not check this contribution before %1 was released; it "
                         "cannot join that period any more.")
                    .arg(part.period));
    }
    if (!*released) {
        const bool added = keptPart == nullptr;
        const QString reason = added ? Text::tr("Kept for %1.").arg(part.period)
            : newCopy ? Text::tr("This copy for %1 replaces the one whose part HR could not check.")
                            .arg(part.period)
                      : Text::tr("Revision %1 for %2 replaces revision %3.")
                            .arg(part.revision)
                            .arg(part.period)
                            .arg(keptPart->revision);
        return Decision { added ? ImportOutcome::Added : ImportOutcome::Replaced, reason,
            std::move(incoming) };
    }
    if (keptPart) {
        auto summed = store.isSummed(part.period, part.submissionId);
        if (!summed)
            return summed.error();
        if (*summed)
            return refused(ImportOutcome::TooLate,
                Text::tr("%1 was released with revision %2 of this contribution; a released "
                         "contribution cannot be replaced: refused.")
                    .arg(part.period)
                    .arg(keptPart->revision));
    }
    incoming.late = true;
    return Decision { ImportOutcome::TooLate,
        Text::tr("%1 was released already: kept aside for a re-release.").arg(part.period),
        std::move(incoming) };
}

/** The opener for an import into @p store with @p keys: its profiles as they are now. */
Result<ContributionOpener> openerFor(CustodianStore& store, const exchange::KeySet& keys)
{
    auto current = store.currentProfile();
    if (!current)
        return current.error();
    if (!*current)
        return Error { Error::Code::NotFound,
            Text::tr("The custodian database has no school profile yet: add the co-signed "
                     "profile first.") };
    if (Status s = checkCustodianKey(**current, keys); !s)
        return s.error();
    auto versions = store.profiles();
    if (!versions)
        return versions.error();
    return ContributionOpener(keys, std::move(**current), std::move(*versions));
}

/**
 * Writes the decisions of one import into the store in batches, and hands each file's outcome
 * on once its batch is committed: a file reported as kept is in the database.
 */
class BatchWriter
{
public:
    BatchWriter(CustodianStore& store, const FileSink& onFile, int batchSize)
        : m_store(store)
        , m_onFile(onFile)
        , m_batchSize(batchSize)
    { }

    /** Places @p opened (read from @p path); commits when the batch is full. */
    Status add(const QString& path, OpenedFile opened)
    {
        if (!m_tx) {
            m_tx.emplace(m_store.database());
            if (!m_tx->began())
                return m_tx->status();
        }
        Decision decision { opened.outcome, std::move(opened.reason), std::nullopt };
        const QString period = opened.kept ? opened.kept->part.period : QString();
        if (opened.kept) {
            auto placed = place(m_store, std::move(*opened.kept));
            if (!placed)
                return placed.error();
            decision = std::move(*placed);
        }
        bool accepted = false;
        if (decision.keep) {
            if (Status s = m_store.keep(*decision.keep); !s)
                return s;
            accepted = true;
        }
        m_batch.append({ path, decision.outcome, decision.reason, accepted, period });
        return m_batch.size() >= m_batchSize ? commit() : Status {};
    }

    /** Commits the open batch and hands its outcomes on. */
    Status commit()
    {
        if (m_tx) {
            Status s = m_tx->commit();
            m_tx.reset();
            if (!s)
                return s;
        }
        for (const FileOutcome& file : std::as_const(m_batch)) {
            m_summary.counts.add(file.outcome);
            m_summary.accepted += file.accepted ? 1 : 0;
            if (m_onFile)
                m_onFile(file);
        }
        m_batch.clear();
        return {};
    }

    /** Rolls the open batch back: none of its files is kept or handed on. */
    void rollBack()
    {
        m_tx.reset();
        m_batch.clear();
    }

    ImportSummary& summary() { return m_summary; }

private:
    CustodianStore& m_store;
    const FileSink& m_onFile;
    const int m_batchSize;
    std::optional<sql::Transaction> m_tx;
    QList<FileOutcome> m_batch;
    ImportSummary m_summary;
};

/** Files opened at once, on every core, before they are placed in order. */
constexpr qsizetype kFilesOpenedAtOnce = 256;

} // namespace

Status checkCustodianKey(const SchoolProfile& profile, const exchange::KeySet& keys)
{
    if (keys.party != v1::PARTY_CUSTODIAN || !keys.hasSecrets())
        return Error { Error::Code::InvalidInput,
            Text::tr("This is not a custodian's secret key file.") };
    if (keys.signPublic != profile.custodian.signKey || keys.boxPublic != profile.custodian.boxKey)
        return Error { Error::Code::Untrusted,
            Text::tr("This key (%1) is not the custodian's key in the school profile of %2 "
                     "version %3 (%4).")
                .arg(crypto::fingerprint(keys.signPublic), profile.schoolName)
                .arg(profile.version)
                .arg(crypto::fingerprint(profile.custodian.signKey)) };
    return {};
}

Result<ImportSummary> importEachFile(CustodianStore& store, const exchange::KeySet& keys,
    const QStringList& paths, const FileSink& onFile, const ImportProgress& progress, int batchSize)
{
    auto opener = openerFor(store, keys);
    if (!opener)
        return opener.error();
    const ContributionFiles files(paths);
    const qsizetype total = progress ? files.count() : 0;

    BatchWriter writer(store, onFile, batchSize);
    qsizetype done = 0;
    std::optional<Error> failure;
    // Files are opened a chunk at a time on every core, and placed in order on this thread
    // while the next chunk is being opened: the database work overlaps the crypto. At most two
    // chunks are held at any time.
    using Opened = std::pair<QStringList, QList<OpenedFile>>;
    const auto place = [&](std::future<Opened> chunk) -> bool {
        if (!chunk.valid())
            return true;
        auto [paths, opened] = chunk.get();
        for (qsizetype i = 0; i < paths.size(); ++i) {
            if (Status s = writer.add(paths[i], std::move(opened[i])); !s) {
                failure = s.error();
                return false;
            }
            ++done;
            if (progress && !progress(done, std::max(total, done))) {
                writer.summary().cancelled = true;
                return false;
            }
        }
        return true;
    };
    std::future<Opened> opening;
    /** Starts opening @p next (when there is one), then places the chunk opened before. */
    const auto handOn = [&](QStringList next) -> bool {
        std::future<Opened> opened = std::exchange(opening, {});
        if (!next.isEmpty())
            opening = std::async(std::launch::async, [&opener, next = std::move(next)] {
                return Opened { next, opener->openAll(next) };
            });
        return place(std::move(opened));
    };
    QStringList chunk;
    bool walked = files.forEach([&](const QString& path) {
        chunk.append(path);
        return chunk.size() < kFilesOpenedAtOnce || handOn(std::exchange(chunk, {}));
    });
    if (walked)
        walked = handOn(std::exchange(chunk, {})); // the last, partial chunk
    if (walked)
        handOn({});
    if (opening.valid())
        opening.wait(); // after a cancel or a failure, the chunk being opened is dropped
    if (!failure) {
        if (Status s = writer.commit(); !s)
            failure = s.error();
    }
    if (failure) {
        writer.rollBack();
        return Error { failure->code,
            Text::tr("%1 The import stopped after %2 files; those are kept, the rest were not "
                     "imported.")
                .arg(failure->message)
                .arg(writer.summary().counts.total()) };
    }
    return writer.summary();
}

Result<ImportReport> importFiles(CustodianStore& store, const exchange::KeySet& keys,
    const QStringList& paths, const ImportProgress& progress)
{
    ImportReport report;
    auto summary = importEachFile(
        store, keys, paths, [&](const FileOutcome& file) { report.files.append(file); }, progress);
    if (!summary)
        return summary.error();
    report.summary = *summary;
    return report;
}

} // namespace kw::custodian
