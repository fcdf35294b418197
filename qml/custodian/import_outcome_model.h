#pragma once

#include "custodian/custodian_inbox.h"

#include <QAbstractListModel>
#include <QtQml/qqmlregistration.h>

namespace kw {

/**
 * The outcome of every file of the custodian's last import, a row each, in the order the files
 * were read. Rows: fileName, path, outcome (its stable id: "added", "damaged", …), outcomeName
 * (translated), period ("" when the file could not be opened), reason (one plain line),
 * accepted (it changed the database).
 */
class ImportOutcomeModel : public QAbstractListModel
{
    Q_OBJECT
    QML_ELEMENT
    QML_UNCREATABLE("InboxImport.outcomes")
    Q_PROPERTY(int count READ count NOTIFY countChanged)

public:
    enum Role {
        FileNameRole = Qt::UserRole + 1,
        PathRole,
        OutcomeRole,
        OutcomeNameRole,
        PeriodRole,
        ReasonRole,
        AcceptedRole,
    };

    explicit ImportOutcomeModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role) const override;
    QHash<int, QByteArray> roleNames() const override;

    int count() const { return int(m_files.size()); }
    /** Adds @p files at the end. */
    void append(const QList<custodian::FileOutcome>& files);
    void clear();

signals:
    void countChanged();

private:
    QList<custodian::FileOutcome> m_files;
};

} // namespace kw
