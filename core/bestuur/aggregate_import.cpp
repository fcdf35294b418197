#include "bestuur/aggregate_import.h"

#include "exchange/aggregate_file.h"
#include "exchange/crypto.h"
#include "exchange/metric_layout.h"
#include "exchange/verification_code.h"

#include <QCryptographicHash>

namespace kw::bestuur {

QList<hr::Figure> aggregateFigures(
    const exchange::Aggregate& aggregate, const exchange::MetricLayout& layout)
{
    QList<hr::Figure> out;
    for (const exchange::CellFigures& cell : aggregate.cells) {
        for (const exchange::MetricFigure& f : cell.metrics)
            out.append({ cell.cell.dimension, cell.cell.id, layout.metrics()[f.metric].id, f.reason,
                qint64(f.contributors), qint64(f.valueSum), qint64(f.squareSum) });
    }
    return out;
}

Result<AggregateImport> importAggregate(BestuurStore& store, const QByteArray& file)
{
    auto read = exchange::readAggregateFile(file);
    if (!read)
        return read.error();
    const exchange::Aggregate& a = read->aggregate;
    const exchange::MetricLayout layout = exchange::MetricLayout::forProfile(read->profile);

    AggregateRecord record;
    record.aggregate = { a.schoolId, a.period, a.releaseNumber, a.profileVersion,
        QCryptographicHash::hash(file, QCryptographicHash::Sha256), {} };
    record.profileFile = a.profileFile;
    record.hrSignKey = read->hrSignKey;
    record.figures = aggregateFigures(a, layout);
    AggregateImport out;
    for (const hr::Figure& f : std::as_const(record.figures))
        (f.released() ? out.released : out.withheld) += 1;
    auto stored = store.storeAggregate(record);
    if (!stored)
        return stored.error();
    out.outcome = stored->outcome;
    out.schoolId = a.schoolId;
    out.schoolName = read->profile.schoolName;
    out.period = a.period;
    out.releaseNumber = a.releaseNumber;
    out.earlierRelease = stored->earlierRelease;
    out.newSchool = stored->newSchool;
    out.verificationCode = exchange::verificationCode(read->profile);
    out.hrKeyFingerprint = crypto::fingerprint(read->hrSignKey);
    return out;
}

} // namespace kw::bestuur
