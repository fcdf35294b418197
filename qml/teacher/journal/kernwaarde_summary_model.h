#pragma once

#include "journal/value_stats.h"
#include "teacher/journal/journal_list_model.h"

#include <QtQml/qqmlregistration.h>

namespace kw {

/** Each kernwaarde of the school with its description and how often the teacher reflected on it. */
class KernwaardeSummaryModel : public kw::JournalListModel
{ // qualified: qmltyperegistrar needs the full name
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(int totalThisYear READ totalThisYear NOTIFY refreshed)
    Q_PROPERTY(QString error READ error NOTIFY refreshed)

public:
    enum Role {
        ValueIdRole = Qt::UserRole + 1,
        NameRole,
        DescriptionRole,
        ColorRole,
        ThisMonthRole,
        ThisYearRole,
    };
    Q_ENUM(Role)

    explicit KernwaardeSummaryModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int totalThisYear() const;
    QString error() const { return m_error; }

signals:
    void refreshed();

private:
    void refresh() override;

    QList<ValueSummary> m_rows;
    QString m_error;
};

} // namespace kw
