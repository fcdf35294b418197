#include "exchange/metric_values.h"

#include "exchange/exchange_text.h"
#include "journal/journal_store.h"
#include "wellbeing/checkin_store.h"

#include <QLocale>
#include <algorithm>
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

/** Sets metric @p metric present with @p value; an absent metric keeps its slots at 0. */
void set(MetricVector& out, int metric, std::uint64_t value)
{
    value = std::min(value, kMaxMetricValue);
    out.values[std::size_t(MetricLayout::valueSlot(metric))] = value;
    out.values[std::size_t(MetricLayout::squareSlot(metric))] = value * value;
    out.present[std::size_t(metric)] = true;
}

std::uint64_t scaledMean(const Tally& tally)
{
    return std::uint64_t(std::llround(tally.sum / tally.count * 100.0));
}

} // namespace

Result<MetricVector> collectMetricValues(const MetricLayout& layout, const SchoolProfile& profile,
    JournalStore& journal, CheckinStore& checkins, const ExchangePeriod& period)
{
    MetricVector out { Slots(std::size_t(layout.slotCount()), 0),
        Presence(std::size_t(layout.metrics().size()), false) };

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
    QHash<QString, int> asked; // list → check-ins of an instrument that asks it
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
            ++asked[listId];
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
        if (metric.id.startsWith(QLatin1String("cutoff."))) {
            // 1 when the period's score (as stored, rounded) is at or below the cut-off.
            const Tally score = tallies.value(metric.source);
            if (score.count > 0)
                set(out, i,
                    scaledMean(score) <= std::uint64_t(std::llround(metric.part.toDouble() * 100))
                        ? 1
                        : 0);
        } else if (metric.group == Metric::Group::Wellbeing) {
            if (const Tally tally = tallies.value(key); tally.count > 0)
                set(out, i, scaledMean(tally));
        } else if (metric.group == Metric::Group::Kernwaarde) {
            set(out, i, std::uint64_t(perValue->value(metric.source))); // always present
        } else if (asked.contains(metric.source)) {
            // Present when an instrument that asks the list was answered in the period.
            set(out, i,
                std::uint64_t(
                    metric.part.isEmpty() ? asked.value(metric.source) : picked.value(key)));
        }
    }
    return out;
}

QString formatMetricValue(const Metric& metric, std::uint64_t value)
{
    // A cut-off indicator says whether the period's mean is at or below the cut-off.
    if (metric.id.startsWith(QLatin1String("cutoff.")) && value <= 1)
        return value == 1 ? Text::tr("yes") : Text::tr("no");
    if (metric.kind == Metric::Kind::Count)
        return QLocale().toString(qulonglong(value));
    return QLocale().toString(double(value) / metric.scale(), 'f', 2);
}

} // namespace kw::exchange
