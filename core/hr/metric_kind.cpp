#include "hr/metric_kind.h"

namespace kw::hr {

namespace {

struct Prefix
{
    const char* text;
    MetricKind kind;
};

constexpr Prefix kPrefixes[] {
    { "score.", MetricKind::Score },
    { "item.", MetricKind::Score },
    { "cutoff.", MetricKind::Indicator },
    { "value.", MetricKind::Count },
    { "choice.", MetricKind::Choice },
    { "asked.", MetricKind::Asked },
};

} // namespace

MetricKind metricKind(const QString& metricId)
{
    for (const Prefix& prefix : kPrefixes) {
        if (metricId.startsWith(QLatin1String(prefix.text)))
            return prefix.kind;
    }
    return MetricKind::Other;
}

QString metricKindId(MetricKind kind)
{
    switch (kind) {
    case MetricKind::Score:
        return QStringLiteral("score");
    case MetricKind::Indicator:
        return QStringLiteral("indicator");
    case MetricKind::Count:
        return QStringLiteral("count");
    case MetricKind::Choice:
        return QStringLiteral("choice");
    case MetricKind::Asked:
        return QStringLiteral("asked");
    case MetricKind::Other:
        return QStringLiteral("other");
    }
    return {};
}

int metricScale(MetricKind kind)
{
    return kind == MetricKind::Score ? 100 : 1;
}

QString askedMetricFor(const QString& choiceId)
{
    if (metricKind(choiceId) != MetricKind::Choice)
        return {};
    // choice.<list>.<option>: profile ids hold no dots (isProfileId), so the list is field 1.
    const QStringList fields = choiceId.split(QLatin1Char('.'));
    if (fields.size() != 3 || fields[1].isEmpty())
        return {};
    return QStringLiteral("asked.") + fields[1];
}

QStringList metricsToRead(const QString& metricId)
{
    const QString asked = askedMetricFor(metricId);
    return asked.isEmpty() ? QStringList { metricId } : QStringList { metricId, asked };
}

} // namespace kw::hr
