#pragma once

#include "hr/hr_dashboard.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * The Werkdruk en werkplezier tab: for one of the profile's multi-select lists (the sources of
 * werkdruk, of joy), each option's share of the check-ins that named it, for the school and, to
 * compare, for one team where its figure is released. Sorted by the school's share, largest
 * first: what a school acts on.
 */
class HrSourcesModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kw::HrDashboard* dashboard READ dashboard WRITE setDashboard NOTIFY dashboardChanged
            REQUIRED)
    Q_PROPERTY(QString listId READ listId WRITE setListId NOTIFY changed)
    /** A team id to compare with the school; empty: the school alone. */
    Q_PROPERTY(QString teamId READ teamId WRITE setTeamId NOTIFY changed)
    Q_PROPERTY(QString question READ question NOTIFY changed)
    Q_PROPERTY(QString teamName READ teamName NOTIFY changed)
    /** [{id, name}] of the profile's teams. */
    Q_PROPERTY(QVariantList teams READ teams NOTIFY changed)
    /** How many check-ins asked the list, of how many colleagues; or why that is withheld. */
    Q_PROPERTY(QString basis READ basis NOTIFY changed)
    Q_PROPERTY(QString teamBasis READ teamBasis NOTIFY changed)
    Q_PROPERTY(double largestShare READ largestShare NOTIFY changed) ///< for the bars' scale

public:
    enum Role {
        OptionIdRole = Qt::UserRole + 1,
        NameRole,
        SchoolShareRole, ///< 0–1; -1 when withheld
        SchoolTextRole,
        SchoolReasonRole,
        TeamShareRole,
        TeamTextRole,
        TeamReasonRole,
    };
    Q_ENUM(Role)

    explicit HrSourcesModel(QObject* parent = nullptr);

    HrDashboard* dashboard() const { return m_dashboard; }
    void setDashboard(HrDashboard* dashboard);
    QString listId() const { return m_listId; }
    void setListId(const QString& id);
    QString teamId() const { return m_teamId; }
    void setTeamId(const QString& id);
    QString question() const;
    QString teamName() const;
    QVariantList teams() const;
    QString basis() const { return basisOf(hr::Dimension::School, {}); }
    QString teamBasis() const;
    double largestShare() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

signals:
    void dashboardChanged();
    void changed();

private:
    struct Option
    {
        QString id;
        QString name;
    };
    void refresh();
    const hr::ReportRow* rowOf(
        hr::Dimension dimension, const QString& cell, const QString& option) const;
    QString basisOf(hr::Dimension dimension, const QString& cell) const;

    QPointer<HrDashboard> m_dashboard;
    QString m_listId;
    QString m_teamId;
    QList<Option> m_options;
};

} // namespace kw
