#include "exchange/metric_values.h"

#include "journal/journal_store.h"
#include "wellbeing/checkin_store.h"

#include <QLocale>
#include <cmath>

namespace kw::exchange {

namespace {

/** Accumulates one metric over the period: a sum and how many values went in. */
struct Tally
{
    double sum = 0;
    int count = 0;
    void add(double v)
    {
        sum += v;
        ++count;
    }
};

void setMean(Slots& values, int metric, const Tally& tally)
{
    if (tally.count == 0)
        return; // absent: value, square and presence stay 0
    const auto value = std::uint64_t(std::llround(tally.sum / tally.count * 100.0));
    values[MetricLayout::valueSlot(metric)] = value;
    values[MetricLayout::squareSlot(metric)] = value * value;
    values[MetricLayout::presentSlot(metric)] = 1;
}

void setCount(Slots& values, int metric, int count, bool present)
{
    if (!present)
        return;
    const auto value = std::uint64_t(count);
    values[MetricLayout::valueSlot(metric)] = value;
    values[MetricLayout::squareSlot(metric)] = value * value;
    values[MetricLayout::presentSlot(metric)] = 1;
}

} // namespace

Result<Slots> collectMetricValues(const MetricLayout& layout, const SchoolProfile& profile,
    JournalStore& journal, CheckinStore& checkins, const ExchangePeriod& period)
{
    Slots values(std::size_t(layout.slotCount()), 0);

    CheckinQuery query;
    query.from = period.start;
    query.to = period.end;
    query.limit = 100000;
    auto listed = checkins.list(query);
    if (!listed)
        return listed.error();
    QList<Checkin> inPeriod;
    for (const Checkin& c : *listed) {
        if (period.contains(c.period.start))
            inPeriod.append(c);
    }

    QHash<QString, Tally> tallies; // by instrument, or instrument + '/' + item
    QHash<QString, int> picked; // list + '/' + option → check-ins that picked it
    QSet<QString> listsAsked; // choice lists with at least one answered check-in
    for (const Checkin& c : inPeriod) {
        const Instrument* in = findInstrument(profile.instruments, c.instrumentId);
        if (!in)
            continue; // an instrument the current profile no longer has
        if (in->scoring.kind == ScoringRule::Kind::SumTimes) {
            tallies[in->id].add(c.score);
        } else {
            for (auto it = c.answers.cbegin(); it != c.answers.cend(); ++it)
                tallies[in->id + QLatin1Char('/') + it.key()].add(it.value());
        }
        for (const QString& listId : in->choiceListIds) {
            listsAsked.insert(listId);
            for (const QString& option : c.choices.value(listId))
                ++picked[listId + QLatin1Char('/') + option];
        }
    }

    auto perValue = journal.countsPerValue(period.start, period.end);
    if (!perValue)
        return perValue.error();

    for (int i = 0; i < layout.metrics().size(); ++i) {
        const Metric& metric = layout.metrics()[i];
        const QString key = metric.part.isEmpty() ? metric.source
                                                  : metric.source + QLatin1Char('/') + metric.part;
        if (metric.group == Metric::Group::Wellbeing)
            setMean(values, i, tallies.value(key));
        else if (metric.group == Metric::Group::Kernwaarde)
            setCount(values, i, perValue->value(metric.source), true);
        else
            setCount(values, i, picked.value(key), listsAsked.contains(metric.source));
    }
    return values;
}

QString formatMetricValue(const Metric& metric, std::uint64_t value)
{
    if (metric.kind == Metric::Kind::Count)
        return QLocale().toString(qulonglong(value));
    return QLocale().toString(double(value) / metric.scale(), 'f', 2);
}

} // namespace kw::exchange
