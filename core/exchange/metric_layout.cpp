#include "exchange/metric_layout.h"

#include "exchange/crypto.h"
#include "exchange/exchange_text.h"

namespace kw::exchange {

int minGroupFor(const Metric& metric, const ExchangeRules& rules)
{
    return metric.group == Metric::Group::Wellbeing ? rules.minGroupWellbeing
                                                    : rules.minGroupCounts;
}

bool sumsWithinRange(std::uint64_t contributors, std::uint64_t sum, std::uint64_t sumSquares)
{
    __extension__ typedef unsigned __int128 Wide; // GCC and Clang, on every platform we build
    const Wide n = contributors;
    return Wide(sum) <= n * kMaxMetricValue
        && Wide(sumSquares) <= n * kMaxMetricValue * kMaxMetricValue;
}

QString cutOffId(const CutOff& cut)
{
    return QString::number(cut.atMost, 'g', 6);
}

MetricLayout MetricLayout::forProfile(const SchoolProfile& profile)
{
    MetricLayout layout;
    auto& out = layout.m_metrics;
    for (const Instrument& in : profile.instruments) {
        if (in.scoring.kind == ScoringRule::Kind::SumTimes) {
            out.append({ QStringLiteral("score.") + in.id, Metric::Kind::Score,
                Metric::Group::Wellbeing, in.name.text(), in.id, {} });
            for (const CutOff& cut : in.cutOffs) {
                const QString atMost = cutOffId(cut);
                out.append({ QStringLiteral("cutoff.%1.%2").arg(in.id, atMost), Metric::Kind::Count,
                    Metric::Group::Wellbeing,
                    Text::tr("%1 at or below %2").arg(in.name.text(), atMost), in.id, atMost });
            }
            continue;
        }
        for (const InstrumentItem& item : in.items)
            out.append({ QStringLiteral("item.%1.%2").arg(in.id, item.id), Metric::Kind::Score,
                Metric::Group::Wellbeing, Text::tr("%1: %2").arg(in.name.text(), item.shortName()),
                in.id, item.id });
    }
    for (const Kernwaarde& value : profile.kernwaarden)
        out.append(
            { QStringLiteral("value.") + value.id, Metric::Kind::Count, Metric::Group::Kernwaarde,
                Text::tr("Reflections on %1").arg(value.name), value.id, {} });
    for (const ChoiceList& list : profile.choiceLists) {
        out.append({ QStringLiteral("asked.") + list.id, Metric::Kind::Count, Metric::Group::Source,
            Text::tr("Check-ins asking: %1").arg(list.question.text()), list.id, {} });
        for (const ChoiceOption& option : list.options)
            out.append({ QStringLiteral("choice.%1.%2").arg(list.id, option.id),
                Metric::Kind::Count, Metric::Group::Source,
                Text::tr("%1: %2").arg(list.question.text(), option.name), list.id, option.id });
    }
    layout.m_digest = layout.computeDigest();
    return layout;
}

int MetricLayout::indexOf(const QString& metricId) const
{
    for (int i = 0; i < m_metrics.size(); ++i) {
        if (m_metrics[i].id == metricId)
            return i;
    }
    return -1;
}

QByteArray MetricLayout::computeDigest() const
{
    QByteArray text("kernwijzer/layout/v2\n");
    for (const Metric& metric : m_metrics) {
        text += metric.id.toUtf8() + '|' + QByteArray::number(int(metric.kind)) + '|'
            + QByteArray::number(int(metric.group)) + '\n';
    }
    return crypto::hash(text);
}

} // namespace kw::exchange
