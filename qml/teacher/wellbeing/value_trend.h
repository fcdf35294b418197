#pragma once

#include "journal/value_stats.h"
#include "services/journal_binding.h"

#include <QAbstractBarSeries>
#include <QBarCategoryAxis>
#include <QObject>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * Reflections per kernwaarde per month for a bar chart: reads the journal and fills a Qt Charts
 * series (one bar set per kernwaarde, in its colour) and its month axis.
 */
class ValueTrend : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        kw::JournalService* journal READ journal WRITE setJournal NOTIFY journalChanged REQUIRED)
    Q_PROPERTY(int months READ months WRITE setMonths NOTIFY monthsChanged)
    Q_PROPERTY(int maximum READ maximum NOTIFY refreshed) ///< the highest stacked bar
    Q_PROPERTY(int total READ total NOTIFY refreshed)
    Q_PROPERTY(QString error READ error NOTIFY refreshed)

public:
    explicit ValueTrend(QObject* parent = nullptr);

    JournalService* journal() const { return m_journal; }
    void setJournal(JournalService* journal);
    int months() const { return m_months; }
    void setMonths(int months);
    int maximum() const;
    int total() const;
    QString error() const { return m_error; }

    /** Replaces the bar sets of @p series and the categories of @p axis with the current figures.
     */
    Q_INVOKABLE void fill(QAbstractBarSeries* series, QBarCategoryAxis* axis) const;

signals:
    void journalChanged();
    void monthsChanged();
    void refreshed();

private:
    void refresh();

    QPointer<JournalService> m_journal;
    int m_months = 6;
    QList<MonthValueCounts> m_counts;
    QString m_error;
};

} // namespace kw
