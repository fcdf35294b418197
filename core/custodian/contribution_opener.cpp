#include "custodian/contribution_opener.h"

#include "custodian/custodian_text.h"
#include "exchange/contribution_file.h"
#include "exchange/crypto.h"
#include "exchange/envelope.h"

#include <QFileInfo>
#include <algorithm>
#include <atomic>
#include <thread>
#include <vector>

namespace kw::custodian {

namespace {

namespace v1 = ::kernwijzer::v1;

OpenedFile refused(ImportOutcome outcome, QString reason)
{
    return { outcome, std::move(reason), std::nullopt };
}

} // namespace

ContributionOpener::ContributionOpener(
    exchange::KeySet keys, SchoolProfile current, QHash<int, SchoolProfile> versions)
    : m_keys(std::move(keys))
    , m_current(std::move(current))
    , m_versions(std::move(versions))
    , m_layout(exchange::MetricLayout::forProfile(m_current))
{
    for (auto it = m_versions.cbegin(); it != m_versions.cend(); ++it)
        m_layoutDigests.insert(it.key(), exchange::MetricLayout::forProfile(*it).digest());
}

OpenedFile ContributionOpener::open(const QString& path) const
{
    const QFileInfo info(path);
    if (info.exists() && !info.isFile())
        return refused(
            ImportOutcome::Damaged, Text::tr("This is not a file that can be imported."));
    auto bytes
        = exchange::readFileLimited(path, exchange::maxFileBytes(v1::FILE_KIND_CONTRIBUTION));
    if (!bytes)
        return refused(ImportOutcome::Damaged, bytes.error().message);
    return openBytes(*bytes);
}

OpenedFile ContributionOpener::openBytes(const QByteArray& bytes) const
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
    const auto madeWith = m_versions.constFind(version);
    if (madeWith == m_versions.cend())
        return refused(ImportOutcome::OtherVersion,
            Text::tr("It was made with version %1 of the school profile, which this database "
                     "does not have; add that version first.")
                .arg(version));
    if (m_layoutDigests.value(version) != m_layout.digest())
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
        else if (seal.recipient() == v1::PARTY_SCHOOL && key == madeWith->school.boxKey)
            hr = &seal;
    }
    if (!mine)
        return refused(ImportOutcome::NotForThisKey,
            Text::tr("No part of it is sealed to your key (%1).")
                .arg(crypto::fingerprint(m_keys.boxPublic)));
    if (!hr)
        return refused(ImportOutcome::Damaged,
            Text::tr("Its HR part is not sealed to the HR key of the school profile."));

    // The version's layout is the current one (their digests matched), made once.
    auto part = exchange::openContributionFile(bytes, m_keys, &*madeWith, &m_layout);
    if (!part)
        return refused(ImportOutcome::Damaged, part.error().message);
    return { ImportOutcome::Added, {},
        KeptContribution { std::move(*part), QByteArray::fromStdString(hr->SerializeAsString()) } };
}

QList<OpenedFile> ContributionOpener::openAll(const QStringList& paths) const
{
    QList<OpenedFile> opened(paths.size());
    OpenedFile* out = opened.data(); // detached here, once: the threads write their own slots
    std::atomic<qsizetype> next { 0 };
    const auto work = [&] {
        for (qsizetype i = next++; i < paths.size(); i = next++)
            out[i] = open(paths[i]);
    };
    const qsizetype helpers = std::min<qsizetype>(
        qsizetype(std::max(1u, std::thread::hardware_concurrency())) - 1, paths.size() - 1);
    std::vector<std::thread> threads;
    for (qsizetype t = 0; t < helpers; ++t)
        threads.emplace_back(work);
    work();
    for (std::thread& thread : threads)
        thread.join();
    return opened;
}

} // namespace kw::custodian
