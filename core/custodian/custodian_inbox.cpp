#include "custodian/custodian_inbox.h"

#include "custodian/contribution_files.h"
#include "custodian/custodian_text.h"
#include "exchange/contribution_file.h"
#include "exchange/contribution_inbox.h"
#include "exchange/crypto.h"
#include "exchange/envelope.h"
#include "exchange/metric_layout.h"

#include <QFileInfo>

namespace kw::custodian {

namespace {

namespace v1 = ::kernwijzer::v1;

/** What a file does, before anything is written. */
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

/** One import run: the keys, the current profile and the store it decides against. */
class ImportRun
{
public:
    ImportRun(CustodianStore& store, const exchange::KeySet& keys, SchoolProfile current)
        : m_store(store)
        , m_keys(keys)
        , m_current(std::move(current))
        , m_layoutDigest(exchange::MetricLayout::forProfile(m_current).digest())
    { }

    /** What @p path does; an error only when the database cannot be read. */
    Result<Decision> decide(const QString& path);

private:
    /** Opens the custodian's part; a refusal, or the part and the HR seal to keep. */
    Result<Decision> open(const QByteArray& bytes);
    /** What the opened @p incoming does to the one kept under its id. */
    Result<Decision> place(KeptContribution incoming);

    CustodianStore& m_store;
    const exchange::KeySet& m_keys;
    SchoolProfile m_current;
    QByteArray m_layoutDigest;
};

Result<Decision> ImportRun::decide(const QString& path)
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return refused(
            ImportOutcome::Damaged, Text::tr("This is not a file that can be imported."));
    auto bytes
        = exchange::readFileLimited(path, exchange::maxFileBytes(v1::FILE_KIND_CONTRIBUTION));
    if (!bytes)
        return refused(ImportOutcome::Damaged, bytes.error().message);
    auto decision = open(*bytes);
    if (!decision || !decision->keep)
        return decision;
    return place(std::move(*decision->keep));
}

Result<Decision> ImportRun::open(const QByteArray& bytes)
{
    auto envelope = exchange::readEnvelope(bytes, v1::FILE_KIND_CONTRIBUTION);
    if (!envelope)
        return refused(ImportOutcome::Damaged, envelope.error().message);
    auto header = exchange::readContributionHeader(bytes);
    if (!header)
        return refused(ImportOutcome::Damaged, header.error().message);
    if (header->schoolId != m_current.schoolId)
        return refused(ImportOutcome::OtherSchool,
            Text::tr("This contribution is for another school (%1), not %2.")
                .arg(header->schoolId, m_current.schoolId));
    const int version = header->profileVersion;
    auto madeWith = m_store.profile(version);
    if (!madeWith)
        return madeWith.error();
    if (!*madeWith)
        return refused(ImportOutcome::OtherVersion,
            Text::tr("It was made with version %1 of the school profile, which this database "
                     "does not have; add that version first.")
                .arg(version));
    auto digest = m_store.layoutDigest(version);
    if (!digest)
        return digest.error();
    if (*digest != m_layoutDigest)
        return refused(ImportOutcome::OtherVersion,
            Text::tr("It was made with version %1 of the school profile, which counts other "
                     "figures than the current version %2: the two cannot be added up.")
                .arg(version)
                .arg(m_current.version));

    const v1::Seal* mine = nullptr;
    const v1::Seal* hr = nullptr;
    for (const v1::Seal& seal : envelope->seals()) {
        const QByteArray key = QByteArray::fromStdString(seal.recipient_key());
        if (seal.recipient() == v1::PARTY_CUSTODIAN && key == m_keys.boxPublic)
            mine = &seal;
        else if (seal.recipient() == v1::PARTY_SCHOOL && key == (*madeWith)->school.boxKey)
            hr = &seal;
    }
    if (!mine)
        return refused(ImportOutcome::NotForThisKey,
            Text::tr("No part of it is sealed to your key (%1).")
                .arg(crypto::fingerprint(m_keys.boxPublic)));
    if (!hr)
        return refused(ImportOutcome::Damaged,
            Text::tr("Its HR part is not sealed to the HR key of the school profile."));

    auto part = exchange::openContributionFile(bytes, m_keys, &**madeWith);
    if (!part)
        return refused(ImportOutcome::Damaged, part.error().message);
    KeptContribution kept { std::move(*part), QByteArray::fromStdString(hr->SerializeAsString()) };
    return Decision { ImportOutcome::Added, {}, std::move(kept) };
}

Result<Decision> ImportRun::place(KeptContribution incoming)
{
    const exchange::ContributionPart& part = incoming.part;
    auto kept = m_store.contribution(part.period, part.submissionId);
    if (!kept)
        return kept.error();
    const exchange::ContributionPart* keptPart = *kept ? &(*kept)->part : nullptr;
    switch (exchange::replacementFor(keptPart, part)) {
    case exchange::Replacement::Duplicate:
        return refused(ImportOutcome::AlreadyThere,
            Text::tr("The same contribution for %1 is kept already.").arg(part.period));
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
    auto released = m_store.isReleased(part.period);
    if (!released)
        return released.error();
    if (!*released) {
        const bool added = keptPart == nullptr;
        const QString reason = added ? Text::tr("Kept for %1.").arg(part.period)
                                     : Text::tr("Revision %1 for %2 replaces revision %3.")
                                           .arg(part.revision)
                                           .arg(part.period)
                                           .arg(keptPart->revision);
        return Decision { added ? ImportOutcome::Added : ImportOutcome::Replaced, reason,
            std::move(incoming) };
    }
    if (keptPart) {
        auto summed = m_store.isSummed(part.period, part.submissionId);
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

Result<SchoolProfile> currentProfileFor(CustodianStore& store, const exchange::KeySet& keys)
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
    return **current;
}

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
    auto current = currentProfileFor(store, keys);
    if (!current)
        return current.error();
    ImportRun run(store, keys, std::move(*current));
    const ContributionFiles files(paths);
    const qsizetype total = progress ? files.count() : 0;

    ImportSummary summary;
    qsizetype done = 0;
    // A batch's outcomes are handed on only once it is committed: a file reported as added
    // is in the database.
    QList<FileOutcome> batch;
    std::optional<sql::Transaction> tx;
    std::optional<Error> failure;
    const auto commit = [&]() -> bool {
        if (tx) {
            Status s = tx->commit();
            tx.reset();
            if (!s) {
                failure = s.error();
                return false;
            }
        }
        for (const FileOutcome& file : std::as_const(batch)) {
            summary.counts.add(file.outcome);
            summary.accepted += file.accepted ? 1 : 0;
            if (onFile)
                onFile(file);
        }
        batch.clear();
        return true;
    };
    files.forEach([&](const QString& path) {
        if (!tx) {
            tx.emplace(store.database());
            if (!tx->began()) {
                failure = tx->status().error();
                return false;
            }
        }
        auto decision = run.decide(path);
        if (!decision) {
            failure = decision.error();
            return false;
        }
        bool accepted = false;
        if (decision->keep) {
            if (Status s = store.keep(*decision->keep); !s) {
                failure = s.error();
                return false;
            }
            accepted = true;
        }
        batch.append({ path, decision->outcome, decision->reason, accepted });
        ++done;
        if (batch.size() >= batchSize && !commit())
            return false;
        if (progress && !progress(done, std::max(total, done))) {
            summary.cancelled = true;
            return false;
        }
        return true;
    });
    if (!failure)
        commit();
    if (failure) {
        tx.reset(); // rolls the open batch back: none of its files is reported or kept
        return Error { failure->code,
            Text::tr("%1 The import stopped after %2 files; those are kept, the rest were not "
                     "imported.")
                .arg(failure->message)
                .arg(summary.counts.total()) };
    }
    return summary;
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
