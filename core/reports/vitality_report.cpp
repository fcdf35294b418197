#include "reports/vitality_report.h"

#include "exchange/exchange_period.h"
#include "hr/figure_text.h"

#include <QCoreApplication>
#include <algorithm>

namespace kw {

namespace {

struct Text
{
    Q_DECLARE_TR_FUNCTIONS(kw::VitalityReport)
};

using hr::Dimension;
using hr::MetricKind;
using hr::ReportRow;

const QString kWho5 = QStringLiteral("score.who5");

QString periodName(const QString& id)
{
    const auto period = exchange::exchangePeriodFromId(id);
    return period ? period->label() : id;
}

const ReportRow* findRow(
    const QList<ReportRow>& rows, Dimension dimension, const QString& cell, const QString& metric)
{
    for (const ReportRow& row : rows) {
        if (row.dimension == dimension && row.cellId == cell && row.metricId == metric)
            return &row;
    }
    return nullptr;
}

QList<const ReportRow*> schoolRows(const QList<ReportRow>& rows, const QString& prefix)
{
    QList<const ReportRow*> out;
    for (const ReportRow& row : rows) {
        if (row.dimension == Dimension::School && row.metricId.startsWith(prefix))
            out << &row;
    }
    return out;
}

/** A metric's label without the question it belongs to ("Weekly pulse: Energie" → "Energie"):
 * a chart's title names the question once. */
QString shortLabel(const QString& label)
{
    const qsizetype colon = label.lastIndexOf(QStringLiteral(": "));
    return colon > 0 ? label.mid(colon + 2) : label;
}

/** Letters for the reasons withheld values in one chart have; each reason one letter. */
class Marks
{
public:
    QString markFor(const ReportRow& row)
    {
        const QString reason = row.withheldText();
        qsizetype index = m_reasons.indexOf(reason);
        if (index < 0) {
            index = m_reasons.size();
            m_reasons << reason;
        }
        return QString(QChar(u'a' + char16_t(index)));
    }
    QStringList notes() const
    {
        QStringList out;
        for (qsizetype i = 0; i < m_reasons.size(); ++i)
            out << QStringLiteral("%1 = %2").arg(QChar(u'a' + char16_t(i))).arg(m_reasons[i]);
        return out;
    }

private:
    QStringList m_reasons;
};

ChartValue chartValue(const ReportRow& row, const QString& label, Marks& marks,
    const QLocale& locale, std::pair<double, double> scale = { 0, 1 }, bool normalise = false)
{
    ChartValue v;
    v.label = label;
    const std::optional<double> value = hr::figureValue(row);
    if (!value) {
        v.mark = marks.markFor(row);
        return v;
    }
    const auto norm = [&](double x) {
        return normalise && scale.second > scale.first
            ? (x - scale.first) / (scale.second - scale.first)
            : x;
    };
    v.value = norm(*value);
    if (const auto ci = hr::figureInterval(row)) {
        v.low = norm(ci->low);
        v.high = norm(ci->high);
    }
    v.text = hr::figureText(row, locale);
    return v;
}

ReportSection aboutSection(const hr::PeriodReport& report, QDate today, const QLocale& locale)
{
    const ExchangeRules& rules = report.profile.rules;
    ReportSection s;
    s.heading = Text::tr("How to read this report");
    s.paragraphs
        << Text::tr("School: %1. Period: %2 (%3). Made on %4.")
               .arg(report.profile.schoolName, periodName(report.period), report.period,
                   locale.toString(today, QStringLiteral("d MMMM yyyy")))
        << Text::tr("Every figure here is a group figure. Teachers' own answers never leave their "
                    "devices; the vertrouwenshouder released only group sums that pass the "
                    "school's privacy rules, and HR checked them again:")
        << Text::tr("• A figure is shown only when at least k colleagues contributed to it: k = "
                    "%1 for wellbeing, k = %2 for kernwaarden and sources of werkdruk and "
                    "werkplezier.")
               .arg(rules.minGroupWellbeing)
               .arg(rules.minGroupCounts)
        << Text::tr("• When one group is withheld, the next smallest is withheld too, so no "
                    "withheld figure can be worked out from a total; groups that overlap must "
                    "differ by at least k colleagues.")
        << Text::tr("• A withheld figure appears as a grey gap with a letter that gives the "
                    "reason, never as a number or a zero.")
        << Text::tr("• Ranges are 95% intervals: the true group figure lies in it with 95% "
                    "certainty, so small differences between periods or teams can be chance. n is "
                    "the number of colleagues in a figure.");
    return s;
}

ReportSection participationSection(const std::optional<hr::Participation>& p, const QLocale& locale)
{
    ReportSection s;
    s.heading = Text::tr("Participation");
    if (!p) {
        s.paragraphs << Text::tr("The number of contributions of this period is not known.");
        return s;
    }
    s.paragraphs << hr::participationText(*p, locale);
    return s;
}

ReportSection wellbeingSection(const QList<hr::PeriodReport>& periods, const QLocale& locale)
{
    const hr::PeriodReport& last = periods.last();
    ReportSection s;
    s.heading = Text::tr("Wellbeing (WHO-5)");
    s.paragraphs << Text::tr("The WHO-5 runs from 0 to 100; 50 or below is low wellbeing, 28 or "
                             "below is a reason to see a doctor. The band around the line is the "
                             "95% interval of the mean.");
    ReportChart trend;
    trend.title = Text::tr("WHO-5, school mean per period");
    Marks marks;
    for (const hr::PeriodReport& period : periods) {
        const ReportRow* row = findRow(period.rows, Dimension::School, {}, kWho5);
        if (!row)
            continue;
        trend.values << chartValue(*row, periodName(period.period), marks, locale);
    }
    trend.notes = marks.notes();
    if (!trend.values.isEmpty())
        s.charts << trend;

    s.table.header << Text::tr("Figure") << Text::tr("n") << Text::tr("Value")
                   << Text::tr("95% interval");
    for (const ReportRow* row : schoolRows(last.rows, QStringLiteral("score."))
            + schoolRows(last.rows, QStringLiteral("cutoff."))) {
        if (row->released())
            s.table.rows << QStringList { row->label, QString::number(row->statistics.n),
                hr::figureText(*row, locale), hr::figureIntervalText(*row, locale) };
        else
            s.table.rows << QStringList { row->label, QString(), QString(), row->withheldText() };
    }
    return s;
}

ReportSection pulseSection(const hr::PeriodReport& last, const QLocale& locale)
{
    ReportSection s;
    s.heading = Text::tr("Weekly pulse");
    s.paragraphs << Text::tr("The school's mean per question, with its 95% interval.");
    ReportChart bars;
    bars.kind = ReportChart::Kind::Bars;
    Marks marks;
    for (const ReportRow* row : schoolRows(last.rows, QStringLiteral("item."))) {
        const auto [low, high] = hr::figureRange(last.profile, *row);
        if (bars.values.isEmpty()) {
            bars.minimum = low;
            bars.maximum = high;
            bars.title = Text::tr("Pulse questions, %1 to %2").arg(low).arg(high);
        }
        bars.values << chartValue(*row, shortLabel(row->label), marks, locale);
    }
    bars.notes = marks.notes();
    if (bars.values.isEmpty())
        s.paragraphs << Text::tr("This period has no pulse figures.");
    else
        s.charts << bars;
    return s;
}

/** The heatmap's columns: WHO-5 and the pulse questions. */
QStringList heatmapMetrics(const hr::PeriodReport& last)
{
    QStringList metrics;
    for (const ReportRow* row : schoolRows(last.rows, QStringLiteral("score.")))
        metrics << row->metricId;
    for (const ReportRow* row : schoolRows(last.rows, QStringLiteral("item.")))
        metrics << row->metricId;
    return metrics;
}

std::optional<ReportChart> heatmap(
    const hr::PeriodReport& last, Dimension dimension, const QLocale& locale)
{
    const QStringList metrics = heatmapMetrics(last);
    QStringList cells;
    QStringList names;
    for (const ReportRow& row : last.rows) {
        if (row.dimension == dimension && !cells.contains(row.cellId)) {
            cells << row.cellId;
            names << row.cellName;
        }
    }
    if (cells.isEmpty() || metrics.isEmpty())
        return std::nullopt;
    ReportChart chart;
    chart.kind = ReportChart::Kind::Heatmap;
    chart.title = Text::tr("%1 × questions").arg(hr::dimensionName(dimension));
    chart.minimum = 0;
    chart.maximum = 1;
    chart.rows = names;
    Marks marks;
    for (const QString& metric : metrics) {
        const ReportRow* school = findRow(last.rows, Dimension::School, {}, metric);
        chart.columns << (school ? shortLabel(school->label) : metric);
    }
    for (const QString& cell : std::as_const(cells)) {
        for (const QString& metric : metrics) {
            const ReportRow* row = findRow(last.rows, dimension, cell, metric);
            if (!row) {
                chart.values << ChartValue {};
                chart.values.last().mark = QStringLiteral("–");
                continue;
            }
            ChartValue v
                = chartValue(*row, {}, marks, locale, hr::figureRange(last.profile, *row), true);
            if (v.value)
                v.text = Text::tr("%1\nn = %2").arg(v.text).arg(row->statistics.n);
            chart.values << v;
        }
    }
    chart.notes << Text::tr("Darker is a higher mean on the question's own scale; n is the "
                            "number of colleagues.")
                << marks.notes();
    return chart;
}

ReportSection heatmapSection(const hr::PeriodReport& last, const QLocale& locale)
{
    ReportSection s;
    s.heading = Text::tr("Teams, roles and age bands");
    for (Dimension d : { Dimension::Team, Dimension::Role, Dimension::AgeBand }) {
        if (auto chart = heatmap(last, d, locale))
            s.charts << *chart;
    }
    if (s.charts.isEmpty())
        s.paragraphs << Text::tr("This period has no figures per team, role or age band.");
    return s;
}

std::optional<ReportChart> sourceBars(
    const hr::PeriodReport& last, const QString& list, const QString& title, const QLocale& locale)
{
    QList<const ReportRow*> rows = schoolRows(last.rows, QStringLiteral("choice.%1.").arg(list));
    if (rows.isEmpty())
        return std::nullopt;
    std::stable_sort(rows.begin(), rows.end(), [](const ReportRow* a, const ReportRow* b) {
        return hr::figureValue(*a).value_or(-1) > hr::figureValue(*b).value_or(-1);
    });
    ReportChart bars;
    bars.kind = ReportChart::Kind::Bars;
    bars.title = title;
    bars.minimum = 0;
    bars.maximum = 1;
    Marks marks;
    for (const ReportRow* row : std::as_const(rows))
        bars.values << chartValue(*row, shortLabel(row->label), marks, locale);
    bars.notes = marks.notes();
    return bars;
}

ReportSection sourcesSection(const hr::PeriodReport& last, const QLocale& locale)
{
    ReportSection s;
    s.heading = Text::tr("Werkdruk and werkplezier");
    s.newPage = true;
    s.paragraphs << Text::tr("The share of check-ins that named each source: what the school can "
                             "act on.");
    if (auto bars = sourceBars(
            last, QStringLiteral("werkdruk"), Text::tr("Where werkdruk came from"), locale))
        s.charts << *bars;
    if (auto bars
        = sourceBars(last, QStringLiteral("blij"), Text::tr("What brought werkplezier"), locale))
        s.charts << *bars;
    if (s.charts.isEmpty())
        s.paragraphs << Text::tr("This period has no figures of sources.");
    return s;
}

ReportSection kernwaardenSection(const hr::PeriodReport& last, const QLocale& locale)
{
    ReportSection s;
    s.heading = Text::tr("Kernwaarden");
    s.paragraphs << Text::tr("Reflections per colleague on each kernwaarde this period: which "
                             "values are lived.");
    s.table.header << Text::tr("Kernwaarde") << Text::tr("n")
                   << Text::tr("Reflections per "
                               "colleague")
                   << Text::tr("95% interval");
    for (const ReportRow* row : schoolRows(last.rows, QStringLiteral("value."))) {
        if (row->released())
            s.table.rows << QStringList { row->label, QString::number(row->statistics.n),
                hr::figureText(*row, locale), hr::figureIntervalText(*row, locale) };
        else
            s.table.rows << QStringList { row->label, QString(), QString(), row->withheldText() };
    }
    if (s.table.rows.isEmpty())
        s.paragraphs << Text::tr("This period has no kernwaarden figures.");
    return s;
}

} // namespace

Result<VitalityReportInput> readVitalityReport(hr::HrStore& store, const QString& period)
{
    auto periods = store.periods();
    if (!periods)
        return periods.error();
    if (periods->isEmpty())
        return Error { Error::Code::NotFound,
            Text::tr("HR has imported no release yet, so there is nothing to report.") };
    const QString chosen = period.isEmpty() ? periods->last() : period;
    const qsizetype at = periods->indexOf(chosen);
    if (at < 0)
        return Error { Error::Code::NotFound,
            Text::tr("This HR database has no release of period %1.").arg(chosen) };
    auto history = hr::reportHistory(store, { periods->first(at + 1), std::nullopt, {} });
    if (!history)
        return history.error();
    // Counted as the dashboard counts it (participation.h), so the report and the screen agree.
    VitalityReportInput input { *history, std::nullopt };
    input.participation
        = hr::participation(hr::contributorsOf(history->last().rows), history->last().profile);
    return input;
}

ReportDocument vitalityReport(const VitalityReportInput& input, QDate today, const QLocale& locale)
{
    ReportDocument d;
    d.footer = Text::tr("Made with Kernwijzer on %1 · only group figures that passed the privacy "
                        "rules")
                   .arg(locale.toString(today, QStringLiteral("d MMMM yyyy")));
    if (input.periods.isEmpty()) {
        d.title = Text::tr("Vitality and werkdruk");
        ReportSection none;
        none.heading = Text::tr("No figures");
        none.paragraphs << Text::tr("HR has imported no release yet, so there is nothing to "
                                    "report.");
        d.sections << none;
        return d;
    }
    const hr::PeriodReport& last = input.periods.last();
    d.title = Text::tr("Vitality and werkdruk at %1").arg(last.profile.schoolName);
    d.subtitle = Text::tr("Period %1 · for the MR and the bestuur").arg(periodName(last.period));
    d.sections << aboutSection(last, today, locale)
               << participationSection(input.participation, locale)
               << wellbeingSection(input.periods, locale) << pulseSection(last, locale)
               << heatmapSection(last, locale) << sourcesSection(last, locale)
               << kernwaardenSection(last, locale);
    return d;
}

} // namespace kw
