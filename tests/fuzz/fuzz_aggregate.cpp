// libFuzzer target: any bytes as an aggregate (.kwaggregaat), read strictly (HR's signature
// under the key of the co-signed profile inside, every figure against the school's rules); an
// aggregate that reads is then merged and reported as the bestuur would.
#include "bestuur/aggregate_import.h"
#include "bestuur/bestuur_report.h"
#include "exchange/aggregate_file.h"
#include "exchange/metric_layout.h"
#include "fuzz_support.h"
#include "privacy/release_rules.h"

using kw::fuzz::mustExplain;

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    const QByteArrayView bytes(reinterpret_cast<const char*>(data), qsizetype(size));
    auto read = kw::exchange::readAggregateFile(bytes);
    mustExplain(read);
    if (!read)
        return 0;
    const kw::exchange::MetricLayout layout = kw::exchange::MetricLayout::forProfile(read->profile);
    const kw::bestuur::SchoolFigures school { read->aggregate.schoolId, read->profile,
        read->aggregate.releaseNumber, kw::bestuur::aggregateFigures(read->aggregate, layout) };
    auto report = kw::bestuur::periodReport(read->aggregate.period, { school, school });
    mustExplain(report);
    // A figure read from a file passed its school's k; merged with itself it still does.
    if (report) {
        for (const kw::bestuur::BestuurRow& row : *report) {
            if (row.row.released() && row.row.statistics.n < kw::privacy::kMinimumGroupSize)
                std::abort();
        }
    }
    return 0;
}
