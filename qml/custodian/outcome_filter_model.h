#pragma once

#include <QSortFilterProxyModel>
#include <QtQml/qqmlregistration.h>

namespace kw {

class ImportOutcomeModel;

/**
 * The import's outcomes as the custodian's table shows them: filtered to one kind of outcome
 * and sorted by one column. filter: "all", "accepted" (the files that changed the database),
 * "refused" (every other), or one outcome id ("damaged", "tooLate", …). sortKey: a role name of
 * ImportOutcomeModel ("fileName", "outcomeName", "period", "reason"); "" keeps the import's order.
 */
class OutcomeFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("InboxImport.files")
    Q_PROPERTY(QString filter READ filter WRITE setFilter NOTIFY filterChanged)
    Q_PROPERTY(QString sortKey READ sortKey WRITE setSortKey NOTIFY sortChanged)
    Q_PROPERTY(bool ascending READ ascending WRITE setAscending NOTIFY sortChanged)
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    explicit OutcomeFilterModel(ImportOutcomeModel* source, QObject* parent = nullptr);

    QString filter() const { return m_filter; }
    void setFilter(const QString& filter);
    QString sortKey() const { return m_sortKey; }
    void setSortKey(const QString& key);
    bool ascending() const { return m_ascending; }
    void setAscending(bool ascending);
    int count() const { return rowCount(); }

    /** Sorts by @p key; the same key again turns the order round. */
    Q_INVOKABLE void sortBy(const QString& key);
    /** The row @p row's value of role @p roleName (for tests and the table's delegates). */
    Q_INVOKABLE QVariant get(int row, const QString& roleName) const;

signals:
    void filterChanged();
    void sortChanged();
    void countChanged();

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    void applySort();
    int roleOf(const QString& name) const;

    QString m_filter = QStringLiteral("all");
    QString m_sortKey;
    bool m_ascending = true;
};

} // namespace kw
