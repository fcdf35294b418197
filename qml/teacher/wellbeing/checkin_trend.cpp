#include "teacher/wellbeing/checkin_trend.h"

#include "common/chart_series.h"

namespace kw {

namespace {

qreal middleOf(const Period& p)
{
    return qreal(p.start.startOfDay().addDays(p.start.daysTo(p.end) / 2).toMSecsSinceEpoch());
}

const QStringList lineColours { QStringLiteral("#1F4E79"), QStringLiteral("#E65100"),
    QStringLiteral("#2E7D32"), QStringLiteral("#6A1B9A") };

} // namespace

CheckinTrend::CheckinTrend(QObject* parent)
    : QObject(parent)
{ }

void CheckinTrend::setJournal(JournalService* journal)
{
    followJournal(this, m_journal, journal, &CheckinTrend::journalChanged, &CheckinTrend::refresh);
}

void CheckinTrend::setInstrumentId(const QString& id)
{
    if (id == m_instrumentId)
        return;
    m_instrumentId = id;
    m_hiddenItems.clear();
    m_itemsChosen = false;
    refresh();
}

bool CheckinTrend::shown(const Line& line) const
{
    if (line.id.isEmpty())
        return true;
    if (m_itemsChosen)
        return !m_hiddenItems.contains(line.id);
    const Instrument* in = instrument();
    return in && in->items.size() > 0
        && (in->items.value(0).id == line.id || in->items.value(1).id == line.id);
}

void CheckinTrend::toggleItem(const QString& itemId)
{
    if (!m_itemsChosen) { // the default becomes the teacher's own choice from here on
        for (const Line& line : lines()) {
            if (!shown(line))
                m_hiddenItems << line.id;
        }
        m_itemsChosen = true;
    }
    if (!m_hiddenItems.removeOne(itemId))
        m_hiddenItems << itemId;
    emit changed();
}

void CheckinTrend::setWeeks(int weeks)
{
    weeks = std::clamp(weeks, 2, 104);
    if (weeks == m_weeks)
        return;
    m_weeks = weeks;
    refresh();
}

const Instrument* CheckinTrend::instrument() const
{
    if (!m_journal || !m_journal->store())
        return nullptr;
    return findInstrument(m_journal->store()->profile().instruments, m_instrumentId);
}

QString CheckinTrend::title() const
{
    const Instrument* in = instrument();
    return in ? in->name.text() : QString();
}

int CheckinTrend::periods() const
{
    return int(std::max(m_scores.size(), m_means.size()));
}

void CheckinTrend::refresh()
{
    m_scores.clear();
    m_means.clear();
    m_error.clear();
    const Instrument* in = instrument();
    if (in && m_journal->checkins()) {
        const QDate today = m_journal->clock().today();
        const QDate from = today.addDays(-7 * qint64(m_weeks));
        if (in->scoring.kind == ScoringRule::Kind::SumTimes) {
            auto scores = m_journal->checkins()->scores(m_instrumentId, from, today);
            scores ? void(m_scores = *scores) : void(m_error = scores.error().message);
        } else {
            auto means = m_journal->checkins()->itemMeans(m_instrumentId, from, today);
            means ? void(m_means = *means) : void(m_error = means.error().message);
        }
    }
    emit changed();
}

QList<CheckinTrend::Line> CheckinTrend::lines() const
{
    QList<Line> out;
    const Instrument* in = instrument();
    if (!in)
        return out;
    const QDate today = m_journal->clock().today();
    const qreal first = qreal(today.addDays(-7 * qint64(m_weeks)).startOfDay().toMSecsSinceEpoch());
    const qreal last = qreal(today.addDays(1).startOfDay().toMSecsSinceEpoch());
    if (in->scoring.kind == ScoringRule::Kind::SumTimes) {
        for (const CutOff& cut : in->cutOffs) { // the reference lines the teacher reads against
            const bool advise = cut.band == Band::Advise;
            out << Line { QString(),
                advise ? tr("%1: see a doctor").arg(cut.atMost) : tr("%1: low").arg(cut.atMost),
                QColor(advise ? QStringLiteral("#B3261E") : QStringLiteral("#9E9E9E")), true,
                { { first, cut.atMost }, { last, cut.atMost } } };
        }
        Line score { QString(), tr("Your score"), QColor(lineColours.first()), false, {} };
        for (const PeriodScore& s : m_scores)
            score.points << QPointF(middleOf(s.period), s.score);
        out << score;
        return out;
    }
    for (int i = 0; i < in->items.size(); ++i) {
        const QString name = in->items[i].shortName();
        Line line { in->items[i].id, name, QColor(lineColours.value(i % lineColours.size())), false,
            {} };
        for (const PeriodItemMeans& week : m_means) {
            if (week.means.contains(in->items[i].id))
                line.points << QPointF(middleOf(week.period), week.means.value(in->items[i].id));
        }
        out << line;
    }
    return out;
}

QVariantList CheckinTrend::legend() const
{
    QVariantList list;
    for (const Line& line : lines())
        list << QVariantMap { { QStringLiteral("id"), line.id },
            { QStringLiteral("name"), line.name }, { QStringLiteral("color"), line.color.name() },
            { QStringLiteral("dashed"), line.dashed }, { QStringLiteral("shown"), shown(line) } };
    return list;
}

void CheckinTrend::fill(QObject* chartView, QDateTimeAxis* x, QValueAxis* y) const
{
    const Instrument* in = instrument();
    if (!chartView || !x || !y || !in)
        return;
    ChartSeries::clear(chartView);
    const QDate today = m_journal->clock().today();
    x->setRange(today.addDays(-7 * qint64(m_weeks)).startOfDay(), today.addDays(1).startOfDay());
    x->setFormat(QStringLiteral("d MMM"));
    x->setTickCount(m_weeks > 8 ? 5 : 4);
    const bool sum = in->scoring.kind == ScoringRule::Kind::SumTimes;
    y->setRange(sum ? in->minScore() : in->scale.min, sum ? in->maxScore() : in->scale.max);
    y->setTickCount(sum ? 6 : in->scale.max - in->scale.min + 1);

    for (const Line& line : lines()) {
        if (!shown(line))
            continue;
        if (!ChartSeries::addLine(
                chartView, { line.name, line.color, line.dashed, line.points }, x, y))
            return;
    }
}

} // namespace kw
