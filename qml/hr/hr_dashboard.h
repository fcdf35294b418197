#pragma once

#include "hr/report_history.h"
#include "services/hr_desk.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QVariantList>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace kw {

/**
 * HR's report for all the dashboard's tabs (hr/report_history.h), read again whenever the desk
 * says its store changed (an import): the school's figures of every period (the trends, the
 * change since the previous period) and every cell of the period shown (the heatmap, the
 * teams' sources), read again when another period is chosen. Reading every cell of every
 * period would cost a bestuur's database several times the dashboard's 100 ms. The tab models
 * (overview, trends, heatmap, sources, kernwaarden) read from here and compute nothing the core
 * does not.
 */
class HrDashboard : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kw::HrDesk* desk READ desk WRITE setDesk NOTIFY deskChanged REQUIRED)
    /** [{id, label}] of every period with a release, oldest first. */
    Q_PROPERTY(QVariantList periods READ periods NOTIFY changed)
    /** The period shown; the latest on first load. */
    Q_PROPERTY(int periodIndex READ periodIndex WRITE setPeriodIndex NOTIFY changed)
    Q_PROPERTY(QString periodLabel READ periodLabel NOTIFY changed)
    Q_PROPERTY(QString schoolName READ schoolName NOTIFY changed)
    Q_PROPERTY(bool empty READ empty NOTIFY changed) ///< no release imported yet
    Q_PROPERTY(QString error READ error NOTIFY changed)
    /** The profile's minimum group sizes, for the privacy legend: {wellbeing, counts}. */
    Q_PROPERTY(QVariantMap groupSizes READ groupSizes NOTIFY changed)
    /** [{id, question}] of the profile's multi-select lists (sources of werkdruk, of joy). */
    Q_PROPERTY(QVariantList choiceLists READ choiceLists NOTIFY changed)

public:
    explicit HrDashboard(QObject* parent = nullptr);
    ~HrDashboard() override;

    HrDesk* desk() const { return m_desk; }
    void setDesk(HrDesk* desk);
    QVariantList periods() const;
    int periodIndex() const { return m_periodIndex; }
    void setPeriodIndex(int index);
    QString periodLabel() const { return labelOf(m_periodIndex); }
    QString schoolName() const;
    bool empty() const { return m_history.isEmpty(); }
    QString error() const { return m_error; }
    QVariantMap groupSizes() const;
    QVariantList choiceLists() const;

    /** Reads the report from @p store (the desk's, or a test's); keeps @p store for choosing
     * another period, so it must outlive this or the next load(). */
    void load(hr::HrStore& store);

    /** The school's rows of every period, oldest first. */
    const QList<hr::PeriodReport>& history() const { return m_history; }
    /** Every row of the period shown. */
    const hr::PeriodReport* shown() const;
    /** The profile of the period shown (of its latest release); nullptr when empty. */
    const SchoolProfile* profile() const;
    /** The colleagues who took part in period @p index (hr::contributorsOf()). */
    qint64 contributions(int index) const;
    /** "sep–okt 2026" for period @p index, or its id when it is no period id. */
    QString labelOf(int index) const;
    /** The row of @p metric in @p cell of period @p index, nullptr when none: the school's of
     * any period, another cell's of the period shown only. */
    const hr::ReportRow* row(
        int index, hr::Dimension dimension, const QString& cell, const QString& metric) const;

signals:
    void deskChanged();
    void changed();

private:
    void reload();
    void readShown();

    QPointer<HrDesk> m_desk;
    hr::HrStore* m_store = nullptr;
    QList<hr::PeriodReport> m_history;
    std::unique_ptr<hr::ReportIndex> m_index;
    QList<hr::PeriodReport> m_shown; ///< one report: every cell of the period shown
    std::unique_ptr<hr::ReportIndex> m_shownIndex;
    int m_periodIndex = -1;
    QString m_error;
};

/**
 * Points @p current (a model's dashboard) at @p next and has @p refresh called on @p model
 * whenever the dashboard changes: what every tab model's setDashboard() does. False when
 * @p next is the dashboard already.
 */
template <typename Model>
bool followDashboard(
    Model* model, QPointer<HrDashboard>& current, HrDashboard* next, void (Model::*refresh)())
{
    if (next == current)
        return false;
    if (current)
        QObject::disconnect(current, nullptr, model, nullptr);
    current = next;
    if (current)
        QObject::connect(current, &HrDashboard::changed, model, refresh);
    return true;
}

} // namespace kw
