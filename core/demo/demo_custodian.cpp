#include "demo/demo_custodian.h"

#include "exchange/contribution_file.h"
#include "exchange/envelope.h"

#include <QHash>

namespace kw::demo {

namespace v1 = ::kernwijzer::v1;

Result<QList<school::KeptContribution>> custodianReceives(
    const QStringList& files, const exchange::KeySet& custodian, const SchoolProfile& profile)
{
    QHash<QByteArray, school::KeptContribution> kept;
    QList<QByteArray> order;
    for (const QString& path : files) {
        auto bytes
            = exchange::readFileLimited(path, exchange::maxFileBytes(v1::FILE_KIND_CONTRIBUTION));
        if (!bytes)
            return bytes.error();
        auto part = exchange::openContributionFile(*bytes, custodian, &profile);
        if (!part)
            return Error { part.error().code,
                QStringLiteral("%1: %2").arg(path, part.error().message) };
        const auto envelope = exchange::readEnvelope(*bytes);
        if (!envelope)
            return envelope.error();
        QByteArray hrSeal;
        for (const v1::Seal& seal : envelope->seals()) {
            if (seal.recipient() == v1::PARTY_SCHOOL)
                hrSeal = QByteArray::fromStdString(seal.SerializeAsString());
        }
        const auto it = kept.constFind(part->submissionId);
        if (it == kept.cend())
            order << part->submissionId;
        else if (it->part.revision >= part->revision)
            continue;
        kept.insert(part->submissionId, { *part, hrSeal });
    }
    QList<school::KeptContribution> out;
    for (const QByteArray& id : std::as_const(order))
        out << kept.value(id);
    return out;
}

} // namespace kw::demo
