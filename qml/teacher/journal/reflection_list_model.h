#pragma once

#include "journal/journal_store.h"
#include "teacher/journal/journal_list_model.h"

#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * The journal as a list, newest first, with a section label per week. Filters (search words,
 * kernwaarden, date range) combine; rows load in pages as the view scrolls.
 */
class ReflectionListModel : public kw::JournalListModel
{ // qualified: qmltyperegistrar needs the full name
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(QString searchText READ searchText WRITE setSearchText NOTIFY filtersChanged)
    Q_PROPERTY(QStringList valueFilter READ valueFilter WRITE setValueFilter NOTIFY filtersChanged)
    Q_PROPERTY(QString fromDate READ fromDate WRITE setFromDate NOTIFY filtersChanged)
    Q_PROPERTY(QString toDate READ toDate WRITE setToDate NOTIFY filtersChanged)
    Q_PROPERTY(bool filtered READ filtered NOTIFY filtersChanged)
    Q_PROPERTY(int totalCount READ totalCount NOTIFY loaded)
    Q_PROPERTY(QString error READ error NOTIFY loaded)

public:
    enum Role {
        ReflectionIdRole = Qt::UserRole + 1,
        TextRole,
        RichTextRole, ///< HTML-escaped text, search matches in bold
        DayRole, ///< ISO date
        DayLabelRole, ///< "ma 16 nov."
        WeekLabelRole,
        ValueIdsRole,
        OutcomeRole,
        EnergyRole, ///< 0 when not given
        TagIdsRole,
    };
    Q_ENUM(Role)

    explicit ReflectionListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;
    bool canFetchMore(const QModelIndex& parent) const override;
    void fetchMore(const QModelIndex& parent) override;

    QString searchText() const { return m_query.search; }
    void setSearchText(const QString& text);
    QStringList valueFilter() const { return m_query.valueIds; }
    void setValueFilter(const QStringList& ids);
    QString fromDate() const { return m_query.from.toString(Qt::ISODate); }
    void setFromDate(const QString& isoDate);
    QString toDate() const { return m_query.to.toString(Qt::ISODate); }
    void setToDate(const QString& isoDate);
    bool filtered() const;
    int totalCount() const { return m_total; }
    QString error() const { return m_error; }

    Q_INVOKABLE void toggleValue(const QString& valueId);
    Q_INVOKABLE void clearFilters();
    /** The row of a reflection, or -1 when it is not loaded. */
    Q_INVOKABLE int rowOf(qint64 reflectionId) const;
    /** The id of the reflection at @p row, or 0. */
    Q_INVOKABLE qint64 idAt(int row) const;

    static constexpr int pageSize = 100;

signals:
    void filtersChanged();
    void loaded();

private:
    void refresh() override;
    QString weekLabel(QDate day) const;

    JournalQuery m_query;
    QList<JournalEntry> m_entries;
    int m_total = 0;
    QString m_error;
};

} // namespace kw
