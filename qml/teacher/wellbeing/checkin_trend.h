#pragma once

#include "services/journal_binding.h"
#include "wellbeing/checkin.h"

#include <QDateTimeAxis>
#include <QObject>
#include <QPointer>
#include <QValueAxis>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * One instrument's history for a line chart: the score per period with the instrument's cut-offs
 * as reference lines (WHO-5: 50 and 28), or, for an item-mean instrument (the pulse), one line
 * per item. Fills the lines of a QML ChartView from C++, so the view has no data logic.
 */
class CheckinTrend : public QObject
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(
        kw::JournalService* journal READ journal WRITE setJournal NOTIFY journalChanged REQUIRED)
    Q_PROPERTY(QString instrumentId READ instrumentId WRITE setInstrumentId NOTIFY changed)
    Q_PROPERTY(int weeks READ weeks WRITE setWeeks NOTIFY changed)
    Q_PROPERTY(QString title READ title NOTIFY changed)
    Q_PROPERTY(int periods READ periods NOTIFY changed) ///< answered periods shown
    Q_PROPERTY(QString error READ error NOTIFY changed)
    /**
     * [{id, name, color, dashed, shown}] for a legend that wraps instead of truncating on a phone.
     * Lines with an id (the items of an item-mean instrument) can be switched on and off.
     */
    Q_PROPERTY(QVariantList legend READ legend NOTIFY changed)

public:
    explicit CheckinTrend(QObject* parent = nullptr);

    JournalService* journal() const { return m_journal; }
    void setJournal(JournalService* journal);
    QString instrumentId() const { return m_instrumentId; }
    void setInstrumentId(const QString& id);
    int weeks() const { return m_weeks; }
    void setWeeks(int weeks);
    QString title() const;
    int periods() const;
    QString error() const { return m_error; }
    QVariantList legend() const;

    /**
     * Replaces the series of @p chartView (a QML ChartView) with this trend's lines on the given
     * axes and sets the axes' ranges.
     */
    Q_INVOKABLE void fill(QObject* chartView, QDateTimeAxis* x, QValueAxis* y) const;
    /**
     * Shows or hides the line of item @p itemId. An item-mean instrument starts with its first two
     * items (the pulse: energie next to werkdruk), so the chart stays readable on a phone.
     */
    Q_INVOKABLE void toggleItem(const QString& itemId);

signals:
    void journalChanged();
    void changed();

private:
    /** One line of the chart: its legend name, colour, whether dashed, and its value per point. */
    struct Line
    {
        QString id; ///< the item's id; empty for a score or reference line
        QString name;
        QColor color;
        bool dashed = false;
        QList<QPointF> points;
    };
    QList<Line> lines() const;
    void refresh();
    const Instrument* instrument() const;
    bool shown(const Line& line) const;

    QPointer<JournalService> m_journal;
    QString m_instrumentId;
    int m_weeks = 12;
    QList<PeriodScore> m_scores;
    QList<PeriodItemMeans> m_means;
    QStringList m_hiddenItems;
    bool m_itemsChosen = false; ///< whether the teacher chose lines, or the default applies
    QString m_error;
};

} // namespace kw
