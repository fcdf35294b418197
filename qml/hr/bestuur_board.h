#pragma once

#include "bestuur/bestuur_report.h"
#include "bestuur/bestuur_store.h"
#include "services/hr_desk.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QUrl>
#include <QtQml/qqmlregistration.h>
#include <memory>

namespace kw {

/**
 * Behind the bestuur page (BestuurPage.qml): the schools' aggregates (.kwaggregaat) in the
 * bestuur's database beside HR's (bestuur.sqlite in the folder of Hr.databasePath), imported
 * here, and per period and metric the figures side by side: one row per cell the merge keeps
 * (the school, each role and age band, "not given"), one column per school and a last one for
 * the bestuur's merged figure (bestuur::periodReport()). A withheld figure has its reason, never
 * a number.
 */
class BestuurBoard : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kw::HrDesk* desk READ desk WRITE setDesk NOTIFY deskChanged REQUIRED)
    Q_PROPERTY(QString databasePath READ databasePath NOTIFY deskChanged)
    /** Why the figures cannot be read (a damaged database); empty otherwise. */
    Q_PROPERTY(QString error READ error NOTIFY figuresChanged)
    /** Periods with at least one aggregate, newest first: [{id, label}]. */
    Q_PROPERTY(QVariantList periods READ periods NOTIFY figuresChanged)
    Q_PROPERTY(QString period READ period WRITE setPeriod NOTIFY figuresChanged)
    /** The metrics of the period: [{id, label}], WHO-5 first. */
    Q_PROPERTY(QVariantList metrics READ metrics NOTIFY figuresChanged)
    Q_PROPERTY(QString metric READ metric WRITE setMetric NOTIFY figuresChanged)
    /** The columns: each school's name, then "Bestuur". */
    Q_PROPERTY(QStringList columns READ columns NOTIFY figuresChanged)
    /** The school row of the metric per column, for a chart: [{name, value (0–1 of the
     * metric's range), text, interval, n, withheld, reason}]. */
    Q_PROPERTY(QVariantList chart READ chart NOTIFY figuresChanged)
    /** What the last import did, per file: [{file, ok, text, newSchool, verificationCode,
     * hrKey}]. */
    Q_PROPERTY(QVariantList outcomes READ outcomes NOTIFY outcomesChanged)

public:
    enum Role { CellNameRole = Qt::UserRole + 1, DimensionNameRole, FiguresRole };

    explicit BestuurBoard(QObject* parent = nullptr);
    ~BestuurBoard() override;

    HrDesk* desk() const { return m_desk; }
    void setDesk(HrDesk* desk);
    QString databasePath() const;
    QString error() const { return m_error; }
    QVariantList periods() const { return m_periods; }
    QString period() const { return m_period; }
    void setPeriod(const QString& period);
    QVariantList metrics() const { return m_metrics; }
    QString metric() const { return m_metric; }
    void setMetric(const QString& metric);
    QStringList columns() const { return m_columns; }
    QVariantList chart() const { return m_chart; }
    QVariantList outcomes() const { return m_outcomes; }

    /** Imports aggregate files, and the .kwaggregaat files in folders, each checked in full
     * (bestuur::importAggregate()); a refused one changes nothing and the next is still tried.
     * The bestuur's database is made on the first import. Returns how many were refused. */
    Q_INVOKABLE int importFiles(const QList<QUrl>& urls);
    /** Reads the database again. */
    Q_INVOKABLE void reload();

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void deskChanged();
    void figuresChanged();
    void outcomesChanged();

private:
    struct Row
    {
        QString cellName;
        QString dimensionName;
        QVariantList figures;
    };

    /** The store, opened when the database exists (or @p create); null with m_error otherwise. */
    bestuur::BestuurStore* store(bool create);
    void read();
    void fill(const QList<bestuur::SchoolFigures>& schools, const QList<bestuur::BestuurRow>& rows);

    QPointer<HrDesk> m_desk;
    std::unique_ptr<sql::Database> m_db;
    std::unique_ptr<bestuur::BestuurStore> m_store;
    QString m_error;
    QVariantList m_periods;
    QString m_period;
    QVariantList m_metrics;
    QString m_metric;
    QStringList m_columns;
    QVariantList m_chart;
    QVariantList m_outcomes;
    QList<Row> m_rows;
};

} // namespace kw
