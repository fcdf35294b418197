#include "teacher/wellbeing/value_trend.h"

#include "common/chart_series.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QLocale>
#include <numeric>

namespace kw {

ValueTrend::ValueTrend(QObject* parent)
    : QObject(parent)
{ }

void ValueTrend::setJournal(JournalService* journal)
{
    followJournal(this, m_journal, journal, &ValueTrend::journalChanged, &ValueTrend::refresh);
}

void ValueTrend::setMonths(int months)
{
    months = std::clamp(months, 1, 24);
    if (months == m_months)
        return;
    m_months = months;
    emit monthsChanged();
    refresh();
}

int ValueTrend::maximum() const
{
    int most = 0;
    for (const MonthValueCounts& month : m_counts)
        most = std::max(most, std::accumulate(month.perValue.cbegin(), month.perValue.cend(), 0));
    return most;
}

int ValueTrend::total() const
{
    int sum = 0;
    for (const MonthValueCounts& month : m_counts)
        sum += std::accumulate(month.perValue.cbegin(), month.perValue.cend(), 0);
    return sum;
}

void ValueTrend::refresh()
{
    m_counts.clear();
    m_error.clear();
    if (m_journal && m_journal->store()) {
        auto counts = countsPerMonth(*m_journal->store(), m_journal->clock().today(), m_months);
        if (counts)
            m_counts = *counts;
        else
            m_error = counts.error().message;
    }
    emit refreshed();
}

void ValueTrend::fill(QAbstractBarSeries* series, QBarCategoryAxis* axis) const
{
    if (!series || !axis || !m_journal || !m_journal->store())
        return;
    const SchoolProfile& profile = m_journal->store()->profile();
    QList<ChartSeries::Bars> sets;
    for (int v = 0; v < profile.kernwaarden.size(); ++v) {
        ChartSeries::Bars bars { profile.kernwaarden[v].name,
            QColor::fromString(profile.kernwaarden[v].color), {} };
        for (const MonthValueCounts& month : m_counts)
            bars.values << month.perValue.value(v);
        sets << bars;
    }
    ChartSeries::setBars(series, sets);
    QStringList labels;
    for (const MonthValueCounts& month : m_counts)
        labels << QLocale().toString(month.month, QStringLiteral("MMM"));
    axis->setCategories(labels);
}

} // namespace kw
