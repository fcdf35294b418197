#include "hr/hr_dashboard.h"

#include "exchange/exchange_period.h"
#include "hr/participation.h"

namespace kw {

HrDashboard::HrDashboard(QObject* parent)
    : QObject(parent)
    , m_index(std::make_unique<hr::ReportIndex>(m_history))
    , m_shownIndex(std::make_unique<hr::ReportIndex>(m_shown))
{ }

HrDashboard::~HrDashboard() = default;

void HrDashboard::setDesk(HrDesk* desk)
{
    if (desk == m_desk)
        return;
    if (m_desk)
        disconnect(m_desk, nullptr, this, nullptr);
    m_desk = desk;
    if (m_desk)
        connect(m_desk, &HrDesk::changed, this, &HrDashboard::reload);
    emit deskChanged();
    reload();
}

void HrDashboard::reload()
{
    hr::HrStore* store = m_desk ? m_desk->store() : nullptr;
    if (!store) {
        m_store = nullptr;
        m_history.clear();
        m_index = std::make_unique<hr::ReportIndex>(m_history);
        m_shown.clear();
        m_shownIndex = std::make_unique<hr::ReportIndex>(m_shown);
        m_error = m_desk ? m_desk->openError() : QString();
        emit changed();
        return;
    }
    load(*store);
}

void HrDashboard::load(hr::HrStore& store)
{
    const QString shown = m_periodIndex >= 0 && m_periodIndex < m_history.size()
        ? m_history[m_periodIndex].period
        : QString();
    m_store = &store;
    m_error.clear();
    auto history = hr::reportHistory(store, { {}, hr::Dimension::School, {} });
    m_history = history ? std::move(*history) : QList<hr::PeriodReport>();
    if (!history)
        m_error = history.error().message;
    m_index = std::make_unique<hr::ReportIndex>(m_history);
    m_periodIndex = int(m_history.size()) - 1; // the latest, unless the one shown is still there
    for (int i = 0; i < m_history.size(); ++i) {
        if (m_history[i].period == shown)
            m_periodIndex = i;
    }
    readShown();
    emit changed();
}

void HrDashboard::readShown()
{
    m_shown.clear();
    if (m_store && m_periodIndex >= 0 && m_periodIndex < m_history.size()) {
        auto report = hr::reportHistory(*m_store, { { m_history[m_periodIndex].period }, {}, {} });
        if (report)
            m_shown = std::move(*report);
        else
            m_error = report.error().message;
    }
    m_shownIndex = std::make_unique<hr::ReportIndex>(m_shown);
}

const hr::PeriodReport* HrDashboard::shown() const
{
    return m_shown.isEmpty() ? nullptr : &m_shown.first();
}

QVariantList HrDashboard::periods() const
{
    QVariantList out;
    for (int i = 0; i < m_history.size(); ++i)
        out << QVariantMap { { QStringLiteral("id"), m_history[i].period },
            { QStringLiteral("label"), labelOf(i) } };
    return out;
}

void HrDashboard::setPeriodIndex(int index)
{
    if (index == m_periodIndex || index < 0 || index >= m_history.size())
        return;
    m_periodIndex = index;
    readShown();
    emit changed();
}

QString HrDashboard::labelOf(int index) const
{
    if (index < 0 || index >= m_history.size())
        return {};
    const QString& id = m_history[index].period;
    const auto period = exchange::exchangePeriodFromId(id);
    return period ? period->label() : id;
}

const SchoolProfile* HrDashboard::profile() const
{
    if (m_periodIndex < 0 || m_periodIndex >= m_history.size())
        return nullptr;
    return &m_history[m_periodIndex].profile;
}

QString HrDashboard::schoolName() const
{
    const SchoolProfile* p = profile();
    return p ? p->schoolName : QString();
}

QVariantMap HrDashboard::groupSizes() const
{
    const SchoolProfile* p = profile();
    if (!p)
        return {};
    return { { QStringLiteral("wellbeing"), p->rules.minGroupWellbeing },
        { QStringLiteral("counts"), p->rules.minGroupCounts } };
}

QVariantList HrDashboard::choiceLists() const
{
    QVariantList out;
    if (const SchoolProfile* p = profile()) {
        for (const ChoiceList& list : p->choiceLists)
            out << QVariantMap { { QStringLiteral("id"), list.id },
                { QStringLiteral("question"), list.question.text() } };
    }
    return out;
}

qint64 HrDashboard::contributions(int index) const
{
    if (index < 0 || index >= m_history.size())
        return 0;
    return hr::contributorsOf(m_history[index].rows);
}

const hr::ReportRow* HrDashboard::row(
    int index, hr::Dimension dimension, const QString& cell, const QString& metric) const
{
    if (dimension == hr::Dimension::School)
        return m_index->row(index, dimension, cell, metric);
    return index == m_periodIndex ? m_shownIndex->row(0, dimension, cell, metric) : nullptr;
}

} // namespace kw
