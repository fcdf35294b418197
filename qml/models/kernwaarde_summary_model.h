#pragma once

#include "journal/value_stats.h"
#include "services/journal_service.h"

#include <QAbstractListModel>
#include <QPointer>
#include <QtQml/qqmlregistration.h>

namespace kw {

/** Each kernwaarde of the school with its description and how often the teacher reflected on it. */
class KernwaardeSummaryModel : public QAbstractListModel {
    Q_OBJECT
    QML_ELEMENT
    Q_PROPERTY(kw::JournalService* journal READ journal WRITE setJournal NOTIFY journalChanged REQUIRED)
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

    JournalService* journal() const { return m_journal; }
    void setJournal(JournalService* journal);
    int totalThisYear() const;
    QString error() const { return m_error; }

signals:
    void journalChanged();
    void refreshed();

private:
    void refresh();

    QPointer<JournalService> m_journal;
    QList<ValueSummary> m_rows;
    QString m_error;
};

} // namespace kw
